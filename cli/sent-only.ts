// `draftlint check --sent-only`: keep only the messages a school account sent, from a Google export of
// mail. Google Takeout marks each message with an X-Gmail-Labels header (labels as CSV): keep "Sent", drop
// Chat transcripts, Spam and Trash, and the rest is incoming mail. A Vault export has no label header (the
// labels are in a separate metadata file): there a message is the school's when its From is inside the
// school's internal domains. Counts what was skipped and why, for the summary on stderr.
import { isInternal, type Draft, type Organisation } from '../rules/index.ts';

export type SkipReason = 'incoming' | 'chat' | 'spam' | 'trash' | 'fromOutside' | 'noSender';

const REASON_WORDS: Record<SkipReason, string> = {
  incoming: 'not sent (incoming mail)',
  chat: 'Chat transcripts',
  spam: 'in Spam',
  trash: 'in Trash',
  fromOutside: 'from outside the school (no Gmail labels)',
  noSender: 'with no sender (no Gmail labels)',
};

/** The header block is read up to this far: a label header is near the top of a Takeout message. */
const HEAD_BYTES = 64 * 1024;

/** The X-Gmail-Labels of a raw message (unfolded, split at commas), or undefined when it has none. */
export function gmailLabels(raw: Uint8Array): string[] | undefined {
  const head = new TextDecoder('latin1').decode(raw.subarray(0, HEAD_BYTES));
  const end = head.search(/\r?\n\r?\n/);
  const headers = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^x-gmail-labels:[ \t]*(.*)$/im.exec(headers);
  return m
    ? m[1]
        .split(',')
        .map((l) => l.trim().replace(/^"|"$/g, ''))
        .filter(Boolean)
    : undefined;
}

/** Why a message is not the school's sent mail, or undefined to keep it. */
export function skipReason(labels: string[] | undefined, draft: Draft, org: Organisation): SkipReason | undefined {
  if (labels) {
    const has = (name: string) => labels.some((l) => l.toLowerCase() === name);
    if (has('chat')) return 'chat';
    if (has('spam')) return 'spam';
    if (has('trash')) return 'trash';
    return has('sent') ? undefined : 'incoming';
  }
  if (!draft.from) return 'noSender';
  return isInternal(draft.from.address, org) ? undefined : 'fromOutside';
}

/** Counts kept and skipped messages, and says it in one line. */
export class SentOnlyTally {
  kept = 0;
  private readonly skipped = new Map<SkipReason, number>();

  count(reason: SkipReason | undefined): void {
    if (!reason) this.kept++;
    else this.skipped.set(reason, (this.skipped.get(reason) || 0) + 1);
  }

  line(): string {
    const total = this.kept + [...this.skipped.values()].reduce((a, b) => a + b, 0);
    const why = [...this.skipped].map(([reason, n]) => `${n} ${REASON_WORDS[reason]}`);
    return `--sent-only kept ${this.kept} of ${total} messages${why.length ? `; skipped ${why.join(', ')}` : ''}`;
  }
}

/** Labels of a Takeout that holds more than sent mail: the note for a run without --sent-only. */
export const looksLikeAllMail = (labels: string[] | undefined) => !!labels && !labels.some((l) => /^sent$/i.test(l));
