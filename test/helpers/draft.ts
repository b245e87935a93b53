// Builds Drafts for tests from the strings people write ("Jane Smith <jane@gmail.com>").
import { parseMailbox } from '../../rules/lib/addresses.ts';
import type { Address, Attachment, Draft } from '../../rules/engine/types.ts';

export interface DraftSpec {
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body?: string;
  html?: string;
  attachments?: Attachment[];
  /** The sender's known correspondents (their contacts), as the add-on reads them from Google. */
  known?: string[];
}

export function mailbox(text: string): Address {
  const a = parseMailbox(text);
  if (!a) throw new Error(`test mailbox is not an address: ${text}`);
  return a;
}

/** A fully read draft: every field present (empty where the spec leaves it out), as the CLI builds it. */
export function draftOf(spec: DraftSpec): Draft {
  return {
    from: mailbox(spec.from ?? 'teacher@school.example'),
    to: (spec.to ?? []).map(mailbox),
    cc: (spec.cc ?? []).map(mailbox),
    bcc: (spec.bcc ?? []).map(mailbox),
    subject: spec.subject ?? '',
    body: spec.html !== undefined ? { text: spec.body ?? '', html: spec.html } : { text: spec.body ?? '' },
    attachments: spec.attachments ?? [],
    ...(spec.known && { knownCorrespondents: spec.known.map(mailbox) }),
  };
}
