// Settings paths: how the settings card, its errors and the history name a setting. A path reads as the
// setting it is ("rules.max-recipients.maxVisible", "rules.max-recipients.severity",
// "organisation.partnerDomains", "roles.dpo") and maps to one place in draftlint.config.json
// (rules["max-recipients"][1].maxVisible, rules["max-recipients"][0], …).
import type { ConfigFile } from '../../rules/index.ts';

export type Leaf = string | number | boolean | unknown[] | null;

/** Where a settings path lives in the file: the keys to walk. */
export function fileKeys(path: string): (string | number)[] {
  const [section, ...rest] = path.split('.');
  if (section !== 'rules') return [section, ...rest];
  const [id, ...option] = rest;
  return option.length === 1 && option[0] === 'severity' ? ['rules', id, 0] : ['rules', id, 1, ...option];
}

/** The settings path of the value at these file keys (a config issue's `at`), down to the list it is in. */
export function settingsPath(at: readonly (string | number)[]): string {
  const keys = at.filter((k): k is string => typeof k === 'string'); // list positions belong to the list's field
  if (keys[0] !== 'rules' || keys.length < 2) return keys.join('.');
  const option = at[2] === 1 ? keys.slice(2) : [];
  return option.length ? `rules.${keys[1]}.${option.join('.')}` : `rules.${keys[1]}.severity`;
}

/** Every setting of a file as path → value; objects are walked, lists and plain values are leaves. */
export function leaves(file: ConfigFile): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
    } else out.set(path, value as Leaf);
  };
  walk(file.organisation, 'organisation');
  walk(file.roles, 'roles');
  for (const id of Object.keys(file.rules)) {
    out.set(`rules.${id}.severity`, file.rules[id][0]);
    const options = file.rules[id][1];
    if (options && typeof options === 'object')
      for (const key of Object.keys(options)) walk((options as Record<string, unknown>)[key], `rules.${id}.${key}`);
  }
  return out;
}

/** Sets a value at a settings path in a file being built (objects and rule entries made as needed). */
export function setAt(file: Record<string, unknown>, path: string, value: unknown): void {
  const keys = fileKeys(path);
  let node: Record<string | number, unknown> = file;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    const next = keys[i + 1];
    if (node[key] === undefined || node[key] === null) node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}
