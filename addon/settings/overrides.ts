// The school's settings as overrides on the bundled draftlint.config.json, as ESLint layers a config on what
// it extends: the store keeps only what the school changed, by settings path. A list is kept as what the
// school added to and removed from the bundled list, so entries a new bundled file adds still arrive; any
// other value replaces the bundled one. Resolving drops an override that no longer fits (an upgrade renamed
// or removed its option, or its value no longer validates) and says why, and keeps all the others in force.
import { parseConfig, toConfigFile, type AnyRule, type Config } from '../../rules/index.ts';
import { leaves, setAt, settingsPath } from './paths.ts';

type Override = { set: unknown } | { add: unknown[]; remove: unknown[] };
export type Overrides = Record<string, Override>;

export interface Resolved {
  config: Config;
  /** Overrides left out, each with the reason, shown on its field. */
  broken: { path: string; message: string }[];
}

const key = (value: unknown) => JSON.stringify(value);

/** The value of a setting after its override. */
export function applyOverride(bundled: unknown, override: Override): unknown {
  if ('set' in override) return override.set;
  const removed = new Set(override.remove.map(key));
  const list = Array.isArray(bundled) ? bundled : [];
  const out = list.filter((v) => !removed.has(key(v)));
  const seen = new Set(out.map(key));
  for (const v of override.add) {
    if (seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

/** The override that turns the bundled value into `value`, or undefined when they are the same. */
export function overrideFor(bundled: unknown, value: unknown): Override | undefined {
  if (key(bundled) === key(value)) return undefined;
  if (Array.isArray(bundled) && Array.isArray(value)) {
    const was = new Set(bundled.map(key));
    const now = new Set(value.map(key));
    return { add: value.filter((v) => !was.has(key(v))), remove: bundled.filter((v) => !now.has(key(v))) };
  }
  return { set: value };
}

function renamedMessage(path: string, rules: Record<string, AnyRule>): string {
  const [, id, option] = path.split('.');
  const renamed = rules[id]?.meta.renamedOptions?.[option];
  if (renamed) return `this option was renamed in this version of draftlint: write ${renamed} instead`;
  return rules[id] || !path.startsWith('rules.')
    ? 'is no longer a setting in this version of draftlint'
    : 'is not a draftlint rule any more';
}

/** The settings in force: the bundled file with every override that still fits; the rest named. */
export function resolve(bundled: Config, overrides: Overrides, rules: Record<string, AnyRule>): Resolved {
  const base = toConfigFile(bundled);
  const known = leaves(base);
  const broken: Resolved['broken'] = [];
  let kept = Object.keys(overrides).filter((path) => {
    if (known.has(path)) return true;
    broken.push({ path, message: renamedMessage(path, rules) });
    return false;
  });
  // Each pass drops the overrides the config names a problem at; at most one pass per override.
  for (;;) {
    const file = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    for (const path of kept) setAt(file, path, applyOverride(known.get(path), overrides[path]));
    const parsed = parseConfig(file, rules);
    if (parsed.ok) return { config: parsed.config, broken };
    const failing = new Set<string>();
    for (const issue of parsed.issues) {
      const path = settingsPath(issue.at ?? []);
      // The override at the path, else those of the same rule or section (maxVisible 60 over a bundled maxTotal 50).
      const near = kept.filter((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
      const owner = path
        .split('.')
        .slice(0, path.startsWith('rules.') ? 2 : 1)
        .join('.');
      for (const at of near.length ? near : kept.filter((p) => p.startsWith(`${owner}.`))) {
        failing.add(at);
        broken.push({ path: at, message: near.length ? issue.message : `${path.slice(owner.length + 1)}: ${issue.message}` });
      }
    }
    // An issue no override explains is the bundled file's own; the build validated it, so say so loudly.
    if (!failing.size) throw new Error(`the bundled draftlint config does not validate: ${parsed.issues[0].message}`);
    kept = kept.filter((p) => !failing.has(p));
  }
}

/** Every setting a config file names, as path → value (what an Import brings in, whatever it leaves out). */
export function valuesNamed(raw: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const file = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const k of Object.keys(value)) walk((value as Record<string, unknown>)[k], `${path}.${k}`);
    else out.set(path, value);
  };
  for (const section of ['organisation', 'roles']) if (file[section] !== undefined) walk(file[section], section);
  const rules = file.rules && typeof file.rules === 'object' ? (file.rules as Record<string, unknown>) : {};
  for (const id of Object.keys(rules)) {
    const entry = rules[id];
    out.set(`rules.${id}.severity`, Array.isArray(entry) ? entry[0] : entry);
    if (Array.isArray(entry) && entry[1] && typeof entry[1] === 'object') walk(entry[1], `rules.${id}`);
  }
  for (const k of Object.keys(file)) if (!['organisation', 'roles', 'rules', '$schema'].includes(k)) out.set(k, file[k]);
  return out;
}
