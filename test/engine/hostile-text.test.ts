// The messages that once made a rule quadratic or blind (issue 11, cases 8–11), built in code: each gives
// the finding a member of staff needs, and ten times the input costs about ten times the work.
import { describe, expect, it } from 'vitest';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import type { Draft } from '../../rules/engine/types.ts';
import { htmlToText } from '../../rules/text/html.ts';
import * as h from '../helpers/hostile.ts';
import { measuredGrowth } from '../helpers/scaling.ts';

const parsed = parseConfig({}, builtInRules);
if (!parsed.ok) throw new Error('defaults');
const config = parsed.config;
const only = (id: string) => ({ ...config, rules: { [id]: config.rules[id] } });
const findings = (draft: Draft, id?: string) => lint(draft, id ? only(id) : config, builtInRules).findings;
const said = (draft: Draft, id?: string) => findings(draft, id).map((f) => `${f.ruleId}:${f.messageId}`);
/** A plain linear pass over a draft's text or addresses: what a linear rule is compared with. */
const words = (d: Draft) => `${d.subject} ${d.body!.text}`.split(/\s+/).map((w) => w.toLowerCase());
function addresses(d: Draft): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of [...d.to!, ...d.cc!, ...d.bcc!]) {
    const key = a.address.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`${key.slice(key.lastIndexOf('@') + 1).toLowerCase()} ${key}`);
  }
  return out;
}

/** Asserts that the check grows with 10× the input no faster than a linear pass does (see test/helpers/scaling.ts). */
function expectLinear(build: (size: number) => Draft, check: (d: Draft) => unknown, size: number, baseline = words) {
  const measured = measuredGrowth(build, check, baseline, size);
  expect(measured.growth).toBeLessThan(measured.limit);
}

describe('8. personal data: linear in the number of identifier-like matches', () => {
  it('400 KB of identifiers to a parent: one finding that counts them (to 10,000), evidence masked', () => {
    const [f] = findings(h.externalDraft({ text: h.identifierText(400_000) }), 'no-personal-data-to-external');
    expect(f.message).toMatch(/^This e-mail holds 10000 UPNs or more and goes outside the school/);
    const [few] = findings(h.externalDraft({ text: h.identifierText(14_000) }), 'no-personal-data-to-external');
    expect(few.message).toMatch(/^This e-mail holds 1000 UPNs and goes outside the school/);
    expect(f.evidence).toHaveLength(5);
    expect(f.evidence!.join(' ')).not.toMatch(/A123456789012/);
  });

  it('scales linearly: in the body, in the subject, and for dates of birth', () => {
    const rule = (d: Draft) => findings(d, 'no-personal-data-to-external');
    expectLinear((n) => h.externalDraft({ text: h.identifierText(n) }), rule, 100_000);
    expectLinear((n) => h.externalDraft({ text: 'Hello' }, h.identifierText(n)), rule, 50_000);
    expectLinear((n) => h.externalDraft({ text: h.datesOfBirthText(n) }), rule, 100_000);
  });

  it('special-category words beside identifiers are found in linear time too', () => {
    const text = (n: number) => 'medical '.repeat(n / 16) + '01/02/2010 '.repeat(n / 22);
    expectLinear(
      (n) => h.externalDraft({ text: text(n) }),
      (d) => findings(d, 'no-personal-data-to-external'),
      50_000,
    );
  });
});

describe('9. wording: linear in the number of word hits', () => {
  it('400 KB of swearing: one finding per kind, never "rule failed"', () => {
    expect(said(h.externalDraft({ text: h.swearingText(400_000) }), 'no-unprofessional-wording')).toEqual([
      'no-unprofessional-wording:mildProfanity',
    ]);
  });

  it('scales linearly, with phrases and quoted speech among the hits', () => {
    const rule = (d: Draft) => findings(d, 'no-unprofessional-wording');
    expectLinear((n) => h.externalDraft({ text: h.swearingText(n) }), rule, 50_000);
    const mixed = (n: number) => '"what a joke" damn cock-up WHY DO YOU NEVER LISTEN!!! '.repeat(n / 52);
    expectLinear((n) => ({ ...h.externalDraft({ text: mixed(n) }), to: [{ address: 'colleague@school.example' }] }), rule, 50_000);
  });

  it('a million "!!!" does not overflow the stack', () => {
    expect(said(h.externalDraft({ text: '!!! '.repeat(300_000) }), 'no-unprofessional-wording')).toEqual([
      'no-unprofessional-wording:punctuation',
    ]);
  });
});

describe('10. recipients: linear in the number of addresses', () => {
  it('10,000 parents in To: every recipient rule answers, with the fix for all of them', () => {
    const report = lint(h.manyRecipients(10_000), config, builtInRules);
    const bcc = report.findings.find((f) => f.ruleId === 'require-bcc-for-parents')!;
    expect(bcc.fix).toMatchObject({ kind: 'moveRecipients', to: 'bcc' });
    expect(bcc.fix!.kind === 'moveRecipients' && bcc.fix!.addresses).toHaveLength(10_000);
    expect(report.findings.filter((f) => f.messageId === 'ruleFailed')).toEqual([]);
  });

  it('scales linearly in To, and in To, Cc and Bcc together', () => {
    const all = (d: Draft) => lint(d, config, builtInRules);
    expectLinear((n) => h.manyRecipients(n), all, 5_000, addresses);
    expectLinear((n) => h.manyRecipients(n, ['to', 'cc', 'bcc']), all, 3_000, addresses);
  });
});

describe('11. HTML as a browser reads it', () => {
  it('table cells are separate words: the UPN in the second cell is found', () => {
    const draft = h.externalDraft({ text: '', html: '<table><tr><td>Amira</td><td>B801200005001</td></tr></table>' });
    expect(said(draft, 'no-personal-data-to-external')).toEqual(['no-personal-data-to-external:identifiers']);
  });

  it('list items, definitions and captions separate words too', () => {
    expect(
      htmlToText('<dl><dt>Name</dt><dd>Amira</dd></dl><ul><li>a</li><li>b</li></ul><table><caption>Year 7</caption></table>').text,
    ).toBe('Name\nAmira\na\nb\nYear 7');
  });

  it('a ">" inside a quoted attribute does not end the tag, so the Drive link is kept', () => {
    const draft = h.externalDraft({
      text: '',
      html: '<a title="notes > minutes" href="https://drive.google.com/file/d/1AbC/view">the minutes</a>',
    });
    expect(said(draft, 'no-external-file-sharing')).toEqual(['no-external-file-sharing:driveLinkToExternal']);
  });

  it('a bare "<" is text and swallows nothing', () => {
    expect(htmlToText('<p>if a < b then B801200005001 > 3</p>').text).toBe('if a < b then B801200005001 > 3');
  });

  it('decodes the named entities editors write, case and all', () => {
    expect(htmlToText('&Auml;rger &auml; &eacute;t&eacute; &frac12; &times; &bull; &trade; &unknown;').text).toBe(
      'Ärger ä été ½ × • ™ &unknown;',
    );
  });

  it('an attribute quote that never closes costs one scan, not one per tag', () => {
    const html = (n: number) => '<a href="x'.repeat(n / 10) + '<p>text</p>';
    const measured = measuredGrowth(html, htmlToText, (s) => s.split('<').map((t) => t.toLowerCase()), 50_000);
    expect(measured.growth).toBeLessThan(measured.limit);
  });
});
