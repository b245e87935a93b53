// The people a sender has written to, indexed so that a new recipient can be compared with them cheaply:
// the same address, one or two slips away at the same domain (jane.smith84 for jane.smith48), the same
// letters with another number, the same local part at another personal-mail provider, or the same display
// name at another address. Built in memory for one check and dropped with it: never stored.
import type { Address } from '../engine/types.ts';
import { domainOf, localPartOf } from './addresses.ts';
import { splitDomain } from './domains.ts';
import { editDistance } from './edit-distance.ts';
import { nameWords } from './names.ts';

const registrable = (domain: string): string => {
  const split = splitDomain(domain);
  return split ? split.registrable : domain;
};

export type NearKind = 'nearMiss' | 'sameName';

export interface Near {
  kind: NearKind;
  /** The known correspondents the recipient may have been meant to be; more than one when it cannot tell. */
  known: Address[];
}

/**
 * Edit-distance comparisons one check may make. A recipient is compared only with known addresses at its
 * domain whose local part is within two letters in length, so this is reached only by thousands of new
 * recipients against thousands of contacts at one provider; past it, the rest are reported as not compared.
 */
export const COMPARISON_BUDGET = 20000;

export interface Correspondents {
  has(address: string): boolean;
  /** The closest known correspondents to a new recipient, or undefined; `spend` counts comparisons. */
  nearest(recipient: Address, isPersonal: (domain: string) => boolean, spend: () => boolean): Near | undefined;
}

/**
 * One mailbox, one spelling: Gmail ignores dots and anything after "+" in its local parts, and
 * googlemail.com is gmail.com, so jane.smith48+school@googlemail.com is jane.smith48's own address.
 */
export function canonicalAddress(address: string): string {
  let domain = domainOf(address);
  let local = localPartOf(address).toLowerCase();
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\+.*$/, '').replace(/\./g, '');
  return `${local}@${domain}`;
}

/** Local parts that may be one slip away: 1 edit from 4 letters, 2 from 8, none below (jo@ and al@ are different people). */
function allowedEdits(local: string): number {
  return local.length >= 8 ? 2 : local.length >= 4 ? 1 : 0;
}

/** A display name of two words or more, in any order; not a name that is an address itself ("Fork@Xent.Com"). */
const nameKey = (name: string | undefined): string => {
  const words = name && name.indexOf('@') < 0 ? nameWords(name) : [];
  return words.length >= 2 ? words.sort().join(' ') : '';
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCorrespondents(known: readonly Address[]): Correspondents {
  // By canonical address, keeping the one with a display name when an address comes twice.
  const exact = new Map<string, Address>();
  for (const a of known) {
    const key = canonicalAddress(a.address);
    if (!exact.has(key) || (!exact.get(key)!.name && a.name)) exact.set(key, a);
  }
  // Each with its canonical local part, so a comparison builds no string.
  const byDomainLength = new Map<string, { k: Address; local: string }[]>();
  const byLetters = new Map<string, Address[]>();
  const byLocal = new Map<string, Address[]>();
  const byName = new Map<string, Address[]>();
  for (const [canonical, a] of exact) {
    const local = localPartOf(canonical);
    const domain = domainOf(canonical);
    push(byDomainLength, `${domain}|${local.length}`, { k: a, local });
    if (/\d/.test(local)) push(byLetters, `${domain}|${local.replace(/\d+/g, '#')}`, a);
    push(byLocal, local.replace(/\./g, ''), a);
    const key = nameKey(a.name);
    if (key) push(byName, key, a);
  }

  const nearest = (r: Address, isPersonal: (domain: string) => boolean, spend: () => boolean): Near | undefined => {
    const canonical = canonicalAddress(r.address);
    const local = localPartOf(canonical);
    const domain = domainOf(canonical);
    let best: Address[] = [];
    let bestDistance = Infinity;
    const consider = (k: Address, distance: number) => {
      if (distance < bestDistance) [best, bestDistance] = [[k], distance];
      else if (distance === bestDistance && best.indexOf(k) < 0) best.push(k);
    };
    const edits = allowedEdits(local);
    for (let length = local.length - edits; edits && length <= local.length + edits; length++) {
      for (const candidate of byDomainLength.get(`${domain}|${length}`) || []) {
        if (!spend()) return undefined;
        const d = editDistance(local, candidate.local, edits);
        if (d <= edits) consider(candidate.k, d);
      }
    }
    // Another number on the same letters (jane.smith1984 for jane.smith84): as near as one slip.
    if (/\d/.test(local)) for (const k of byLetters.get(`${domain}|${local.replace(/\d+/g, '#')}`) || []) consider(k, 1);
    // The same local part at another personal-mail provider (jane.smith48@hotmail.co.uk for @gmail.com).
    if (local.length >= 5 && isPersonal(domain)) {
      for (const k of byLocal.get(local.replace(/\./g, '')) || [])
        if (isPersonal(domainOf(k.address)) && k.address !== r.address) consider(k, 1);
    }
    if (best.length) return { kind: 'nearMiss', known: best };
    // At one organisation's domain, one person's several addresses are aliases (j.smith@ and jsmith@); at a
    // personal-mail provider, or at another domain, the same name may be someone else, or the wrong address.
    const organisation = registrable(domain);
    const sameName = (byName.get(nameKey(r.name)) || []).filter(
      (k) => isPersonal(domain) || registrable(domainOf(k.address)) !== organisation,
    );
    return nameKey(r.name) && sameName.length ? { kind: 'sameName', known: sameName } : undefined;
  };

  return { has: (address) => exact.has(canonicalAddress(address)), nearest };
}
