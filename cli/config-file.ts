// Reads the school's config file (draftlint.config.json by default) for the CLI and the build, with one
// plain-English message for every way it can be wrong: missing, not JSON, or not a valid config.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtInRules, formatIssues, parseConfig, type Config } from '../rules/index.ts';

export const DEFAULT_CONFIG_FILE = 'draftlint.config.json';

export type LoadedConfig = { ok: true; config: Config; raw: unknown; source: string } | { ok: false; message: string };

/**
 * Loads `explicitPath`, or else `draftlint.config.json` in `cwd`, or else the built-in defaults.
 * An explicit path that does not exist is an error; a missing default file is not.
 */
export function loadConfigFile(explicitPath: string | undefined, cwd: string): LoadedConfig {
  const path = resolve(cwd, explicitPath ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicitPath) return { ok: false, message: `${explicitPath}: no such config file` };
    return fromRaw(undefined, '(built-in defaults)');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return fromRaw(raw, path);
}

function fromRaw(raw: unknown, source: string): LoadedConfig {
  const parsed = parseConfig(raw, builtInRules);
  if (!parsed.ok) return { ok: false, message: formatIssues(parsed.issues, source) };
  return { ok: true, config: parsed.config, raw: raw ?? {}, source };
}
