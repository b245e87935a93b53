// Turns a Gmail API message (format=full) into the same Draft the CLI builds from an .eml: headers,
// the text and HTML bodies, and attachments by name, type and declared size, with the ids to download
// their bytes by (the check downloads only the files a rule needs to open, with the Gmail calls it has left).
import { parseMailbox, type Address, type Attachment, type Draft } from '../../rules/index.ts';

type Part = GoogleAppsScript.Gmail.Schema.MessagePart;

/** Decodes a body's data to text. The advanced service may hand over base64url text or signed Byte[]. */
export type BodyDecoder = (data: string | number[], charset: string) => string;

function header(part: Part, name: string): string | undefined {
  const h = (part.headers || []).find((x) => (x.name || '').toLowerCase() === name);
  return h ? h.value || '' : undefined;
}

/** Splits an address header ("A <a@x>, "B, C" <b@y>") on the commas between mailboxes, not inside quotes. */
export function addressList(value: string | undefined): Address[] {
  if (!value) return [];
  const out: Address[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '<') angle = true;
    if (!quoted && ch === '>') angle = false;
    if (ch === ',' && !quoted && !angle) {
      const a = parseMailbox(current);
      if (a) out.push(a);
      current = '';
    } else current += ch;
  }
  const last = parseMailbox(current);
  if (last) out.push(last);
  return out;
}

function charsetOf(part: Part): string {
  const m = /charset="?([^";\s]+)/i.exec(header(part, 'content-type') || '');
  return m ? m[1] : 'UTF-8';
}

/** Walks the MIME tree: the first text/plain and text/html bodies, and every part with a file name. */
function collect(
  part: Part,
  decode: BodyDecoder,
  into: { text?: string; html?: string; attachments: Attachment[] },
  messageId: string,
): void {
  const type = (part.mimeType || '').toLowerCase();
  const body = part.body || {};
  if (part.filename) {
    const a: Attachment = { name: part.filename, contentType: type || 'application/octet-stream', size: body.size || 0 };
    if (body.attachmentId && messageId) a.source = { messageId, attachmentId: body.attachmentId };
    into.attachments.push(a);
  } else if (type === 'text/plain' && into.text === undefined && body.data) {
    into.text = decode(body.data as string | number[], charsetOf(part));
  } else if (type === 'text/html' && into.html === undefined && body.data) {
    into.html = decode(body.data as string | number[], charsetOf(part));
  }
  for (const child of part.parts || []) collect(child, decode, into, messageId);
}

export function payloadToDraft(message: GoogleAppsScript.Gmail.Schema.Message, decode: BodyDecoder): Draft {
  const payload = message.payload || {};
  const found: { text?: string; html?: string; attachments: Attachment[] } = { attachments: [] };
  collect(payload, decode, found, message.id || '');
  const draft: Draft = {
    to: addressList(header(payload, 'to')),
    cc: addressList(header(payload, 'cc')),
    bcc: addressList(header(payload, 'bcc')),
    subject: header(payload, 'subject') || '',
    body: found.html !== undefined ? { text: found.text || '', html: found.html } : { text: found.text || '' },
    attachments: found.attachments,
  };
  const from = addressList(header(payload, 'from'))[0];
  if (from) draft.from = from;
  return draft;
}
