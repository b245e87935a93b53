// Whether a one-click fix took effect. Gmail applies an UpdateDraftActionResponse without telling the
// add-on, and Google documents nowhere what it does with an empty list, so after a fix draftlint remembers,
// for ten minutes in the user's own cache, only *which rule* it fixed (no address, no fingerprint). If the
// next check still offers a fix for that rule, the card says the fix did not apply and how to do it by hand.
import type { LintReport } from '../rules/index.ts';
import type { Services } from './services.ts';

const KEY = 'draftlint.fixPending';
/** Long enough for "fix, then Check again"; short enough that a new draft an hour later is not confused with it. */
const SECONDS = 600;

/** Called when a fix response goes back to Gmail. */
export function rememberFix(services: Services, ruleId: string): void {
  services.userCache.put(KEY, ruleId, SECONDS);
}

/**
 * The rule whose last fix did not take effect: the report still offers a fix for it. Reads the cache only
 * when the report offers a fix at all, so an ordinary check costs nothing; the memory is used once.
 */
export function fixNotApplied(services: Services, report: LintReport): string | undefined {
  const fixable = new Set(report.findings.filter((f) => f.fix).map((f) => f.ruleId));
  if (!fixable.size) return undefined;
  const ruleId = services.userCache.get(KEY);
  if (!ruleId) return undefined;
  services.userCache.remove(KEY);
  return fixable.has(ruleId) ? ruleId : undefined;
}
