// The engine's promises: severity comes from config, unread fields give "not checked", a failing rule
// becomes one notice while the others still run, and findings come sorted by severity.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../rules/engine/config.ts';
import { createLinter, lint, wantsBytes } from '../../rules/engine/lint.ts';
import { builtInRules } from '../../rules/index.ts';
import type { AnyRule, Rule } from '../../rules/engine/types.ts';
import { draftOf } from '../helpers/draft.ts';
import { testMeta, testPolicy } from '../helpers/test-rule.ts';

const subjectRule: Rule<object, 'subject'> = {
  meta: testMeta('subject-rule', ['subject'], { messages: { found: 'Subject is "{{subject}}".' } }),
  create: () => (draft) => [{ messageId: 'found', data: { subject: draft.subject } }],
};
const throwingRule: Rule<object, 'to'> = {
  meta: testMeta('throwing-rule', ['to'], { defaultSeverity: 'error' }),
  create: () => () => {
    throw new Error('boom');
  },
};
const badTemplateRule: Rule<object, 'to'> = {
  meta: testMeta('bad-template', ['to'], { defaultSeverity: 'error', messages: { m: 'Needs {{missing}}.' } }),
  create: () => () => [{ messageId: 'm' }],
};
const registry: Record<string, AnyRule> = { 'subject-rule': subjectRule, 'throwing-rule': throwingRule, 'bad-template': badTemplateRule };

function configWith(rules: Record<string, unknown>) {
  const r = parseConfig({ rules }, registry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.config;
}

describe('lint', () => {
  it('stamps the configured severity and fills the message', () => {
    const report = lint(
      draftOf({ subject: 'Trip' }),
      configWith({ 'subject-rule': 'warning', 'throwing-rule': 'off', 'bad-template': 'off' }),
      registry,
    );
    expect(report.findings).toEqual([
      { ruleId: 'subject-rule', severity: 'warning', messageId: 'found', message: 'Subject is "Trip".', policy: testPolicy },
    ]);
    expect(report.notChecked).toEqual([]);
  });

  it('says "not checked" for a rule whose field could not be read, instead of guessing', () => {
    const draft = { to: [], cc: [], bcc: [] }; // what the compose event gives: recipients only
    const report = lint(draft, configWith({ 'throwing-rule': 'off', 'bad-template': 'off' }), registry);
    expect(report.findings).toEqual([]);
    expect(report.notChecked).toEqual([{ ruleId: 'subject-rule', reason: 'Needs the subject, which could not be read.' }]);
  });

  it('turns a throwing rule, or a message with a missing placeholder, into one "rule failed" notice; the others still run', () => {
    const report = lint(draftOf({ subject: 'Trip' }), configWith({}), registry);
    expect(report.findings.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual([
      ['throwing-rule', 'ruleFailed', 'warning'],
      ['bad-template', 'ruleFailed', 'warning'],
      ['subject-rule', 'found', 'info'],
    ]);
    expect(report.findings[0].message).toBe(
      'This check could not run (boom). The other checks ran as usual; please tell the Network Manager.',
    );
    expect(report.findings[1].message).toMatch(/placeholder \{\{missing\}\} has no value/);
  });
});

describe('demoted reports', () => {
  const graded: Rule<object, 'subject'> = {
    meta: testMeta('graded', ['subject'], { defaultSeverity: 'error', messages: { strong: 'strong', lesser: 'lesser', least: 'least' } }),
    create: () => () => [{ messageId: 'least', demote: 2 }, { messageId: 'strong' }, { messageId: 'lesser', demote: 1 }],
  };
  const reg: Record<string, AnyRule> = { graded };
  const run = (severity: string) => {
    const parsed = parseConfig({ rules: { graded: severity } }, reg);
    if (!parsed.ok) throw new Error();
    return lint(draftOf({}), parsed.config, reg).findings.map((f) => [f.messageId, f.severity]);
  };

  it('sit one or two steps below the configured severity, never below info', () => {
    expect(run('error')).toEqual([
      ['strong', 'error'],
      ['lesser', 'warning'],
      ['least', 'info'],
    ]);
    expect(run('warning')).toEqual([
      ['strong', 'warning'],
      ['least', 'info'],
      ['lesser', 'info'],
    ]);
  });
});

describe('audit mode', () => {
  it('runs the rule at its default severity into `audited`: no finding for staff, no "not checked" either', () => {
    const parsed = parseConfig({ rules: { 'max-recipients': 'audit', 'require-bcc-for-parents': 'audit' } }, builtInRules);
    if (!parsed.ok) throw new Error();
    const parents = ['a@gmail.com', 'b@hotmail.co.uk', 'c@yahoo.co.uk'];
    const report = lint(draftOf({ to: parents }), parsed.config, builtInRules);
    expect(report.findings).toEqual([]);
    expect(report.audited.map((f) => [f.ruleId, f.severity])).toEqual([['require-bcc-for-parents', 'error']]);
    const unread = lint({ to: parents.map((address) => ({ address })) }, parsed.config, builtInRules);
    expect(unread.notChecked.map((n) => n.ruleId)).not.toContain('max-recipients');
  });
});

describe('setup and context', () => {
  const seen: unknown[] = [];
  let setups = 0;
  const reader = (id: string): Rule<object, 'body'> => ({
    meta: testMeta(id, ['body']),
    create: () => {
      setups++;
      return (_draft, context) => {
        seen.push(context.text(), context.links());
        return [];
      };
    },
  });
  const reg: Record<string, AnyRule> = { a: reader('a'), b: reader('b') };

  it('sets each rule up once per linter, and prepares the text and links of each draft once for all rules', () => {
    const parsed = parseConfig({ organisation: { internalDomains: ['school.example'] } }, reg);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, reg);
    for (const body of ['one https://a.example/x', 'two']) linter.lint(draftOf({ body }));
    expect(setups).toBe(2); // a and b, once each, for two drafts
    expect(seen[0]).toBe(seen[2]); // rule b was given the very text rule a was
    expect(seen[1]).toBe(seen[3]);
    expect(seen[4]).not.toBe(seen[0]); // the next draft has its own
  });

  it('with no internal domains, sets up once per sender domain and keeps only the last few', () => {
    const parsed = parseConfig({}, reg);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, reg);
    setups = 0;
    const from = (n: number) => draftOf({ from: `head@school${n}.example`, body: 'x' });
    for (let n = 0; n < 3; n++) for (let again = 0; again < 5; again++) linter.lint(from(n));
    expect(setups).toBe(6); // 3 senders' domains × 2 rules, however many drafts each sent
    for (let n = 3; n < 100; n++) linter.lint(from(n));
    setups = 0;
    linter.lint(from(99)); // recent: kept
    expect(setups).toBe(0);
    linter.lint(from(0)); // long ago: set up again, not kept for ever
    expect(setups).toBe(2);
  });

  it('keeps the organisations that keep sending: a domain used again is not the next one let go', () => {
    const parsed = parseConfig({}, reg);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, reg);
    const from = (n: number) => draftOf({ from: `head@school${n}.example`, body: 'x' });
    linter.lint(from(0));
    setups = 0;
    // The school's own domain writes between every outside sender, as in a real mailbox.
    for (let n = 1; n < 100; n++) for (const sender of [n, 0]) linter.lint(from(sender));
    expect(setups).toBe(99 * 2); // each outside sender's domain once; the school's, set up first, never again
  });

  it('what a setup makes through its memo is made once per linter, whatever the number of sender domains', () => {
    let compiled = 0;
    const compiling: Rule<object, 'body'> = {
      ...reader('compiling'),
      create: (_opts, _org, memo) => {
        memo('lists', () => ++compiled);
        return () => [];
      },
    };
    const regWith: Record<string, AnyRule> = { compiling };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, regWith);
    for (let n = 0; n < 800; n++) linter.lint(draftOf({ from: `head@school${n}.example`, body: 'x' }));
    expect(compiled).toBe(1); // 800 organisations' setups, one compilation (it was one per setup)
    const other = createLinter(parsed.config, regWith);
    other.lint(draftOf({ body: 'x' }));
    expect(compiled).toBe(2); // a new linter (a new config) compiles afresh
  });

  it('a setup that throws is that rule failing, beside the others', () => {
    const broken: Rule<object, 'body'> = {
      ...reader('broken'),
      create: () => {
        throw new Error('bad list');
      },
    };
    const regWith: Record<string, AnyRule> = { broken, b: reader('b') };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    expect(lint(draftOf({ body: 'x' }), parsed.config, regWith).findings.map((f) => [f.ruleId, f.messageId])).toEqual([
      ['broken', 'ruleFailed'],
    ]);
  });
});

describe('which attachments a shell should fetch', () => {
  const reg = builtInRules;
  const config = (severity: string) => {
    const parsed = parseConfig({ rules: { 'no-unencrypted-sensitive-attachment': severity } }, reg);
    if (!parsed.ok) throw new Error();
    return parsed.config;
  };
  const file = (name: string, contentType = 'application/octet-stream') => ({ name, contentType, size: 1000 });

  it('asks every enabled rule: a file whose name or type suggests personal data is wanted, others not', () => {
    expect(wantsBytes(file('SEN register.pdf'), config('error'), reg)).toBe(true);
    expect(wantsBytes(file('data.bin', 'text/csv'), config('error'), reg)).toBe(true);
    expect(wantsBytes(file('holiday photo.jpg', 'image/jpeg'), config('error'), reg)).toBe(false);
  });

  it('a rule that is off wants nothing', () => {
    expect(wantsBytes(file('SEN register.pdf'), config('off'), reg)).toBe(false);
  });
});
