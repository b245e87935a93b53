// Whether an encrypted PDF opens without a password: the Standard security handler's user-password check
// (ISO 32000-2 § 7.6.4.4, algorithms 2, 2.A, 2.B, 4, 5, 6) run with the empty password. A PDF that passes
// has only an owner password, which limits printing or editing but lets anyone read it.
import { aes128CbcEncrypt } from './crypto/aes.ts';
import { equalBytes } from './crypto/bytes.ts';
import { md5 } from './crypto/md5.ts';
import { rc4 } from './crypto/rc4.ts';
import { sha256, sha384, sha512 } from './crypto/sha.ts';
import { isBytes, isDict, isName, type PdfDict } from './pdf-syntax.ts';

/** The 32-byte padding string every pre-AES-256 password is extended with (algorithm 2, step a). */
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e,
  0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

export type PdfAccess = 'opensWithoutPassword' | 'needsPassword' | 'needsCertificate' | 'unknown';

function int32le(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, n, true);
  return out;
}

/** Algorithms 2 + 6 (revisions 2–4, RC4 or AES-128): does the empty password reproduce /U? */
function emptyPasswordRc4Era(
  r: number,
  keyBytes: number,
  o: Uint8Array,
  u: Uint8Array,
  p: number,
  id: Uint8Array,
  encryptMetadata: boolean,
): boolean {
  const noMetadata = r >= 4 && !encryptMetadata ? Uint8Array.from([0xff, 0xff, 0xff, 0xff]) : new Uint8Array(0);
  let key = md5(PADDING, o.subarray(0, 32), int32le(p), id, noMetadata).subarray(0, r === 2 ? 5 : keyBytes);
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key).subarray(0, keyBytes);
  if (r === 2) return equalBytes(rc4(key, PADDING), u.subarray(0, 32));
  let x = rc4(key, md5(PADDING, id));
  for (let i = 1; i <= 19; i++)
    x = rc4(
      key.map((k) => k ^ i),
      x,
    );
  return equalBytes(x, u.subarray(0, 16));
}

/** Algorithm 2.B (revision 6): the iterated SHA-2 / AES hash of a password (here empty) and salt. */
function hardenedHash(salt: Uint8Array): Uint8Array {
  let k = sha256(salt);
  for (let round = 0; ; round++) {
    const block = k; // password and user key are empty for the user-password check
    const k1 = new Uint8Array(block.length * 64);
    for (let i = 0; i < 64; i++) k1.set(block, i * block.length);
    const e = aes128CbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]; // the first 16 bytes as a big number mod 3: 256 ≡ 1 (mod 3)
    k = [sha256, sha384, sha512][sum % 3](e);
    if (round >= 63 && e[e.length - 1] <= round - 31) return k.subarray(0, 32);
  }
}

/**
 * The key length in bits: /Length, or for revision 4 files without it the standard crypt filter's
 * /Length (which writers give in bytes or bits; 128 when absent), as Acrobat and pdf.js read it.
 */
function keyBits(encrypt: PdfDict): number {
  const length = encrypt.get('Length');
  if (typeof length === 'number') return length;
  if (encrypt.get('V') !== 4) return 40;
  const filters = encrypt.get('CF');
  const name = encrypt.get('StmF');
  const filter = isDict(filters) && isName(name) ? filters.get(name.name) : undefined;
  const n = isDict(filter) ? filter.get('Length') : undefined;
  return typeof n !== 'number' ? 128 : n < 40 ? n * 8 : n;
}

/**
 * How a reader opens the file this Encrypt dictionary belongs to. `id` is the first element of the
 * trailer's /ID (empty when there is none).
 */
export function pdfAccess(encrypt: PdfDict, id: Uint8Array): PdfAccess {
  if (!isName(encrypt.get('Filter'), 'Standard')) return 'needsCertificate';
  const r = encrypt.get('R');
  const o = encrypt.get('O');
  const u = encrypt.get('U');
  const p = encrypt.get('P');
  if (typeof r !== 'number' || !isBytes(o) || !isBytes(u) || typeof p !== 'number') return 'unknown';
  if (r >= 2 && r <= 4) {
    const bits = keyBits(encrypt);
    if (o.length < 32 || u.length < (r === 2 ? 32 : 16) || bits < 40 || bits > 128 || bits % 8) return 'unknown';
    const encryptMetadata = encrypt.get('EncryptMetadata') !== false;
    return emptyPasswordRc4Era(r, bits / 8, o, u, p, id, encryptMetadata) ? 'opensWithoutPassword' : 'needsPassword';
  }
  if (r === 5 || r === 6) {
    if (u.length < 48) return 'unknown';
    const salt = u.subarray(32, 40);
    const hash = r === 5 ? sha256(salt) : hardenedHash(salt);
    return equalBytes(hash, u.subarray(0, 32)) ? 'opensWithoutPassword' : 'needsPassword';
  }
  return 'unknown';
}
