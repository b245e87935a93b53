// The engine: runs every enabled rule on a draft, fills the messages, stamps the configured severity,
// and keeps going when a rule cannot run (a field was not read) or fails (a bug): one bad rule never hides the rest.
import type { Config } from './config.ts';
import { activeSeverity, resolveOrganisation } from './config.ts';
import { describeFields, engineMessages, fillTemplate } from './messages.ts';
import type { ActiveSeverity, AnyRule, Attachment, Draft, DraftField, DraftWith, Finding, LintReport } from './types.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const BY_ORDER: ActiveSeverity[] = ['error', 'warning', 'info'];

/** A severity `steps` lower, never below info. */
function lower(severity: ActiveSeverity, steps: number): ActiveSeverity {
  return BY_ORDER[Math.min(2, SEVERITY_ORDER[severity] + steps)];
}

export function lint(draft: Draft, config: Config, registry: Record<string, AnyRule>): LintReport {
  const report: LintReport = { findings: [], notChecked: [] };
  const org = resolveOrganisation(config, draft.from && draft.from.address);
  for (const id of Object.keys(config.rules)) {
    const setting = config.rules[id];
    const severity = activeSeverity(setting);
    const rule = registry[id];
    if (!severity || !rule) continue;
    const missing = rule.meta.needs.filter((field) => draft[field] === undefined);
    if (missing.length) {
      report.notChecked.push({ ruleId: id, reason: fillTemplate(engineMessages.fieldsUnread, { fields: describeFields(missing) }) });
      continue;
    }
    try {
      // The `missing` check above is what makes this cast true.
      const findings = rule.check(draft as DraftWith<DraftField>, setting.options, org).map((r): Finding => ({
        ruleId: id,
        severity: r.demote ? lower(severity, r.demote) : severity,
        messageId: r.messageId,
        message: fillTemplate(messageTemplate(rule, r.messageId), r.data),
        policy: rule.meta.policy,
        ...(r.location && { location: r.location }),
        ...(r.evidence && { evidence: r.evidence }),
        ...(r.fix && { fix: r.fix }),
        ...(r.suggestions && { suggestions: r.suggestions }),
      }));
      for (const f of findings) report.findings.push(f);
    } catch (error) {
      report.findings.push(ruleFailed(rule, error));
    }
  }
  report.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return report;
}

function messageTemplate(rule: AnyRule, messageId: string): string {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`unknown message id "${messageId}"`);
  return template;
}

function ruleFailed(rule: AnyRule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: rule.meta.id,
    severity: 'warning',
    messageId: 'ruleFailed',
    message: fillTemplate(engineMessages.ruleFailed, { error: reason }),
    policy: rule.meta.policy,
  };
}

/** Whether any enabled rule would read the bytes of this attachment (see `Rule.wantsBytes`). */
export function wantsBytes(attachment: Attachment, config: Config, registry: Record<string, AnyRule>): boolean {
  return Object.keys(config.rules).some((id) => {
    const rule = registry[id];
    const setting = config.rules[id];
    return !!rule && !!rule.wantsBytes && activeSeverity(setting) !== undefined && rule.wantsBytes(attachment, setting.options);
  });
}
