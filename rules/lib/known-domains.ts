// The domains the school really writes to (its own, its partners', the personal-mail providers), indexed
// for no-lookalike-recipient: a recipient is compared with the handful that share its look or its ending,
// not with all ~170, so an e-mail to 3,000 people stays cheap. The index is built in two layers: what
// every organisation shares (partners, personal mail, the domains the school vouches for), made once per
// linter, and the organisation's own domains, which differ by sender when none are configured (an mbox
// from 500 sender domains sets the rule up 500 times, and the shared layer took 0.5 ms each time).
import type { Organisation, SetupMemo } from '../engine/types.ts';
import { underAnyOf } from './addresses.ts';
import { skeleton, splitDomain, type SplitDomain } from './domains.ts';

export type Origin = 'internal' | 'partner' | 'personal';

export interface Known extends SplitDomain {
  origin: Origin;
  skeleton: string;
}

/** One layer: a look-alike or another ending shares the skeleton; a near miss shares the ending, within one letter in length. */
interface Layer {
  registrable: Set<string>;
  bySkeleton: Map<string, Known[]>;
  bySuffix: Map<string, Known[]>;
  /** The layer's domains and their subdomains, and the domains the school vouches for. */
  isReal: (domain: string) => boolean;
}

export interface KnownIndex {
  /** Known domains and their subdomains, and the domains the school vouches for, are real: never a slip. */
  isReal(domain: string): boolean;
  /** Whether a registrable domain is one of the known ones. */
  isKnown(registrable: string): boolean;
  /** The known domains a recipient's domain could be a slip of: the same look, or the same ending and nearly the same length. */
  candidates(r: SplitDomain, rSkeleton: string): Known[];
}

/** Names shorter than `minNameLength` are left out of the near-miss lists (aol, sky, bt). */
function layer(
  lists: [Origin, readonly string[]][],
  minNameLength: number,
  vouchedFor: readonly string[],
  known: (origin: Origin, domain: string) => Known | undefined,
): Layer {
  const index: Layer = { registrable: new Set(), bySkeleton: new Map(), bySuffix: new Map(), isReal: () => false };
  const into = (map: Map<string, Known[]>, key: string, k: Known) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  for (const [origin, domains] of lists) {
    for (const d of domains) {
      const k = known(origin, d);
      if (!k) continue;
      index.registrable.add(k.registrable);
      into(index.bySkeleton, k.skeleton, k);
      if (k.name.length >= minNameLength) into(index.bySuffix, k.suffix, k);
    }
  }
  index.isReal = underAnyOf(Array.from(index.registrable).concat(vouchedFor));
  return index;
}

export interface KnownOptions {
  checkPersonalMail: boolean;
  minNameLength: number;
  allowDomains: readonly string[];
}

export function knownIndex(org: Organisation, opts: KnownOptions, memo: SetupMemo): KnownIndex {
  // Each domain is split at its public suffix and given its skeleton once per linter, whoever asks.
  const made = memo('known', () => new Map<string, Known | undefined>());
  const known = (origin: Origin, domain: string): Known | undefined => {
    const key = `${origin} ${domain}`;
    if (!made.has(key)) {
      const parts = splitDomain(domain);
      made.set(key, parts && { ...parts, origin, skeleton: skeleton(parts.name) });
    }
    return made.get(key);
  };
  const personal = opts.checkPersonalMail ? org.personalMailDomains : [];
  const sharedKey = [opts.minNameLength, opts.allowDomains.join(','), org.partnerDomains.join(','), personal.join(',')].join('\n');
  const shared = memo(`shared:${sharedKey}`, () =>
    layer(
      [
        ['partner', org.partnerDomains],
        ['personal', personal],
      ],
      opts.minNameLength,
      opts.allowDomains,
      known,
    ),
  );
  const own = layer([['internal', org.internalDomains]], opts.minNameLength, [], known);
  const layers = [own, shared];
  return {
    isReal: (domain) => own.isReal(domain) || shared.isReal(domain),
    isKnown: (registrable) => own.registrable.has(registrable) || shared.registrable.has(registrable),
    candidates(r, rSkeleton) {
      const found: Known[] = [];
      for (const l of layers) for (const k of l.bySkeleton.get(rSkeleton) || []) found.push(k);
      for (const l of layers)
        for (const k of l.bySuffix.get(r.suffix) || [])
          if (k.skeleton !== rSkeleton && Math.abs(k.skeleton.length - rSkeleton.length) <= 1) found.push(k);
      return found;
    },
  };
}
