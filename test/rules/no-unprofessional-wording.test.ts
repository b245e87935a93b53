// Test table for no-unprofessional-wording: each category at its severity, disguised forms, insults only
// when aimed at people, British usage and names that must stay quiet, quoted replies, and quoted speech.
import { describe, expect, it } from 'vitest';
import { noUnprofessionalWording } from '../../rules/no-unprofessional-wording.ts';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import { tokenize } from '../../rules/lib/tokenizer.ts';
import { WordMatcher, expandForms } from '../../rules/lib/word-matcher.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const from = 'teacher@school.example';
const parent = 'parent@gmail.com';
const toParent = (body: string, subject = '') => draftOf({ from, to: [parent], body, subject });

runRuleTests(noUnprofessionalWording, {
  valid: [
    {
      name: 'place names and words that contain listed words',
      draft: toParent(
        'Scunthorpe, Essex, Sussex, Penistone, Cockermouth: assessment, class analysis, cocktail, shiitake, cockpit, Arsenal.',
      ),
    },
    {
      name: 'names that are also words',
      draft: toParent('Dick Whittington is the panto; Dick Smith runs the shop; Willy Wonka at World Book Day.'),
    },
    { name: "Hell's Kitchen", draft: toParent("We went to Hell's Kitchen for the staff dinner.") },
    { name: 'a name on the never-flag list', draft: toParent('Thanks, Mr Cock.'), organisation: { neverFlagNames: ['Mr Cock'] } },
    {
      name: 'insulting words not aimed at a person',
      draft: toParent('The printer is stupid and the old form was useless. A waste of time, his mental health matters.'),
    },
    {
      name: 'knee-jerk, the Muppets, a fool-proof plan',
      draft: toParent('Not a knee-jerk reaction: the Muppets show uses a fool-proof plan.'),
    },
    { name: 'school acronyms in capitals', draft: toParent('GCSE PE and SENCO INSET notes for the EHCP review at KS3.') },
    { name: 'a heading in capitals', draft: toParent('IMPORTANT DATES FOR NEXT TERM\nThe trip is on Friday.') },
    {
      name: 'bad words in the quoted reply only',
      draft: toParent(
        'Thank you for your message; I will call you tomorrow.\n\nOn Mon, 2 Nov 2026, Dad <dad@gmail.com> wrote:\n> you useless bloody idiots',
      ),
    },
    { name: 'one ! or ?!', draft: toParent('Well done! Really?!') },
    { name: 'the style of the subject replied to: capitals and "???"', draft: toParent('I will call you.', 'Re: WHY WAS HE KEPT IN???') },
    { name: 'the text-speak of a forwarded subject', draft: toParent('See below.', 'FW: RE: omg lol') },
    { name: 'e-mail addresses and links', draft: toParent('See boards.fool.com or write to dick@gmail.com; http://example.com/?q=!!!') },
    { name: 'a listed phrase inside a link', draft: toParent('The blooper reel is at www.cock-ups.example/reel today.') },
    {
      name: 'a listed phrase inside a never-flag name',
      draft: toParent('Tickets for Shut Up Theatre are on sale, and the Shut Up Theatre matinee.'),
      organisation: { neverFlagNames: ['Shut Up Theatre'] },
    },
    {
      name: 'everyday British "bloody" (literal) and "damn" switched off',
      draft: toParent('A bloody nose at break; damn good work.'),
      options: { categories: { mildProfanity: false } },
    },
    { name: 'a removed word', draft: toParent('What a load of crap.'), options: { words: { remove: ['crap'] } } },
    {
      name: 'style hints between colleagues: capitals, "???", text-speak and emoji are only for e-mail leaving the school',
      draft: draftOf({
        from,
        to: ['hoy7@school.example'],
        body: 'Where is the register??? Staff must DO NOT PARK IN THE STAFF car park, thx 😡',
      }),
    },
    {
      name: "a pupil's words in quotation marks, internal only, with quoted speech off",
      draft: draftOf({ from, to: ['dsl@school.example'], body: 'At 10:15 Jack said "you are a fucking twat" to Amy.' }),
      options: { quotedSpeechInternal: 'off' },
    },
  ],
  invalid: [
    {
      name: 'style hints between colleagues when the school wants them everywhere',
      draft: draftOf({
        from,
        to: ['hoy7@school.example'],
        body: 'Where is the register??? Staff must DO NOT PARK IN THE STAFF car park, thx',
      }),
      options: { styleHints: 'everywhere' },
      errors: [
        { messageId: 'shouting', severity: 'info' },
        { messageId: 'punctuation', severity: 'info' },
        { messageId: 'textSpeak', severity: 'info' },
      ],
    },
    {
      name: 'between colleagues, insults and swearing are still flagged (the style hints are not)',
      draft: draftOf({ from, to: ['hoy7@school.example'], body: 'Your form are useless idiots!!! Bloody hell.' }),
      errors: [
        { messageId: 'insult', severity: 'warning' },
        { messageId: 'mildProfanity', severity: 'info' },
      ],
    },
    {
      name: 'obscenity (error)',
      draft: toParent('This is fucking ridiculous.'),
      errors: [
        {
          messageId: 'profanity',
          severity: 'error',
          message: 'Obscene or profane language (“fucking”). Anything in an e-mail can be disclosed to the person it is about.',
        },
      ],
    },
    {
      name: 'leetspeak, repeated letters, stars, spaced and dotted letters',
      draft: toParent('You b1tch. fuuuuck. sh*t. f u c k. c.u.n.t.'),
      errors: [{ messageId: 'profanity', severity: 'error', message: /“b1tch”, “fuuuuck”, “sh\*t”, “f u c k” …/ }],
    },
    {
      name: 'zero-width characters and look-alike letters',
      draft: toParent('you b\u200bitch, you bаstard'),
      errors: [{ messageId: 'profanity', severity: 'error' }],
    },
    {
      name: 'a slur',
      draft: toParent('Stop calling him a retard.'),
      errors: [{ messageId: 'slur', severity: 'error', message: /^Discriminatory language \(“retard”\)/ }],
    },
    {
      name: '"dick" in lower case is not a name',
      draft: toParent('Don’t be a dick about it.'),
      errors: [{ messageId: 'profanity', severity: 'error' }],
    },
    {
      name: 'insults aimed at people (warning) with a suggestion',
      draft: toParent('Your son is lazy and clueless. He is a complete muppet. You people never read.'),
      errors: [{ messageId: 'insult', severity: 'warning', message: /“You people”, “lazy”, “clueless”, “muppet”/ }],
    },
    {
      name: 'an insult before a person noun',
      draft: toParent('Useless parents again.'),
      errors: [{ messageId: 'insult', severity: 'warning' }],
    },
    {
      name: 'mild swearing (info)',
      draft: toParent('What a load of crap, bloody hell.'),
      errors: [{ messageId: 'mildProfanity', severity: 'info', message: /“bloody hell”, “crap”/ }],
    },
    {
      name: 'shouting inside a sentence',
      draft: toParent('Parents must DO NOT PARK IN THE STAFF car park.'),
      errors: [{ messageId: 'shouting', severity: 'info', message: /“DO NOT PARK IN THE STAFF”/ }],
    },
    {
      name: 'a whole message in capitals',
      draft: toParent('WHY HAS MY SON NOT BEEN PICKED FOR THE TEAM AGAIN THIS WEEK'),
      errors: [{ messageId: 'shouting', severity: 'info' }],
    },
    {
      name: 'exasperated punctuation',
      draft: toParent('Why was this not done???'),
      errors: [{ messageId: 'punctuation', severity: 'info', message: /“\?\?\?”/ }],
    },
    {
      name: 'text-speak and a hostile emoji',
      draft: toParent('ok thx lol 😡'),
      errors: [{ messageId: 'textSpeak', severity: 'info', message: /“thx”, “lol”, “😡”/ }],
    },
    {
      name: 'a rude gesture is profanity, other hostile emoji text-speak, however many',
      draft: toParent('Noted 🙄🙄 and 🖕'),
      errors: [
        { messageId: 'profanity', severity: 'error', message: /“🖕”/ },
        { messageId: 'textSpeak', severity: 'info', message: /“🙄”/ },
      ],
    },
    { name: 'in the subject', draft: toParent('fine', 'WTF is this'), errors: [{ messageId: 'textSpeak', severity: 'info' }] },
    {
      name: 'swearing in the subject of a reply is still sent on',
      draft: toParent('Thank you for writing.', 'Re: this is fucking ridiculous'),
      errors: [{ messageId: 'profanity', severity: 'error' }],
    },
    {
      name: 'the author own shouting in the body of a reply',
      draft: toParent('Please DO NOT PARK IN THE STAFF car park.', 'RE: Parking'),
      errors: [{ messageId: 'shouting', severity: 'info' }],
    },
    // A school's own word with a letter outside a–z: found by its full form, not skipped by the quick key.
    {
      name: 'a school-added word with an accented letter',
      draft: toParent('He called him a čurak.'),
      options: { words: { add: { profanity: ['čurak'] } } },
      errors: [{ messageId: 'profanity', severity: 'error', message: /“čurak”/ }],
    },
    {
      name: 'a school-added word, stretched and in capitals',
      draft: toParent('What a PLONKKKER.'),
      options: { words: { add: { insult: ['plonker'] } } },
      errors: [{ messageId: 'insult', severity: 'warning', message: /PLONKKKER/ }],
    },
    // Listed with digits: read the way the text's own words are read (leetspeak mapped), so they match.
    {
      name: 'text-speak written with digits',
      draft: toParent('gr8 news, c u l8r'),
      errors: [{ messageId: 'textSpeak', severity: 'info', message: /“gr8”, “l8r”/ }],
    },
    {
      name: "a pupil's words in quotation marks in an internal note are reported at info at most",
      draft: draftOf({ from, to: ['dsl@school.example'], body: 'At 10:15 Jack said "you are a fucking twat" to Amy.' }),
      errors: [{ messageId: 'profanity', severity: 'info' }],
    },
    {
      name: 'a school-added word',
      draft: toParent('Stop being a wazzock.'),
      options: { words: { add: { insult: ['wazzock'] } } },
      errors: [{ messageId: 'insult', severity: 'warning' }],
    },
  ],
});

describe('severity by category', () => {
  const parsed = parseConfig({}, builtInRules);
  const severities = (body: string, to = [parent]) => {
    if (!parsed.ok) throw new Error();
    return lint(draftOf({ from, to, body }), parsed.config, builtInRules)
      .findings.filter((f) => f.ruleId === 'no-unprofessional-wording')
      .map((f) => [f.messageId, f.severity]);
  };
  it('slurs and obscenity error, insults warning, mild swearing, shouting, punctuation and text-speak info', () => {
    expect(severities('fuck. retard. you idiot. crap. Please DO NOT PARK HERE EVER again!!! lol')).toEqual([
      ['slur', 'error'],
      ['profanity', 'error'],
      ['insult', 'warning'],
      ['mildProfanity', 'info'],
      ['shouting', 'info'],
      ['punctuation', 'info'],
      ['textSpeak', 'info'],
    ]);
  });
  it('quoted speech in an internal note: info', () => {
    expect(severities('He said "you are a fucking twat".', ['dsl@school.example'])).toEqual([['profanity', 'info']]);
    expect(severities('He said "you are a fucking twat".', [parent])).toEqual([['profanity', 'error']]);
  });
});

describe('word matcher', () => {
  it('expands root(a|b) notation', () => expect(expandForms('fuck(|s|ed)')).toEqual(['fuck', 'fucks', 'fucked']));
  it('never matches inside a word, and maps leetspeak only in words with letters', () => {
    const m = new WordMatcher<string>().add(['ass', 'bitch'], 'x');
    const find = (t: string) => m.find(t, tokenize(t)).map((h) => h.text);
    expect(find('assessment class bass 2024 b1tch @ss')).toEqual(['b1tch', '@ss']);
  });
  it('reads a long run of single letters once (linear), and only runs of 3–20', () => {
    const m = new WordMatcher<string>().add(['fuck'], 'x');
    const t = 'a '.repeat(50_000) + 'f u c k';
    expect(m.find(t, tokenize(t))).toEqual([]);
    expect(m.find('x f u c k', tokenize('x f u c k'))).toEqual([]);
    expect(m.find('f-u-c-k', tokenize('f-u-c-k')).map((h) => h.text)).toEqual(['f-u-c-k']);
  });
});

describe('evidence never repeats personal data', () => {
  it('an identifier beside a wording finding is masked in that finding too', () => {
    const parsed = parseConfig({}, builtInRules);
    if (!parsed.ok) throw new Error();
    const report = lint(toParent("Amira's UPN is B801200005001, honestly this is crap."), parsed.config, builtInRules);
    const evidence = report.findings.flatMap((f) => f.evidence ?? []).join('\n');
    expect(evidence).toContain('B80120000••••');
    expect(evidence).not.toContain('B801200005001');
  });
});
