// What the settings cards show, worked out once from the settings in force: each field's value as its
// widget shows it, the bundled value for its hint, the overrides that no longer fit (on their fields),
// which settings the school changed, and where the settings came from ("Version 4, saved by … on …").
import { toConfigFile } from '../../rules/index.ts';
import { schoolConfig, schoolRulesMeta } from '../school-config.ts';
import type { Services } from '../services.ts';
import { when } from '../time.ts';
import { allFields, widgetValue, type Field } from './form-fields.ts';
import { leaves } from './paths.ts';
import type { SettingsView } from './settings-cards.ts';
import { history, type SettingsInForce } from './store.ts';

/** A bundled value as the hint says it: "20", "on", "none", "gmail.com, hotmail.co.uk …". */
function bundledWords(field: Field, value: unknown): string {
  if (field.kind === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'string' ? v : Object.values(v as object).join(' ')));
    return items.length ? items.slice(0, 4).join(', ') + (items.length > 4 ? ' …' : '') : 'none';
  }
  return value === undefined ? '' : String(value);
}

function sourceOf(services: Services, inForce: SettingsInForce): string {
  if (!inForce.version) return 'In force: the bundled draftlint.config.json';
  const info = history(services).find((v) => v.version === inForce.version);
  const tz = inForce.config.organisation.timeZone;
  return info ? `Version ${info.version}, saved by ${info.by} on ${when(info.at, tz)}` : `Version ${inForce.version}`;
}

export function viewOf(services: Services, inForce: SettingsInForce, notices: string[] = []): SettingsView {
  const current = leaves(toConfigFile(inForce.config));
  const bundled = leaves(toConfigFile(schoolConfig()));
  const view: SettingsView = {
    version: inForce.version,
    source: sourceOf(services, inForce),
    notices: (inForce.notice ? [inForce.notice] : []).concat(notices),
    values: {},
    bundled: {},
    problems: {},
    changed: Object.keys(inForce.overrides),
    severities: {},
  };
  const fields = allFields(schoolRulesMeta);
  const known = new Set(fields.map((f) => f.path));
  for (const field of fields) {
    view.values[field.path] = widgetValue(field, current.get(field.path));
    view.bundled[field.path] = bundledWords(field, bundled.get(field.path));
  }
  for (const b of inForce.broken) {
    const at = known.has(b.path) ? b.path : '';
    (view.problems[at] ||= []).push(
      at ? `Your saved value was left out: ${b.message}` : `${b.path}: ${b.message}; this saved setting was left out.`,
    );
  }
  for (const id of Object.keys(inForce.config.rules)) view.severities[id] = inForce.config.rules[id].severity;
  return view;
}
