// A typed fake of the parts of Apps Script's Utilities the add-on uses: web-safe base64 decoding to
// signed Byte[], and a Blob that reads bytes as text in a named charset (unknown names throw, as they do).
import { createHmac, randomUUID } from 'node:crypto';
import type { Fake } from './fake.ts';

class FakeBlob implements Fake<GoogleAppsScript.Base.Blob, 'getDataAsString' | 'getBytes'> {
  constructor(private readonly data: number[]) {}
  getBytes() {
    return this.data.slice();
  }
  getDataAsString(charset?: string) {
    const name = (charset || 'UTF-8').toLowerCase();
    if (!['utf-8', 'utf8', 'iso-8859-1', 'us-ascii', 'windows-1252'].includes(name)) throw new Error(`Unsupported charset: ${charset}`);
    return new TextDecoder(name === 'utf8' ? 'utf-8' : name).decode(Uint8Array.from(this.data, (b) => b & 0xff));
  }
}

export class FakeUtilities implements Fake<
  GoogleAppsScript.Utilities.Utilities,
  'base64DecodeWebSafe' | 'newBlob' | 'base64Encode' | 'computeHmacSha256Signature' | 'getUuid'
> {
  /** HMAC-SHA-256 as signed Byte[], as Apps Script returns it (value and key as UTF-8 strings). */
  computeHmacSha256Signature(value: unknown, key: unknown) {
    if (typeof value !== 'string' || typeof key !== 'string') throw new TypeError('computeHmacSha256Signature fake takes two strings');
    return Array.from(createHmac('sha256', key).update(value, 'utf8').digest(), (b) => (b > 127 ? b - 256 : b));
  }
  getUuid() {
    return randomUUID();
  }
  base64Encode(data: unknown) {
    if (!Array.isArray(data)) throw new TypeError('base64Encode fake takes a Byte[]');
    return Buffer.from((data as number[]).map((b) => b & 0xff)).toString('base64');
  }
  base64DecodeWebSafe(encoded: string) {
    return Array.from(Buffer.from(encoded, 'base64url'), (b) => (b > 127 ? b - 256 : b));
  }
  newBlob(data: unknown) {
    if (!Array.isArray(data)) throw new TypeError('newBlob fake takes a Byte[]');
    return new FakeBlob(data as number[]) as unknown as GoogleAppsScript.Base.Blob;
  }
  asReal(): GoogleAppsScript.Utilities.Utilities {
    return this as unknown as GoogleAppsScript.Utilities.Utilities;
  }
}
