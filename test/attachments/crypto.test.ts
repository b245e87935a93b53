// The hashes and ciphers behind the PDF, Office and 7z checks, against Node's OpenSSL and zlib on lengths
// around every block and padding boundary: a wrong word here would silently call a protected file open.
import { createCipheriv, createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { aes128CbcEncrypt } from '../../rules/attachments/crypto/aes.ts';
import { crc32 } from '../../rules/attachments/crypto/crc32.ts';
import { md5 } from '../../rules/attachments/crypto/md5.ts';
import { rc4 } from '../../rules/attachments/crypto/rc4.ts';
import { sha1, sha256, sha384, sha512 } from '../../rules/attachments/crypto/sha.ts';

const lengths = [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 1000, 2048 + 17];
const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + (i >> 3)) & 255);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('hashes match OpenSSL', () => {
  const hashes = { md5, sha1, sha256, sha384, sha512 } as const;
  for (const [name, fn] of Object.entries(hashes)) {
    it(name, () => {
      for (const n of lengths) {
        const data = bytesOf(n, n);
        expect(hex(fn(data)), `${name} of ${n} bytes`).toBe(createHash(name).update(data).digest('hex'));
      }
    });
  }

  it('hash the concatenation of their arguments', () => {
    expect(hex(sha256(bytesOf(10, 1), bytesOf(70, 2)))).toBe(
      createHash('sha256').update(bytesOf(10, 1)).update(bytesOf(70, 2)).digest('hex'),
    );
  });
});

describe('ciphers match OpenSSL', () => {
  it('AES-128-CBC without padding', () => {
    for (const n of [16, 32, 48 * 64]) {
      const key = bytesOf(16, n);
      const iv = bytesOf(16, n + 1);
      const data = bytesOf(n, n + 2);
      const cipher = createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
      expect(hex(aes128CbcEncrypt(key, iv, data))).toBe(Buffer.concat([cipher.update(data), cipher.final()]).toString('hex'));
    }
  });

  it('RC4 (the RFC 6229 key 0x0102030405, first 16 bytes of key stream)', () => {
    expect(hex(rc4(Uint8Array.from([1, 2, 3, 4, 5]), new Uint8Array(16)))).toBe('b2396305f03dc027ccc3524a0a1118a8');
  });
});

describe('crc32', () => {
  it('matches zlib, and the check value of "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    for (const n of lengths) expect(crc32(bytesOf(n, n)), `${n} bytes`).toBe(zlibCrc32(bytesOf(n, n)));
  });
});
