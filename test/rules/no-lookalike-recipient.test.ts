// Test table for no-lookalike-recipient: typing slips, other endings, Unicode and punycode look-alikes,
// and the real domains that must stay quiet.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { builtInRules, parseConfig } from '../../rules/index.ts';
import { resolveOrganisation } from '../../rules/engine/config.ts';
import { OrganisationScans, PlanCache } from '../../rules/engine/scans.ts';
import type { CheckContext, DraftWith, SetupMemo } from '../../rules/engine/types.ts';
import { noLookalikeRecipient } from '../../rules/no-lookalike-recipient.ts';
import { skeleton, splitDomain } from '../../rules/lib/domains.ts';
import { editDistance } from '../../rules/lib/edit-distance.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

// Every domain the rule splits at the public suffix, counted: the work a list of recipients costs.
const splits = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../rules/lib/domains.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../rules/lib/domains.ts')>();
  return { ...real, splitDomain: (host: string) => (splits.count++, real.splitDomain(host)) };
});

const from = 'teacher@silcoates.org.uk';
const organisation = { internalDomains: ['silcoates.org.uk'], partnerDomains: ['wakefield.gov.uk'] };

runRuleTests(noLookalikeRecipient, {
  valid: [
    {
      name: 'the real domains',
      draft: draftOf({ from, to: ['a@gmail.com', 'b@hotmail.co.uk', 'c@silcoates.org.uk', 'd@wakefield.gov.uk'] }),
      organisation,
    },
    { name: 'a subdomain of the school', draft: draftOf({ from, to: ['pupil@students.silcoates.org.uk'] }), organisation },
    { name: 'a different, unrelated domain', draft: draftOf({ from, to: ['orders@stationers.co.uk', 'x@leeds.ac.uk'] }), organisation },
    {
      name: 'short provider names are not edit-compared (aon.com is not aol.com)',
      draft: draftOf({ from, to: ['a@aon.com', 'b@skf.com', 'c@gmz.net'] }),
      organisation,
    },
    {
      name: 'a provider under another country ending is real (yahoo.de)',
      draft: draftOf({ from, to: ['a@yahoo.de', 'b@outlook.fr', 'c@hotmail.it'] }),
      organisation,
    },
    {
      name: 'an Internationalised domain that resembles nothing we know',
      draft: draftOf({ from, to: ['info@xn--mnchen-3ya.de', 'a@bücher.de'] }),
      organisation,
    },
    {
      name: 'a real partner that resembles the school is on the allow-list',
      draft: draftOf({ from, to: ['office@silcoates.org'] }),
      organisation,
      options: { allowDomains: ['silcoates.org'] },
    },
    {
      name: 'an unrelated ending of an internal name (python.org for python.net; found in the corpus)',
      draft: draftOf({ from: 'a@python.net', to: ['spambayes@python.org'] }),
    },
    { name: 'an IP-literal or odd domain is left alone', draft: draftOf({ from, to: ['a@localhost.localdomain'] }), organisation },
    {
      name: 'personal providers can be left out of the comparison',
      draft: draftOf({ from, to: ['a@gmial.com'] }),
      organisation,
      options: { checkPersonalMail: false },
    },
  ],
  invalid: [
    {
      name: 'gmial.com: two letters swapped',
      draft: draftOf({ from, to: ['Jane <jane@gmial.com>'] }),
      organisation,
      errors: [
        {
          messageId: 'nearMiss',
          severity: 'warning',
          message: 'jane@gmial.com is one letter away from gmail.com. Did you mean jane@gmail.com?',
          evidence: ['Jane <jane@gmial.com>'],
        },
      ],
      output: draftOf({ from, to: ['Jane <jane@gmail.com>'] }),
    },
    {
      name: 'hotmial.co.uk in Cc',
      draft: draftOf({ from, cc: ['dad@hotmial.co.uk'] }),
      organisation,
      errors: [{ messageId: 'nearMiss', severity: 'warning', message: /Did you mean dad@hotmail\.co\.uk\?/ }],
      output: draftOf({ from, cc: ['dad@hotmail.co.uk'] }),
    },
    {
      name: 'an extra letter, a missing letter (school domain, in Bcc)',
      draft: draftOf({ from, bcc: ['head@silcoatess.org.uk', 'bursar@silcoats.org.uk'] }),
      organisation,
      errors: [
        {
          messageId: 'nearMiss',
          severity: 'warning',
          message: 'head@silcoatess.org.uk is one letter away from silcoates.org.uk. Did you mean head@silcoates.org.uk?',
        },
        { messageId: 'nearMiss', severity: 'warning', message: /Did you mean bursar@silcoates\.org\.uk\?/ },
      ],
      output: draftOf({ from, bcc: ['head@silcoates.org.uk', 'bursar@silcoats.org.uk'] }),
    },
    {
      name: 'silcoates.org for silcoates.org.uk',
      draft: draftOf({ from, to: ['head@silcoates.org'] }),
      organisation,
      errors: [
        {
          messageId: 'otherSuffix',
          severity: 'warning',
          message: 'head@silcoates.org has the name of silcoates.org.uk with a different ending. Did you mean head@silcoates.org.uk?',
        },
      ],
      output: draftOf({ from, to: ['head@silcoates.org.uk'] }),
    },
    {
      name: 'a partner under .co.uk instead of .gov.uk',
      draft: draftOf({ from, to: ['officer@wakefield.co.uk'] }),
      organisation,
      errors: [{ messageId: 'otherSuffix', severity: 'warning', message: /Did you mean officer@wakefield\.gov\.uk\?/ }],
      output: draftOf({ from, to: ['officer@wakefield.gov.uk'] }),
    },
    {
      name: 'gmail.co.uk and gmail.con: provider endings typed by habit or slip',
      draft: draftOf({ from, to: ['a@gmail.co.uk', 'b@gmail.con'] }),
      organisation,
      errors: [
        { messageId: 'otherSuffix', severity: 'warning' },
        { messageId: 'otherSuffix', severity: 'warning', message: /Did you mean b@gmail\.com\?/ },
      ],
      output: draftOf({ from, to: ['a@gmail.com', 'b@gmail.con'] }),
    },
    {
      name: 'Cyrillic "а" in gmail.com (Unicode form)',
      draft: draftOf({ from, to: ['mum@gmаil.com'] }),
      organisation,
      errors: [
        {
          messageId: 'lookalikeCharacters',
          severity: 'warning',
          message: 'mum@gmаil.com uses characters that only look like gmail.com: it is a different domain. Did you mean mum@gmail.com?',
        },
      ],
      output: draftOf({ from, to: ['mum@gmail.com'] }),
    },
    {
      name: 'the same look-alike in punycode (xn--)',
      draft: draftOf({ from, to: ['mum@xn--gmil-63d.com'] }),
      organisation,
      errors: [{ messageId: 'lookalikeCharacters', severity: 'warning', message: /only look like gmail\.com/ }],
      output: draftOf({ from, to: ['mum@gmail.com'] }),
    },
    {
      name: 'a Cyrillic look-alike of the school domain',
      draft: draftOf({ from, to: ['head@xn--silcates-qbh.org.uk'] }),
      organisation,
      errors: [{ messageId: 'lookalikeCharacters', severity: 'warning', message: /only look like silcoates\.org\.uk/ }],
      output: draftOf({ from, to: ['head@silcoates.org.uk'] }),
    },
    {
      name: 'digit for letter and "rn" for "m"',
      draft: draftOf({ from, to: ['a@gmai1.com', 'b@hotrnail.com'] }),
      organisation,
      errors: [
        { messageId: 'lookalikeCharacters', severity: 'warning' },
        { messageId: 'lookalikeCharacters', severity: 'warning', message: /Did you mean b@hotmail\.com\?/ },
      ],
      output: draftOf({ from, to: ['a@gmail.com', 'b@hotrnail.com'] }),
    },
    {
      name: 'full-width letters',
      draft: draftOf({ from, to: ['a@ｇｍａｉｌ.com'] }),
      organisation,
      errors: [{ messageId: 'lookalikeCharacters', severity: 'warning' }],
      output: draftOf({ from, to: ['a@gmail.com'] }),
    },
    {
      name: 'two equally close domains: both named, no one-click fix',
      draft: draftOf({ from, to: ['a@stmarys-la.gov.uk'] }),
      organisation: { internalDomains: ['stmarys-lb.gov.uk', 'stmarys-lc.gov.uk'] },
      errors: [
        {
          messageId: 'nearMiss',
          severity: 'warning',
          message:
            'a@stmarys-la.gov.uk is one letter away from stmarys-lb.gov.uk or stmarys-lc.gov.uk. Did you mean a@stmarys-lb.gov.uk or a@stmarys-lc.gov.uk?',
        },
      ],
    },
    {
      name: 'a subdomain keeps its subdomain in the suggestion',
      draft: draftOf({ from, to: ['x@mail.silcoatse.org.uk'] }),
      organisation,
      errors: [{ messageId: 'nearMiss', severity: 'warning', message: /Did you mean x@mail\.silcoates\.org\.uk\?/ }],
      output: draftOf({ from, to: ['x@mail.silcoates.org.uk'] }),
    },
  ],
});

describe('domain helpers', () => {
  it('split at the public suffix and decode punycode', () => {
    expect(splitDomain('mail.silcoates.org.uk')).toEqual({ registrable: 'silcoates.org.uk', name: 'silcoates', suffix: 'org.uk' });
    expect(splitDomain('xn--gmil-63d.com')).toEqual({ registrable: 'xn--gmil-63d.com', name: 'gmаil', suffix: 'com' });
    expect(splitDomain('192.168.0.1')).toBeUndefined();
  });
  it('skeletons map look-alikes to the letters they imitate', () => {
    expect(skeleton('gmаil')).toBe('gmail');
    expect(skeleton('раураl')).toBe('paypal');
    expect(skeleton('hotrnai1')).toBe('hotmail');
  });
  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('gmial', 'gmail', 2)).toBe(1);
    expect(editDistance('gmail', 'gmail', 2)).toBe(0);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
  });
});

describe('setting the rule up for many sender domains', () => {
  it('indexes the shared domains once per linter and each organisation only its own, and finds slips to either', () => {
    const parsed = parseConfig({}, builtInRules);
    if (!parsed.ok) throw new Error('config');
    const options = parsed.config.rules['no-lookalike-recipient'].options as Parameters<typeof noLookalikeRecipient.create>[0];
    const made = new Map<string, unknown>();
    let makes = 0;
    const memo: SetupMemo = <T>(key: string, make: () => T): T => {
      if (!made.has(key)) made.set(key, (makes++, make()));
      return made.get(key) as T;
    };
    for (let n = 0; n < 500; n++) {
      const org = resolveOrganisation(parsed.config, `head@school${n}.example`);
      const check = noLookalikeRecipient.create(options, org, memo, new OrganisationScans(new PlanCache()));
      if (n % 100 === 0) {
        const draft = draftOf({ from: `head@school${n}.example`, to: [`a@gmial.com`, `b@schoool${n}.example`] });
        const slips = check(draft as DraftWith<'to' | 'cc' | 'bcc'>, {} as CheckContext);
        expect(slips.map((r) => r.data?.intended)).toEqual(['gmail.com', `school${n}.example`]);
      }
    }
    expect(makes).toBe(2); // the split domains and the shared layer, not one shared layer per sender domain
    const domains = made.get('known') as Map<string, unknown>;
    const org = resolveOrganisation(parsed.config);
    const shared = org.personalMailDomains.length + org.partnerDomains.length;
    expect(domains.size).toBeLessThanOrEqual(shared + 500); // each domain split once: the shared ones and each school's own
  });
});

describe('a list that repeats domains', () => {
  const parsed = parseConfig({}, builtInRules);
  if (!parsed.ok) throw new Error('config');
  const options = parsed.config.rules['no-lookalike-recipient'].options as Parameters<typeof noLookalikeRecipient.create>[0];
  const org = resolveOrganisation(parsed.config, from);
  const setUp = () => {
    const made = new Map<string, unknown>();
    const memo: SetupMemo = <T>(key: string, make: () => T): T =>
      (made.has(key) ? made.get(key) : (made.set(key, make()), made.get(key))) as T;
    return noLookalikeRecipient.create(options, org, memo, new OrganisationScans(new PlanCache()));
  };
  const checkAll = (check: ReturnType<typeof setUp>, to: string[]) =>
    check(draftOf({ from, to }) as DraftWith<'to' | 'cc' | 'bcc'>, {} as CheckContext);
  // Slips and real domains, a slip under a subdomain beside the same slip bare, upper case, IDN look-alikes.
  const hosts = [
    'gmial.com',
    'mail.gmial.com',
    'GMIAL.com',
    'gmail.com',
    'hotmial.co.uk',
    'xn--gmil-63d.com',
    'yahoo.co',
    'stationers.co.uk',
  ];
  const address = fc.tuple(fc.constantFrom('mum', 'dad', 'Carer.One', 'p+2'), fc.constantFrom(...hosts)).map(([l, h]) => `${l}@${h}`);

  it('judges each domain once, however many addresses share it: 600 parents at 5 domains split 5 domains', () => {
    const check = setUp();
    const domains = ['gmial.com', 'stationers.co.uk', 'leeds.ac.uk', 'hotmial.co.uk', 'yahoo.co'];
    const to = Array.from({ length: 600 }, (_, i) => `parent${i}@${domains[i % 5]}`);
    splits.count = 0;
    const reports = checkAll(check, to);
    expect(splits.count).toBe(5);
    expect(reports).toHaveLength(360); // gmial.com, hotmial.co.uk and yahoo.co: 120 addresses each
    expect(reports[0].data).toMatchObject({ address: 'parent0@gmial.com', suggestion: 'parent0@gmail.com' });
  });

  it('tells each address what it alone would be told, with its own name in the suggestion, from one setup', () => {
    const check = setUp(); // one setup for every list, as a linter keeps it from draft to draft
    fc.assert(
      fc.property(fc.array(address, { maxLength: 30 }), (to) => {
        const alone = to.flatMap((a) => checkAll(setUp(), [a]));
        expect(checkAll(check, to)).toEqual(alone);
      }),
    );
  });
});
