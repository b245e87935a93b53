// The settings form generated from the schemas: every rule's options and the organisation and roles
// become fields named by their settings path, and reading a form back gives a config that validates.
import { describe, expect, it } from 'vitest';
import { builtInRules, parseConfig, rulesMeta, toConfigFile, type Config } from '../../rules/index.ts';
import { allFields, readForm, ruleFields } from '../../addon/settings/form-fields.ts';
import { fileKeys, settingsPath } from '../../addon/settings/paths.ts';
import { valuesOf } from '../../addon/settings/settings-card.ts';
import { describeChanges } from '../../addon/settings/changes.ts';

const meta = rulesMeta(builtInRules);

function config(raw: unknown): Config {
  const parsed = parseConfig(raw, builtInRules);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

describe('fields from the schemas', () => {
  it('gives every rule a severity and one field per option, each with its kind and default', () => {
    const fields = ruleFields('max-recipients', meta);
    expect(fields.map((f) => [f.path, f.kind, f.defaultValue])).toEqual([
      ['rules.max-recipients.severity', 'severity', 'warning'],
      ['rules.max-recipients.maxVisible', 'number', 20],
      ['rules.max-recipients.maxTotal', 'number', 50],
      ['rules.max-recipients.largeLists', 'lines', []],
    ]);
    expect(fields[0].choices).toEqual(['off', 'audit', 'info', 'warning', 'error']);
    expect(fields[1].hint).toBe('a whole number from 1 to 10000 · default: 20');
  });

  it('walks nested objects, reads enums as choices and lists of choices as ticks, and anything else as JSON', () => {
    const byPath = new Map(allFields(meta).map((f) => [f.path, f]));
    expect(byPath.get('rules.no-unprofessional-wording.categories.slur')?.kind).toBe('boolean');
    expect(byPath.get('rules.no-unprofessional-wording.styleHints')?.choices).toEqual(['external', 'everywhere']);
    expect(byPath.get('rules.no-personal-data-to-external.detectors')?.kind).toBe('choices');
    expect(byPath.get('rules.no-unencrypted-sensitive-attachment.keywords.add')?.kind).toBe('lines');
    expect(byPath.get('rules.no-unapproved-cloud-storage.services.add')?.kind).toBe('json');
    expect(byPath.get('organisation.personalMailDomains.remove')?.kind).toBe('lines');
    expect(byPath.get('roles.networkManagers')?.kind).toBe('lines');
  });

  it('a new option appears with no card code: any rule registered gets its fields', () => {
    const paths = allFields(meta).map((f) => f.path);
    for (const id of Object.keys(builtInRules)) expect(paths).toContain(`rules.${id}.severity`);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('reading a form back', () => {
  it('gives back the very config it was filled from (every field, every rule)', () => {
    const bundled = config({
      organisation: { internalDomains: ['silcoates.org.uk'], partnerDomains: ['la.gov.uk'], neverFlagNames: ['Dick Smith'] },
      roles: { networkManagers: ['it@silcoates.org.uk'] },
      rules: {
        'max-recipients': ['warning', { maxVisible: 15, largeLists: ['all@silcoates.org.uk'] }],
        'no-unapproved-cloud-storage': ['audit', { services: { add: [{ host: 'x.example', name: 'X' }] } }],
        'no-personal-data-to-external': ['error', { detectors: ['upn', 'nhs'] }],
      },
    });
    const values = valuesOf(toConfigFile(bundled), meta);
    const { file, problems } = readForm(allFields(meta), values);
    expect(problems).toEqual([]);
    expect(config(file)).toEqual(bundled);
  });

  it('keeps what was typed for the validation to judge, and an empty box means the default', () => {
    const fields = allFields(meta);
    const { file } = readForm(fields, { 'rules.max-recipients.maxVisible': ['abc'], 'rules.max-recipients.severity': ['error'] });
    const parsed = parseConfig(file, builtInRules);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [settingsPath(i.at), i.message])).toEqual([
      ['rules.max-recipients.maxVisible', 'must be a number (found the text "abc")'],
    ]);
    const { file: defaults } = readForm(fields, { 'rules.max-recipients.severity': ['error'] });
    expect(config(defaults).rules['max-recipients']).toEqual({
      severity: 'error',
      options: { maxVisible: 20, maxTotal: 50, largeLists: [] },
    });
  });

  it('JSON that does not parse is named at its field', () => {
    const { problems } = readForm(allFields(meta), { 'rules.no-unapproved-cloud-storage.services.add': ['[{'] });
    expect(problems.map((p) => p.path)).toEqual(['rules.no-unapproved-cloud-storage.services.add']);
  });
});

describe('settings paths', () => {
  it('map to the place in draftlint.config.json and back', () => {
    expect(fileKeys('rules.max-recipients.severity')).toEqual(['rules', 'max-recipients', 0]);
    expect(fileKeys('rules.max-recipients.maxVisible')).toEqual(['rules', 'max-recipients', 1, 'maxVisible']);
    expect(fileKeys('organisation.personalMailDomains.add')).toEqual(['organisation', 'personalMailDomains', 'add']);
    expect(settingsPath(['rules', 'max-recipients', 1, 'largeLists', 2])).toBe('rules.max-recipients.largeLists');
    expect(settingsPath(['rules', 'max-recipients', 0])).toBe('rules.max-recipients.severity');
    expect(settingsPath(['rules', 'max-recipients'])).toBe('rules.max-recipients.severity');
    expect(settingsPath(['organisation', 'partnerDomains', 1])).toBe('organisation.partnerDomains');
  });

  it('describe what changed between two versions, one line per setting', () => {
    const before = toConfigFile(config({ organisation: { partnerDomains: ['a.gov.uk'] } }));
    const after = toConfigFile(
      config({ organisation: { partnerDomains: ['b.gov.uk'] }, rules: { 'max-recipients': ['audit', { maxVisible: 30 }] } }),
    );
    expect(describeChanges(before, after)).toEqual([
      'organisation.partnerDomains + b.gov.uk − a.gov.uk',
      'rules.max-recipients.severity warning → audit',
      'rules.max-recipients.maxVisible 20 → 30',
    ]);
  });
});
