// The school's config, validated at build time and bundled into the add-on as __SCHOOL_CONFIG__, and the
// rules it configures: the one place in addon/ that names the registry (cards are handed its metadata).
import { builtInRules, parseConfig, rulesMeta, type Config } from '../rules/index.ts';

export const schoolRules = builtInRules;
export const schoolRulesMeta = rulesMeta(schoolRules);

declare const __SCHOOL_CONFIG__: unknown;

let cached: Config | undefined;

/** The build already rejected a bad config, so failing here means a broken build: say so loudly. */
export function schoolConfig(): Config {
  if (!cached) {
    const parsed = parseConfig(__SCHOOL_CONFIG__, schoolRules);
    if (!parsed.ok) throw new Error(`the bundled draftlint config is invalid: ${parsed.issues[0].message}`);
    cached = parsed.config;
  }
  return cached;
}
