// Turns one raw RFC 5322 message (.eml bytes) into the same Draft the add-on builds, using postal-mime.
// A message that cannot be parsed comes back as an error with a reason, never as a half-guessed Draft; an
// address field that postal-mime could not read in full is left unread (the rules that need it say "not
// checked"), never passed on as empty or short.
import { withChunkBlobs } from './chunk-blob.ts';
import PostalMime, { type Address as MimeAddress, type Email } from 'postal-mime';
import type { Address, Attachment, Draft } from '../rules/index.ts';
import { joinEncodedWords } from './encoded-words.ts';
import { MAX_PARTS, countParts } from './mime-parts.ts';

/** A header section larger than this is not read (postal-mime's own limit is 2 MB): 10,000 recipients fit. */
const MAX_HEADERS = 1024 * 1024;

/**
 * `sentAt`: the message's Date header in milliseconds, when it has a readable one (for the report's weeks);
 * `unread`: why part of a message that was read was left unread (the rules that need it say "not checked");
 * `labelHeader`: the value of its first X-Gmail-Labels header, in a Google Takeout (see sent-only.ts).
 */
export type ParsedMessage =
  { ok: true; draft: Draft; sentAt?: number; unread?: string; labelHeader?: string } | { ok: false; reason: string };

/** mbox files and some saved messages start with a "From sender date" envelope line that is not a header. */
function withoutEnvelopeLine(bytes: Uint8Array): Uint8Array {
  const isEnvelope = bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20;
  if (!isEnvelope) return bytes;
  const eol = bytes.indexOf(0x0a);
  return eol < 0 ? new Uint8Array(0) : bytes.subarray(eol + 1);
}

function flatten(list: MimeAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const entry of list || []) {
    const members = entry.group ? entry.group : [entry];
    for (const m of members) {
      // postal-mime keeps undecodable or address-less entries with an empty address; those are not recipients.
      if (!m.address || m.address.indexOf('@') < 0) continue;
      const address = m.address.trim().toLowerCase();
      out.push(m.name ? { address, name: m.name } : { address });
    }
  }
  return out;
}

/**
 * The addresses written in a raw address header, outside quoted display names and comments: the words
 * between delimiters that hold one "@". Split first, then tested, so a long display name costs one pass.
 */
function addressesWritten(value: string): string[] {
  const bare = value.replace(/"(?:[^"\\\r\n]|\\.)*"/g, ' ').replace(/\((?:[^()\\]|\\.)*\)/g, ' ');
  const out: string[] = [];
  for (const word of bare.split(/[\s<>,;:"()[\]]+/)) {
    const at = word.indexOf('@');
    if (at > 0 && at < word.length - 1 && word.indexOf('@', at + 1) < 0) out.push(word.toLowerCase().replace(/\.$/, ''));
  }
  return out;
}

/**
 * The recipients of one field, or undefined when the header names an address postal-mime did not return
 * (it gives up on some shapes, such as dozens of nested groups, and returns nothing at all).
 */
function recipients(email: Email, field: 'to' | 'cc' | 'bcc'): Address[] | undefined {
  const parsed = flatten(email[field]);
  const read = new Set(parsed.map((a) => a.address.replace(/\.$/, '')));
  for (const h of email.headers) {
    if (h.key === field && addressesWritten(h.value).some((a) => !read.has(a))) return undefined;
  }
  return parsed;
}

function toAttachment(a: Email['attachments'][number]): Attachment {
  const bytes = typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content as ArrayBuffer);
  return { name: a.filename || '(no name)', contentType: a.mimeType.toLowerCase(), size: bytes.byteLength, bytes };
}

/** postal-mime's reading of the message, or why it could not read it. */
async function parse(bytes: Uint8Array): Promise<{ email: Email } | { reason: string }> {
  let email: Email;
  try {
    const input = joinEncodedWords(bytes);
    email = await withChunkBlobs(() => PostalMime.parse(input, { attachmentEncoding: 'arraybuffer', maxHeadersSize: MAX_HEADERS }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/maximum header size/i.test(message))
      return { reason: `its headers are larger than draftlint reads (${MAX_HEADERS / 1024 / 1024} MB)` };
    return { reason: `it is not a readable e-mail message (${message})` };
  }
  // postal-mime takes any first line for a header; a real message has at least one "Name: value" field.
  if (!email.headerLines.some((h) => /^[A-Za-z0-9-]+[ \t]*:/.test(h.line))) {
    return { reason: 'it has no mail headers, so it is not an e-mail message' };
  }
  return { email };
}

/** The message's header section with the blank line after it: all that is read of a message with too many parts. */
function headerSection(bytes: Uint8Array): Uint8Array {
  for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, nl + 1)) {
    const next = bytes[nl + 1] === 0x0d ? nl + 2 : nl + 1;
    if (bytes[next] === 0x0a) return bytes.subarray(0, next + 1);
  }
  return bytes;
}

export async function emlToDraft(raw: Uint8Array): Promise<ParsedMessage> {
  const bytes = withoutEnvelopeLine(raw);
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' };
  // Past MAX_PARTS, only the headers: the rules that need the body or the attachments say "not checked".
  const tooManyParts = countParts(bytes, MAX_PARTS + 1) > MAX_PARTS;
  const parsed = await parse(tooManyParts ? headerSection(bytes) : bytes);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason };
  const { email } = parsed;
  const from = flatten(email.from ? [email.from] : undefined)[0];
  const draft: Draft = {
    to: recipients(email, 'to'),
    cc: recipients(email, 'cc'),
    bcc: recipients(email, 'bcc'),
    subject: email.subject || '',
  };
  if (!tooManyParts) {
    draft.body = email.html !== undefined ? { text: email.text || '', html: email.html } : { text: email.text || '' };
    draft.attachments = email.attachments.map(toAttachment);
  }
  if (from) draft.from = from;
  const sentAt = email.date ? Date.parse(email.date) : NaN;
  const message: ParsedMessage = isNaN(sentAt) ? { ok: true, draft } : { ok: true, draft, sentAt };
  const labels = email.headers.find((h) => h.key === 'x-gmail-labels');
  if (labels) message.labelHeader = labels.value;
  if (tooManyParts)
    message.unread = `it has more than ${MAX_PARTS.toLocaleString('en-GB')} MIME parts: its body and attachments were not read`;
  return message;
}
