// ESLint's RuleTester idea for draftlint: a table of drafts that must stay quiet and drafts that must be
// flagged with a given message id (and, for a fixable rule, the draft after the fix). Every message id
// in the rule's meta must be exercised by some invalid case, or the table itself fails; so does an invalid
// case that expects no finding, or two cases that are the same (a copy tests nothing twice). Each expected
// finding names its severity, at the rule's default severity unless the case sets one.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../rules/engine/config.ts';
import { lint } from '../../rules/engine/lint.ts';
import { applyEdit } from '../../rules/engine/fix.ts';
import type { AnyRule, Draft, Finding } from '../../rules/engine/types.ts';

export interface ValidCase {
  name: string;
  draft: Draft;
  options?: Record<string, unknown>;
  organisation?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: { messageId: string; severity: Finding['severity']; message?: string | RegExp; evidence?: string[] }[];
  /** For a fixable rule: the draft after applying the first finding's fix. */
  output?: Draft;
}

function findingsFor(rule: AnyRule, c: ValidCase): Finding[] {
  const raw = {
    organisation: c.organisation ?? {},
    // At the rule's default severity, so a case's expected severity is what a school gets out of the box.
    rules: { [rule.meta.id]: c.options ? [rule.meta.defaultSeverity, c.options] : rule.meta.defaultSeverity },
  };
  const parsed = parseConfig(raw, { [rule.meta.id]: rule });
  if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.issues)}`);
  const report = lint(c.draft, parsed.config, { [rule.meta.id]: rule });
  const failed = report.findings.find((f) => f.messageId === 'ruleFailed');
  if (failed) throw new Error(`rule failed: ${failed.message}`);
  return report.findings;
}

/** The problems of a table itself: invalid cases that expect nothing, and repeated names or cases. */
export function tableProblems(cases: { valid: ValidCase[]; invalid: InvalidCase[] }): string[] {
  const problems: string[] = [];
  for (const c of cases.invalid) if (!c.errors.length) problems.push(`"${c.name}" is invalid but expects no finding: make it a valid case`);
  const names = new Set<string>();
  const bodies = new Map<string, string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) problems.push(`two cases are named "${c.name}"`);
    names.add(c.name);
    const body = JSON.stringify([c.draft, c.options ?? null, c.organisation ?? null]);
    const twin = bodies.get(body);
    if (twin !== undefined) problems.push(`"${c.name}" checks the same draft and settings as "${twin}"`);
    bodies.set(body, c.name);
  }
  return problems;
}

export function runRuleTests(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('is a table worth running: every invalid case expects a finding, and no case is there twice', () => {
      expect(tableProblems(cases)).toEqual([]);
    });
    describe('stays quiet on', () => {
      for (const c of cases.valid) {
        it(c.name, () => expect(findingsFor(rule, c)).toEqual([]));
      }
    });
    describe('flags', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = findingsFor(rule, c);
          // Severity is part of what a case expects: a finding at the wrong level is a different finding.
          expect(findings.map((f) => `${f.messageId} (${f.severity})`)).toEqual(c.errors.map((e) => `${e.messageId} (${e.severity})`));
          c.errors.forEach((e, i) => {
            if (typeof e.message === 'string') expect(findings[i].message).toBe(e.message);
            if (e.message instanceof RegExp) expect(findings[i].message).toMatch(e.message);
            if (e.evidence) expect(findings[i].evidence).toEqual(e.evidence);
            expect(findings[i].message).not.toMatch(/\{\{/);
          });
          if (rule.meta.fixable && findings[0].fix) {
            expect(c.output, 'a fixable finding needs an expected output draft').toBeDefined();
          }
          if (c.output) {
            expect(findings[0].fix).toBeDefined();
            const fixed = applyEdit(c.draft, findings[0].fix!);
            expect(fixed).toEqual(c.output);
            // The fix must actually cure what it was offered for.
            expect(findingsFor(rule, { ...c, draft: fixed }).map((f) => f.message)).not.toContain(findings[0].message);
          }
        });
      }
    });
    it('exercises every message id', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(rule.meta.messages).filter((id) => !used.has(id))).toEqual([]);
    });
  });
}
