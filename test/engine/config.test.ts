// The config a Network Manager writes: defaults, ESLint-shaped entries, and plain-English errors with paths.
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.ts';
import { parseConfig, resolveOrganisation, toConfigFile, type ConfigIssue } from '../../rules/engine/config.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/corpus.ts';
import { formatIssues } from '../../rules/engine/config-issues.ts';

/** The issues as path and message (the keys in `at` are tested on their own). */
function issuesOf(raw: unknown): Pick<ConfigIssue, 'path' | 'message'>[] {
  const r = parseConfig(raw, builtInRules);
  if (r.ok) throw new Error('expected the config to be rejected');
  return r.issues.map(({ path, message }) => ({ path, message }));
}

describe('config', () => {
  it('no config at all runs every rule at its default severity with default options', () => {
    const r = parseConfig(undefined, builtInRules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.config.rules).sort()).toEqual(Object.keys(builtInRules).sort());
    expect(r.config.rules['require-bcc-for-parents']).toEqual({
      severity: 'error',
      options: { minVisiblePersonal: 2, countAllExternal: false, allowOneFamily: true, maxFamilySize: 4 },
    });
  });

  it('accepts a bare severity, "warn" as warning, and [severity, options] with options merged over defaults', () => {
    const r = parseConfig({ rules: { 'require-bcc-for-parents': ['warn', { minVisiblePersonal: 3 }] } }, builtInRules);
    expect(r.ok && r.config.rules['require-bcc-for-parents']).toEqual({
      severity: 'warning',
      options: { minVisiblePersonal: 3, countAllExternal: false, allowOneFamily: true, maxFamilySize: 4 },
    });
    const off = parseConfig({ rules: { 'require-bcc-for-parents': 'off' } }, builtInRules);
    expect(off.ok && off.config.rules['require-bcc-for-parents'].severity).toBe('off');
  });

  it('lower-cases and trims domains and addresses', () => {
    const r = parseConfig(
      { organisation: { internalDomains: [' School.Example '] }, roles: { dpo: ['DPO@School.Example'] } },
      builtInRules,
    );
    expect(r.ok && r.config.organisation.internalDomains).toEqual(['school.example']);
    expect(r.ok && r.config.roles.dpo).toEqual(['dpo@school.example']);
  });

  it('names an unknown rule and suggests the near one', () => {
    expect(issuesOf({ rules: { 'require-bcc-for-parent': 'error' } })).toEqual([
      { path: 'rules["require-bcc-for-parent"]', message: 'is not a draftlint rule. Did you mean "require-bcc-for-parents"?' },
    ]);
  });

  it('rejects a wrong severity with the allowed values', () => {
    expect(issuesOf({ rules: { 'require-bcc-for-parents': 'loud' } })).toEqual([
      {
        path: 'rules["require-bcc-for-parents"]',
        message: 'must be one of "off", "audit", "info", "warning", "warn", "error" (found the text "loud")',
      },
    ]);
  });

  it('rejects a value outside an option’s list with the allowed values', () => {
    expect(
      issuesOf({ rules: { 'no-personal-data-to-external': ['error', { minConfidence: 'sure', detectors: ['upn', 'passport number'] }] } }),
    ).toEqual([
      {
        path: 'rules["no-personal-data-to-external"][1].minConfidence',
        message: 'must be one of "low", "medium", "high" (found the text "sure")',
      },
      {
        path: 'rules["no-personal-data-to-external"][1].detectors[1]',
        message:
          'must be one of "upn", "uln", "nhs", "nino", "card", "bank", "passport", "dob", "address" (found the text "passport number")',
      },
    ]);
  });

  it('rejects out-of-range and wrongly typed options with their JSON path', () => {
    expect(issuesOf({ rules: { 'require-bcc-for-parents': ['error', { minVisiblePersonal: 1, allowOneFamily: 'yes' }] } })).toEqual([
      { path: 'rules["require-bcc-for-parents"][1].minVisiblePersonal', message: 'must be at least 2 (found the number 1)' },
      { path: 'rules["require-bcc-for-parents"][1].allowOneFamily', message: 'must be true or false (found the text "yes")' },
    ]);
    expect(issuesOf({ rules: { 'require-bcc-for-parents': ['error', { minVisiblePersonal: 2.5 }] } })[0]).toEqual({
      path: 'rules["require-bcc-for-parents"][1].minVisiblePersonal',
      message: 'must be a whole number (found the number 2.5)',
    });
  });

  it('rejects misspelt option names and top-level keys', () => {
    expect(issuesOf({ rules: { 'require-bcc-for-parents': ['error', { minVisible: 3 }] } })).toEqual([
      { path: 'rules["require-bcc-for-parents"][1]', message: 'has a setting draftlint does not know: "minVisible" (check the spelling)' },
    ]);
    expect(issuesOf({ organization: {} })[0].message).toMatch(/"organization"/);
  });

  it('every shipped list is changed the one way, { add, remove }; an old option name is told its new one', () => {
    const parsed = parseConfig(
      {
        rules: {
          'no-unencrypted-sensitive-attachment': ['error', { keywords: { add: ['young carers'], remove: ['REPORTS'] } }],
          'no-unprofessional-wording': ['error', { words: { add: { insult: ['wazzock'] }, remove: ['crap'] } }],
          'no-contract-wording': ['info', { phrases: { add: ['invoice us now'] } }],
          'no-unapproved-cloud-storage': ['warning', { services: { remove: ['school.sharepoint.com'] } }],
          'no-personal-data-to-external': ['error', { specialCategoryWords: { add: ['respite'] } }],
        },
        organisation: { personalMailDomains: { add: ['familymail.example'] } },
      },
      builtInRules,
    );
    expect(parsed.ok).toBe(true);
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    expect(
      issuesOf({
        rules: {
          'no-unencrypted-sensitive-attachment': ['error', { addKeywords: ['x1'], removeKeywords: ['x2'] }],
          'no-unprofessional-wording': ['error', { addWords: { insult: ['wazzock'] } }],
          'no-contract-wording': ['info', { addPhrases: ['invoice us now'] }],
          'no-unapproved-cloud-storage': ['warning', { allowHosts: ['school.sharepoint.com'] }],
        },
      }).sort(byPath),
    ).toEqual([
      { path: 'rules["no-contract-wording"][1].addPhrases', message: 'was renamed: write "phrases": { "add": [...] } instead' },
      { path: 'rules["no-unapproved-cloud-storage"][1].allowHosts', message: 'was renamed: write "services": { "remove": [...] } instead' },
      {
        path: 'rules["no-unencrypted-sensitive-attachment"][1].addKeywords',
        message: 'was renamed: write "keywords": { "add": [...] } instead',
      },
      {
        path: 'rules["no-unencrypted-sensitive-attachment"][1].removeKeywords',
        message: 'was renamed: write "keywords": { "remove": [...] } instead',
      },
      {
        path: 'rules["no-unprofessional-wording"][1].addWords',
        message: 'was renamed: write "words": { "add": { "insult": [...] } } instead',
      },
    ]);
  });

  it('rejects bad domains and addresses in the organisation and roles', () => {
    expect(issuesOf({ organisation: { partnerDomains: ['la.gov.uk', 'not a domain'] }, roles: { dpo: ['nobody'] } })).toEqual([
      { path: 'organisation.partnerDomains[1]', message: 'is not a domain name (write it like "school.org.uk")' },
      { path: 'roles.dpo[0]', message: 'is not an e-mail address' },
    ]);
    expect(issuesOf({ organisation: { partnerDomains: 'la.gov.uk' } })).toEqual([
      { path: 'organisation.partnerDomains', message: 'must be a list [ … ] (found the text "la.gov.uk")' },
    ]);
  });

  it('rejects a rule entry of the wrong shape', () => {
    expect(issuesOf({ rules: { 'require-bcc-for-parents': ['error', {}, 'extra'] } })[0].message).toBe(
      'must be a severity, or [severity, {options}]',
    );
    expect(issuesOf([])[0]).toEqual({ path: '(top level)', message: 'must be an object { … } (found a list)' });
  });

  it('tells every problem at once: the rules are checked even when the organisation is wrong', () => {
    expect(
      issuesOf({ organisation: { partnerDomains: ['not a domain'] }, rules: { 'max-recipients': ['warning', { maxVisible: 0 }] } }).map(
        (i) => i.path,
      ),
    ).toEqual(['organisation.partnerDomains[0]', 'rules["max-recipients"][1].maxVisible']);
  });

  it('writes a config out as a file that parses back to the same config', () => {
    const bundled = JSON.parse(readFileSync(join(repoRoot, 'draftlint.config.json'), 'utf8'));
    const first = parseConfig(bundled, builtInRules);
    if (!first.ok) throw new Error();
    const file = JSON.parse(JSON.stringify(toConfigFile(first.config)));
    expect(Object.keys(file.rules).sort()).toEqual(Object.keys(builtInRules).sort()); // every rule, spelled out
    const again = parseConfig(file, builtInRules);
    expect(again.ok && again.config).toEqual(first.config);
  });

  it('gives each issue its path as keys too, for the settings form', () => {
    const r = parseConfig({ rules: { 'max-recipients': ['warning', { maxVisible: 0 }] }, roles: { dpo: ['x'] } }, builtInRules);
    expect(r.ok ? [] : r.issues.map((i) => i.at)).toEqual([
      ['roles', 'dpo', 0],
      ['rules', 'max-recipients', 1, 'maxVisible'],
    ]);
    const rule = parseConfig({ rules: { 'max-recipients': ['warning', { maxVisible: 0 }] } }, builtInRules);
    expect(rule.ok ? [] : rule.issues.map((i) => i.at)).toEqual([['rules', 'max-recipients', 1, 'maxVisible']]);
  });

  it('formats issues as lines naming the file', () => {
    expect(formatIssues([{ path: 'rules.x', at: ['rules', 'x'], message: 'is wrong' }], 'draftlint.config.json')).toBe(
      'draftlint.config.json: the configuration has 1 problem:\n  - rules.x: is wrong',
    );
  });

  it("defaults the internal domains to the sender's, unless the sender is on a personal-mail provider", () => {
    const r = parseConfig({}, builtInRules);
    if (!r.ok) throw new Error();
    expect(resolveOrganisation(r.config, 'head@school.example').internalDomains).toEqual(['school.example']);
    expect(resolveOrganisation(r.config, 'head@gmail.com').internalDomains).toEqual([]);
    expect(resolveOrganisation(r.config).internalDomains).toEqual([]);
  });

  it('never treats a configured internal domain as personal mail', () => {
    const r = parseConfig({ organisation: { internalDomains: ['sky.com'] } }, builtInRules);
    if (!r.ok) throw new Error();
    expect(resolveOrganisation(r.config, 'a@sky.com').personalMailDomains).not.toContain('sky.com');
  });
});
