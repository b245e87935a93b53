// Test table for no-misdirected-recipient: the school cases the issue asks for (a wrong parent, the same
// name at another number, transposed letters, a greeting to someone else) and the ones that must stay
// quiet (new parents, group greetings, family addresses, colleagues, Gmail's own spellings of one mailbox).
import { describe, expect, it } from 'vitest';
import { noMisdirectedRecipient } from '../../rules/no-misdirected-recipient.ts';
import { readGreeting } from '../../rules/lib/greeting.ts';
import { nameFits, profileOf, sameNameWord } from '../../rules/lib/names.ts';
import { canonicalAddress, COMPARISON_BUDGET } from '../../rules/lib/correspondents.ts';
import type { Draft, RecipientField } from '../../rules/index.ts';
import { draftOf, mailbox, type DraftSpec } from '../helpers/draft.ts';
import { runRuleTests, type InvalidCase, type ValidCase } from '../helpers/rule-tester.ts';

const from = 'teacher@silcoates.org.uk';
const organisation = { internalDomains: ['silcoates.org.uk'], partnerDomains: ['leeds.gov.uk'] };
/** The people a form tutor has written to this term. */
const KNOWN = [
  'Jane Smith <jane.smith48@gmail.com>',
  'Aisha Khan <aisha.khan@gmail.com>',
  'Tom Wright <tom.wright@hotmail.co.uk>',
  'm.oconnor@btinternet.com',
  'Sarah Jones <sarahjones@yahoo.co.uk>',
  'jwatts@yahoo.co.uk',
  'SEN Team <sencoteam@leeds.gov.uk>',
  'amylee.wong@gmail.com',
  'p.davies@gmail.com',
  'jsmith1975@hotmail.com',
  'r.green@silcoates.org.uk',
  'j.smith@silcoates.org.uk',
];

const quiet = (name: string, spec: DraftSpec, options?: Record<string, unknown>): ValidCase => ({
  name,
  draft: draftOf({ from, known: KNOWN, ...spec }),
  organisation,
  ...(options && { options }),
});

/** A greeting that names someone else: no fix, only the question. */
const greeting = (name: string, spec: DraftSpec): InvalidCase => ({
  ...quiet(name, spec),
  errors: [{ messageId: 'greetingMismatch', severity: 'warning' }],
});

/** A near miss: the finding and its one-click replacement (when it names one known address). */
function near(name: string, spec: DraftSpec, field: RecipientField, wrong: string, right?: string, kind = 'nearMiss'): InvalidCase {
  const c: InvalidCase = { ...quiet(name, spec), errors: [{ messageId: kind, severity: 'warning' }] };
  if (right) c.output = replaced(c.draft, field, wrong, right);
  return c;
}

function replaced(draft: Draft, field: RecipientField, wrong: string, right: string): Draft {
  return { ...draft, [field]: draft[field]!.map((a) => (a.address === wrong ? { ...a, address: right } : a)) };
}

const letter = (greetingLine: string) => `${greetingLine}\n\nThank you for coming in to talk about the trip.\n\nBest wishes`;

const flagged: InvalidCase[] = [
  greeting('Dear Mrs Khan to Tom Wright', { to: ['Tom Wright <tom.wright@hotmail.co.uk>'], body: letter('Dear Mrs Khan,') }),
  greeting('Dear Mr and Mrs Wright to Aisha Khan', { to: ['Aisha Khan <aisha.khan@gmail.com>'], body: letter('Dear Mr and Mrs Wright,') }),
  greeting('Dear Mr & Mrs Wright to Aisha Khan', { to: ['Aisha Khan <aisha.khan@gmail.com>'], body: letter('Dear Mr & Mrs Wright') }),
  greeting('Hi Sam to Jo Bloggs', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Hi Sam,') }),
  greeting('a name only in the address', { to: ['priya.shah@outlook.com'], body: letter('Dear Mrs Patel') }),
  greeting('Good morning Mr Jones to "Smith, David"', {
    to: ['"Smith, David" <d.smith@btinternet.com>'],
    body: letter('Good morning Mr Jones,'),
  }),
  greeting("Hello Ms O'Brien to Mary Murphy", { to: ['Mary Murphy <mary.murphy@yahoo.co.uk>'], body: letter("Hello Ms O'Brien,") }),
  greeting('Dear Dr Evans to another doctor', { to: ['Gareth Hughes <g.hughes@nhs.net>'], body: letter('Dear Dr. Evans,') }),
  greeting('a double-barrelled surname to someone else', {
    to: ['Karen Taylor <karen.taylor@gmail.com>'],
    body: letter('Dear Mrs Smith-Jones,'),
  }),
  greeting('Hi Olivia! to Emma Clarke', { to: ['Emma Clarke <emma.clarke@icloud.com>'], body: letter('Hi Olivia!') }),
  greeting('one name to two other parents', {
    to: ['Sara Ali <sara.ali@gmail.com>', 'Omar Ali <omar.ali@gmail.com>'],
    body: letter('Dear Mr Ahmed,'),
  }),
  greeting('a colleague in Cc does not make it right', {
    to: ['tom.wright@hotmail.co.uk'],
    cc: ['j.smith@silcoates.org.uk'],
    body: letter('Dear Mrs Khan,'),
  }),
  greeting('Dear Zoë to Chloe Price', { to: ['Chloe Price <chloe.price@gmail.com>'], body: letter('Dear Zoë,') }),
  greeting('Morning Mrs Green to Rachel Brown', { to: ['Rachel Brown <rachel.brown@sky.com>'], body: letter('Morning Mrs Green,') }),
  greeting('Dear Mr Lee to Daniel Fox', { to: ['Daniel Fox <daniel.fox@gmail.com>'], body: letter('Dear Mr Lee,') }),
  greeting('in an HTML letter', {
    to: ['Tom Wright <tom.wright@hotmail.co.uk>'],
    html: '<p>Dear Mrs Khan,</p><p>Thank you for coming in.</p>',
    body: 'Dear Mrs Khan,\nThank you for coming in.',
  }),
  greeting('above a quoted reply from the real recipient', {
    to: ['Tom Wright <tom.wright@hotmail.co.uk>'],
    body: 'Dear Mrs Khan,\n\nYes, Thursday is fine.\n\nOn Mon, 3 Mar 2025, Tom Wright wrote:\n> Hi Mr Green, can we meet?',
  }),
  greeting('typed all in lower case', { to: ['Emma Clarke <emma.clarke@icloud.com>'], body: letter('hi miss taylor,') }),
  greeting('Hiya Jess to Becky Lowe', { to: ['Becky Lowe <rebecca.lowe@gmail.com>'], body: letter('Hiya Jess,') }),
  near(
    'transposed digits: jane.smith84 for jane.smith48',
    { to: ['jane.smith84@gmail.com'] },
    'to',
    'jane.smith84@gmail.com',
    'jane.smith48@gmail.com',
  ),
  near('a dropped letter', { to: ['jane.smih48@gmail.com'] }, 'to', 'jane.smih48@gmail.com', 'jane.smith48@gmail.com'),
  near('two letters swapped', { to: ['jnae.smith48@gmail.com'] }, 'to', 'jnae.smith48@gmail.com', 'jane.smith48@gmail.com'),
  near('another number on the same name', { to: ['jane.smith1984@gmail.com'] }, 'to', 'jane.smith1984@gmail.com', 'jane.smith48@gmail.com'),
  near(
    'the same name at another provider',
    { to: ['jane.smith48@hotmail.co.uk'] },
    'to',
    'jane.smith48@hotmail.co.uk',
    'jane.smith48@gmail.com',
  ),
  near(
    'the same address at outlook.com for hotmail.com',
    { to: ['jsmith1975@outlook.com'] },
    'to',
    'jsmith1975@outlook.com',
    'jsmith1975@hotmail.com',
  ),
  near(
    'the same display name at a new address',
    { to: ['Jane Smith <janesmith.home@outlook.com>'] },
    'to',
    'janesmith.home@outlook.com',
    'jane.smith48@gmail.com',
    'sameName',
  ),
  near(
    'the same name written "Surname, First"',
    { to: ['"Khan, Aisha" <akhan.work@outlook.com>'] },
    'to',
    'akhan.work@outlook.com',
    'aisha.khan@gmail.com',
    'sameName',
  ),
  near(
    'one letter changed in a longer address',
    { to: ['m.oconner@btinternet.com'] },
    'to',
    'm.oconner@btinternet.com',
    'm.oconnor@btinternet.com',
  ),
  near('an extra letter', { to: ['sarahjhones@yahoo.co.uk'] }, 'to', 'sarahjhones@yahoo.co.uk', 'sarahjones@yahoo.co.uk'),
  near(
    'a slip in Cc',
    { to: ['tom.wright@hotmail.co.uk'], cc: ['aisha.kahn@gmail.com'] },
    'cc',
    'aisha.kahn@gmail.com',
    'aisha.khan@gmail.com',
  ),
  near(
    'one slip among 30 parents in Bcc',
    { to: [from], bcc: [...Array.from({ length: 29 }, (_, i) => `parent${i}@gmail.com`), 'jane.smith84@gmail.com'] },
    'bcc',
    'jane.smith84@gmail.com',
    'jane.smith48@gmail.com',
  ),
  near('a short address one letter out', { to: ['jwatt@yahoo.co.uk'] }, 'to', 'jwatt@yahoo.co.uk', 'jwatts@yahoo.co.uk'),
  near(
    'a partner team address with a digit',
    { to: ['sencoteam1@leeds.gov.uk'] },
    'to',
    'sencoteam1@leeds.gov.uk',
    'sencoteam@leeds.gov.uk',
  ),
  near('a hyphen typed in', { to: ['amy-lee.wong@gmail.com'] }, 'to', 'amy-lee.wong@gmail.com', 'amylee.wong@gmail.com'),
  near('a number added', { to: ['p.davies2@gmail.com'] }, 'to', 'p.davies2@gmail.com', 'p.davies@gmail.com'),
  near(
    'the name kept, the address slipped',
    { to: ['Aisha Khan <aisha.kahn@gmail.com>'] },
    'to',
    'aisha.kahn@gmail.com',
    'aisha.khan@gmail.com',
  ),
  near(
    'a slip of a greeted parent in the right-looking name',
    { to: ['Tom Wright <tom.wrigth@hotmail.co.uk>'] },
    'to',
    'tom.wrigth@hotmail.co.uk',
    'tom.wright@hotmail.co.uk',
  ),
  {
    ...quiet('two known addresses equally near: both named, no one-click guess', {
      to: ['jane.smith47@gmail.com'],
      known: [...KNOWN, 'jane.smith46@gmail.com'],
    }),
    errors: [{ messageId: 'nearMiss', severity: 'warning', message: /jane\.smith48@gmail\.com and jane\.smith46@gmail\.com/ }],
  },
  {
    ...quiet('a wrong greeting and a slip in one e-mail', {
      to: ['Tom Wright <tom.wrigth@hotmail.co.uk>'],
      body: letter('Dear Mrs Khan,'),
    }),
    errors: [
      { messageId: 'greetingMismatch', severity: 'warning' },
      { messageId: 'nearMiss', severity: 'warning' },
    ],
    output: undefined,
  },
];

// The first cases also pin the words staff read.
flagged[0].errors[0].message =
  'The greeting says “Dear Mrs Khan”, but this e-mail is going to Tom Wright <tom.wright@hotmail.co.uk>. Is it going to the right person?';
flagged[0].errors[0].evidence = ['Dear Mrs Khan', 'Tom Wright <tom.wright@hotmail.co.uk>'];
const firstNear = flagged.find((c) => c.errors[0].messageId === 'nearMiss')!;
firstNear.errors[0].message =
  'You have never written to jane.smith84@gmail.com; you have written to jane.smith48@gmail.com. Did you mean them?';
firstNear.errors[0].evidence = ['jane.smith84@gmail.com', 'Jane Smith <jane.smith48@gmail.com>'];

/** 200 new parents against 101 known addresses of the same length at one provider: past the comparison budget. */
const manyKnown = Array.from({ length: 101 }, (_, i) => `known.parent${String(i).padStart(3, '0')}@gmail.com`);
const manyNew = Array.from({ length: 200 }, (_, i) => `fresh.family${String(i).padStart(3, '0')}@gmail.com`);
flagged.push({
  ...quiet('more new recipients than one check can compare: said, not passed', { to: [from], bcc: manyNew, known: manyKnown }),
  errors: [{ messageId: 'notAllCompared', severity: 'warning', message: /^\d+ new recipients could not be compared/ }],
});

const valid: ValidCase[] = [
  quiet('Dear Parents to a Bcc list', { to: [from], bcc: ['a.b@gmail.com', 'c.d@gmail.com'], body: letter('Dear Parents,') }),
  quiet('Dear all', { to: ['Tom Wright <tom.wright@hotmail.co.uk>'], body: letter('Dear all,') }),
  quiet('Hi team', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Hi team!') }),
  quiet('Dear Year 7 parents', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Dear Year 7 parents,') }),
  quiet('Dear Sir or Madam', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Dear Sir or Madam,') }),
  quiet('Dear Sir/Madam', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Dear Sir/Madam') }),
  quiet('Dear Parent/Carer', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Dear Parent/Carer,') }),
  quiet('Hello there', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: letter('Hello there,') }),
  quiet('a sentence, not a greeting to a name', { to: ['Jo Bloggs <jo.bloggs@gmail.com>'], body: 'Hello, I am writing about the trip.' }),
  quiet('Dear Mrs Khan to Aisha Khan', { to: ['Aisha Khan <aisha.khan@gmail.com>'], body: letter('Dear Mrs Khan,') }),
  quiet('Dear Mr and Mrs Wright to tom.wright', { to: ['tom.wright@hotmail.co.uk'], body: letter('Dear Mr and Mrs Wright,') }),
  quiet('Hi Sam to Samantha', { to: ['Samantha Reid <samantha.reid@gmail.com>'], body: letter('Hi Sam,') }),
  quiet('Dear Liz to Elizabeth', { to: ['Elizabeth Hart <e.hart@gmail.com>'], body: letter('Dear Liz,') }),
  quiet('Hi Mo to Mohammed', { to: ['Mohammed Ali <m.ali@gmail.com>'], body: letter('Hi Mo,') }),
  quiet('one half of a double-barrelled name', { to: ['Karen Jones <karen.jones@gmail.com>'], body: letter('Dear Mrs Smith-Jones,') }),
  quiet('a family address holding the surname', { to: ['Omar Wright <thekhans@gmail.com>'], body: letter('Dear Mrs Khan,') }),
  quiet('initial and surname in the address', { to: ['twright@hotmail.co.uk'], body: letter('Dear Mr Wright,') }),
  quiet('an address that names nobody', { to: ['mum1984@gmail.com'], body: letter('Dear Ms Cohen,') }),
  quiet('a role address', { to: ['office@stmarys.sch.uk'], body: letter('Dear Mrs Khan,') }),
  quiet('the greeted parent is in Cc', {
    to: ['Tom Wright <tom.wright@hotmail.co.uk>'],
    cc: ['Aisha Khan <aisha.khan@gmail.com>'],
    body: letter('Dear Mrs Khan,'),
  }),
  quiet('a parent with another surname, her display name matching', {
    to: ['Aisha Khan <tom.wright@hotmail.co.uk>'],
    body: letter('Dear Mrs Khan,'),
  }),
  quiet('accents written or not', { to: ['Zoe Adams <zoe.adams@gmail.com>'], body: letter('Dear Zoë,') }),
  quiet('an apostrophe in the surname', { to: ['Siobhan OBrien <siobhan.obrien@gmail.com>'], body: letter("Dear Mrs O'Brien,") }),
  quiet('"Surname, First" display names', { to: ['"Wright, Peter" <pw@btinternet.com>'], body: letter('Dear Mr Wright,') }),
  quiet('a title in the display name', { to: ['Mrs A Khan <a.khan@outlook.com>'], body: letter('Dear Mrs Khan,') }),
  quiet('Good afternoon Dr Evans', { to: ['Rhys Evans <dr.evans@nhs.net>'], body: letter('Good afternoon Dr Evans,') }),
  quiet('the greeting only in the quoted message', {
    to: ['Tom Wright <tom.wright@hotmail.co.uk>'],
    body: 'Thanks, will do.\n\nOn Mon, 3 Mar 2025, Jane Green wrote:\n> Dear Mrs Khan,\n> Please see below.',
  }),
  quiet('a colleague greeted by another name, inside the school', { to: ['j.smith@silcoates.org.uk'], body: letter('Hi Sam,') }),
  quiet(
    'the greeting check switched off',
    { to: ['Tom Wright <tom.wright@hotmail.co.uk>'], body: letter('Dear Mrs Khan,') },
    { checkGreeting: false },
  ),
  quiet('a known parent', { to: ['Jane Smith <jane.smith48@gmail.com>'] }),
  quiet('a new parent like nobody known', { to: ['new.parent@gmail.com', 'Ravi Kumar <ravi.kumar@outlook.com>'] }),
  quiet('a colleague near a known colleague (inside the school)', { to: ['j.smit@silcoates.org.uk'] }),
  quiet('Gmail ignores dots: the same mailbox', { to: ['janesmith48@gmail.com'] }),
  quiet('googlemail.com is gmail.com', { to: ['jane.smith48@googlemail.com'] }),
  quiet('a +tag on a Gmail address', { to: ['jane.smith48+school@gmail.com'] }),
  quiet('short addresses are different people', { to: ['jo@gmail.com'], known: [...KNOWN, 'al@gmail.com'] }),
  quiet('the same local part at two businesses', { to: ['info@acme.co.uk'], known: [...KNOWN, 'info@acme.com'] }),
  quiet('one first name, two people', { to: ['Jane <jane.porter@gmail.com>'], known: [...KNOWN, 'Jane <jane.milner@gmail.com>'] }),
  quiet('no contacts could be read: nothing guessed', { to: ['jane.smith84@gmail.com'], known: undefined }),
  quiet('the near-miss check switched off', { to: ['jane.smith84@gmail.com'] }, { checkNearMiss: false }),
  quiet('the sender writing to their own address', {
    from: 'Jane Smith <jane.smith@silcoates.org.uk>',
    to: ['jane.smith@silcoates.org.uk'],
    body: letter('Hi Sam,'),
  }),
];

runRuleTests(noMisdirectedRecipient, { valid, invalid: flagged });

describe('the table', () => {
  it('holds at least 40 school cases each way', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(40);
    expect(valid.length).toBeGreaterThanOrEqual(40);
  });
});

describe('reading a greeting', () => {
  it.each([
    ['Dear Mr and Mrs Wright,', 'Dear Mr and Mrs Wright', ['wright']],
    ['Hi Sam thanks for this', 'Hi Sam', ['sam']],
    ['hi sam,', 'hi sam', ['sam']],
    ['Dear Mrs. Khan', 'Dear Mrs Khan', ['khan']],
    ['Dear Sam and Alex – quick one', 'Dear Sam and Alex', ['sam', 'alex']],
    ['  \n\nGood morning Mrs Smith-Jones!', 'Good morning Mrs Smith-Jones', ['smith', 'jones']],
  ])('%j → %j', (text, shown, names) => expect(readGreeting(text)).toEqual({ text: shown, names }));

  it.each([
    'Dear Parents,',
    'Hi all',
    'Dear Year 7 parents',
    'Hello, I am writing',
    'Thanks for this',
    'Hi,',
    'Dear Sir/Madam',
    'Hello I am writing to ask about the trip on Friday',
    // From the corpus measurement (bench/misdirected.ts): a role, a mate, a lower-case sentence.
    'Dear Investor,',
    'Hey guy,',
    'hey i have a problem',
    "Hi y'all,",
  ])('%j is no greeting to a name', (text) => expect(readGreeting(text)).toBeUndefined());
});

describe('matching names', () => {
  it('short forms, prefixes and accents', () => {
    expect(sameNameWord('liz', 'elizabeth')).toBe(true);
    expect(sameNameWord('sam', 'samantha')).toBe(true);
    expect(sameNameWord('bob', 'robert')).toBe(true);
    expect(sameNameWord('jo', 'joanne')).toBe(true);
    expect(sameNameWord('al', 'alan')).toBe(false); // two letters are not a prefix worth trusting
    expect(sameNameWord('tom', 'jo')).toBe(false);
    expect(nameFits('zoe', profileOf(mailbox('Zoë Adams <za@x.example>')))).toBe(true);
  });

  it('says when an address names nobody', () => {
    expect(profileOf(mailbox('tomwright84@gmail.com')).informative).toBe(false);
    expect(profileOf(mailbox('tom.wright@gmail.com')).informative).toBe(true);
    expect(profileOf(mailbox('Office <office@school.example>')).informative).toBe(false);
  });

  it('spells one Gmail mailbox one way', () => {
    expect(canonicalAddress('Jane.Smith+trips@googlemail.com')).toBe('janesmith@gmail.com');
    expect(canonicalAddress('jane.smith@hotmail.co.uk')).toBe('jane.smith@hotmail.co.uk');
  });

  it('compares a new recipient with known addresses near its length only, within the budget', () => {
    expect(COMPARISON_BUDGET).toBeLessThan(manyNew.length * manyKnown.length);
  });
});
