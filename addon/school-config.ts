// The school's config, validated at build time and bundled into the add-on as __SCHOOL_CONFIG__.
import { builtInRules, parseConfig, type Config } from '../rules/index.ts';

declare const __SCHOOL_CONFIG__: unknown;

let cached: Config | undefined;

/** The build already rejected a bad config, so failing here means a broken build: say so loudly. */
export function schoolConfig(): Config {
  if (!cached) {
    const parsed = parseConfig(__SCHOOL_CONFIG__, builtInRules);
    if (!parsed.ok) throw new Error(`the bundled draftlint config is invalid: ${parsed.issues[0].message}`);
    cached = parsed.config;
  }
  return cached;
}
