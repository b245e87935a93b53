// The Network Manager's settings through the add-on's own entry points on the typed fakes: who may open
// them, saving (valid, invalid, over someone else's save, while the lock is held), what a check then uses,
// history and restore, import and export, chunking, a stored version that stopped validating, audit mode.
import { describe, expect, it } from 'vitest';
import { entryPoints, makeEntryPoints } from '../../addon/entrypoints.ts';
import { SETTINGS_ENTRY_POINTS } from '../../addon/entry-point-name.ts';
import type { Services } from '../../addon/services.ts';
import { composeOpen } from '../../addon/triggers/compose.ts';
import { homepage } from '../../addon/triggers/homepage.ts';
import {
  REFUSAL,
  importSettings,
  restoreSettings,
  saveSettingsFromForm,
  showExport,
  showHistory,
  showSettings,
} from '../../addon/settings/callbacks.ts';
import { settingsInForce, history, CHUNK_CHARS } from '../../addon/settings/store.ts';
import { composeEvent, fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';
import { recorded, type Json } from '../fakes/card-service.ts';
import { PROPERTY_LIMITS, isRecordingRead } from '../fakes/properties.ts';

const NETWORK_MANAGER = 'ithelpdesk@silcoates.org.uk'; // in the bundled draftlint.config.json
const TEACHER = 'r.green@silcoates.org.uk';

function user(email: string, shared: SharedScript = sharedScript()) {
  const world = fakeWorld({ userEmail: email, shared });
  return { world, services: fakeServices(world), shared };
}

type Node = { [key: string]: Json };
const walk = (value: Json, visit: (node: Node) => void): void => {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    visit(value);
    Object.values(value).forEach((v) => walk(v, visit));
  }
};
const all = (value: Json, type: string): Node[] => {
  const out: Node[] = [];
  walk(value, (n) => n.type === type && out.push(n));
  return out;
};
const notification = (response: unknown) => all(recorded(response), 'Notification').map((n) => n.text)[0];
const shownCard = (response: unknown) => all(recorded(response), 'Card')[0];
const texts = (card: Json) => all(card, 'TextParagraph').map((p) => String(p.text));

/** The form as Gmail would send it back: every input's value as shown, changed where `edits` says. */
function submitted(card: Json, edits: Record<string, string | string[]>, parameters: Record<string, string>) {
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const input of all(card, 'TextInput')) {
    const value = input.value === undefined ? [] : [String(input.value)];
    if (value.length) formInputs[String(input.fieldName)] = { stringInputs: { value } };
  }
  for (const input of all(card, 'SelectionInput')) {
    const value = (input.items as Node[]).filter((i) => i.selected).map((i) => String(i.value));
    if (value.length) formInputs[String(input.fieldName)] = { stringInputs: { value } };
  }
  for (const [name, value] of Object.entries(edits)) formInputs[name] = { stringInputs: { value: Array.isArray(value) ? value : [value] } };
  return { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', parameters, formInputs } };
}

function openSettings(services: Services): Json {
  const response = showSettings({}, services);
  const card = shownCard(response);
  if (!card) throw new Error(`no settings card: ${notification(response)}`);
  return card;
}

function save(services: Services, card: Json, edits: Record<string, string | string[]>, version = '0') {
  return saveSettingsFromForm(submitted(card, edits, { version }), services);
}

const snapshotOf = (shared: SharedScript) => JSON.stringify([...shared.properties.values]);
const sixColleagues = Array.from({ length: 6 }, (_, i) => `colleague${i}@silcoates.org.uk`);

describe('who may change settings', () => {
  it('a teacher calling every settings entry point directly is refused and nothing changes', () => {
    const { services, shared } = user(TEACHER);
    const nm = user(NETWORK_MANAGER, shared);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' });
    const before = snapshotOf(shared);
    const forged = submitted(
      openSettings(nm.services),
      { 'rules.max-recipients.maxVisible': '5', 'import.json': '{}' },
      { version: '1', restore: '1' },
    );
    for (const name of SETTINGS_ENTRY_POINTS) {
      const response = makeEntryPoints(() => services)[name](forged);
      expect(notification(response), name).toBe(REFUSAL);
      expect(all(recorded(response), 'Card'), name).toEqual([]);
    }
    expect(snapshotOf(shared)).toBe(before);
    expect(settingsInForce(services).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
  });

  it('a blank address is nobody, and the home card shows Settings only to a Network Manager', () => {
    expect(notification(showSettings({}, user('').services))).toBe(REFUSAL);
    const buttonsOf = (email: string) => all(recorded(homepage({}, user(email).services)), 'TextButton').map((b) => b.text);
    expect(buttonsOf(NETWORK_MANAGER)).toContain('Settings');
    expect(buttonsOf(TEACHER)).not.toContain('Settings');
  });

  it('a Network Manager named only in saved settings is one; one in the bundled file stays one whatever is saved', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'roles.networkManagers': 'deputy@silcoates.org.uk' });
    expect(shownCard(showSettings({}, user('deputy@silcoates.org.uk', nm.shared).services))).toBeDefined();
    expect(shownCard(showSettings({}, nm.services))).toBeDefined(); // removed from the saved list, still in the bundled one
  });
});

describe('saving', () => {
  it('a valid change is used by the next compose check: maxVisible 20 → 5 flags 6 visible recipients', () => {
    const nm = user(NETWORK_MANAGER);
    const teacher = user(TEACHER, nm.shared);
    const findingsOf = () => texts(recorded(composeOpen(composeEvent({ to: sixColleagues }), teacher.services)));
    expect(findingsOf().join('\n')).not.toMatch(/6 recipients can see each other/);
    const response = save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '5' });
    expect(notification(response)).toBe('Saved as version 1: 1 change.');
    expect(findingsOf().join('\n')).toMatch(/6 recipients can see each other in To\/Cc \(the limit is 5\)/);
  });

  it('an invalid change is never stored: each problem is shown next to its field, with what was typed kept', () => {
    const nm = user(NETWORK_MANAGER);
    const before = snapshotOf(nm.shared);
    const response = save(nm.services, openSettings(nm.services), {
      'rules.max-recipients.maxVisible': 'twenty',
      'organisation.partnerDomains': 'la.gov.uk\nnot a domain',
    });
    expect(notification(response)).toBe('Not saved: 2 problems (marked below).');
    expect(snapshotOf(nm.shared)).toBe(before);
    const card = shownCard(response);
    const widgets = all(card, 'CardSection').flatMap((s) => (s.widgets as Node[]) || []);
    const after = (field: string) => widgets[widgets.findIndex((w) => w.fieldName === field) + 1];
    expect(after('rules.max-recipients.maxVisible').text).toContain('must be a number (found the text &quot;twenty&quot;)');
    expect(after('organisation.partnerDomains').text).toContain('line 2: is not a domain name');
    expect(widgets.find((w) => w.fieldName === 'rules.max-recipients.maxVisible')?.value).toBe('twenty');
    expect(widgets.find((w) => w.fieldName === 'organisation.partnerDomains')?.value).toBe('la.gov.uk\nnot a domain');
  });

  it('two Network Managers: the second save over the first is refused with who changed it and when', () => {
    const a = user(NETWORK_MANAGER);
    const b = user(NETWORK_MANAGER.replace('ithelpdesk', 'itmanager'), a.shared);
    save(a.services, openSettings(a.services), { 'roles.networkManagers': 'itmanager@silcoates.org.uk' });
    const cardA = openSettings(a.services); // version 1
    const cardB = openSettings(b.services);
    expect(notification(save(b.services, cardB, { 'rules.max-recipients.maxVisible': '25' }, '1'))).toMatch(/^Saved as version 2/);
    const refused = save(a.services, cardA, { 'rules.max-recipients.maxVisible': '40' }, '1');
    expect(notification(refused)).toBe(
      'Not saved: itmanager@silcoates.org.uk saved version 2 at 2026-11-30 09:00 UTC, since you opened these settings. Open Settings again to see their changes, then make yours.',
    );
    expect(all(shownCard(refused), 'TextInput').find((i) => i.fieldName === 'rules.max-recipients.maxVisible')?.value).toBe('40');
    expect(settingsInForce(a.services).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 25 });
  });

  it('while another user holds the lock, Save says so and stores nothing', () => {
    const nm = user(NETWORK_MANAGER);
    const held = nm.world.LockService.heldByAnotherUser();
    const before = snapshotOf(nm.shared);
    expect(notification(save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' }))).toMatch(
      /someone else is saving the settings/,
    );
    expect(snapshotOf(nm.shared)).toBe(before);
    held.releaseLock();
    expect(notification(save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' }))).toMatch(/^Saved/);
  });

  it('a failure half-way through a save leaves the settings in force as they were', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' });
    const real = nm.shared.properties.setProperty.bind(nm.shared.properties);
    nm.shared.properties.setProperty = (key: string, value: string) => {
      if (key === 'draftlint.settings') throw new Error('Service invoked too many times');
      return real(key, value);
    };
    expect(() => save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '40' }, '1')).toThrow();
    nm.shared.properties.setProperty = real;
    nm.shared.cache.remove('draftlint.settings.inForce');
    expect(settingsInForce(nm.services)).toMatchObject({ version: 1 });
    expect(nm.shared.lock.holder).toBeUndefined(); // released on the way out
    expect(notification(save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '40' }, '1'))).toBe(
      'Saved as version 2: 1 change.',
    );
  });

  it('settings over 9 KB are stored in chunks under the limit and read back whole', () => {
    const nm = user(NETWORK_MANAGER);
    const names = Array.from({ length: 900 }, (_, i) => `Pupil Name Number ${i}`).join('\n');
    expect(notification(save(nm.services, openSettings(nm.services), { 'organisation.neverFlagNames': names }))).toMatch(/^Saved/);
    const chunks = [...nm.shared.properties.values.keys()].filter((k) => /^draftlint\.settings\.v1\.\d+$/.test(k));
    expect(chunks.length).toBeGreaterThan(2);
    for (const k of chunks) expect(nm.shared.properties.values.get(k)!.length).toBeLessThanOrEqual(CHUNK_CHARS);
    for (const [k, v] of nm.shared.properties.values)
      expect(new TextEncoder().encode(k + v).length).toBeLessThan(PROPERTY_LIMITS.valueBytes);
    nm.shared.cache.remove('draftlint.settings.inForce');
    expect(settingsInForce(nm.services).config.organisation.neverFlagNames).toHaveLength(900);
  });
});

describe('what a check reads', () => {
  it('at most 2 property reads per check: none for the settings when cached, one when not', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '5' });
    const teacher = user(TEACHER, nm.shared);
    const checkReads = () =>
      teacher.world.PropertiesService.user.readKeys.concat(nm.shared.properties.readKeys).filter((k) => !isRecordingRead(k));
    let before = checkReads().length;
    composeOpen(composeEvent({ to: sixColleagues }), teacher.services);
    expect(checkReads().length - before).toBe(0); // cached by the save; no saved draft was found, so no dismissals read
    nm.world.clock.advance(601); // the cache entry expires
    before = checkReads().length;
    composeOpen(composeEvent({ to: sixColleagues }), teacher.services);
    expect(checkReads().slice(before)).toEqual(['*']); // the store, once
  });

  it('a stored version that stopped validating is skipped for the newest that does, and the settings card says so', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' });
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '35' }, '1');
    // As if an upgrade had renamed an option: version 2's text no longer validates.
    const key = 'draftlint.settings.v2.0';
    nm.shared.properties.values.set(key, nm.shared.properties.values.get(key)!.replace('"maxVisible"', '"maxVisibleRecipients"'));
    nm.shared.cache.remove('draftlint.settings.inForce');
    expect(settingsInForce(nm.services)).toMatchObject({ version: 1 });
    expect(settingsInForce(nm.services).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 30 });
    expect(texts(openSettings(nm.services)).join('\n')).toContain('The newest saved settings (version 2) do not validate');
    // And with none valid, the bundled file.
    nm.shared.properties.values.set('draftlint.settings.v1.0', '{not json');
    nm.shared.cache.remove('draftlint.settings.inForce');
    expect(settingsInForce(nm.services)).toMatchObject({ version: 0 });
  });

  it('a rule in audit mode runs but staff see nothing of it', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '5', 'rules.max-recipients.severity': 'audit' });
    const card = recorded(composeOpen(composeEvent({ to: sixColleagues }), user(TEACHER, nm.shared).services));
    expect(texts(card).join('\n')).not.toMatch(/recipients can see each other/);
    expect(texts(recorded(homepage({}, user(TEACHER, nm.shared).services))).join('\n')).not.toContain('Blanket e-mail');
  });
});

describe('history, restore, export and import', () => {
  it('lists who changed what and when, and Restore makes an old version current as a new one', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' });
    nm.world.clock.advance(3600);
    save(nm.services, openSettings(nm.services), { 'organisation.partnerDomains': 'la.gov.uk' }, '1');
    const card = shownCard(showHistory({}, nm.services));
    const entries = all(card, 'DecoratedText').map((d) => `${d.topLabel} | ${d.text}`);
    expect(entries).toEqual([
      '2026-11-30 10:00 UTC · ithelpdesk@silcoates.org.uk | organisation.partnerDomains + la.gov.uk − wakefield.gov.uk, education.gov.uk',
      '2026-11-30 09:00 UTC · ithelpdesk@silcoates.org.uk | rules.max-recipients.maxVisible 20 → 30',
    ]);
    const restored = restoreSettings({ commonEventObject: { parameters: { restore: '1', version: '2' } } }, nm.services);
    expect(notification(restored)).toBe('Version 1 restored as version 3.');
    expect(history(nm.shared.properties.asReal())[0].changes).toEqual([
      'restored version 1',
      'organisation.partnerDomains + wakefield.gov.uk, education.gov.uk − la.gov.uk',
    ]);
    expect(settingsInForce(nm.services).config.organisation.partnerDomains).toEqual(['wakefield.gov.uk', 'education.gov.uk']);
  });

  it('keeps the last 20 versions', () => {
    const nm = user(NETWORK_MANAGER);
    for (let v = 0; v < 23; v++)
      save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': String(21 + v) }, String(v));
    const versions = history(nm.shared.properties.asReal()).map((v) => v.version);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => 23 - i));
    expect([...nm.shared.properties.values.keys()].some((k) => k.startsWith('draftlint.settings.v3.'))).toBe(false);
  });

  it('exports the settings in force as draftlint.config.json text, and imports pasted text through the same validation', () => {
    const nm = user(NETWORK_MANAGER);
    save(nm.services, openSettings(nm.services), { 'rules.max-recipients.maxVisible': '30' });
    const exported = String(all(shownCard(showExport({}, nm.services)), 'TextInput')[0].value);
    const file = JSON.parse(exported);
    expect(file.rules['max-recipients']).toEqual(['warning', { maxVisible: 30, maxTotal: 50, largeLists: [] }]);
    const importEvent = (text: string) => ({
      commonEventObject: { parameters: { version: '1' }, formInputs: { 'import.json': { stringInputs: { value: [text] } } } },
    });
    const bad = importSettings(importEvent('{"rules": {"max-recipients": ["warning", {"maxVisible": 0}]}}'), nm.services);
    expect(notification(bad)).toBe('Not imported.');
    expect(texts(shownCard(bad)).join('\n')).toContain('rules[&quot;max-recipients&quot;][1].maxVisible: must be at least 1');
    expect(texts(shownCard(importSettings(importEvent('{rules'), nm.services))).join('\n')).toContain('This is not JSON');
    file.rules['max-recipients'][1].maxVisible = 12;
    expect(notification(importSettings(importEvent(JSON.stringify(file)), nm.services))).toBe('Imported as version 2.');
    expect(settingsInForce(nm.services).config.rules['max-recipients'].options).toMatchObject({ maxVisible: 12 });
  });
});

describe('the settings card', () => {
  it('for a Network Manager: a folded section per rule with severity and options, then organisation and roles (snapshot)', () => {
    const card = openSettings(user(NETWORK_MANAGER).services);
    const headers = all(card, 'CardSection')
      .map((s) => s.header)
      .filter(Boolean);
    expect(headers.slice(-3)).toEqual(['Organisation', 'Roles', 'Deployment diagnostics']);
    expect(headers).toContain('Blanket e-mail: too many recipients, or a large list in To/Cc.'.replace(/\.$/, ''));
    expect(all(card, 'SelectionInput').find((s) => s.fieldName === 'rules.max-recipients.severity')?.items).toContainEqual({
      text: 'audit',
      value: 'audit',
      selected: false,
    });
    expect(card).toMatchSnapshot();
  });

  it('entry points are wired: onShowSettings returns the card through the safety net', () => {
    const { services } = user(NETWORK_MANAGER);
    expect(shownCard(makeEntryPoints(() => services).onShowSettings({}))).toBeDefined();
    expect(Object.keys(entryPoints)).toContain('onRestoreSettings');
  });
});
