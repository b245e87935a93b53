// Findings a member of staff dismissed, with a reason, per draft: kept in their own store (user-store.ts) so
// the same warning does not come back on "Check again". Stored: rule ids, finding hashes, and the draft as a
// keyed fingerprint under the user's own secret — never a draft id, address or text.
import * as z from 'zod/mini';
import type { Finding } from '../rules/index.ts';
import type { Services } from './services.ts';
import { userFingerprint, writeUserStore, type UserStore } from './user-store.ts';

export const DISMISS_REASONS = {
  oneFamily: 'They are one family',
  protectedAnotherWay: 'Protected another way',
  notApplicable: 'Does not apply here',
  falseAlarm: 'False alarm',
  rightRecipient: 'The recipient is right',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;
export const DismissReasonSchema = z.enum(Object.keys(DISMISS_REASONS) as [DismissReason, ...DismissReason[]]);

/** Reasons that fit one rule's findings only: the rest fit every rule. */
const ONLY_FOR: Partial<Record<DismissReason, string>> = {
  oneFamily: 'require-bcc-for-parents',
  rightRecipient: 'no-misdirected-recipient',
};

/** The reasons that make sense for a rule's findings: "one family" only for parents' addresses, and so on. */
export function reasonsFor(ruleId: string): DismissReason[] {
  return (Object.keys(DISMISS_REASONS) as DismissReason[]).filter((r) => !ONLY_FOR[r] || ONLY_FOR[r] === ruleId);
}

/** A finding's key on its draft: its rule, and a keyed fingerprint of its message and evidence (which can hold addresses). */
export function findingKey(services: Pick<Services, 'hmac'>, store: UserStore, f: Finding): string {
  return `${f.ruleId}:${userFingerprint(services, store, `finding:${f.messageId}\n${(f.evidence || []).join('\n')}`)}`;
}

type Deps = Pick<Services, 'userProperties' | 'hmac'>;

/** The keys dismissed on this draft, from the user's store the check read. */
export function dismissedOn(services: Pick<Services, 'hmac'>, store: UserStore, draftId: string): Set<string> {
  return new Set(Object.keys(store.d[userFingerprint(services, store, `id:${draftId}`)] || {}));
}

export function dismiss(services: Deps, store: UserStore, draftId: string, key: string, reason: DismissReason): void {
  const draft = userFingerprint(services, store, `id:${draftId}`);
  const forDraft = store.d[draft] || {};
  delete store.d[draft]; // re-insert last: object order is the age order used when the store is trimmed
  store.d[draft] = { ...forDraft, [key]: reason };
  writeUserStore(services, store, draft);
}
