// Fingerprints for a user's own memory (dismissals, what the statistics already counted), so that it keeps
// no message text, address or draft id. FNV-1a is a short stable hash, for what is not personal (a finding's
// key within one draft); a keyed fingerprint is HMAC-SHA-256 under a random secret of the user's own, for
// what would otherwise point at a draft or a person: without the secret nobody can test a guess against it.
import type { Services } from './services.ts';

export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 96 bits of HMAC-SHA-256 of `value` under the user's secret, as 16 base64url characters. */
export function keyedFingerprint(services: Pick<Services, 'hmac'>, secret: string, value: string): string {
  const bytes = services.hmac(value, secret).slice(0, 12);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] & 0xff) << 16) | ((bytes[i + 1] & 0xff) << 8) | (bytes[i + 2] & 0xff);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  return out;
}
