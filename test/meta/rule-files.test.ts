// The rule triplet (ESLint's checkRuleFiles): every rule has a file, a test table and a doc page of the
// same name; the doc quotes the clause exactly as meta does, and the clause is verbatim from the policy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.ts';
import { placeholdersOf } from '../../rules/engine/messages.ts';
import { repoRoot } from '../helpers/corpus.ts';

const policyFile = join(repoRoot, '..', 'shared', 'policy', 'staff-ict-code-of-conduct.md');

describe.each(Object.keys(builtInRules))('%s', (id) => {
  const rule = builtInRules[id];
  const doc = () => readFileSync(join(repoRoot, 'docs/rules', `${id}.md`), 'utf8');

  it('has meta.id equal to its registry key, file name, test and doc page', () => {
    expect(rule.meta.id).toBe(id);
    expect(existsSync(join(repoRoot, 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(repoRoot, 'test/rules', `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(repoRoot, 'docs/rules', `${id}.md`))).toBe(true);
  });

  it('quotes its policy clause verbatim in the doc page', () => {
    expect(doc()).toContain(`\n> ${rule.meta.policy.quote}\n`);
    expect(doc()).toContain(`*${rule.meta.policy.section}*`);
  });

  it.skipIf(!existsSync(policyFile))('quotes a clause that is in the Code of Conduct word for word', () => {
    const policy = readFileSync(policyFile, 'utf8').replace(/\s+/g, ' ');
    expect(policy).toContain(rule.meta.policy.quote);
  });

  it('documents every option', () => {
    const shape = (rule.meta.options as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    for (const key of Object.keys(shape)) expect(doc(), key).toContain(`\`${key}\``);
  });

  it('says what to do after sending, in plain words', () => {
    expect(rule.meta.afterSending.length).toBeGreaterThan(40);
    expect(rule.meta.afterSending).not.toMatch(/\{\{/);
  });

  it('has parseable defaults and messages whose placeholders are plain names', () => {
    expect(() => rule.meta.options.parse({})).not.toThrow();
    for (const template of Object.values(rule.meta.messages)) {
      for (const name of placeholdersOf(template)) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });
});

it('every file in rules/ (but the index) is a registered rule', () => {
  const files = readdirSync(join(repoRoot, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(builtInRules).sort());
});
