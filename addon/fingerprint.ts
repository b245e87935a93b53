// Keyed fingerprints for a user's own memory (dismissals, what the statistics already counted), so that it
// keeps no message text, address or draft id: HMAC-SHA-256 under a random secret of the user's own, so that
// without the secret nobody can test a guess against it.
import type { Services } from './services.ts';

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
