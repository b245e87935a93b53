// The settings cards as the Network Manager meets them, and who may open them: a Settings home with a row
// per rule, a card per rule and one for the organisation and roles, each within Google's limits; Import
// that shows its changes first; times in the school's time zone; the shared store kept to its budgets.
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, makeEntryPoints } from '../../addon/entrypoints.ts';
import { REFUSALS } from '../../addon/guard.ts';
import { NAMESPACES } from '../../addon/script-store.ts';
import { history, settingsInForce } from '../../addon/settings/store.ts';
import { validateCard } from '../fakes/card-v1/validate.ts';
import { PROPERTY_LIMITS } from '../fakes/properties.ts';
import {
  NETWORK_MANAGER,
  TEACHER,
  all,
  card,
  event,
  notification,
  openPage,
  savePage,
  snapshotOf,
  texts,
  user,
} from '../helpers/settings.ts';
import { builtInRules } from '../../rules/index.ts';

const STAFF = [
  'onHomepage',
  'onComposeOpen',
  'onCheckAgain',
  'onApplyFix',
  'onShowRuleFindings',
  'onShowDismiss',
  'onDismiss',
  'onQuietAddress',
  'onCheckSent',
  'onTellDpo',
  'onTellDpoNearMiss',
];

describe('who may open what: declared where each entry point is made', () => {
  it('every entry point but the staff ones is guarded, and a teacher (or a blank address) calling each directly is refused', () => {
    const names = Object.keys(ENTRY_POINTS) as (keyof typeof ENTRY_POINTS)[];
    expect(names.filter((n) => ENTRY_POINTS[n].audience === 'staff').sort()).toEqual([...STAFF].sort());
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const before = snapshotOf(nm.shared);
    for (const email of [TEACHER, '']) {
      const someone = user(email, nm.shared);
      const forged = event(
        { version: '1', page: 'organisation', restore: '1', mode: 'replace', period: 'last4' },
        { 'roles.networkManagers': [email], 'import.json': ['{}'] },
      );
      for (const name of names.filter((n) => ENTRY_POINTS[n].audience !== 'staff')) {
        const response = someone.call(name, forged);
        const audience = ENTRY_POINTS[name].audience as keyof typeof REFUSALS;
        expect(notification(response), name).toBe(REFUSALS[audience]);
        expect(all(response, 'Card'), name).toEqual([]);
      }
    }
    expect(snapshotOf(nm.shared)).toBe(before);
  });

  it('a Network Manager named only in saved settings is one; one in the bundled file stays one whatever is saved', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'organisation'), { 'roles.networkManagers': 'deputy@silcoates.org.uk' });
    expect(card(user('deputy@silcoates.org.uk', nm.shared).call('onShowSettings')).name).toBe('settings');
    expect(card(nm.call('onShowSettings')).name).toBe('settings'); // removed from the saved list, still in the bundled one
  });
});

describe('the settings cards', () => {
  it('the home: organisation and roles at the top, then one row per rule with its severity and "changed", and the other cards behind buttons', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const home = card(nm.call('onShowSettings'));
    const sections = home.sections as { header?: string }[];
    expect(sections.map((s) => s.header)).toEqual(['Organisation &amp; roles', 'Rules', 'More']);
    const rows = all(home, 'DecoratedText').slice(1);
    expect(rows).toHaveLength(Object.keys(builtInRules).length);
    expect(rows.find((r) => r.text === 'Blanket e-mail: too many recipients, or a large list in To/Cc')!.topLabel).toBe(
      'warning · changed',
    );
    expect(rows.find((r) => r.text === 'Chain letters and hoaxes')!.topLabel).toBe('warning');
    expect(all(home, 'TextButton').map((b) => b.text)).toEqual([
      'Organisation & roles',
      'History',
      'Export or import',
      'Deployment diagnostics',
    ]);
    expect(String(home.header && (home.header as { subtitle: string }).subtitle)).toBe(
      `Version 1, saved by ${NETWORK_MANAGER} on 30 Nov 2026, 09:00`,
    );
  });

  it('a rule card: the policy, each option once with its label, help as the hint, booleans as switches; Save carries its page', () => {
    const nm = user(NETWORK_MANAGER);
    const page = openPage(nm, 'rule:no-unprofessional-wording');
    expect(texts(page)[0]).toMatch(/^<i>E-mail › /);
    const switches = all(page, 'DecoratedText').filter((d) => d.switchControl);
    expect(switches.map((s) => s.text)).toEqual([
      'Slurs',
      'Obscenity',
      'Insults aimed at people',
      'Mild swearing',
      'Shouting in capitals',
      'Runs of ! and ?',
      'Text-speak and emoji',
    ]);
    const words = all(page, 'TextInput').find((i) => i.fieldName === 'rules.no-unprofessional-wording.minShoutingWords')!;
    expect(words).toMatchObject({
      title: 'Words in capitals that read as shouting',
      hint: 'How many words in capitals in a row make a shouting hint. Bundled value: 4.',
      value: '4',
    });
    const params = (page.fixedFooter as { primaryButton: { onClickAction: { parameters: unknown } } }).primaryButton.onClickAction
      .parameters;
    expect(params).toEqual({ version: '0', page: 'rule:no-unprofessional-wording' });
  });

  it('times are in the school’s time zone: a save in July reads as British Summer Time', () => {
    const nm = user(NETWORK_MANAGER);
    nm.shared.clock.now = Date.UTC(2026, 6, 1, 8, 30);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    expect((card(nm.call('onShowSettings')).header as { subtitle: string }).subtitle).toMatch(/on 1 Jul 2026, 09:30$/);
  });

  it('every settings card is within 100 widgets and 32 KB, the largest rule card included', () => {
    const nm = user(NETWORK_MANAGER);
    const entry = makeEntryPoints(() => nm.services);
    const v1 = (response: unknown) => {
      const steps = JSON.parse((response as { printJson(): string }).printJson()).renderActions.action.navigations as Record<
        string,
        unknown
      >[];
      return (steps.at(-1)!.pushCard ?? steps.at(-1)!.updateCard) as Record<string, unknown>;
    };
    const pages = ['organisation', 'history', 'transfer', 'diagnostics', ...Object.keys(builtInRules).map((id) => `rule:${id}`)];
    const cards = [v1(entry.onShowSettings({})), ...pages.map((page) => v1(entry.onShowSettingsPage(event({ page }))))];
    for (const c of cards) {
      const verdict = validateCard(c);
      expect(verdict.problems, verdict.name).toEqual([]);
      expect(verdict.widgets, verdict.name).toBeLessThanOrEqual(60);
      expect(verdict.bytes, verdict.name).toBeLessThan(16 * 1024);
    }
  });
});

describe('Export and Import', () => {
  it('Import of a snippet shows what would change first, then merges it: the organisation and roles stay as they were', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'organisation'), { 'organisation.partnerDomains': 'wakefield.gov.uk\neducation.gov.uk\nla.gov.uk' });
    const snippet = '{"rules": {"max-recipients": ["warning", {"maxVisible": 30}]}}';
    const before = snapshotOf(nm.shared);
    const preview = card(nm.call('onImportSettings', event({ version: '1', mode: 'preview' }, { 'import.json': [snippet] })));
    expect(snapshotOf(nm.shared)).toBe(before); // nothing saved by looking
    expect(all(preview, 'DecoratedText').map((d) => [d.topLabel, d.text])).toEqual([
      ['1 change if saved', 'rules.max-recipients.maxVisible 20 → 30'],
    ]);
    expect(all(preview, 'TextButton').map((b) => b.text)).toEqual([
      'Show the changes',
      'Save these changes',
      'Replace all settings with this file',
    ]);
    const saved = nm.call('onImportSettings', event({ version: '1', mode: 'merge' }, { 'import.json': [snippet] }));
    expect(notification(saved)).toBe('Imported as version 2: 1 change.');
    const config = settingsInForce(nm.services).config;
    expect(config.organisation.partnerDomains).toContain('la.gov.uk');
    expect(config.roles.dpo).toEqual(['dpo@silcoates.org.uk']);
    expect(config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
  });

  it('Replace is its own choice: the school’s other changes go, the bundled file stays underneath', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'organisation'), { 'organisation.partnerDomains': 'la.gov.uk' });
    nm.call('onImportSettings', event({ version: '1', mode: 'replace' }, { 'import.json': ['{"rules": {"no-chain-letter": "off"}}'] }));
    const inForce = settingsInForce(nm.services);
    expect(inForce.overrides).toEqual({ 'rules.no-chain-letter.severity': { set: 'off' } });
    expect(inForce.config.organisation.partnerDomains).toEqual(['wakefield.gov.uk', 'education.gov.uk']);
  });

  it('an import that is not JSON, or names what draftlint does not have, is shown with its problems and not saved', () => {
    const nm = user(NETWORK_MANAGER);
    const before = snapshotOf(nm.shared);
    const notJson = card(nm.call('onImportSettings', event({ version: '0', mode: 'merge' }, { 'import.json': ['{rules'] })));
    expect(texts(notJson).join('\n')).toMatch(/This is not JSON/);
    const unknown = nm.call(
      'onImportSettings',
      event({ version: '0', mode: 'merge' }, { 'import.json': ['{"rules": {"max-recipients": ["warning", {"maxVisibel": 30}]}}'] }),
    );
    expect(notification(unknown)).toBe('Not imported: see the problems marked.');
    expect(texts(card(unknown)).join('\n')).toMatch(/rules\.max-recipients\.maxVisibel: is no longer a setting/);
    expect(snapshotOf(nm.shared)).toBe(before);
  });

  it('Export shows what the school changed and the whole file in force', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const inputs = all(openPage(nm, 'transfer'), 'TextInput');
    expect(JSON.parse(String(inputs[0].value))).toEqual({ 'rules.max-recipients.maxVisible': { set: 30 } });
    expect(JSON.parse(String(inputs[1].value)).rules['max-recipients']).toEqual([
      'warning',
      { maxVisible: 30, maxTotal: 50, largeLists: [] },
    ]);
  });
});

describe('one owner for the shared store', () => {
  it('statistics at their budget and 700 never-flag names: every save still succeeds, history trimmed, the store under 450 KB', () => {
    const nm = user(NETWORK_MANAGER);
    // Two years of a busy school's statistics, as many weeks as fit the statistics budget.
    const week = 'x'.repeat(2900);
    for (let w = 0; w < 105; w++)
      nm.shared.properties.setProperty(`draftlint.stats.${2025 + Math.floor(w / 52)}-W${String((w % 52) + 1).padStart(2, '0')}`, week);
    const names = Array.from({ length: 700 }, (_, i) => `Name Number${i} Surname`).join('\n');
    for (let save = 0; save < 30; save++) {
      const response = savePage(nm, openPage(nm, 'organisation'), { 'organisation.neverFlagNames': `${names}\nExtra ${save}` });
      expect(notification(response)).toMatch(/^Saved as version \d+: 1 change\.$/);
    }
    const bytes = (prefix: string) =>
      [...nm.shared.properties.values].filter(([k]) => k.startsWith(prefix)).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(bytes('draftlint.settings')).toBeLessThanOrEqual(NAMESPACES.settings.budget);
    expect(bytes('draftlint.')).toBeLessThan(450 * 1024);
    expect(bytes('draftlint.')).toBeLessThan(PROPERTY_LIMITS.storeBytes);
    expect(history(nm.services).length).toBeLessThan(30); // the oldest went; the one in force stays
    expect(history(nm.services)[0].version).toBe(30);
  });
});
