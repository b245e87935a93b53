// The Network Manager's settings through the add-on's entry points: saving only what a card showed, a form
// that came back incomplete, what a check then uses, conflicts, the lock, a torn save, and the upgrades that
// once locked the school out (a renamed option in the newest version, then in every version).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../addon/triggers/check.ts';
import { composeOpen } from '../../addon/triggers/compose.ts';
import { history, settingsInForce } from '../../addon/settings/store.ts';
import { composeEvent } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';
import {
  NETWORK_MANAGER,
  TEACHER,
  all,
  card,
  event,
  formOf,
  notification,
  openPage,
  plantVersion,
  savePage,
  snapshotOf,
  texts,
  user,
} from '../helpers/settings.ts';

const sixColleagues = Array.from({ length: 6 }, (_, i) => `colleague${i}@silcoates.org.uk`);
const inForce = (u: ReturnType<typeof user>) => settingsInForce(u.services);

describe('saving a page', () => {
  it('a valid change is used by the next compose check: maxVisible 20 → 5 flags 6 visible recipients', () => {
    const nm = user(NETWORK_MANAGER);
    const teacher = user(TEACHER, nm.shared);
    const findingsOf = () => texts(recorded(composeOpen(composeEvent({ to: sixColleagues }), teacher.services))).join('\n');
    expect(findingsOf()).not.toMatch(/6 recipients can see each other/);
    const response = savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '5' });
    expect(notification(response)).toBe('Saved as version 1: 1 change.');
    expect(findingsOf()).toMatch(/6 recipients can see each other in To\/Cc \(the limit is 5\)/);
    // Only the change is stored: an override on the bundled file, not a copy of every option.
    expect(inForce(nm).overrides).toEqual({ 'rules.max-recipients.maxVisible': { set: 5 } });
  });

  it('changes only what its card showed: the organisation, roles and other rules are untouched', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'organisation'), { 'organisation.partnerDomains': 'wakefield.gov.uk\nla.gov.uk' });
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const config = inForce(nm).config;
    expect(config.organisation.partnerDomains).toEqual(['wakefield.gov.uk', 'la.gov.uk']);
    expect(config.roles.networkManagers).toEqual([NETWORK_MANAGER]);
    expect(config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
    // A list is kept as what the school added and removed, so the bundled entries still arrive.
    expect(inForce(nm).overrides['organisation.partnerDomains']).toEqual({
      add: ['la.gov.uk'],
      remove: ['education.gov.uk'],
    });
  });

  it('a form that came back incomplete is refused and nothing changes', () => {
    const nm = user(NETWORK_MANAGER);
    const page = openPage(nm, 'organisation');
    const before = snapshotOf(nm.shared);
    const response = savePage(nm, page, { 'organisation.partnerDomains': 'la.gov.uk' }, ['organisation.internalDomains', 'roles.dpo']);
    expect(notification(response)).toBe(
      'The form came back incomplete (“School domains (one per line)”, “Data Protection Officer (one address per line)” did not arrive), so nothing was saved. Open the page again and save.',
    );
    expect(snapshotOf(nm.shared)).toBe(before);
    // A severity drop-down always sends its choice: without it, the rule page is incomplete too.
    const rule = openPage(nm, 'rule:require-bcc-for-parents');
    expect(notification(savePage(nm, rule, {}, ['rules.require-bcc-for-parents.severity']))).toMatch(/^The form came back incomplete/);
  });

  it('a switch turned off and ticks all cleared send nothing, as Google documents, and are saved as off and none', () => {
    const nm = user(NETWORK_MANAGER);
    const page = openPage(nm, 'rule:no-personal-data-to-external');
    const response = savePage(nm, page, {
      'rules.no-personal-data-to-external.checkInternalSubjects': '',
      'rules.no-personal-data-to-external.detectors': ['upn', 'nhs'],
    });
    expect(notification(response)).toBe('Saved as version 1: 2 changes.');
    expect(inForce(nm).config.rules['no-personal-data-to-external'].options).toMatchObject({
      checkInternalSubjects: false,
      detectors: ['upn', 'nhs'],
    });
  });

  it('an invalid value is never stored: the problem is shown next to its field, with what was typed kept', () => {
    const nm = user(NETWORK_MANAGER);
    const before = snapshotOf(nm.shared);
    const response = savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': 'twenty' });
    expect(notification(response)).toBe('Not saved: 1 problem (marked below).');
    const shown = card(response);
    expect(all(shown, 'TextInput').find((i) => i.fieldName === 'rules.max-recipients.maxVisible')!.value).toBe('twenty');
    expect(texts(shown).join('\n')).toMatch(/⛔ .*number/);
    expect(snapshotOf(nm.shared)).toBe(before);
  });

  it('two Network Managers: the second save over the first is refused with who changed it and when', () => {
    const first = user(NETWORK_MANAGER);
    const second = user('deputy.it@silcoates.org.uk', first.shared);
    savePage(first, openPage(first, 'organisation'), { 'roles.networkManagers': `${NETWORK_MANAGER}\ndeputy.it@silcoates.org.uk` });
    const a = openPage(first, 'rule:max-recipients');
    const b = openPage(second, 'rule:max-recipients');
    savePage(first, a, { 'rules.max-recipients.maxVisible': '30' });
    expect(notification(savePage(second, b, { 'rules.max-recipients.maxTotal': '60' }))).toBe(
      `Not saved: ${NETWORK_MANAGER} saved version 2 at 30 Nov 2026, 09:00, since you opened these settings. Open Settings again to see their changes, then make yours.`,
    );
    expect(notification(savePage(second, openPage(second, 'rule:max-recipients'), { 'rules.max-recipients.maxTotal': '60' }))).toBe(
      'Saved as version 3: 1 change.',
    );
    expect(inForce(first).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30, maxTotal: 60 });
  });

  it('while another user holds the lock, Save says so and stores nothing', () => {
    const nm = user(NETWORK_MANAGER);
    const page = openPage(nm, 'rule:max-recipients');
    const other = nm.world.LockService.heldByAnotherUser();
    const before = snapshotOf(nm.shared);
    expect(notification(savePage(nm, page, { 'rules.max-recipients.maxVisible': '30' }))).toMatch(/someone else is saving/);
    expect(snapshotOf(nm.shared)).toBe(before);
    other.releaseLock();
  });

  it('a failure half-way through a save leaves the settings in force as they were, and says nothing was saved', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const page = openPage(nm, 'rule:max-recipients');
    const real = nm.shared.properties.setProperty.bind(nm.shared.properties);
    nm.shared.properties.setProperty = (key: string, value: string) => {
      if (key === 'draftlint.settings') throw new Error('Service unavailable');
      return real(key, value);
    };
    expect(notification(savePage(nm, page, { 'rules.max-recipients.maxVisible': '40' }))).toMatch(
      /^draftlint could not finish that\. Nothing was saved/,
    );
    nm.shared.properties.setProperty = real;
    nm.shared.cache.remove('draftlint.settings.inForce');
    expect(inForce(nm).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
    expect(nm.shared.lock.holder).toBeUndefined();
  });

  it('a check reads at most the settings index (never the whole store) on a cold cache, and nothing when warm', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    const teacher = user(TEACHER, nm.shared);
    nm.shared.cache.remove('draftlint.settings.inForce');
    nm.shared.properties.readKeys.length = 0;
    checkDraft(composeEvent({ to: sixColleagues }), teacher.services);
    expect(nm.shared.properties.readKeys).toEqual(['draftlint.settings']);
    nm.shared.properties.readKeys.length = 0;
    checkDraft(composeEvent({ to: sixColleagues }), teacher.services);
    expect(nm.shared.properties.readKeys).toEqual([]);
  });

  it('a rule in audit mode runs but staff see nothing of it', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.severity': 'audit', 'rules.max-recipients.maxVisible': '5' });
    const teacher = user(TEACHER, nm.shared);
    expect(texts(recorded(composeOpen(composeEvent({ to: sixColleagues }), teacher.services))).join('\n')).not.toMatch(
      /recipients can see/,
    );
  });

  it('"Back to the bundled settings" removes the page’s overrides, and only them', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    savePage(nm, openPage(nm, 'rule:no-chain-letter'), { 'rules.no-chain-letter.minWeakPhrases': '3' });
    const page = openPage(nm, 'rule:max-recipients');
    const reset = all(page, 'TextButton').find((b) => b.text === 'Back to the bundled settings')!;
    const response = nm.call(
      'onSaveSettings',
      event((reset.onClickAction as { parameters: Record<string, string> }).parameters, formOf(page)),
    );
    expect(notification(response)).toBe('Saved as version 3: 2 changes.');
    expect(Object.keys(inForce(nm).overrides)).toEqual(['rules.no-chain-letter.minWeakPhrases']);
  });
});

describe('upgrades never lock the Network Manager out', () => {
  const renamed = {
    overrides: { 'rules.no-contract-wording.addPhrases': { set: ['invoice us'] }, 'rules.max-recipients.maxVisible': { set: 30 } },
  };

  it('an upgrade that renamed an option: only that override is left out, said on the page; save, restore and import all work', () => {
    const nm = user(NETWORK_MANAGER);
    plantVersion(nm.shared, 1, { overrides: { 'rules.max-recipients.maxVisible': { set: 25 } } }, [1]);
    plantVersion(nm.shared, 2, renamed, [1, 2]);
    expect(inForce(nm).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 }); // the rest stays in force
    const home = card(nm.call('onShowSettings'));
    expect(texts(home).join('\n')).toMatch(
      /rules\.no-contract-wording\.addPhrases: this option was renamed .*write &quot;phrases&quot;: \{ &quot;add&quot;: \[\.\.\.\] \} instead; this saved setting was left out/,
    );
    expect(notification(savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxTotal': '60' }))).toBe(
      'Saved as version 3: 1 change.',
    );
    const restore = nm.call('onRestoreSettings', event({ version: '3', restore: '1' }));
    expect(notification(restore)).toBe('Version 1 restored as version 4.');
    const imported = nm.call(
      'onImportSettings',
      event({ version: '4', mode: 'merge' }, { 'import.json': ['{"rules":{"max-recipients":["warning",{"maxVisible":35}]}}'] }),
    );
    expect(notification(imported)).toBe('Imported as version 5: 1 change.');
  });

  it('every stored version written by an earlier draftlint (whole files, an option since renamed): the school keeps its choices', () => {
    const nm = user(NETWORK_MANAGER);
    const oldFile = {
      organisation: { partnerDomains: ['wakefield.gov.uk', 'education.gov.uk', 'la.gov.uk'] },
      rules: { 'no-contract-wording': ['info', { addPhrases: ['invoice us'] }], 'max-recipients': ['warning', { maxVisible: 30 }] },
    };
    plantVersion(nm.shared, 1, oldFile, [1]);
    plantVersion(nm.shared, 2, oldFile, [1, 2]);
    const config = inForce(nm).config;
    expect(config.organisation.partnerDomains).toContain('la.gov.uk');
    expect(config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
    expect(inForce(nm).broken.map((b) => b.path)).toEqual(['rules.no-contract-wording.addPhrases']);
    // Two Network Managers after the upgrade: the first saves, the second is told, then saves on the new version.
    const deputy = user('deputy.it@silcoates.org.uk', nm.shared);
    savePage(nm, openPage(nm, 'organisation'), { 'roles.networkManagers': `${NETWORK_MANAGER}\ndeputy.it@silcoates.org.uk` });
    const page = openPage(deputy, 'rule:no-contract-wording');
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxTotal': '70' });
    expect(notification(savePage(deputy, page, { 'rules.no-contract-wording.phrases.add': 'invoice us' }))).toMatch(
      /^Not saved: .* saved version 4/,
    );
    expect(
      notification(
        savePage(deputy, openPage(deputy, 'rule:no-contract-wording'), { 'rules.no-contract-wording.phrases.add': 'invoice us' }),
      ),
    ).toBe('Saved as version 5: 1 change.');
    expect(inForce(nm).broken).toEqual([{ path: 'rules.no-contract-wording.addPhrases', message: expect.stringMatching(/renamed/) }]);
    expect(inForce(nm).config.rules['no-contract-wording'].options).toMatchObject({ phrases: { add: ['invoice us'] } });
  });

  it('a new bundled default reaches the school: only what it changed is pinned', () => {
    const nm = user(NETWORK_MANAGER);
    savePage(nm, openPage(nm, 'rule:max-recipients'), { 'rules.max-recipients.maxVisible': '30' });
    // maxTotal was never changed, so it follows the bundled file (here the rule default, 50) whatever it becomes.
    expect(Object.keys(inForce(nm).overrides)).toEqual(['rules.max-recipients.maxVisible']);
    expect(history(nm.services)[0].changes).toEqual(['rules.max-recipients.maxVisible 20 → 30']);
  });
});
