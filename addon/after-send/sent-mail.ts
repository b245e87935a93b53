// "Check what I sent": the user's own messages sent in the last day or three, newest first, each read as a
// saved draft is read (payloadToDraft: one Draft model) and checked with the school's rules. Gmail calls
// are budgeted: 1 list, then 1 read per message, at most MAX_SENT_CHECKED, and reading stops well before
// Gmail's 30-second limit; what was not read is counted and said, never passed as fine.
import { lint, type Config, type Draft, type Finding } from '../../rules/index.ts';
import { payloadToDraft, type BodyDecoder } from '../draft/payload.ts';
import { schoolRules } from '../school-config.ts';

export type MessagesApi = Pick<GoogleAppsScript.Gmail.Collection.Users.MessagesCollection, 'list' | 'get'>;
/** What reading needs of the services (not the Services type itself, which names MessagesApi). */
interface Reading {
  decode: BodyDecoder;
  now(): number;
}

export const MAX_SENT_CHECKED = 20;
/** The list asks for this many ids: enough to say how many were left unread. */
const LIST_SIZE = 100;
/** Reading stops after this long: the card still has to be built inside Gmail's 30 seconds. */
export const READ_BUDGET_MS = 20_000;
export const SENT_DAYS = [1, 3] as const;
export type SentDays = (typeof SENT_DAYS)[number];

export interface SentMessage {
  id: string;
  draft: Draft;
  /** When Gmail received it from the sender (internalDate), ms. */
  sentAt: number;
  findings: Finding[];
}

export interface SentCheck {
  days: SentDays;
  /** Messages Gmail listed (up to LIST_SIZE). */
  listed: number;
  checked: SentMessage[];
  /** Listed but not read: past MAX_SENT_CHECKED or the time budget, or a read that failed. */
  notChecked: number;
  /** Gmail had more than one page of sent mail: more than `notChecked` were left unread. */
  moreThanListed: boolean;
  calls: number;
}

/** Lists and checks; throws only when the list itself fails (the callback says so). */
export function checkSent(messages: MessagesApi, services: Reading, config: Config, days: SentDays): SentCheck {
  const started = services.now();
  const page = messages.list('me', { q: `in:sent newer_than:${days}d`, maxResults: LIST_SIZE });
  const listed = page.messages || [];
  const result: SentCheck = { days, listed: listed.length, checked: [], notChecked: 0, moreThanListed: !!page.nextPageToken, calls: 1 };
  for (const { id } of listed) {
    if (!id || result.checked.length >= MAX_SENT_CHECKED || services.now() - started > READ_BUDGET_MS) {
      result.notChecked++;
      continue;
    }
    try {
      result.calls++;
      result.checked.push(readSent(messages, services, config, id));
    } catch (error) {
      console.error(`draftlint could not read a sent message: ${error instanceof Error ? error.message : String(error)}`);
      result.notChecked++;
    }
  }
  return result;
}

/** One sent message again, by id (for "Tell the DPO": the button names the message, never what to write). */
export function readSent(messages: MessagesApi, services: Reading, config: Config, id: string): SentMessage {
  const message = messages.get('me', id, { format: 'full' });
  const draft = payloadToDraft(message, services.decode);
  // Only what the message holds: no bytes are downloaded, so a file that needed opening says "could not tell".
  return { id, draft, sentAt: Number(message.internalDate) || services.now(), findings: lint(draft, config, schoolRules).findings };
}
