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

/**
 * The labels of an X-Gmail-Labels header's value (unfolded by the parser), split at commas, or undefined
 * when the message has none. Read from the parsed headers: decoding each message's head again to find the
 * header cost the CLI 30 ms over the 3,093-message corpus mbox.
 */
export function gmailLabels(headerValue: string | undefined): string[] | undefined {
  return headerValue === undefined
    ? undefined
    : headerValue
        .split(',')
        .map((l) => l.trim().replace(/^"|"$/g, ''))
        .filter(Boolean);
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
