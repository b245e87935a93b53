// The settings form generated from the schemas (every field named by its settings path, with a label and
// help from the rule file), reading a form back (what is missing is never "empty"), and the overrides the
// store keeps (layered on the bundled file, a broken one left out alone).
import { describe, expect, it } from 'vitest';
import { builtInRules, parseConfig, rulesMeta, toConfigFile, type Config } from '../../rules/index.ts';
import { allFields, ruleFields, widgetValue } from '../../addon/settings/form-fields.ts';
import { readForm } from '../../addon/settings/read-form.ts';
import { applyOverride, overrideFor, resolve, valuesNamed } from '../../addon/settings/overrides.ts';
import { fileKeys, leaves, settingsPath } from '../../addon/settings/paths.ts';
import { describeChanges } from '../../addon/settings/changes.ts';

const meta = rulesMeta(builtInRules);

function config(raw: unknown): Config {
  const parsed = parseConfig(raw, builtInRules);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

describe('fields from the schemas', () => {
  it('every option of every rule, the organisation and the roles has a label and one line of help from its schema', () => {
    const fields = allFields(meta);
    // A field without described() in its schema would have an empty help line (and a label made from its key).
    expect(fields.filter((f) => !f.label || !f.help).map((f) => f.path)).toEqual([]);
    expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
    for (const id of Object.keys(builtInRules)) expect(fields.map((f) => f.path)).toContain(`rules.${id}.severity`);
  });

  it('units in the label, booleans as switches, lists of {host, name} one per line, and no raw JSON anywhere', () => {
    const byPath = new Map(allFields(meta).map((f) => [f.path, f]));
    expect(byPath.get('rules.max-attachment-size.maxFileMb')?.label).toBe('Largest file (MB)');
    expect(byPath.get('rules.no-unprofessional-wording.categories.mildProfanity')).toMatchObject({
      kind: 'boolean',
      label: 'Mild swearing',
    });
    expect(byPath.get('rules.no-unapproved-cloud-storage.services.add')).toMatchObject({ kind: 'pairs', keys: ['host', 'name'] });
    expect(byPath.get('rules.no-personal-data-to-external.detectors')?.kind).toBe('choices');
    expect(byPath.get('rules.no-contract-wording.phrases.add')?.label).toBe('Contract phrases to add (one per line)');
    expect([...byPath.values()].filter((f) => f.kind === 'json')).toEqual([]);
    expect(ruleFields('max-recipients', meta)[0].choices).toEqual(['off', 'audit', 'info', 'warning', 'error']);
  });

  it('shows {host, name} lists as "host, name" lines and reads them back', () => {
    const field = allFields(meta).find((f) => f.path === 'rules.no-unapproved-cloud-storage.services.add')!;
    const shown = widgetValue(field, [{ host: 'filemail.com', name: 'Filemail' }]);
    expect(shown).toEqual(['filemail.com, Filemail']);
    const read = readForm([field], { [field.path]: ['filemail.com, Filemail\nsend.example, Send, Inc\nbroken'] }, () => shown);
    expect(read.values.get(field.path)).toEqual([
      { host: 'filemail.com', name: 'Filemail' },
      { host: 'send.example', name: 'Send, Inc' },
    ]);
    expect(read.problems).toEqual([{ path: field.path, message: 'line 3: write it as host, name' }]);
  });
});

describe('reading a form back', () => {
  const fields = ruleFields('max-recipients', meta);
  const shown = (values: Record<string, string>) => (path: string) => (values[path] ? [values[path]] : []);

  it('a text box the card showed filled that does not come back is missing, never empty; one shown empty may be absent', () => {
    const read = readForm(
      fields,
      { 'rules.max-recipients.severity': ['warning'], 'rules.max-recipients.maxVisible': ['20'] },
      shown({ 'rules.max-recipients.maxTotal': '50' }),
    );
    expect(read.missing.map((f) => f.path)).toEqual(['rules.max-recipients.maxTotal']);
    expect(read.values.has('rules.max-recipients.largeLists')).toBe(false);
  });

  it('a drop-down always sends its choice, so one missing is an incomplete form', () => {
    expect(readForm(fields, {}, shown({})).missing.map((f) => f.path)).toEqual(['rules.max-recipients.severity']);
  });

  it('keeps what was typed for the validation to judge; an emptied number box goes back to the bundled value', () => {
    const read = readForm(
      fields,
      { 'rules.max-recipients.severity': ['error'], 'rules.max-recipients.maxVisible': ['abc'], 'rules.max-recipients.maxTotal': [' '] },
      shown({}),
    );
    expect(read.values.get('rules.max-recipients.maxVisible')).toBe('abc');
    expect(read.values.has('rules.max-recipients.maxTotal')).toBe(false);
  });
});

describe('overrides on the bundled file', () => {
  const bundled = config({ organisation: { partnerDomains: ['a.gov.uk', 'b.gov.uk'] } });

  it('a list override is what was added and removed, so a new bundled entry still arrives', () => {
    const override = overrideFor(['a.gov.uk', 'b.gov.uk'], ['b.gov.uk', 'c.gov.uk'])!;
    expect(override).toEqual({ add: ['c.gov.uk'], remove: ['a.gov.uk'] });
    expect(applyOverride(['a.gov.uk', 'b.gov.uk', 'new.gov.uk'], override)).toEqual(['b.gov.uk', 'new.gov.uk', 'c.gov.uk']);
    expect(overrideFor(20, 20)).toBeUndefined();
    expect(overrideFor(20, 30)).toEqual({ set: 30 });
  });

  it('an override whose option was renamed or removed, or whose value no longer validates, is left out alone and named', () => {
    const resolved = resolve(
      bundled,
      {
        'organisation.partnerDomains': { add: ['c.gov.uk'], remove: [] },
        'rules.no-contract-wording.addPhrases': { set: ['x'] },
        'rules.max-recipients.maxVisible': { set: 60 }, // over the bundled maxTotal of 50
        'rules.no-such-rule.severity': { set: 'error' },
      },
      builtInRules,
    );
    expect(resolved.config.organisation.partnerDomains).toEqual(['a.gov.uk', 'b.gov.uk', 'c.gov.uk']);
    expect(resolved.config.rules['max-recipients'].options).toMatchObject({ maxVisible: 20 });
    expect(resolved.broken.map((b) => b.path).sort()).toEqual([
      'rules.max-recipients.maxVisible',
      'rules.no-contract-wording.addPhrases',
      'rules.no-such-rule.severity',
    ]);
    expect(resolved.broken.find((b) => b.path === 'rules.max-recipients.maxVisible')!.message).toMatch(
      /maxTotal: maxTotal must be at least maxVisible/,
    );
  });

  it('an Import names only what it says: a rule snippet leaves the organisation alone', () => {
    expect([...valuesNamed({ rules: { 'max-recipients': ['warning', { maxVisible: 30 }] } })]).toEqual([
      ['rules.max-recipients.severity', 'warning'],
      ['rules.max-recipients.maxVisible', 30],
    ]);
  });
});

describe('settings paths', () => {
  it('map to the place in draftlint.config.json and back', () => {
    expect(fileKeys('rules.max-recipients.severity')).toEqual(['rules', 'max-recipients', 0]);
    expect(fileKeys('rules.max-recipients.maxVisible')).toEqual(['rules', 'max-recipients', 1, 'maxVisible']);
    expect(fileKeys('organisation.personalMailDomains.add')).toEqual(['organisation', 'personalMailDomains', 'add']);
    expect(settingsPath(['rules', 'max-recipients', 1, 'largeLists', 2])).toBe('rules.max-recipients.largeLists');
    expect(settingsPath(['rules', 'max-recipients', 0])).toBe('rules.max-recipients.severity');
    expect(settingsPath(['organisation', 'partnerDomains', 1])).toBe('organisation.partnerDomains');
    expect(leaves(toConfigFile(config({}))).get('organisation.timeZone')).toBe('Europe/London');
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
