// The settings entry points. Each one first asks, on the server, whether the signed-in user is a Network
// Manager: a teacher who calls one directly with hand-made parameters gets a polite refusal and nothing
// changes. Saving goes through the config's own validation; an invalid config is never stored.
import * as z from 'zod/mini';
import { parseConfig, toConfigFile, type ConfigIssue } from '../../rules/index.ts';
import { formInputs, actionParameters } from '../event.ts';
import { schoolConfig, schoolRules, schoolRulesMeta } from '../school-config.ts';
import { navigate, notify } from '../responses.ts';
import type { Services } from '../services.ts';
import { diagnosticsLines } from './diagnostics.ts';
import { allFields, readForm } from './form-fields.ts';
import { settingsPath } from './paths.ts';
import { hasRole } from './roles.ts';
import { exportCard, historyCard, importCard, IMPORT_FIELD, settingsCard, valuesOf, when, type SettingsForm } from './settings-card.ts';
import { history, saveSettings, settingsInForce, versionFile, type SaveResult, type SettingsInForce } from './store.ts';

type Response = GoogleAppsScript.Card_Service.ActionResponse;

export const REFUSAL = "Only the school's Network Manager can see or change draftlint's settings. Nothing was changed.";

const Version = z.object({ version: z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)) });
const Restore = z.extend(Version, { restore: z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)) });

/** The Network Manager's address and the settings in force, or undefined for anyone else. */
function networkManager(services: Services): { email: string; inForce: SettingsInForce } | undefined {
  const inForce = settingsInForce(services);
  const email = services.userEmail().trim().toLowerCase();
  return hasRole('networkManagers', email, inForce.config, schoolConfig()) ? { email, inForce } : undefined;
}

function sourceOf(services: Services, inForce: SettingsInForce): string {
  if (!inForce.version) return 'In force: the bundled draftlint.config.json';
  const info = history(services.scriptProperties).find((v) => v.version === inForce.version);
  return info ? `In force: version ${info.version}, saved by ${info.by} on ${when(info.at)}` : `In force: version ${inForce.version}`;
}

/** The form as stored, for a Network Manager opening it. */
function storedForm(services: Services, inForce: SettingsInForce, notices: string[] = []): SettingsForm {
  return {
    version: inForce.version,
    values: valuesOf(toConfigFile(inForce.config), schoolRulesMeta),
    problems: {},
    notices: (inForce.notice ? [inForce.notice] : []).concat(notices),
    source: sourceOf(services, inForce),
    diagnostics: diagnosticsLines(services),
  };
}

function problemsByField(issues: { at?: (string | number)[]; path: string; message: string }[]): Record<string, string[]> {
  const known = new Set(allFields(schoolRulesMeta).map((f) => f.path));
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.at ? settingsPath(issue.at) : issue.path;
    // A problem inside a list names the line (a rule's [severity, options] position is not a line); one
    // the form has no field for goes to the top.
    const at = issue.at || [];
    const last = at[at.length - 1];
    const line = typeof last === 'number' && !(at[0] === 'rules' && at.length === 3) ? `line ${last + 1}: ` : '';
    const key = known.has(field) ? field : '';
    (out[key] ||= []).push(key ? `${line}${issue.message}` : `${issue.path}: ${issue.message}`);
  }
  return out;
}

export function showSettings(_event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  return navigate(services, (n) => n.pushCard(settingsCard(services.card, schoolRulesMeta, storedForm(services, nm.inForce))));
}

function saveOutcome(result: Exclude<SaveResult, { ok: true }>): string {
  switch (result.kind) {
    case 'conflict':
      return `Not saved: ${result.by} saved version ${result.version} at ${when(result.at)}, since you opened these settings. Open Settings again to see their changes, then make yours.`;
    case 'busy':
      return 'Not saved: someone else is saving the settings at this moment. Press Save again in a few seconds.';
    case 'invalid':
      return `Not saved: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} (marked below).`;
  }
}

export function saveSettingsFromForm(event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  const params = actionParameters(event, Version);
  if (!params) return notify(services, 'That button is out of date. Open Settings again.');
  const inputs = formInputs(event);
  const { file, problems } = readForm(allFields(schoolRulesMeta), inputs);
  const parsed = parseConfig(file, schoolRules);
  const issues: { at?: (string | number)[]; path: string; message: string }[] = problems.concat(parsed.ok ? [] : parsed.issues);
  const result: SaveResult = issues.length
    ? { ok: false, kind: 'invalid', issues: issues as ConfigIssue[] }
    : saveSettings(services, file, params.version, nm.email);
  if (result.ok) {
    const saved = settingsInForce(services);
    const text = result.changes.length
      ? `Saved as version ${result.version}: ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}.`
      : `Saved as version ${result.version} (nothing changed).`;
    return navigate(services, (n) => n.updateCard(settingsCard(services.card, schoolRulesMeta, storedForm(services, saved))), text);
  }
  // Whatever went wrong, the person's typing is kept in the form.
  const form: SettingsForm = {
    ...storedForm(services, nm.inForce, [saveOutcome(result)]),
    version: params.version,
    values: { ...valuesOf(toConfigFile(nm.inForce.config), schoolRulesMeta), ...inputs },
    problems: result.kind === 'invalid' ? problemsByField(issues) : {},
  };
  return navigate(services, (n) => n.updateCard(settingsCard(services.card, schoolRulesMeta, form)), saveOutcome(result));
}

export function showExport(_event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  return navigate(services, (n) => n.pushCard(exportCard(services.card, toConfigFile(nm.inForce.config), sourceOf(services, nm.inForce))));
}

export function showImport(event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  const params = actionParameters(event, Version);
  return navigate(services, (n) => n.pushCard(importCard(services.card, params ? params.version : nm.inForce.version, '', [])));
}

export function importSettings(event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  const params = actionParameters(event, Version);
  if (!params) return notify(services, 'That button is out of date. Open Settings again.');
  const text = (formInputs(event)[IMPORT_FIELD] || [''])[0];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const problem = `This is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    return navigate(services, (n) => n.updateCard(importCard(services.card, params.version, text, [problem])), 'Not imported.');
  }
  const result = saveSettings(services, raw, params.version, nm.email, 'imported from JSON');
  if (!result.ok) {
    const problems = result.kind === 'invalid' ? result.issues.map((i) => `${i.path}: ${i.message}`) : [saveOutcome(result)];
    return navigate(services, (n) => n.updateCard(importCard(services.card, params.version, text, problems)), 'Not imported.');
  }
  const form = storedForm(services, settingsInForce(services));
  return navigate(
    services,
    (n) => n.popCard().updateCard(settingsCard(services.card, schoolRulesMeta, form)),
    `Imported as version ${result.version}.`,
  );
}

export function showHistory(_event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  return navigate(services, (n) => n.pushCard(historyCard(services.card, history(services.scriptProperties), nm.inForce.version)));
}

/** Makes an old version current, as a new version (so the history keeps what was replaced). */
export function restoreSettings(event: unknown, services: Services): Response {
  const nm = networkManager(services);
  if (!nm) return notify(services, REFUSAL);
  const params = actionParameters(event, Restore);
  if (!params) return notify(services, 'That button is out of date. Open the history again.');
  const file = versionFile(services.scriptProperties, params.restore);
  if (file === undefined) return notify(services, `Version ${params.restore} is no longer kept.`);
  const result = saveSettings(services, file, params.version, nm.email, `restored version ${params.restore}`);
  if (!result.ok)
    return notify(
      services,
      result.kind === 'invalid'
        ? `Version ${params.restore} does not validate with this version of draftlint, so it cannot be restored.`
        : saveOutcome(result),
    );
  const current = settingsInForce(services).version;
  return navigate(
    services,
    (n) => n.updateCard(historyCard(services.card, history(services.scriptProperties), current)),
    `Version ${params.restore} restored as version ${result.version}.`,
  );
}
