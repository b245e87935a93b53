// The Network Manager's side of the tests: a user at a deployment, the settings cards opened through the
// real entry points (so the guards run), and a form sent back as Gmail sends it — every input the card
// shows with its value, switches and ticks only when on, empty boxes left out — with edits and drops.
import { makeEntryPoints } from '../../addon/entrypoints.ts';
import type { EntryPointName } from '../../addon/entry-point-name.ts';
import { fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';
import { recorded, shownCard, type Json } from '../fakes/card-service.ts';
import { all, notification, type Node } from './cards.ts';

export { all, notification, texts, type Node } from './cards.ts';

export const NETWORK_MANAGER = 'ithelpdesk@silcoates.org.uk'; // in the bundled draftlint.config.json
export const TEACHER = 'r.green@silcoates.org.uk';

export function user(email: string, shared: SharedScript = sharedScript()) {
  const world = fakeWorld({ userEmail: email, shared });
  const services = fakeServices(world);
  const call = (name: EntryPointName, event: unknown = {}) => recorded(makeEntryPoints(() => services)[name](event));
  return { world, services, shared, call };
}
export type User = ReturnType<typeof user>;

export const card = (response: Json): Node => {
  const shown = shownCard(response);
  if (!shown) throw new Error(`no card: ${notification(response)}`);
  return shown;
};

export const event = (parameters: Record<string, string>, formInputs: Record<string, string[]> = {}) => ({
  commonEventObject: {
    hostApp: 'GMAIL',
    platform: 'WEB',
    parameters,
    formInputs: Object.fromEntries(Object.entries(formInputs).map(([k, value]) => [k, { stringInputs: { value } }])),
  },
});

/** A settings page as the Network Manager opens it: the home card, then the row for `page`. */
export function openPage(u: User, page: string): Node {
  return card(u.call('onShowSettingsPage', event({ page })));
}

/** The form inputs Gmail sends for a card: what it shows, with `edits` typed in and `drop` inputs missing. */
export function formOf(shown: Json, edits: Record<string, string | string[]> = {}, drop: string[] = []): Record<string, string[]> {
  const inputs: Record<string, string[]> = {};
  for (const input of all(shown, 'TextInput')) if (input.value) inputs[String(input.fieldName)] = [String(input.value)];
  for (const input of all(shown, 'SelectionInput')) {
    const value = (input.items as Node[]).filter((i) => i.selected).map((i) => String(i.value));
    if (value.length) inputs[String(input.fieldName)] = value;
  }
  for (const control of all(shown, 'Switch')) if (control.selected) inputs[String(control.fieldName)] = [String(control.value)];
  for (const [name, value] of Object.entries(edits)) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length && list.some((v) => v !== '')) inputs[name] = list;
    else delete inputs[name]; // an empty box, an unticked list, a switch turned off: nothing is sent
  }
  for (const name of drop) delete inputs[name];
  return inputs;
}

/** Presses the page's Save with the form as Gmail would send it. */
export function savePage(u: User, shown: Node, edits: Record<string, string | string[]> = {}, drop: string[] = []): Json {
  const footer = (shown.fixedFooter as Node).primaryButton as Node;
  const parameters = (footer.onClickAction as Node).parameters as Record<string, string>;
  return u.call('onSaveSettings', event(parameters, formOf(shown, edits, drop)));
}

export const snapshotOf = (shared: SharedScript) => JSON.stringify([...shared.properties.values]);

/** Writes a stored version straight into the store, as an earlier draftlint or a damaged store left it. */
export function plantVersion(shared: SharedScript, version: number, stored: unknown, versions: number[] = [version]): void {
  const text = JSON.stringify(stored);
  shared.properties.setProperty(`draftlint.settings.v${version}.0`, text);
  shared.properties.setProperty(
    `draftlint.settings.v${version}`,
    JSON.stringify({ at: shared.clock.now, by: 'old.nm@silcoates.org.uk', changes: ['planted'], chunks: 1 }),
  );
  shared.properties.setProperty('draftlint.settings', JSON.stringify({ current: version, versions }));
  shared.cache.remove('draftlint.settings.inForce');
}
