// The CLI's `--known-recipients FILE`: who the sender has written to, for no-misdirected-recipient's near
// misses, as the add-on reads it from the sender's Google contacts. Either a list (one mailbox per line,
// "Name <address>" or a bare address; blank lines and # comments skipped) or an .mbox of sent mail, whose
// To, Cc and Bcc are collected with their display names.
import { readFile } from 'node:fs/promises';
import { parseMailbox, type Address } from '../rules/index.ts';
import { emlToDraft } from './eml-to-draft.ts';
import { readInputs } from './inputs.ts';

export type KnownRecipients = { ok: true; known: Address[]; note: string } | { ok: false; message: string };

async function fromMbox(path: string): Promise<KnownRecipients> {
  const seen = new Map<string, Address>();
  let messages = 0;
  let unreadable = 0;
  for await (const event of readInputs([path])) {
    if (event.kind === 'unreadable') return { ok: false, message: `cannot read ${event.file}: ${event.reason}` };
    const parsed = await emlToDraft(event.message.bytes);
    if (!parsed.ok) {
      unreadable++;
      continue;
    }
    messages++;
    const { to = [], cc = [], bcc = [] } = parsed.draft;
    for (const a of [...to, ...cc, ...bcc]) if (!seen.has(a.address) || (a.name && !seen.get(a.address)!.name)) seen.set(a.address, a);
  }
  const skipped = unreadable ? ` (${unreadable} message${unreadable === 1 ? '' : 's'} could not be read)` : '';
  return { ok: true, known: [...seen.values()], note: `${seen.size} known recipients from ${messages} messages${skipped}` };
}

async function fromList(path: string): Promise<KnownRecipients> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const known: Address[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const mailbox = parseMailbox(line);
    if (!mailbox) return { ok: false, message: `${path}, line ${i + 1}: not an e-mail address: ${line}` };
    known.push(mailbox);
  }
  return { ok: true, known, note: `${known.length} known recipients` };
}

/** The known recipients in FILE: an mbox when its name ends .mbox or it starts with a "From " line. */
export async function readKnownRecipients(path: string): Promise<KnownRecipients> {
  let head = '';
  try {
    head = (await readFile(path)).subarray(0, 5).toString('latin1');
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return /\.mbox$/i.test(path) || head === 'From ' ? fromMbox(path) : fromList(path);
}
