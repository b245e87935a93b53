// Findings a member of staff dismissed, with a reason, per draft: kept in their own user properties so
// the same warning does not come back on "Check again". Stored: rule ids, finding hashes, and the draft as a
// keyed fingerprint under a random secret kept in the same property — never a draft id, address or text.
import * as z from 'zod/mini';
import type { Finding } from '../rules/index.ts';
import { fnv1a, keyedFingerprint } from './fingerprint.ts';
import { parseJson } from './json.ts';
import type { PropertyStore, Services } from './services.ts';

export const DISMISS_REASONS = {
  oneFamily: 'They are one family',
  protectedAnotherWay: 'Protected another way',
  notApplicable: 'Does not apply here',
  falseAlarm: 'False alarm',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;
export const DismissReasonSchema = z.enum(Object.keys(DISMISS_REASONS) as [DismissReason, ...DismissReason[]]);

/** The reasons that make sense for a rule's findings: "one family" only for parents' addresses. */
export function reasonsFor(ruleId: string): DismissReason[] {
  return (Object.keys(DISMISS_REASONS) as DismissReason[]).filter((r) => r !== 'oneFamily' || ruleId === 'require-bcc-for-parents');
}

const PROPERTY = 'draftlint.dismissed';
// Property values are limited to 9 KB; stay well below by forgetting the oldest drafts first.
const MAX_BYTES = 8000;

const ByDraft = z.record(z.string(), z.record(z.string(), DismissReasonSchema));
/** `k`: the user's secret; `d`: keyed fingerprint of a draft id → finding key → reason. */
const Stored = z.object({ k: z.string().check(z.minLength(16)), d: ByDraft });
type Store = z.output<typeof Stored>;

export function findingKey(f: Finding): string {
  return `${f.ruleId}:${fnv1a(`${f.messageId}\n${(f.evidence || []).join('\n')}`)}`;
}

type Deps = Pick<Services, 'userProperties' | 'hmac' | 'uuid'>;

/**
 * The store (one property read). With no secret yet (or a damaged value, which loses the dismissals, never
 * the check) a new one is made and written at once, so every later fingerprint uses the same key.
 */
function read(services: Deps): Store {
  const raw = parseJson(services.userProperties.getProperty(PROPERTY));
  const parsed = Stored.safeParse(raw);
  let store: Store;
  if (parsed.success) store = parsed.data;
  else {
    store = { k: services.uuid(), d: {} };
    // An earlier draftlint kept raw draft ids: keep those dismissals under their fingerprints.
    const old = ByDraft.safeParse(raw);
    if (old.success) for (const id of Object.keys(old.data)) store.d[keyedFingerprint(services, store.k, id)] = old.data[id];
    services.userProperties.setProperty(PROPERTY, JSON.stringify(store));
  }
  return store;
}

/** Keyed fingerprints under this user's own secret (read once, for all the values of one call). */
export function userFingerprints(services: Deps): (value: string) => string {
  const secret = read(services).k;
  return (value) => keyedFingerprint(services, secret, value);
}

/** The keys dismissed on this draft (one property read). */
export function dismissedOn(services: Deps, draftId: string): Set<string> {
  const store = read(services);
  return new Set(Object.keys(store.d[keyedFingerprint(services, store.k, draftId)] || {}));
}

export function dismiss(services: Deps & { userProperties: PropertyStore }, draftId: string, key: string, reason: DismissReason): void {
  const store = read(services);
  const draft = keyedFingerprint(services, store.k, draftId);
  const forDraft = store.d[draft] || {};
  delete store.d[draft]; // re-insert last: object order is the age order used for pruning
  store.d[draft] = { ...forDraft, [key]: reason };
  let json = JSON.stringify(store);
  for (const oldest of Object.keys(store.d)) {
    if (json.length <= MAX_BYTES || oldest === draft) break;
    delete store.d[oldest];
    json = JSON.stringify(store);
  }
  services.userProperties.setProperty(PROPERTY, json);
}
