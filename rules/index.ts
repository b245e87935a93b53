// The registry of built-in rules (sorted by id; the id is the file name and the doc page name) and the
// recommended config, which runs every rule at its default severity.
import type { AnyRule, Severity } from './engine/types.ts';
import { maxRecipients } from './max-recipients.ts';
import { noLookalikeRecipient } from './no-lookalike-recipient.ts';
import { requireBccForParents } from './require-bcc-for-parents.ts';

export const builtInRules: Record<string, AnyRule> = {
  'max-recipients': maxRecipients,
  'no-lookalike-recipient': noLookalikeRecipient,
  'require-bcc-for-parents': requireBccForParents,
};

export const recommendedConfig: { rules: Record<string, Severity> } = {
  rules: Object.fromEntries(Object.keys(builtInRules).map((id) => [id, builtInRules[id].meta.defaultSeverity])),
};

export { lint } from './engine/lint.ts';
export { parseConfig, resolveOrganisation } from './engine/config.ts';
export { formatIssues } from './engine/config-issues.ts';
export { applyEdit } from './engine/fix.ts';
export type * from './engine/types.ts';
export type { Config, ConfigIssue, ParseResult } from './engine/config.ts';
