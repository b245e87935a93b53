// The LZMA and LZMA2 decoders behind 7z headers, on streams made by xz (test/fixtures/lzma/make.sh) with
// different literal/position settings and chunk kinds, and on damaged streams: wrong bytes give undefined,
// never a throw or a hang.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCipheriv } from 'node:crypto';
import { lzma2Decode, lzmaDecode } from '../../rules/attachments/lzma.ts';
import { repoRoot } from '../helpers/corpus.ts';

const numbers = Array.from({ length: 30000 }, (_, i) => `${i + 1}\n`).join('');
const files = ['numbers_default.lzma', 'numbers_lc0_lp2_pb0.lzma', 'numbers_fast.lzma'];
const read = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/lzma', name)));
const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('latin1') : b);

// .lzma files: 5 property bytes, an 8-byte size, then the raw stream 7z would store.
const decode = (b: Uint8Array, size: number, end = b.length) => lzmaDecode(b.subarray(0, 5), b, 13, end, size);

describe('lzmaDecode', () => {
  it.each(files)('%s decodes to the original text (end marker)', (file) => {
    expect(text(decode(read(file), numbers.length + 100))).toBe(numbers);
  });

  it('stops at the known size, as 7z headers give it', () => {
    expect(text(decode(read('numbers_default.lzma'), 1000))).toBe(numbers.slice(0, 1000));
  });

  it('gives undefined for a cut-short or corrupted stream, and bad properties', () => {
    const b = read('numbers_default.lzma');
    expect(decode(b, numbers.length, b.length - 200)).toBeUndefined();
    expect(decode(b, numbers.length, 15)).toBeUndefined();
    expect(lzmaDecode(Uint8Array.from([225, 0, 0, 1, 0]), b, 13, b.length, 10)).toBeUndefined();
    for (const at of [13, 14, 20, 500, 3000]) {
      const bad = b.slice();
      bad[at] ^= 0x5a;
      const out = decode(bad, numbers.length + 100);
      expect(text(out)).not.toBe(numbers);
    }
  });
});

describe('lzma2Decode', () => {
  // What make.sh packed: the numbers, 70,000 bytes of AES-CTR noise (stored chunks), the numbers again.
  const noise = createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).update(Buffer.alloc(70000));
  const original = Buffer.concat([Buffer.from(numbers, 'latin1'), noise, Buffer.from(numbers, 'latin1')]);
  const b = read('mixed.lzma2');

  it('decodes LZMA chunks, stored chunks and the state reset after them', () => {
    expect(Buffer.from(lzma2Decode(b, 0, b.length, original.length)!).equals(original)).toBe(true);
  });

  it('gives undefined for a cut-short stream, a bad control byte and a bad properties byte', () => {
    expect(lzma2Decode(b, 0, b.length - 100, original.length)).toBeUndefined();
    expect(lzma2Decode(Uint8Array.from([0x03, 0, 0]), 0, 3, 10)).toBeUndefined();
    expect(lzma2Decode(Uint8Array.from([0xe0, 0, 0, 0, 4, 0xff, 0, 0, 0, 0, 0]), 0, 11, 10)).toBeUndefined();
    expect(lzma2Decode(b, 0, b.length, 10)).toBeUndefined(); // more data than the size it claims
  });
});
