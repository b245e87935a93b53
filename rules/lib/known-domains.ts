// The domains the school really writes to (its own, its partners', the personal-mail providers), indexed
// for no-lookalike-recipient: a recipient is compared with the handful that share its look or its ending,
// not with all ~170, so an e-mail to 3,000 people stays cheap.
import type { Organisation } from '../engine/types.ts';
import { skeleton, splitDomain, type SplitDomain } from './domains.ts';

export type Origin = 'internal' | 'partner' | 'personal';

export interface Known extends SplitDomain {
  origin: Origin;
  skeleton: string;
}

/**
 * The known domains indexed for one recipient's lookup: a look-alike or another ending shares the skeleton,
 * a near miss shares the ending and is within one letter in length.
 */
export interface KnownIndex {
  registrable: Set<string>;
  bySkeleton: Map<string, Known[]>;
  bySuffix: Map<string, Known[]>;
}

/** The known domains split at their public suffix; `split` may remember splits across organisations. */
export function knownDomains(
  org: Organisation,
  checkPersonalMail: boolean,
  split: (domain: string) => SplitDomain | undefined = splitDomain,
): Known[] {
  const lists: [Origin, string[]][] = [
    ['internal', org.internalDomains],
    ['partner', org.partnerDomains],
    ['personal', checkPersonalMail ? org.personalMailDomains : []],
  ];
  const known: Known[] = [];
  for (const [origin, list] of lists) {
    for (const d of list) {
      const parts = split(d);
      if (parts) known.push({ ...parts, origin, skeleton: skeleton(parts.name) });
    }
  }
  return known;
}

/** Names shorter than `minNameLength` are left out of the near-miss lists (aol, sky, bt). */
export function indexKnown(known: Known[], minNameLength: number): KnownIndex {
  const index: KnownIndex = { registrable: new Set(), bySkeleton: new Map(), bySuffix: new Map() };
  const into = (map: Map<string, Known[]>, key: string, k: Known) => map.set(key, (map.get(key) || []).concat(k));
  for (const k of known) {
    index.registrable.add(k.registrable);
    into(index.bySkeleton, k.skeleton, k);
    if (k.name.length >= minNameLength) into(index.bySuffix, k.suffix, k);
  }
  return index;
}

/** The known domains a recipient's domain could be a slip of: the same look, or the same ending and nearly the same length. */
export function candidates(index: KnownIndex, r: SplitDomain, rSkeleton: string): Known[] {
  const near = (index.bySuffix.get(r.suffix) || []).filter(
    (k) => k.skeleton !== rSkeleton && Math.abs(k.skeleton.length - rSkeleton.length) <= 1,
  );
  return (index.bySkeleton.get(rSkeleton) || []).concat(near);
}
