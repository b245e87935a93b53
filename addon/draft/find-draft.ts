// Finds the saved copy of the draft open in the compose window. The compose event carries only the
// recipients, so the body and attachments come from the user's saved drafts, matched on the recipients
// (and the subject, when Gmail sends one). Every Gmail call is taken from the check's allowance: one search,
// then reads of the few candidates; when the search finds nothing (Gmail's search index can lag behind a
// draft saved seconds ago), the newest drafts are listed without a query and read instead.
import type { Address, Draft } from '../../rules/index.ts';
import type { GmailCalls } from './gmail-calls.ts';
import { payloadToDraft, type BodyDecoder } from './payload.ts';

export type DraftsApi = Pick<GoogleAppsScript.Gmail.Collection.Users.DraftsCollection, 'list' | 'get'>;

export type SavedDraft =
  { kind: 'found'; draftId: string; draft: Draft } | { kind: 'notSaved' } | { kind: 'ambiguous'; count: number } | { kind: 'noRecipients' };

const MAX_CANDIDATES = 3;

const sorted = (list: Address[] | undefined) =>
  (list || [])
    .map((a) => a.address)
    .sort()
    .join(',');

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

type Listed = GoogleAppsScript.Gmail.Schema.Draft[];

/** Reads candidates while calls are left; the ones whose recipients (and subject) match the open draft. */
function matching(drafts: DraftsApi, listed: Listed, open: Draft, decode: BodyDecoder, subject: string | undefined, calls: GmailCalls) {
  const matches: { draftId: string; draft: Draft }[] = [];
  let unread = 0;
  for (const d of listed) {
    if (!d.id) continue;
    if (!calls.take()) {
      unread++;
      continue;
    }
    const full = drafts.get('me', d.id, { format: 'full' });
    if (!full.message) continue;
    const draft = payloadToDraft(full.message, decode);
    if (sameRecipients(draft, open) && (subject === undefined || draft.subject === subject)) matches.push({ draftId: d.id, draft });
  }
  return { matches, unread };
}

export function findSavedDraft(drafts: DraftsApi, open: Draft, decode: BodyDecoder, calls: GmailCalls, subject?: string): SavedDraft {
  const q = query(open);
  if (!q) return { kind: 'noRecipients' };
  if (!calls.take()) return { kind: 'notSaved' };
  let listed = drafts.list('me', { q, maxResults: MAX_CANDIDATES + 1 }).drafts || [];
  if (listed.length > MAX_CANDIDATES) return { kind: 'ambiguous', count: listed.length };
  // Nothing found: the search may not know the draft yet. The newest drafts, read directly, may hold it.
  if (!listed.length && calls.left() >= 2 && calls.take())
    listed = drafts.list('me', { maxResults: Math.min(MAX_CANDIDATES, calls.left()) }).drafts || [];
  const { matches, unread } = matching(drafts, listed, open, decode, subject, calls);
  // A candidate left unread could be the open draft too: one match then proves nothing.
  if (matches.length === 1 && !unread) return { kind: 'found', ...matches[0] };
  return matches.length || unread ? { kind: 'ambiguous', count: matches.length + unread } : { kind: 'notSaved' };
}
