// OpenPGP (binary and ASCII-armoured), CMS/S-MIME and PKCS#12, attached e-mails, and plain text: encrypted or
// only signed, from the first packet, the outer content type or the message's Content-Type.
import { ascii, latin1, startsWith } from './bytes.ts';
import type { Protection } from './protection.ts';

const PKCS7 = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];

function indexOfBytes(b: Uint8Array, needle: readonly number[], from = 0, to = b.length): number {
  for (let i = from; i + needle.length <= to; i++) if (startsWith(b, needle, i)) return i;
  return -1;
}

/** First OpenPGP packet tag (old or new format), or undefined. */
function pgpTag(b: Uint8Array): number | undefined {
  const ctb = b[0];
  if (ctb === undefined || !(ctb & 0x80)) return undefined;
  return ctb & 0x40 ? ctb & 0x3f : (ctb >> 2) & 0x0f;
}

function fromBase64(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  for (let i = 0; i + 1 < clean.length && out.length < 64; i += 4) {
    const n = (alphabet.indexOf(clean[i]) << 18) | (alphabet.indexOf(clean[i + 1]) << 12) | (Math.max(0, alphabet.indexOf(clean[i + 2] || 'A')) << 6) | Math.max(0, alphabet.indexOf(clean[i + 3] || 'A'));
    out.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
  }
  return Uint8Array.from(out);
}

const PGP_ENCRYPTED = new Set([1, 3, 9, 18, 20]);

function pgp(b: Uint8Array): Protection | undefined {
  // PNG's first byte also parses as an old-format packet; the caller has ruled out the common magics.
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || startsWith(b, [0x1f, 0x8b])) return undefined;
  const head = String.fromCharCode.apply(null, Array.from(b.subarray(0, 4096)));
  const armour = /-----BEGIN PGP (MESSAGE|SIGNATURE|SIGNED MESSAGE|PUBLIC KEY BLOCK)-----/.exec(head);
  if (armour) {
    if (armour[1] !== 'MESSAGE') return { status: 'notProtected', format: 'OpenPGP', detail: 'it is signed, not encrypted' };
    const body = head.slice(armour.index).split(/\r?\n\r?\n/)[1] || '';
    const tag = pgpTag(fromBase64(body));
    return tag !== undefined && PGP_ENCRYPTED.has(tag)
      ? { status: 'protected', format: 'OpenPGP', detail: 'it is encrypted' }
      : { status: 'notProtected', format: 'OpenPGP', detail: 'it is signed or compressed, not encrypted' };
  }
  const tag = pgpTag(b);
  if (tag === undefined || tag === 0 || tag > 20) return undefined;
  if (PGP_ENCRYPTED.has(tag)) return { status: 'protected', format: 'OpenPGP', detail: 'it is encrypted' };
  if ([2, 4, 6, 8, 11].indexOf(tag) >= 0) return { status: 'notProtected', format: 'OpenPGP', detail: 'it is signed or compressed, not encrypted' };
  return undefined;
}

function cms(b: Uint8Array): Protection | undefined {
  if (b[0] !== 0x30) return undefined;
  const at = indexOfBytes(b, PKCS7, 0, 32);
  if (at >= 0) {
    const kind = b[at + PKCS7.length];
    if (kind === 0x03 || kind === 0x06) return { status: 'protected', format: 'S/MIME (CMS)', detail: 'it is encrypted' };
    if (kind === 0x02) return { status: 'notProtected', format: 'S/MIME (CMS)', detail: 'it is signed, not encrypted' };
  }
  if (indexOfBytes(b, ascii('\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17'), 0, 32) >= 0) return { status: 'protected', format: 'S/MIME (CMS)', detail: 'it is encrypted' };
  // PKCS#12: SEQUENCE { INTEGER 3, … }: a password-protected key store.
  for (let i = 2; i < 8; i++) if (startsWith(b, [0x02, 0x01, 0x03, 0x30], i)) return { status: 'protected', format: 'PKCS#12', detail: 'it is a password-protected key store' };
  return undefined;
}

const MESSAGE_HEADER = /^(from|to|cc|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to):/gim;

/**
 * An attached e-mail (message/rfc822, .eml): readable unless the whole message is S/MIME- or
 * PGP/MIME-encrypted, which its top-level Content-Type says.
 */
function message(b: Uint8Array): Protection | undefined {
  const head = latin1(b, 0, 16384);
  const end = head.search(/\r?\n\r?\n/);
  const headers = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  if (!/^[\w-]+:/.test(headers) || (headers.match(MESSAGE_HEADER) || []).length < 2) return undefined;
  const type = (/^content-type:\s*([^\n]*)/im.exec(headers) || ['', 'text/plain'])[1].toLowerCase();
  const format = 'e-mail message';
  if (/^multipart\/encrypted/.test(type)) return { status: 'protected', format, detail: 'the whole message is encrypted (PGP/MIME)' };
  if (/^application\/(x-)?pkcs7-mime/.test(type) && !/smime-type="?(signed-data|certs-only)/.test(type)) return { status: 'protected', format, detail: 'the whole message is encrypted (S/MIME)' };
  return { status: 'notProtected', format, detail: 'it is an e-mail whose text anyone can read' };
}

/** Text (CSV, TXT): no NUL bytes and almost all printable in the first 4 KB. Anyone can read it. */
function plainText(b: Uint8Array): Protection | undefined {
  const head = b.subarray(0, 4096);
  let printable = 0;
  for (const c of head) {
    if (c === 0) return undefined;
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / head.length > 0.95 ? { status: 'notProtected', format: 'text file', detail: 'it is plain text' } : undefined;
}

export function smallFormatProtection(b: Uint8Array): Protection {
  return pgp(b) || cms(b) || message(b) || plainText(b) || { status: 'unknown', format: 'file', detail: 'draftlint does not know this kind of file' };
}
