// The formats told by their first bytes: OpenPGP (binary and armoured), CMS/S-MIME (DER and PEM), PKCS#12,
// age (binary and armoured), openssl enc, attached e-mails, and plain text. A first byte is never enough:
// OpenPGP packets are walked (versions, and lengths that fit the file), DER lengths must fit, and an age
// or openssl header must be whole; anything that only looks like one of them is "could not tell".
import { ascii, latin1, startsWith } from './bytes.ts';
import type { Protection } from './verdict.ts';

const protectedAs = (format: string, detail: string): Protection => ({ status: 'protected', format, detail });
const readableAs = (format: string, detail: string): Protection => ({ status: 'notProtected', format, detail });
const unknownAs = (format: string, detail: string): Protection => ({ status: 'unknown', format, detail });

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes, skipping white space, stopping at padding or the first other character. */
function fromBase64(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    const v = BASE64.indexOf(c);
    if (v < 0) break;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The text between a PEM-style "-----BEGIN X-----" line's end and the next "-----END", with its headers skipped. */
function armouredBody(head: string, at: number): string {
  const start = head.indexOf('\n', at);
  if (start < 0) return '';
  let body = head.slice(start + 1);
  const end = body.indexOf('-----END');
  if (end >= 0) body = body.slice(0, end);
  // OpenPGP armour may carry "Key: value" headers, ended by a blank line.
  if (/^[A-Za-z-]+: /.test(body)) body = body.slice(Math.max(0, body.search(/\r?\n\r?\n/))).trimStart();
  return body;
}

// ── OpenPGP (RFC 9580) ──────────────────────────────────────────────────────────────────────────────

interface Packet {
  tag: number;
  /** Where the body starts. */
  body: number;
  /** Where the packet ends, or undefined when its length runs on (partial or indeterminate: data packets only). */
  end?: number;
}

const DATA_PACKETS = new Set([8, 9, 11, 18, 20]);

/** The packet header at `at`; undefined when it is not one, or its length does not fit `size`. */
function packetAt(b: Uint8Array, at: number, size: number): Packet | undefined {
  const ctb = b[at];
  if (ctb === undefined || !(ctb & 0x80)) return undefined;
  let tag: number;
  let body: number;
  let length: number | undefined;
  if (ctb & 0x40) {
    tag = ctb & 0x3f;
    const o1 = b[at + 1];
    if (o1 === undefined) return undefined;
    if (o1 < 192) [body, length] = [at + 2, o1];
    else if (o1 < 224) [body, length] = [at + 3, ((o1 - 192) << 8) + (b[at + 2] ?? 0) + 192];
    else if (o1 === 255)
      [body, length] = [at + 6, (((b[at + 2] ?? 0) << 24) >>> 0) + ((b[at + 3] ?? 0) << 16) + ((b[at + 4] ?? 0) << 8) + (b[at + 5] ?? 0)];
    else [body, length] = [at + 2, undefined]; // a partial body length
  } else {
    tag = (ctb >> 2) & 0x0f;
    const type = ctb & 3;
    const n = type === 3 ? 0 : 1 << type;
    body = at + 1 + n;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (b[at + 1 + i] ?? 0);
    if (type === 3) length = undefined; // indeterminate: to the end of the file
  }
  if (tag === 0 || body >= size) return undefined;
  if (length === undefined) return DATA_PACKETS.has(tag) ? { tag, body } : undefined;
  return body + length <= size ? { tag, body, end: body + length } : undefined;
}

/** Whether a packet's first body bytes are what its kind must start with (its version, algorithm or format). */
function wellFormed(b: Uint8Array, p: Packet): boolean {
  const first = b[p.body];
  switch (p.tag) {
    case 1: // public-key encrypted session key
      return first === 3 || first === 6;
    case 3: // symmetric-key encrypted session key: version, then a known cipher
      return (first === 4 || first === 5 || first === 6) && b[p.body + 1] !== undefined && b[p.body + 1] >= 1 && b[p.body + 1] <= 13;
    case 9: // symmetrically encrypted data: no version to check
      return true;
    case 18: // symmetrically encrypted and integrity-protected data
      return first === 1 || first === 2;
    case 20: // AEAD-encrypted data (LibrePGP, GnuPG 2.3+)
      return first === 1;
    case 2: // signature
      return first !== undefined && first >= 3 && first <= 6;
    case 4: // one-pass signature
      return first === 3 || first === 6;
    case 6: // public key
      return first !== undefined && first >= 3 && first <= 6;
    case 8: // compressed data
      return first !== undefined && first <= 3;
    case 11: // literal data: its format
      return first !== undefined && 'btul1m'.indexOf(String.fromCharCode(first)) >= 0;
    default:
      return false;
  }
}

const ESK = new Set([1, 3]);
const ENCRYPTED_DATA = new Set([9, 18, 20]);
const READABLE_FIRST = new Set([2, 4, 6, 8, 11]);
const MAX_PACKETS = 64;

/**
 * An OpenPGP message read packet by packet: encrypted when one or more session-key packets lead to an
 * encrypted-data packet; signed, compressed or literal data when it starts with one of those; otherwise
 * (a header that is not one, a length past the end) not OpenPGP. `size` is Infinity for armoured text,
 * of which only the start is decoded.
 */
function pgpPackets(b: Uint8Array, size: number): Protection | undefined {
  const format = 'OpenPGP';
  let at = 0;
  let sessionKeys = 0;
  for (let n = 0; n < MAX_PACKETS; n++) {
    const p = packetAt(b, at, size);
    if (!p || !wellFormed(b, p)) return undefined;
    if (ESK.has(p.tag)) sessionKeys++;
    else if (ENCRYPTED_DATA.has(p.tag)) return sessionKeys ? protectedAs(format, 'it is encrypted') : undefined;
    else return n === 0 && READABLE_FIRST.has(p.tag) ? readableAs(format, 'it is signed or compressed, not encrypted') : undefined;
    if (p.end === undefined) return undefined;
    at = p.end;
    if (at >= b.length) return size === Infinity ? unknownAs(format, 'its list of recipients is longer than draftlint reads') : undefined;
  }
  return unknownAs(format, 'it has more packets than draftlint reads');
}

/** Where an armour line ("-----BEGIN …-----" at the start of a line) starts, with what it names. */
function armourLine(head: string, names: RegExp): { at: number; name: string } | undefined {
  const m = new RegExp(`(?:^|\n)-----BEGIN (${names.source})-----`).exec(head);
  return m ? { at: m.index + m[0].indexOf('-----'), name: m[1] } : undefined;
}

function pgpArmour(head: string): Protection | undefined {
  const armour = armourLine(head, /PGP (?:MESSAGE|SIGNATURE|SIGNED MESSAGE|PUBLIC KEY BLOCK)/);
  if (!armour) return undefined;
  if (armour.name !== 'PGP MESSAGE') return readableAs('OpenPGP', 'it is signed, not encrypted');
  return pgpPackets(fromBase64(armouredBody(head, armour.at)), Infinity) ?? unknownAs('OpenPGP', 'its armoured message could not be read');
}

// ── CMS / PKCS#7 and PKCS#12 (DER, or PEM around it) ───────────────────────────────────────────────

const PKCS7 = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];
const AUTH_ENVELOPED = ascii('\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17');

/** Where the contents of the DER/BER SEQUENCE at `at` start, when its length fits `size` (BER's indefinite length too). */
function sequenceBody(b: Uint8Array, at: number, size: number): number | undefined {
  if (b[at] !== 0x30) return undefined;
  const first = b[at + 1];
  if (first === undefined) return undefined;
  if (first === 0x80) return at + 2;
  if (first < 0x80) return at + 2 + first <= size ? at + 2 : undefined;
  const n = first & 0x7f;
  if (n > 4) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (b[at + 2 + i] ?? 0);
  return at + 2 + n + length <= size ? at + 2 + n : undefined;
}

/** ContentInfo { contentType, content }: enveloped, encrypted or auth-enveloped data is encrypted; signed is not. */
function cms(b: Uint8Array, size = b.length): Protection | undefined {
  const body = sequenceBody(b, 0, size);
  if (body === undefined) return undefined;
  if (startsWith(b, PKCS7, body)) {
    const kind = b[body + PKCS7.length];
    if (kind === 0x03 || kind === 0x06) return protectedAs('S/MIME (CMS)', 'it is encrypted');
    if (kind === 0x02) return readableAs('S/MIME (CMS)', 'it is signed, not encrypted');
    return undefined;
  }
  if (startsWith(b, AUTH_ENVELOPED, body)) return protectedAs('S/MIME (CMS)', 'it is encrypted');
  // PKCS#12: SEQUENCE { INTEGER 3, ContentInfo of data or signed data, … }: a password-protected key store.
  const info = startsWith(b, [0x02, 0x01, 0x03], body) ? sequenceBody(b, body + 3, size) : undefined;
  if (info !== undefined && startsWith(b, PKCS7, info) && (b[info + PKCS7.length] === 0x01 || b[info + PKCS7.length] === 0x02)) {
    return protectedAs('PKCS#12', 'it is a password-protected key store');
  }
  return undefined;
}

function pemCms(head: string): Protection | undefined {
  const pem = armourLine(head, /PKCS7|CMS|PKCS #7 SIGNED DATA/);
  if (!pem) return undefined;
  return cms(fromBase64(armouredBody(head, pem.at)), Infinity) ?? unknownAs('S/MIME (CMS)', 'its PEM text could not be read');
}

// ── age and openssl enc ─────────────────────────────────────────────────────────────────────────────

const AGE = 'age-encryption.org/v1\n';

/** An age header: the version line, one or more recipient stanzas ("-> …"), then the MAC line ("--- …"). */
function ageHeader(text: string, size: number): Protection | undefined {
  if (!text.startsWith(AGE)) return undefined;
  const mac = text.indexOf('\n--- ');
  const macEnd = mac < 0 ? -1 : text.indexOf('\n', mac + 5);
  // After the header: a 16-byte nonce and at least one 16-byte tag.
  if (!text.startsWith('-> ', AGE.length) || macEnd < 0 || macEnd + 1 + 32 > size)
    return unknownAs('age', 'the file is damaged or cut short');
  return protectedAs('age', 'it is encrypted');
}

function age(b: Uint8Array, head: string): Protection | undefined {
  if (head.startsWith(AGE)) return ageHeader(head, b.length);
  const armour = armourLine(head, /AGE ENCRYPTED FILE/);
  if (!armour) return undefined;
  const inner = fromBase64(armouredBody(head, armour.at));
  return ageHeader(latin1(inner), Infinity) ?? unknownAs('age', 'its armoured text could not be read');
}

/** `openssl enc` with a password: "Salted__", an 8-byte salt, then whole cipher blocks (or its base64, "U2FsdGVkX1"). */
function opensslEnc(b: Uint8Array, head: string): Protection | undefined {
  const salted = head.startsWith('Salted__') ? b.length : head.startsWith('U2FsdGVkX1') ? fromBase64(head).length : -1;
  if (salted < 0) return undefined;
  return salted >= 32 ? protectedAs('openssl enc', 'it is encrypted with a password') : unknownAs('openssl enc', 'the file is cut short');
}

// ── E-mails and text ────────────────────────────────────────────────────────────────────────────────

const MESSAGE_HEADER = /^(from|to|cc|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to):/gim;

/**
 * An attached e-mail (message/rfc822, .eml): readable unless the whole message is S/MIME- or
 * PGP/MIME-encrypted, which its top-level Content-Type says.
 */
function message(head: string): Protection | undefined {
  const end = head.search(/\r?\n\r?\n/);
  const headers = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  if (!/^[\w-]+:/.test(headers) || (headers.match(MESSAGE_HEADER) || []).length < 2) return undefined;
  const type = (/^content-type:\s*([^\n]*)/im.exec(headers) || ['', 'text/plain'])[1].toLowerCase();
  const format = 'e-mail message';
  if (/^multipart\/encrypted/.test(type)) return protectedAs(format, 'the whole message is encrypted (PGP/MIME)');
  if (/^application\/(x-)?pkcs7-mime/.test(type) && !/smime-type="?(signed-data|certs-only)/.test(type))
    return protectedAs(format, 'the whole message is encrypted (S/MIME)');
  return readableAs(format, 'it is an e-mail whose text anyone can read');
}

/** Text (CSV, TXT): no NUL bytes and almost all printable in the first 4 KB. Anyone can read it. */
function plainText(b: Uint8Array): Protection | undefined {
  const head = b.subarray(0, 4096);
  let printable = 0;
  for (const c of head) {
    if (c === 0) return undefined;
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / head.length > 0.95 ? readableAs('text file', 'it is plain text') : undefined;
}

export function smallFormatProtection(b: Uint8Array): Protection {
  const head = latin1(b, 0, 16384);
  return (
    pgpPackets(b, b.length) ||
    cms(b) ||
    age(b, head) ||
    opensslEnc(b, head) ||
    // An e-mail before armour: a message quoting an encrypted block is still a message anyone can read.
    message(head) ||
    pgpArmour(head) ||
    pemCms(head) ||
    plainText(b) || { status: 'unknown', format: 'file', detail: 'draftlint does not know this kind of file' }
  );
}
