// "Don't warn me again for this address": a member of staff who knows that Mrs Khan writes from Tom
// Wright's address says so once, and draftlint stops asking. Kept in their own store (user-store.ts) as
// keyed fingerprints of the addresses under their own secret, as dismissals are: never the address itself.
import type { Finding } from '../rules/index.ts';
import type { Services } from './services.ts';
import { userFingerprint, writeUserStore, type UserStore } from './user-store.ts';

/** The newest this many are kept (19 characters each in the store): a year of one teacher's families. */
export const MAX_QUIET = 100;

type Deps = Pick<Services, 'hmac'>;

const fingerprint = (services: Deps, store: UserStore, address: string) =>
  userFingerprint(services, store, `quiet:${address.toLowerCase()}`);

/** The addresses a finding is about, when it can be quieted: findings about particular recipients. */
export function quietableAddresses(f: Finding): string[] | undefined {
  const addresses = f.location && f.location.addresses;
  return addresses && addresses.length ? addresses : undefined;
}

/** Whether this user asked not to be warned again about every address this finding is about. */
export function isQuieted(services: Deps, store: UserStore, f: Finding): boolean {
  const addresses = quietableAddresses(f);
  if (!addresses || !store.q || !store.q.length) return false;
  return addresses.every((a) => store.q!.indexOf(fingerprint(services, store, a)) >= 0);
}

/** Remembers the finding's addresses (one write); the oldest go past MAX_QUIET. */
export function quietAddresses(services: Deps & Pick<Services, 'userProperties'>, store: UserStore, addresses: string[]): void {
  const prints = addresses.map((a) => fingerprint(services, store, a));
  const kept = (store.q || []).filter((p) => prints.indexOf(p) < 0).concat(prints);
  store.q = kept.slice(Math.max(0, kept.length - MAX_QUIET));
  writeUserStore(services, store);
}
