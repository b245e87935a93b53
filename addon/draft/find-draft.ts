// Finds the saved copy of the draft open in the compose window. The compose event carries only the
// recipients, so the body and attachments come from the user's saved drafts, matched on the recipients
// (and the subject, when Gmail sends one). Budget: one search and at most three reads of candidates.
import type { Address, Draft } from '../../rules/engine/types.ts';
import { payloadToDraft, type BodyDecoder } from './payload.ts';

export type DraftsApi = Pick<GoogleAppsScript.Gmail.Collection.Users.DraftsCollection, 'list' | 'get'>;

export type SavedDraft =
  | { kind: 'found'; draftId: string; draft: Draft }
  | { kind: 'notSaved' }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'noRecipients' };

const MAX_CANDIDATES = 3;

const sorted = (list: Address[] | undefined) => (list || []).map((a) => a.address).sort().join(',');

function sameRecipients(a: Draft, b: Draft): boolean {
  return sorted(a.to) === sorted(b.to) && sorted(a.cc) === sorted(b.cc) && sorted(a.bcc) === sorted(b.bcc);
}

/** Gmail search terms for the recipients: enough to narrow the drafts to a handful. */
function query(open: Draft): string | undefined {
  const terms: string[] = [];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const a of (open[field] || []).slice(0, 3)) terms.push(`${field}:${a.address}`);
  }
  return terms.length ? terms.join(' ') : undefined;
}

export function findSavedDraft(drafts: DraftsApi, open: Draft, decode: BodyDecoder, subject?: string): SavedDraft {
  const q = query(open);
  if (!q) return { kind: 'noRecipients' };
  const listed = drafts.list('me', { q, maxResults: MAX_CANDIDATES + 1 }).drafts || [];
  if (listed.length > MAX_CANDIDATES) return { kind: 'ambiguous', count: listed.length };
  const matches: { draftId: string; draft: Draft }[] = [];
  for (const d of listed) {
    if (!d.id) continue;
    const full = drafts.get('me', d.id, { format: 'full' });
    if (!full.message) continue;
    const draft = payloadToDraft(full.message, decode);
    if (sameRecipients(draft, open) && (subject === undefined || draft.subject === subject)) matches.push({ draftId: d.id, draft });
  }
  if (matches.length === 1) return { kind: 'found', ...matches[0] };
  return matches.length ? { kind: 'ambiguous', count: matches.length } : { kind: 'notSaved' };
}
