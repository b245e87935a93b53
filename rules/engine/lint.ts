// The engine: sets every enabled rule up once per config and organisation (createLinter), then runs them
// on each draft with its text and links prepared once, fills the messages, stamps the configured severity,
// and keeps going when a rule cannot run (a field was not read) or fails (a bug): one bad rule never hides the rest.
import { RecentlyUsed } from '../lib/recently-used.ts';
import { findLinks } from '../text/links.ts';
import { prepareText } from '../text/prepare.ts';
import type { Config } from './config.ts';
import { activeSeverity, organisationKey, resolveOrganisation } from './config.ts';
import { describeFields, engineMessages, fillTemplate } from './messages.ts';
import { OrganisationScans, PlanCache } from './scans.ts';
import type {
  ActiveSeverity,
  AnyRule,
  Attachment,
  Check,
  CheckContext,
  Draft,
  RulesMeta,
  DraftField,
  DraftWith,
  Finding,
  LintReport,
  Link,
  PreparedText,
  SetupMemo,
} from './types.ts';

/** Organisations whose rule setups a linter keeps (with no internal domains configured, one per sender domain). */
const KEPT_ORGANISATIONS = 16;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const BY_ORDER: ActiveSeverity[] = ['error', 'warning', 'info'];

/** A severity `steps` lower, never below info. */
function lower(severity: ActiveSeverity, steps: number): ActiveSeverity {
  return BY_ORDER[Math.min(2, SEVERITY_ORDER[severity] + steps)];
}

export interface Linter {
  lint(draft: Draft): LintReport;
}

/** The draft's text, links and registered scans' matches, each prepared the first time a rule asks, then shared. */
function contextOf(draft: Draft, scans: OrganisationScans): CheckContext {
  let text: PreparedText | undefined;
  let links: Link[] | undefined;
  const prepared = () => (text ??= prepareText(draft));
  return { text: prepared, links: () => (links ??= findLinks(prepared())), matches: scans.forDraft(prepared) };
}

/** One organisation's rule setups: each rule's check (or why it could not be set up), and their scans. */
interface Setups {
  checks: Map<string, Check<DraftField> | Error>;
  scans: OrganisationScans;
}

/**
 * A linter for one config: each rule's setup runs once per organisation (the internal domains can come
 * from the sender's, so one per sender domain at most), and its check once per draft. A setup that throws
 * is that rule failing, as a check that throws is. The setups of the organisations used most recently are
 * kept, so an mbox from thousands of senders holds a few sets of compiled lists, not thousands.
 */
export function createLinter(config: Config, registry: Record<string, AnyRule>): Linter {
  const setupsByOrg = new RecentlyUsed<string, Setups>(KEPT_ORGANISATIONS);
  const plans = new PlanCache();
  // Per rule, what its setups share across organisations (SetupMemo): kept for the linter's life.
  const memos = new Map<string, SetupMemo>();
  const memoFor = (id: string): SetupMemo => {
    let memo = memos.get(id);
    if (!memo) {
      const made = new Map<string, unknown>();
      memo = <T>(key: string, make: () => T): T => {
        if (!made.has(key)) made.set(key, make());
        return made.get(key) as T;
      };
      memos.set(id, memo);
    }
    return memo;
  };
  // The enabled rules, in config order, worked out once rather than for every draft.
  const active: ActiveRule[] = [];
  for (const id of Object.keys(config.rules)) {
    const rule = registry[id];
    const severity = rule && activeSeverity(config.rules[id], rule);
    if (rule && severity) active.push({ id, rule, severity, audit: config.rules[id].severity === 'audit' });
  }
  const setupsFor = (draft: Draft): Setups => {
    const sender = draft.from && draft.from.address;
    return setupsByOrg.get(organisationKey(config, sender), () => {
      const org = resolveOrganisation(config, sender);
      const setups: Setups = { checks: new Map(), scans: new OrganisationScans(plans) };
      for (const { id, rule } of active) {
        try {
          setups.checks.set(id, rule.create(config.rules[id].options, org, memoFor(id), setups.scans));
        } catch (error) {
          setups.checks.set(id, error instanceof Error ? error : new Error(String(error)));
        }
      }
      return setups;
    });
  };
  return { lint: (draft) => run(draft, active, setupsFor(draft)) };
}

/** One draft checked with a config: the linter for it, used once. A caller with many drafts makes a linter. */
export function lint(draft: Draft, config: Config, registry: Record<string, AnyRule>): LintReport {
  return createLinter(config, registry).lint(draft);
}

/** An enabled rule of a linter's config: its severity, and whether it is on trial (audit). */
interface ActiveRule {
  id: string;
  rule: AnyRule;
  severity: ActiveSeverity;
  audit: boolean;
}

function run(draft: Draft, active: ActiveRule[], { checks, scans }: Setups): LintReport {
  const report: LintReport = { findings: [], notChecked: [], audited: [] };
  const context = contextOf(draft, scans);
  for (const { id, rule, severity, audit } of active) {
    const check = checks.get(id);
    if (!check) continue;
    // A rule on trial reports into `audited`, and says nothing to staff, not even that it could not run.
    const into = audit ? report.audited : report.findings;
    let missing: DraftField[] | undefined;
    for (const field of rule.meta.needs) if (draft[field] === undefined) (missing ??= []).push(field);
    if (missing) {
      if (!audit)
        report.notChecked.push({ ruleId: id, reason: fillTemplate(engineMessages.fieldsUnread, { fields: describeFields(missing) }) });
      continue;
    }
    try {
      if (check instanceof Error) throw check;
      // The `missing` check above is what makes this cast true.
      // Findings are made in full before any is reported: a rule that fails half-way reports only its failure.
      const findings = check(draft as DraftWith<DraftField>, context).map((r): Finding => ({
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
      for (const f of findings) into.push(f);
    } catch (error) {
      into.push(ruleFailed(rule, error));
    }
  }
  report.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  report.audited.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
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
    return !!rule && !!rule.wantsBytes && activeSeverity(setting, rule) !== undefined && rule.wantsBytes(attachment, setting.options);
  });
}

/** Whether any enabled rule would compare the recipients with the sender's known correspondents. */
export function wantsCorrespondents(config: Config, registry: Record<string, AnyRule>): boolean {
  return Object.keys(config.rules).some((id) => {
    const rule = registry[id];
    const setting = config.rules[id];
    return !!rule && !!rule.wantsCorrespondents && activeSeverity(setting, rule) !== undefined && rule.wantsCorrespondents(setting.options);
  });
}

/** The metadata of a registry's rules, for the cards and formatters that describe findings. */
export function rulesMeta(registry: Record<string, AnyRule>): RulesMeta {
  const meta: Record<string, AnyRule['meta']> = {};
  for (const id of Object.keys(registry)) meta[id] = registry[id].meta;
  return meta;
}
