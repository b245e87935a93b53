// The PDF value parser the protection check reads Encrypt dictionaries and trailers with, and the security
// handler's answers for dictionaries no fixture tool writes (certificate security, unknown revisions).
import { describe, expect, it } from 'vitest';
import { pdfAccess } from '../../rules/attachments/pdf-security.ts';
import { parsePdfValue, type PdfDict, type PdfValue } from '../../rules/attachments/pdf-syntax.ts';

const parse = (text: string) => parsePdfValue(text, 0)?.value;
const bytes = (v: PdfValue | undefined) => Array.from(v as Uint8Array);

describe('parsePdfValue', () => {
  it('reads dictionaries with nested values, references and keywords', () => {
    const d = parse(
      '<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028 /Encrypt 12 0 R /Kids [1 0 R 2 0 R] /EncryptMetadata false /CF << /StdCF << /Length 16 >> >> >>',
    ) as PdfDict;
    expect(d.get('Filter')).toEqual({ name: 'Standard' });
    expect(d.get('P')).toBe(-1028);
    expect(d.get('Encrypt')).toEqual({ num: 12, gen: 0 });
    expect(d.get('Kids')).toEqual([
      { num: 1, gen: 0 },
      { num: 2, gen: 0 },
    ]);
    expect(d.get('EncryptMetadata')).toBe(false);
    expect(((d.get('CF') as PdfDict).get('StdCF') as PdfDict).get('Length')).toBe(16);
  });

  it('reads literal strings with every escape, nested brackets and line continuations', () => {
    expect(bytes(parse('(a\\(b\\)c\\\\\\n\\r\\t\\b\\f(nested)\\101\\0\\7777)'))).toEqual([
      97, 40, 98, 41, 99, 92, 10, 13, 9, 8, 12, 40, 110, 101, 115, 116, 101, 100, 41, 65, 0, 255, 55,
    ]);
    expect(bytes(parse('(one\\\ntwo\\\r\nthree)'))).toEqual(Array.from(Buffer.from('onetwothree')));
  });

  it('reads hex strings with spaces and an odd digit count, and names with # escapes', () => {
    expect(bytes(parse('<0A ff 1>'))).toEqual([10, 255, 16]);
    expect(parse('/Adobe#2EPubSec')).toEqual({ name: 'Adobe.PubSec' });
  });

  it('tells two numbers from a reference, and skips comments', () => {
    expect(parse('[12 0 % a comment\n 13 0 R 1.5 .5]')).toEqual([12, 0, { num: 13, gen: 0 }, 1.5, 0.5]);
  });

  it('gives undefined for damaged values instead of throwing', () => {
    for (const text of ['<< /A (unclosed', '<< /A 1', '[1 2', '<zz>', '<< 1 2 >>', ')', '']) expect(parse(text)).toBeUndefined();
    expect(parse('['.repeat(100) + ']'.repeat(100))).toBeUndefined(); // nested too deep
  });
});

describe('pdfAccess', () => {
  const standard = (entries: [string, PdfValue][]) => new Map<string, PdfValue>([['Filter', { name: 'Standard' }], ...entries]);

  it('calls certificate (public-key) security protected: it needs the recipient’s key', () => {
    expect(pdfAccess(new Map([['Filter', { name: 'Adobe.PubSec' }]]), new Uint8Array(0))).toBe('needsCertificate');
  });

  it('says unknown for revisions and fields it does not read, rather than guessing', () => {
    const o = new Uint8Array(32);
    expect(
      pdfAccess(
        standard([
          ['R', 7],
          ['O', o],
          ['U', o],
          ['P', -4],
        ]),
        o,
      ),
    ).toBe('unknown');
    expect(
      pdfAccess(
        standard([
          ['R', 3],
          ['O', o],
          ['P', -4],
        ]),
        o,
      ),
    ).toBe('unknown');
    expect(
      pdfAccess(
        standard([
          ['R', 6],
          ['O', o],
          ['U', o],
          ['P', -4],
        ]),
        o,
      ),
    ).toBe('unknown'); // /U too short for AES-256
  });
});
