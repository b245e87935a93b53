// AES-128 encryption in CBC mode without padding (FIPS 197), the one cipher step of the PDF 2.0 (AES-256,
// revision 6) password hash. Only encryption is needed; the S-box is computed, not pasted.
const SBOX = new Uint8Array(256);
{
  // Walk the multiplicative group with generator 3 and its inverse, then apply the affine transform.
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const r = (x: number, n: number) => ((x << n) | (x >>> (8 - n))) & 0xff;
    SBOX[p] = q ^ r(q, 1) ^ r(q, 2) ^ r(q, 3) ^ r(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
}

const xtime = (x: number) => ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;

// Round tables: SubBytes and MixColumns of one byte into a whole column, rotated for each row (FIPS 197 § 5.2).
const T = [0, 1, 2, 3].map(() => new Uint32Array(256));
for (let x = 0; x < 256; x++) {
  const s = SBOX[x];
  const column = ((xtime(s) << 24) | (s << 16) | (s << 8) | (xtime(s) ^ s)) >>> 0;
  for (let r = 0; r < 4; r++) T[r][x] = ((column >>> (8 * r)) | (column << (32 - 8 * r))) >>> 0;
}

/** The 44 round-key words, big-endian. */
function expandKey(key: Uint8Array): Uint32Array {
  const w = new Uint32Array(44);
  for (let i = 0; i < 4; i++) w[i] = ((key[i * 4] << 24) | (key[i * 4 + 1] << 16) | (key[i * 4 + 2] << 8) | key[i * 4 + 3]) >>> 0;
  for (let i = 4, rcon = 1; i < 44; i++) {
    let t = w[i - 1];
    if (i % 4 === 0) {
      t = ((SBOX[(t >>> 16) & 255] << 24) | (SBOX[(t >>> 8) & 255] << 16) | (SBOX[t & 255] << 8) | SBOX[t >>> 24]) ^ (rcon << 24);
      rcon = xtime(rcon);
    }
    w[i] = (w[i - 4] ^ t) >>> 0;
  }
  return w;
}

// The last round has no MixColumns: S-box bytes straight into place.
const last = (a: number, b: number, c: number, d: number, rk: number) =>
  ((SBOX[a >>> 24] << 24) | (SBOX[(b >>> 16) & 255] << 16) | (SBOX[(c >>> 8) & 255] << 8) | SBOX[d & 255]) ^ rk;

function put(out: Uint8Array, at: number, word: number): void {
  out[at] = word >>> 24;
  out[at + 1] = (word >>> 16) & 255;
  out[at + 2] = (word >>> 8) & 255;
  out[at + 3] = word & 255;
}

/** AES-128-CBC encryption of whole 16-byte blocks (the length must be a multiple of 16). */
export function aes128CbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const k = expandKey(key);
  const [T0, T1, T2, T3] = T;
  const out = new Uint8Array(data.length - (data.length % 16));
  const word = (b: Uint8Array, at: number) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
  let [c0, c1, c2, c3] = [word(iv, 0), word(iv, 4), word(iv, 8), word(iv, 12)];
  for (let at = 0; at < out.length; at += 16) {
    let s0 = c0 ^ word(data, at) ^ k[0];
    let s1 = c1 ^ word(data, at + 4) ^ k[1];
    let s2 = c2 ^ word(data, at + 8) ^ k[2];
    let s3 = c3 ^ word(data, at + 12) ^ k[3];
    for (let round = 1; round < 10; round++) {
      const r = round * 4;
      const t0 = T0[s0 >>> 24] ^ T1[(s1 >>> 16) & 255] ^ T2[(s2 >>> 8) & 255] ^ T3[s3 & 255] ^ k[r];
      const t1 = T0[s1 >>> 24] ^ T1[(s2 >>> 16) & 255] ^ T2[(s3 >>> 8) & 255] ^ T3[s0 & 255] ^ k[r + 1];
      const t2 = T0[s2 >>> 24] ^ T1[(s3 >>> 16) & 255] ^ T2[(s0 >>> 8) & 255] ^ T3[s1 & 255] ^ k[r + 2];
      const t3 = T0[s3 >>> 24] ^ T1[(s0 >>> 16) & 255] ^ T2[(s1 >>> 8) & 255] ^ T3[s2 & 255] ^ k[r + 3];
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    c0 = last(s0, s1, s2, s3, k[40]);
    c1 = last(s1, s2, s3, s0, k[41]);
    c2 = last(s2, s3, s0, s1, k[42]);
    c3 = last(s3, s0, s1, s2, k[43]);
    put(out, at, c0);
    put(out, at + 4, c1);
    put(out, at + 8, c2);
    put(out, at + 12, c3);
  }
  return out;
}
