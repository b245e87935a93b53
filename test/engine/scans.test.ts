// The engine's joint scans (rules/engine/scans.ts), through the linter: each rule gets what its own scan
// of its part of the text would find, a pattern the scan cannot read fails only the rule that registered
// it, and the plan that reads the patterns is made once for every organisation that shares them.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../rules/engine/config.ts';
import { createLinter } from '../../rules/engine/lint.ts';
import type { AnyRule, Rule, TextPart } from '../../rules/engine/types.ts';
import { draftOf } from '../helpers/draft.ts';
import { testMeta } from '../helpers/test-rule.ts';

/** A rule that reads the body and reports nothing; the tests give it the setup they need. */
const reader = (id: string): Rule<object, 'body'> => ({
  meta: testMeta(id, ['body']),
  create: () => () => [],
});

describe('scans registered by the rules', () => {
  it('gives each rule the matches of the patterns it registered, in its part of the text, up to its limit', () => {
    const matched: Record<string, string[]> = {};
    const scanner = (id: string, part: TextPart, pattern: RegExp, limit?: number): Rule<object, 'body'> => ({
      ...reader(id),
      create: (_opts, _org, _memo, scans) => {
        const scan = scans.register(part, pattern, limit);
        return (_draft, context) => {
          matched[id] = context.matches(scan).map((m) => m[0]);
          return [];
        };
      },
    });
    const regWith: Record<string, AnyRule> = {
      author: scanner('author', 'author', /\bplease\b/gi),
      body: scanner('body', 'body', /\bsee\s+below\b/gi),
      firstTwo: scanner('firstTwo', 'author', /\b\w+\b/g, 2),
      subject: scanner('subject', 'subject', /!+/g),
    };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, regWith);
    linter.lint(draftOf({ subject: 'Trip!!', body: 'Please see below.\n\nOn Mon, 2 Nov 2026, Jo wrote:\n> please see below' }));
    expect(matched).toEqual({ author: ['Please'], body: ['see below', 'see below'], firstTwo: ['Please', 'see'], subject: ['!!'] });
    // Nothing quoted: the author's part is the whole body, read once for both.
    linter.lint(draftOf({ subject: 'Trip', body: 'Please see below' }));
    expect(matched).toEqual({ author: ['Please'], body: ['see below'], firstTwo: ['Please', 'see'], subject: [] });
  });

  it('a rule asking for a scan it did not register fails, and says so, beside the others', () => {
    const stray = { part: 'body', pattern: /x/g, limit: 1 } as const;
    const asking: Rule<object, 'body'> = { ...reader('asking'), create: () => (_draft, context) => (context.matches(stray), []) };
    const regWith: Record<string, AnyRule> = { asking, b: reader('b') };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    const report = createLinter(parsed.config, regWith).lint(draftOf({ body: 'x' }));
    expect(report.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['asking', 'ruleFailed']]);
    expect(report.findings[0].message).toMatch(/not registered/);
  });

  it('a pattern the joint scan cannot read fails the setup that registers it, not the rules beside it', () => {
    const named: Rule<object, 'body'> = {
      ...reader('named'),
      create: (_opts, _org, _memo, scans) => {
        scans.register('body', /(?<year>\d{4})/g);
        return () => [];
      },
    };
    const late: Rule<object, 'body'> = {
      ...reader('late'),
      create: (_opts, _org, _memo, scans) => (_draft, context) => (context.matches(scans.register('body', /x/g)), []),
    };
    const words: Rule<object, 'body'> = {
      meta: testMeta('words', ['body'], { messages: { found: 'Found.' } }),
      create: (_opts, _org, _memo, scans) => {
        const scan = scans.register('body', /\bplease\b/gi);
        return (_draft, context) => context.matches(scan).map(() => ({ messageId: 'found' }));
      },
    };
    const regWith: Record<string, AnyRule> = { named, words, late };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    const report = createLinter(parsed.config, regWith).lint(draftOf({ body: 'Please, 2026.' }));
    expect(report.findings.map((f) => [f.ruleId, f.messageId])).toEqual([
      ['named', 'ruleFailed'],
      ['late', 'ruleFailed'],
      ['words', 'found'], // read as ever
    ]);
    expect(report.findings[0].message).toMatch(/named groups/);
    expect(report.findings[1].message).toMatch(/in the setup/);
  });

  it('makes the plan that reads the registered patterns once, whatever the number of organisations sharing it', () => {
    let planned = 0;
    // A pattern that counts how often a plan is made from it (a plan reads each source to join it).
    class Counted extends RegExp {
      override get source() {
        planned++;
        return super.source;
      }
    }
    const shared = new Counted('\\bplease\\b', 'gi');
    const registering: Rule<object, 'body'> = {
      ...reader('registering'),
      create: (_opts, _org, memo, scans) => {
        const scan = scans.register(
          'body',
          memo('pattern', () => shared),
        );
        return (_draft, context) => (context.matches(scan), []);
      },
    };
    const regWith: Record<string, AnyRule> = { registering };
    const parsed = parseConfig({}, regWith);
    if (!parsed.ok) throw new Error();
    const linter = createLinter(parsed.config, regWith);
    linter.lint(draftOf({ from: 'head@school0.example', body: 'please' }));
    const once = planned;
    expect(once).toBeGreaterThan(0);
    for (let n = 1; n < 800; n++) linter.lint(draftOf({ from: `head@school${n}.example`, body: 'please' }));
    expect(planned).toBe(once); // 800 organisations' setups, one plan
  });
});
