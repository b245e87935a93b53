// The preview's server side: the real add-on (addon/, through its entry points) running on the same typed
// fakes the tests use, with the compose pane's draft as the saved draft. One session per server: script
// properties, caches and each user's dismissals persist while it runs, as they would in a deployment.
import { readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { makeEntryPoints } from '../../addon/entrypoints.ts';
import type { EntryPointName } from '../../addon/entry-point-name.ts';
import { overridesFrom, saveOverrides, settingsInForce } from '../../addon/settings/store.ts';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import { demoSentMail, seedDemoTerm } from './demo.ts';
import { builtInRules, formatAddress, parseConfig } from '../../rules/index.ts';
import { composeEvent, fakeServices, fakeWorld, sharedScript, type FakeWorld } from '../../test/fakes/apps-script.ts';
import { recorded, type Json } from '../../test/fakes/card-service.ts';
import { FakePeople, person } from '../../test/fakes/people.ts';
import { addressOnly, splitAddresses } from '../shared/addresses.ts';
import type { Compose } from '../shared/compose.ts';

export { splitAddresses };
export type { Compose };

export const root = resolve(import.meta.dirname, '../..');
const DRAFT_ID = 'preview-draft';

export interface ActionRequest {
  compose: Compose;
  functionName: EntryPointName;
  parameters?: Record<string, string>;
  formInputs?: Record<string, string[]>;
}

export interface ActionResult {
  /** What the entry point returned, as JSON (a Card, an ActionResponse or an UpdateDraftActionResponse). */
  response: Json;
  /** Milliseconds the entry point took on the server. */
  ms: number;
  errors: string[];
}

let shared = sharedScript();
const worlds = new Map<string, FakeWorld>();
const logged: string[] = [];

/**
 * Everyone in the preview has written to the people in examples/known-recipients.txt (the CLI's example of
 * --known-recipients): their Google contacts, as the People service would give them to the add-on.
 */
function demoContacts(): string[] {
  return readFileSync(join(root, 'examples/known-recipients.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The world of the user in From: each address has its own user properties and cache, the script's are shared. */
function worldOf(compose: Compose): FakeWorld {
  const email = addressOnly(compose.from);
  let world = worlds.get(email);
  if (!world) {
    world = fakeWorld({ userEmail: email, shared, people: new FakePeople(demoContacts().map(person)), sent: demoSentMail(Date.now()) });
    worlds.set(email, world);
  }
  const to = splitAddresses(compose.to);
  const cc = splitAddresses(compose.cc);
  const bcc = splitAddresses(compose.bcc);
  world.Drafts.saved.length = 0;
  if (to.length + cc.length + bcc.length) {
    world.Drafts.saved.push({
      id: DRAFT_ID,
      from: compose.from,
      to,
      cc,
      bcc,
      subject: compose.subject,
      ...(compose.html ? { html: compose.body, text: compose.body.replace(/<[^>]*>/g, '') } : { text: compose.body }),
      attachments: compose.attachments.map((a) => {
        const bytes = new Uint8Array(Buffer.from(a.data, 'base64'));
        return { name: a.name, type: a.type || 'application/octet-stream', size: bytes.length, bytes };
      }),
    });
  }
  world.clock.now = Date.now();
  return world;
}

/** Runs one entry point as Gmail would call it, with the compose pane's recipients in the event. */
export function run(request: ActionRequest): ActionResult {
  const world = worldOf(request.compose);
  const services = fakeServices(world);
  const entryPoints = makeEntryPoints(() => services);
  const handler = entryPoints[request.functionName];
  if (!handler) return { response: null, ms: 0, errors: [`no entry point ${request.functionName}`] };
  const event = composeEvent(
    { to: splitAddresses(request.compose.to), cc: splitAddresses(request.compose.cc), bcc: splitAddresses(request.compose.bcc) },
    request.parameters,
    request.compose.subject,
  ) as Record<string, Record<string, unknown>>;
  if (request.formInputs) {
    const inputs: Record<string, { stringInputs: { value: string[] } }> = {};
    for (const [name, value] of Object.entries(request.formInputs)) inputs[name] = { stringInputs: { value } };
    event.commonEventObject.formInputs = inputs;
  }
  const errors: string[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  const start = performance.now();
  try {
    let response = recorded(handler(event));
    // A compose action's draft lives in GmailApp, not in the response: the page shows what Gmail would open.
    const made = world.GmailApp.drafts[world.GmailApp.drafts.length - 1];
    if (made && response && typeof response === 'object' && !Array.isArray(response) && response.type === 'ComposeActionResponse')
      response = { ...response, draft: { to: made.recipients, subject: made.subject, body: made.body } };
    return { response, ms: Math.round(performance.now() - start), errors };
  } finally {
    console.error = log;
    logged.push(...errors);
  }
}

/** The roles' addresses from the settings in force, for the "signed in as" switch. */
export function roles(): { teacher: string; networkManager: string; dpo: string } {
  const world = worlds.values().next().value || fakeWorld({ shared });
  const config = settingsInForce(fakeServices(world)).config;
  return {
    teacher: 'r.green@silcoates.org.uk',
    networkManager: config.roles.networkManagers[0] || 'ithelpdesk@silcoates.org.uk',
    dpo: config.roles.dpo[0] || 'dpo@silcoates.org.uk',
  };
}

/** Makes a config file the settings in force, as if a Network Manager had saved it; says what is wrong if it is not valid. */
export function useConfig(path: string): { ok: true; source: string } | { ok: false; problems: string[] } {
  const file = isAbsolute(path) ? path : join(root, path);
  if (!/\.json$/i.test(file)) return { ok: false, problems: [`${path}: a config is a .json file`] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseConfig(raw, builtInRules);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => `${i.path}: ${i.message}`) };
  shared = sharedScript(); // a fresh deployment with this config in force
  worlds.clear();
  const services = fakeServices(fakeWorld({ shared }));
  // What the file sets differently from the bundled file, saved as a Network Manager's overrides would be.
  const result = saveOverrides(services, overridesFrom(JSON.stringify(raw)) ?? {}, 0, 'preview', `loaded ${path}`);
  if (!result.ok)
    return { ok: false, problems: result.kind === 'invalid' ? result.problems.map((i) => `${i.path}: ${i.message}`) : [result.kind] };
  return { ok: true, source: path };
}

/** A fresh deployment whose statistics hold a term of a scripted school (preview/server/demo.ts). */
export function useDemoTerm(): { ok: true; source: string } {
  shared = sharedScript();
  worlds.clear();
  seedDemoTerm(shared);
  return { ok: true, source: 'a demo term of statistics (13 weeks of a scripted school)' };
}

export function presets(): string[] {
  return readdirSync(join(root, 'examples'))
    .filter((n) => n.endsWith('.eml'))
    .sort();
}

/** An example e-mail as the compose pane's fields. */
export async function preset(name: string): Promise<Compose | undefined> {
  if (presets().indexOf(name) < 0) return undefined;
  const parsed = await emlToDraft(new Uint8Array(readFileSync(join(root, 'examples', name))));
  if (!parsed.ok) return undefined;
  const d = parsed.draft;
  const list = (xs: typeof d.to) => (xs || []).map(formatAddress).join(', ');
  return {
    from: d.from ? formatAddress(d.from) : 'r.green@silcoates.org.uk',
    to: list(d.to),
    cc: list(d.cc),
    bcc: list(d.bcc),
    subject: d.subject || '',
    body: d.body ? (d.body.html ?? d.body.text) : '',
    html: !!(d.body && d.body.html),
    attachments: (d.attachments || []).map((a) => ({
      name: a.name,
      type: a.contentType,
      data: Buffer.from(a.bytes || new Uint8Array()).toString('base64'),
    })),
  };
}
