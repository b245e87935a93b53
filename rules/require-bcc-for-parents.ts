// require-bcc-for-parents: several parents' personal addresses visible in To/Cc publish each parent's
// address to all the others. The fix moves only those addresses to Bcc; colleagues stay where they were.
import { described } from './engine/schemas.ts';
import * as z from 'zod/mini';
import type { Address, Rule } from './engine/types.ts';
import { domainOf, formatAddress, isGroup, localPartOf, forEachRecipient, underAnyOf } from './lib/addresses.ts';

const options = z.strictObject({
  /** How many exposed addresses make a finding. Two parents already see each other's address. */
  minVisiblePersonal: described(
    z._default(z.int().check(z.minimum(2), z.maximum(1000)), 2),
    'Visible personal addresses that make an error',
    'Two parents already see each other’s address.',
  ),
  /** Also count external addresses that are not on a personal-mail domain (but never partners). */
  countAllExternal: described(
    z._default(z.boolean(), false),
    'Count every outside address',
    'Also count outside addresses not on a personal-mail domain (partners never count).',
  ),
  /** Stay quiet when every exposed address plausibly belongs to one family (two parents of one child). */
  allowOneFamily: described(
    z._default(z.boolean(), true),
    'Allow one family',
    'Stay quiet when every visible address plausibly belongs to one family (two parents of one child).',
  ),
  /** The largest group still treated as one family. */
  maxFamilySize: described(
    z._default(z.int().check(z.minimum(2), z.maximum(10)), 4),
    'Largest family (addresses)',
    'The largest group of addresses still treated as one family.',
  ),
});

type Options = z.output<typeof options>;

export const requireBccForParents: Rule<Options, 'to' | 'cc'> = {
  meta: {
    id: 'require-bcc-for-parents',
    description: "Parents' personal e-mail addresses must go in Bcc, not To or Cc",
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote:
        "If you are sending a message to a number of people (parents) at their personal e-mail address, use the 'Bcc:' field (blind carbon copy) to hide the identity of who the e-mail has been sent to. This will prevent the publishing of someone else's e-mail address without their permission.",
    },
    defaultSeverity: 'error',
    needs: ['to', 'cc'],
    options,
    afterSending:
      "Each parent in To or Cc now has the others' addresses. Tell the DPO, and write to those parents to apologise and ask them not to use or share the addresses. Next time, use Bcc or the school's messaging system.",
    messages: {
      personalVisible:
        "{{count}} parents' personal e-mail addresses are visible in To/Cc: every recipient will see them all. Move them to Bcc.",
      externalVisible: '{{count}} external e-mail addresses are visible in To/Cc: every recipient will see them all. Move them to Bcc.',
    },
    fixable: true,
  },

  create(opts, org) {
    // Each address's domain is worked out once and looked up in sets: a list of 100,000 parents stays fast.
    const [isInternal, isPartner, isPersonalMail] = [org.internalDomains, org.partnerDomains, org.personalMailDomains].map(underAnyOf);
    return (draft) => {
      let anyNonPersonal = false;
      const exposed: Address[] = [];
      const seen = new Set<string>();
      forEachRecipient(draft, ['to', 'cc'], (recipient) => {
        const a = recipient.address;
        if (seen.has(a)) return;
        seen.add(a);
        const domain = domainOf(a);
        if (isInternal(domain) || isPartner(domain) || isGroup(a, org)) return;
        const personal = isPersonalMail(domain);
        if (!personal && !opts.countAllExternal) return;
        anyNonPersonal = anyNonPersonal || !personal;
        exposed.push(recipient);
      });
      if (exposed.length < opts.minVisiblePersonal) return [];
      if (opts.allowOneFamily && exposed.length <= opts.maxFamilySize && sharedSurname(exposed)) return [];
      return [
        {
          messageId: anyNonPersonal ? 'externalVisible' : 'personalVisible',
          data: { count: exposed.length },
          evidence: exposed.map(formatAddress),
          fix: { kind: 'moveRecipients', to: 'bcc', addresses: exposed.map((e) => e.address) },
        },
      ];
    };
  },
};

// Words that appear in family mailboxes but are not surnames ("the.smith.family", "mum.and.dad").
const NOT_SURNAMES = new Set([
  'the',
  'and',
  'family',
  'home',
  'mail',
  'info',
  'mum',
  'dad',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'parent',
  'parents',
]);

function nameTokens(name: string | undefined): string[] {
  if (!name) return [];
  // "Smith, Jane" puts the surname first; "Jane Smith" puts it last.
  const comma = name.indexOf(',');
  const surnamePart = comma > 0 ? name.slice(0, comma) : name;
  const words = surnamePart
    .toLowerCase()
    .split(/[^a-z'\u00c0-\u024f-]+/)
    .filter((w) => w.length >= 2);
  return words.length ? [words[comma > 0 ? 0 : words.length - 1]] : [];
}

/** The surname a separated local part ends with ("jane.smith84" → "smith"); none for "jsmith" or "anna". */
function localSurname(address: string): string[] {
  const words = localPartOf(address)
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 2);
  return words.length >= 2 ? [words[words.length - 1]] : [];
}

/**
 * True when one surname is shared by every address: as its display name's surname, or inside its
 * local part ("jsmith84" holds "smith"). Candidates come only from display-name surnames and separated
 * local parts, so "anna@" and "annabel@" are not taken for one family.
 */
function sharedSurname(addresses: Address[]): boolean {
  const candidates = new Set<string>();
  for (const a of addresses) {
    for (const t of nameTokens(a.name).concat(localSurname(a.address))) {
      if (t.length >= 3 && !NOT_SURNAMES.has(t)) candidates.add(t);
    }
  }
  for (const surname of candidates) {
    const all = addresses.every((a) => {
      const local = localPartOf(a.address);
      return nameTokens(a.name).indexOf(surname) >= 0 || local.indexOf(surname) >= 0;
    });
    if (all) return true;
  }
  return false;
}
