// no-lookalike-recipient: a recipient whose domain is a slip away from a domain the school really writes
// to (its own, its partners', the big personal-mail providers): gmial.com, silcoates.org for .org.uk,
// or Cyrillic letters posing as Latin ones. Suggests the intended address and fixes it when unambiguous.
import * as z from 'zod/mini';
import type { RecipientField, Report, Rule } from './engine/types.ts';
import { domainList, described } from './engine/schemas.ts';
import { domainOf, formatAddress, localPartOf, forEachRecipient } from './lib/addresses.ts';
import { skeleton, splitDomain, type SplitDomain } from './lib/domains.ts';
import { knownIndex, type Known, type KnownIndex, type Origin } from './lib/known-domains.ts';
import { editDistance } from './lib/edit-distance.ts';
import { RecentlyUsed } from './lib/recently-used.ts';

const options = z.strictObject({
  /** Real domains that merely resemble a known one: never flagged. */
  allowDomains: described(domainList, 'Domains never flagged (one per line)', 'Real domains that merely resemble a known one.'),
  /** Names shorter than this (aol, sky, bt) are only compared for look-alike characters and endings. */
  minNameLength: described(
    z._default(z.int().check(z.minimum(3), z.maximum(20)), 5),
    'Shortest name compared for typing slips (letters)',
    'Shorter names (aol, sky, bt) are compared only for look-alike characters and endings.',
  ),
  /** Also compare with the personal-mail providers (gmail.com, hotmail.co.uk, …). */
  checkPersonalMail: described(
    z._default(z.boolean(), true),
    'Compare with personal-mail providers',
    'Also flag slips of gmail.com, hotmail.co.uk and the other personal-mail domains.',
  ),
});

type Options = z.output<typeof options>;
type Kind = 'lookalikeCharacters' | 'otherSuffix' | 'nearMiss';

/** Recipient domains whose verdict a setup keeps (the school's correspondents are a few hundred). */
const KEPT_DOMAINS = 1024;

const GENERIC_SUFFIXES = ['com', 'net', 'org', 'co.uk'];
const KIND_RANK: Record<Kind, number> = { lookalikeCharacters: 0, otherSuffix: 1, nearMiss: 2 };
const ORIGIN_RANK: Record<Origin, number> = { internal: 0, partner: 1, personal: 2 };

function classify(r: SplitDomain, rSkeleton: string, k: Known, opts: Options): Kind | undefined {
  const sameLook = rSkeleton === k.skeleton;
  if (sameLook && r.suffix === k.suffix) return 'lookalikeCharacters';
  if (sameLook) {
    // Providers run real sites under country endings (yahoo.de, gmx.at, outlook.fr): there only a slip of
    // one key on a generic ending counts (gmail.con, yahoo.co), or the UK habit of .co.uk for .com.
    const slip =
      (GENERIC_SUFFIXES.indexOf(k.suffix) >= 0 && editDistance(r.suffix, k.suffix, 1) <= 1) || (r.suffix === 'co.uk' && k.suffix === 'com');
    if (k.origin === 'personal') return slip ? 'otherSuffix' : undefined;
    // For the school's own and partner domains: a related ending (org / org.uk, co.uk / gov.uk, .com for a
    // .uk name), not any ending at all: python.org and python.net are different organisations.
    return slip || relatedSuffixes(r.suffix, k.suffix) ? 'otherSuffix' : undefined;
  }
  if (r.suffix === k.suffix && k.name.length >= opts.minNameLength && editDistance(rSkeleton, k.skeleton, 1) === 1) {
    return 'nearMiss';
  }
  return undefined;
}

function relatedSuffixes(a: string, b: string): boolean {
  const labels = b.split('.');
  if (a.split('.').some((label) => labels.indexOf(label) >= 0)) return true;
  return (a === 'com' && /\.uk$/.test(b)) || (b === 'com' && /\.uk$/.test(a));
}

/** What a recipient domain is a slip of, if anything: the best kind of slip, and the known domains it may have been meant as. */
interface Slip {
  kind: Kind;
  intended: string[];
  /** The part of the host before the registrable domain: "mail." in mail.gmial.com, usually "". */
  subdomain: string;
}

/** The slip a host is, or undefined: the same for every address at that host, so worked out once per host. */
function slipOf(host: string, index: KnownIndex, opts: Options): Slip | undefined {
  // Known domains and their subdomains, and the domains the school vouches for, are real.
  if (index.isReal(host)) return undefined;
  const r = splitDomain(host);
  if (!r || index.isKnown(r.registrable)) return undefined; // e.g. an IP address
  const rSkeleton = skeleton(r.name);
  let best: { kind: Kind; k: Known }[] = [];
  for (const k of index.candidates(r, rSkeleton)) {
    const kind = classify(r, rSkeleton, k, opts);
    if (!kind) continue;
    const rank = (c: { kind: Kind; k: Known }) => KIND_RANK[c.kind] * 10 + ORIGIN_RANK[c.k.origin];
    const candidate = { kind, k };
    if (!best.length || rank(candidate) < rank(best[0])) best = [candidate];
    else if (rank(candidate) === rank(best[0])) best.push(candidate);
  }
  if (!best.length) return undefined;
  return { kind: best[0].kind, intended: best.map((c) => c.k.registrable), subdomain: host.slice(0, host.length - r.registrable.length) };
}

function report(address: string, field: RecipientField, slip: Slip, display: string): Report {
  const local = localPartOf(address);
  const suggestions = slip.intended.map((registrable) => `${local}@${slip.subdomain}${registrable}`);
  const found: Report = {
    messageId: slip.kind,
    data: { address, intended: slip.intended.join(' or '), suggestion: suggestions.join(' or ') },
    location: { field },
    evidence: [display],
  };
  if (suggestions.length === 1) found.fix = { kind: 'replaceRecipient', field, from: address, to: suggestions[0] };
  return found;
}

export const noLookalikeRecipient: Rule<Options, 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-lookalike-recipient',
    description: 'Recipient domains that look like a slip for a domain the school writes to',
    policy: {
      section: 'General Advice',
      quote: 'Read and check an e-mail before you send it; double check recipients and content for accuracy.',
    },
    defaultSeverity: 'warning',
    needs: ['to', 'cc', 'bcc'],
    options,
    afterSending:
      'It went to a domain that is not the one you meant, which may belong to someone else. Tell the DPO now, then send it again to the right address.',
    messages: {
      nearMiss: '{{address}} is one letter away from {{intended}}. Did you mean {{suggestion}}?',
      otherSuffix: '{{address}} has the name of {{intended}} with a different ending. Did you mean {{suggestion}}?',
      lookalikeCharacters:
        '{{address}} uses characters that only look like {{intended}}: it is a different domain. Did you mean {{suggestion}}?',
    },
    fixable: true,
  },

  create(opts, org, memo) {
    const index = knownIndex(org, opts, memo);
    // A list to parents repeats a few domains hundreds of times: each is looked at once per setup.
    const slips = new RecentlyUsed<string, Slip | undefined>(KEPT_DOMAINS);
    const slipAt = (host: string) => slipOf(host, index, opts);
    return (draft) => {
      const reports: Report[] = [];
      forEachRecipient(draft, ['to', 'cc', 'bcc'], (recipient, field) => {
        const slip = slips.get(domainOf(recipient.address), slipAt);
        if (slip) reports.push(report(recipient.address, field, slip, formatAddress(recipient)));
      });
      return reports;
    };
  },
};
