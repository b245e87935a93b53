// mbox splitting: message boundaries, >From unescaping, CRLF kept, and chunks that cut lines in half,
// checked against a plain line-by-line reading of the whole file.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { splitMbox } from '../../cli/mbox.ts';

async function split(text: string, chunkSize = 7): Promise<string[]> {
  return splitSizes(text, [chunkSize]);
}

/** The messages splitMbox gives for `text` read in chunks of these sizes, in turn. */
async function splitSizes(text: string, sizes: number[]): Promise<string[]> {
  const bytes = Buffer.from(text, 'latin1');
  async function* chunks() {
    for (let i = 0, n = 0; i < bytes.length; i += sizes[n++ % sizes.length]) yield bytes.subarray(i, i + sizes[n % sizes.length]);
  }
  const out: string[] = [];
  for await (const m of splitMbox(chunks())) out.push(m.toString('latin1'));
  return out;
}

describe('splitMbox', () => {
  it('splits on "From " lines after a blank line, however the chunks fall', async () => {
    const mbox = 'From a Mon\nSubject: one\n\nbody\n\nFrom b Tue\nSubject: two\n\n>From the start of term\n';
    for (const size of [1, 3, 7, 1000]) {
      expect(await split(mbox, size)).toEqual(['Subject: one\n\nbody\n', 'Subject: two\n\nFrom the start of term\n']);
    }
  });

  it('a "From " line not after a blank line stays in the body', async () => {
    expect(await split('From a\nSubject: x\n\nline\nFrom here on\n')).toEqual(['Subject: x\n\nline\nFrom here on\n']);
  });

  it('unescapes mboxrd ">From " once and keeps CRLF line ends', async () => {
    expect(await split('From a\r\nSubject: x\r\n\r\n>From me\r\n>>From you\r\n')).toEqual(['Subject: x\r\n\r\nFrom me\r\n>From you\r\n']);
  });

  it('yields nothing for a file that is not an mbox', async () => {
    expect(await split('Subject: just an eml\n\nhi\n')).toEqual([]);
  });
});

/**
 * The mbox rules read the simplest way: the whole file split into lines; a "From " line at the start or
 * after a blank line starts a message; a message is its lines, each with "\n", less a blank last line;
 * ">From " loses one ">". The last line counts even without its "\n".
 */
function reference(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const messages: string[][] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (previousBlank && line.startsWith('From ')) messages.push([]);
    else if (messages.length) messages[messages.length - 1].push(/^>+From /.test(line) ? line.slice(1) : line);
    previousBlank = line === '' || line === '\r';
  }
  return messages.map((m) => {
    if (m.length && (m[m.length - 1] === '' || m[m.length - 1] === '\r')) m.pop();
    return m.map((line) => `${line}\n`).join('');
  });
}

describe('splitMbox against the plain reading', () => {
  it('gives the same messages for any mix of "From " lines, blank lines, CRLF and ">" however the chunks fall', async () => {
    const piece = fc.constantFrom('From ', 'From x\n', '>', '>>From ', '\n', '\r\n', '\r', 'x', ' ', 'Fro', 'é');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (pieces, sizes) => {
          const text = pieces.join('');
          expect(await splitSizes(text, sizes)).toEqual(reference(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('splitMbox on long lines', () => {
  it('copies each byte of a one-line 2 MB body a bounded number of times, however many chunks it comes in (linear)', async () => {
    const line = 'a'.repeat(2 << 20);
    const copied: number[] = [];
    const concat = Buffer.concat;
    const spy = vi.spyOn(Buffer, 'concat').mockImplementation((list, length) => {
      const joined = concat(list, length);
      copied.push(joined.length);
      return joined;
    });
    try {
      const [message] = await splitSizes(`From a\nSubject: x\n\n${line}\n`, [4096]);
      expect(message.length).toBe(line.length + 'Subject: x\n\n\n'.length);
    } finally {
      spy.mockRestore();
    }
    // Joined once when the line ends and once as the message: 512 chunks rejoined each time would copy 500 MB.
    expect(copied.reduce((a, b) => a + b, 0)).toBeLessThan(3 * line.length);
  });
});
