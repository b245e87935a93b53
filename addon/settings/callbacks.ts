// The settings entry points; who may call them is declared in entrypoints.ts (guard.ts), so each one here
// runs for a Network Manager. A save reads back only the fields its card showed, refuses a form that came
// back incomplete, and changes only the overrides of those fields; Import merges what it names, after
// showing what would change. Any other failure says "Nothing was saved" (entrypoints.ts).
import * as z from 'zod/mini';
import { toConfigFile } from '../../rules/index.ts';
import { actionParameters, formInputs } from '../event.ts';
import type { Caller } from '../guard.ts';
import { navigate, notify } from '../responses.ts';
import { schoolConfig, schoolRules, schoolRulesMeta } from '../school-config.ts';
import type { Services } from '../services.ts';
import { when } from '../time.ts';
import { describeChanges } from './changes.ts';
import { diagnosticsLines } from './diagnostics.ts';
import { allWeeks } from '../stats/store.ts';
import { periodWeeks, technicalLines } from '../stats/summary.ts';
import { overrideFor, resolve, valuesNamed, type Overrides } from './overrides.ts';
import { leaves } from './paths.ts';
import { readForm } from './read-form.ts';
import { pageFields, settingsHomeCard, settingsPageCard } from './settings-cards.ts';
import { viewOf } from './settings-view.ts';
import { history, saveOverrides, settingsInForce, versionOverrides, type SaveResult, type SettingsInForce } from './store.ts';
import { diagnosticsCard, historyCard, IMPORT_FIELD, transferCard } from './transfer-cards.ts';

type Response = GoogleAppsScript.Card_Service.ActionResponse;

const OUT_OF_DATE = 'That button is out of date. Open Settings again. Nothing was saved.';
const Page = z.object({ page: z.string().check(z.regex(/^(organisation|history|transfer|diagnostics|rule:[a-z-]{1,60})$/)) });
const Version = z.object({ version: z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)) });
const Save = z.extend(Version, { page: Page.shape.page, reset: z.optional(z.literal('yes')) });
const Import = z.extend(Version, { mode: z.enum(['preview', 'merge', 'replace']) });
const Restore = z.extend(Version, { restore: z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)) });

const timeZone = (inForce: SettingsInForce) => inForce.config.organisation.timeZone;

export function showSettings(_event: unknown, services: Services, caller: Caller): Response {
  const card = settingsHomeCard(services.card, schoolRulesMeta, viewOf(services, caller.inForce), true);
  return navigate(services, (n) => n.pushCard(card));
}

export function showSettingsPage(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Page);
  if (!params) return notify(services, OUT_OF_DATE);
  const { inForce } = caller;
  const push = (card: GoogleAppsScript.Card_Service.Card) => navigate(services, (n) => n.pushCard(card));
  if (params.page === 'history')
    return push(historyCard(services.card, history(services), inForce.version, (ms) => when(ms, timeZone(inForce))));
  if (params.page === 'diagnostics') {
    // With what the statistics know of failures, which is for the Network Manager, not the DPO.
    const recent = periodWeeks('last4', services.now()).weeks;
    return push(
      diagnosticsCard(services.card, diagnosticsLines(services).concat(technicalLines(allWeeks(services.scriptProperties), recent))),
    );
  }
  const view = viewOf(services, inForce);
  if (params.page === 'transfer')
    return push(transferCard(services.card, inForce.version, view.source, inForce.overrides, toConfigFile(inForce.config)));
  if (!pageFields(params.page, schoolRulesMeta)) return notify(services, OUT_OF_DATE);
  return push(settingsPageCard(services.card, schoolRulesMeta, params.page, view));
}

function failure(result: Exclude<SaveResult, { ok: true }>, tz: string): string {
  switch (result.kind) {
    case 'conflict':
      return `Not saved: ${result.by} saved version ${result.version} at ${when(result.at, tz)}, since you opened these settings. Open Settings again to see their changes, then make yours.`;
    case 'busy':
      return 'Not saved: someone else is saving the settings at this moment. Press Save again in a few seconds.';
    case 'invalid':
      return `Not saved: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (marked below).`;
    case 'tooLarge':
      return `Not saved: ${result.message}. Shorten the longest lists, or ask for the statistics to be exported and trimmed.`;
  }
}

const bundledLeaves = () => leaves(toConfigFile(schoolConfig()));

/** The overrides after setting `values` (path → value) and putting `reset` paths back to the bundled file. */
function withValues(current: Overrides, values: Map<string, unknown>, reset: string[]): Overrides {
  const bundled = bundledLeaves();
  const next: Overrides = { ...current };
  for (const path of reset) delete next[path];
  for (const [path, value] of values) {
    const override = overrideFor(bundled.get(path), value);
    if (override) next[path] = override;
    else delete next[path];
  }
  return next;
}

export function saveSettingsFromForm(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Save);
  const fields = params && pageFields(params.page, schoolRulesMeta);
  if (!params || !fields) return notify(services, OUT_OF_DATE);
  const { inForce } = caller;
  const shown = viewOf(services, inForce);
  const inputs = formInputs(event);
  const read = params.reset
    ? { values: new Map<string, unknown>(), problems: [], missing: [] }
    : readForm(fields, inputs, (p) => shown.values[p] || []);
  if (read.missing.length) {
    const names = read.missing.map((f) => `“${f.label}”`).join(', ');
    return notify(services, `The form came back incomplete (${names} did not arrive), so nothing was saved. Open the page again and save.`);
  }
  const reset = fields.map((f) => f.path).filter((p) => params.reset || !read.values.has(p));
  const next = withValues(inForce.overrides, read.values, reset);
  const result: SaveResult = read.problems.length
    ? { ok: false, kind: 'invalid', problems: read.problems }
    : saveOverrides(services, next, params.version, caller.email, params.reset ? `${params.page} back to the bundled settings` : undefined);
  if (result.ok) {
    const saved = settingsInForce(services);
    const text = result.changes.length
      ? `Saved as version ${result.version}: ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}.`
      : `Saved as version ${result.version} (nothing changed).`;
    return navigate(
      services,
      (n) => n.updateCard(settingsPageCard(services.card, schoolRulesMeta, params.page, viewOf(services, saved))),
      text,
    );
  }
  // Whatever went wrong, the person's typing stays on the card, with each problem beside its field.
  const typed = { ...shown.values, ...Object.fromEntries(fields.filter((f) => inputs[f.path]).map((f) => [f.path, inputs[f.path]])) };
  const problems: Record<string, string[]> = {};
  if (result.kind === 'invalid') for (const p of result.problems) (problems[p.path] ||= []).push(p.message);
  const view = { ...viewOf(services, inForce, [failure(result, timeZone(inForce))]), version: params.version, values: typed, problems };
  return navigate(
    services,
    (n) => n.updateCard(settingsPageCard(services.card, schoolRulesMeta, params.page, view)),
    failure(result, timeZone(inForce)),
  );
}

/** What an import would make of the overrides, what that changes, and what is wrong with it. */
function importPlan(text: string, mode: 'preview' | 'merge' | 'replace', current: Overrides) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { next: current, changes: [], problems: [`This is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const named = valuesNamed(raw);
  // A path the bundled file does not have becomes an override too, so that resolve() names it as a problem.
  const next = withValues(mode === 'replace' ? {} : current, named, []);
  const before = resolve(schoolConfig(), current, schoolRules);
  const after = resolve(schoolConfig(), next, schoolRules);
  const problems = after.broken
    .filter((b) => named.has(b.path) || JSON.stringify(next[b.path]) !== JSON.stringify(current[b.path]))
    .map((b) => `${b.path}: ${b.message}`);
  return { next, changes: describeChanges(toConfigFile(before.config), toConfigFile(after.config)), problems };
}

export function importSettings(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Import);
  if (!params) return notify(services, OUT_OF_DATE);
  const { inForce } = caller;
  const text = (formInputs(event)[IMPORT_FIELD] || [''])[0];
  const plan = importPlan(text, params.mode, inForce.overrides);
  const source = viewOf(services, inForce).source;
  const show = (note?: string) =>
    navigate(
      services,
      (n) =>
        n.updateCard(
          transferCard(services.card, inForce.version, source, inForce.overrides, toConfigFile(inForce.config), { text, ...plan }),
        ),
      note,
    );
  if (params.mode === 'preview' || plan.problems.length)
    return show(plan.problems.length ? 'Not imported: see the problems marked.' : undefined);
  const note = params.mode === 'replace' ? 'imported from JSON, replacing all settings' : 'imported from JSON';
  const result = saveOverrides(services, plan.next, params.version, caller.email, note);
  if (!result.ok) return show(failure(result, timeZone(inForce)));
  const home = settingsHomeCard(services.card, schoolRulesMeta, viewOf(services, settingsInForce(services)), true);
  return navigate(
    services,
    (n) => n.popCard().updateCard(home),
    `Imported as version ${result.version}: ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}.`,
  );
}

/** Makes an old version current, as a new version (so the history keeps what was replaced). */
export function restoreSettings(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Restore);
  if (!params) return notify(services, OUT_OF_DATE);
  const overrides = versionOverrides(services, params.restore);
  if (overrides === undefined) return notify(services, `Version ${params.restore} is no longer kept. Nothing was saved.`);
  const result = saveOverrides(services, overrides, params.version, caller.email, `restored version ${params.restore}`);
  const tz = timeZone(caller.inForce);
  if (!result.ok) return notify(services, failure(result, tz));
  const current = settingsInForce(services);
  return navigate(
    services,
    (n) => n.updateCard(historyCard(services.card, history(services), current.version, (ms) => when(ms, tz))),
    `Version ${params.restore} restored as version ${result.version}.`,
  );
}
