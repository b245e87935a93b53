// mbox splitting: message boundaries, >From unescaping, CRLF kept, and chunks that cut lines in half.
import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../cli/mbox.ts';

async function split(text: string, chunkSize = 7): Promise<string[]> {
  const bytes = Buffer.from(text);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: string[] = [];
  for await (const m of splitMbox(chunks())) out.push(m.toString());
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
