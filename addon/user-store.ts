// The user's own store: one user property, read once per check and shared by the check (this user's
// dismissals) and by the statistics recorded after it (what was already counted on which draft, this compose
// session, and the increments waiting for the script store), so recording costs no read and at most one
// write. Drafts are named by keyed fingerprints under a random secret kept here (HMAC-SHA-256): no draft id,
// address, name or text is stored. Kept under 9 KB (Google's limit for a value) by forgetting the oldest
// memories, then the oldest dismissals.
import * as z from 'zod/mini';
import { keyedFingerprint } from './fingerprint.ts';
import { parseJson } from './json.ts';
import type { Services } from './services.ts';

/** The key dismissals always had, so an earlier draftlint's dismissals carry over. */
const PROPERTY = 'draftlint.dismissed';
const MAX_CHARS = 8500;

const Reason = z.enum(['oneFamily', 'protectedAnotherWay', 'notApplicable', 'falseAlarm', 'rightRecipient']);
const ByDraft = z.record(z.string(), z.record(z.string(), Reason));
const Stored = z.object({
  /** The user's secret for fingerprints. */
  k: z.string().check(z.minLength(16)),
  /** Dismissals: draft fingerprint → finding key → reason, oldest first. */
  d: ByDraft,
  /** What the statistics counted, by draft fingerprint (encodeMemory), oldest first. */
  m: z.optional(z.record(z.string(), z.string())),
  /** This compose session: its draft's fingerprint once known, or its memory until then. */
  s: z.optional(z.object({ draft: z.optional(z.string()), memory: z.optional(z.string()) })),
  /** Increments waiting for the script store, by ISO week (encodeWeek), and since when. */
  a: z.optional(z.record(z.string(), z.string())),
  t: z.optional(z.number()),
  /** Addresses this user said not to be warned about again ("Don't warn me again"), as fingerprints, oldest first. */
  q: z.optional(z.array(z.string())),
});
export type UserStore = z.output<typeof Stored>;

type Deps = Pick<Services, 'userProperties' | 'hmac' | 'uuid'>;

/**
 * The store (one property read). With no secret yet (or a damaged value, which loses the dismissals, never
 * the check) a new one is made and written at once, so every later fingerprint uses the same key.
 */
export function readUserStore(services: Deps): UserStore {
  const raw = parseJson(services.userProperties.getProperty(PROPERTY));
  const parsed = Stored.safeParse(raw);
  if (parsed.success) return parsed.data;
  const store: UserStore = { k: services.uuid(), d: {} };
  // An earlier draftlint kept raw draft ids: keep those dismissals under their fingerprints.
  const old = ByDraft.safeParse(raw);
  if (old.success) for (const id of Object.keys(old.data)) store.d[keyedFingerprint(services, store.k, `id:${id}`)] = old.data[id];
  services.userProperties.setProperty(PROPERTY, JSON.stringify(store));
  return store;
}

/** One write; the oldest memories go first, then the oldest dismissals (never `keep`), to stay under 9 KB. */
export function writeUserStore(services: Pick<Services, 'userProperties'>, store: UserStore, keep?: string): void {
  let text = JSON.stringify(store);
  for (const list of [store.m || {}, store.d] as Record<string, unknown>[]) {
    for (const oldest of Object.keys(list)) {
      if (text.length <= MAX_CHARS) break;
      if (oldest === keep) continue;
      delete list[oldest];
      text = JSON.stringify(store);
    }
  }
  services.userProperties.setProperty(PROPERTY, text);
}

/** A keyed fingerprint of `value` under this user's secret. */
export const userFingerprint = (services: Pick<Services, 'hmac'>, store: UserStore, value: string): string =>
  keyedFingerprint(services, store.k, value);
