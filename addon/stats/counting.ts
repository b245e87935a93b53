// What the statistics count, as pure functions: the ISO week of a moment, and the increments one event
// adds given what this user's memory says was already counted on that draft. A draft counts once, each
// finding once per draft and outcome, however often Check again is pressed. Counts carry a rule id, a
// severity, an outcome and a dismissal reason: nothing that names a person or holds content.
import type { Finding, LintReport } from '../../rules/index.ts';
import type { SavedDraftOutcome } from '../check-result.ts';
import type { DismissReason } from '../dismissals.ts';

/** `afterSending`: found by "Check what I sent" in a message already sent. */
export type Outcome = 'shown' | 'fixed' | 'dismissed' | 'audited' | 'afterSending';

/** Increments for one week: counts by "rule|severity|outcome|reason" and the per-draft figures. */
export interface WeekCounts {
  counts: Record<string, number>;
  drafts: number;
  draftsWithError: number;
  /** Drafts whose subject, message and attachments could not be read. */
  unread: { notSaved: number; ambiguous: number };
  /** Rules that failed on a draft, by rule id. */
  rulesFailed: Record<string, number>;
  /** "Check what I sent" runs, and notes to the DPO started after sending and for near misses. */
  afterSending: { checks: number; dpoNotes: number; nearMissNotes: number };
}

export const emptyWeek = (): WeekCounts => ({
  counts: {},
  drafts: 0,
  draftsWithError: 0,
  unread: { notSaved: 0, ambiguous: 0 },
  rulesFailed: {},
  afterSending: { checks: 0, dpoNotes: 0, nearMissNotes: 0 },
});

export function countKey(ruleId: string, severity: string, outcome: Outcome, reason?: DismissReason): string {
  return [ruleId, severity, outcome, reason || ''].join('|');
}

export function parseCountKey(key: string): { ruleId: string; severity: string; outcome: Outcome; reason: string } {
  const [ruleId, severity, outcome, reason] = key.split('|');
  return { ruleId, severity, outcome: outcome as Outcome, reason: reason || '' };
}

/**
 * What a count is of, on one draft: a kind of finding (its rule and message), not its evidence, which
 * changes as recipients are edited ("2 parents visible", then "3"): the DPO counts drafts where a kind of
 * problem was shown, fixed or dismissed, once each.
 */
const kindKey = (f: Pick<Finding, 'ruleId' | 'messageId'>) => `${f.ruleId}:${f.messageId}`;

/** What this user has already counted on one draft: its findings by key, with the outcomes counted. */
export interface DraftMemory {
  counted: boolean;
  /** Why its text could not be read, once counted. */
  unread?: 'notSaved' | 'ambiguous';
  withError?: boolean;
  /** By finding key: what was counted, with the reason of a dismissal. */
  findings: Record<string, { rule: string; severity: string; outcomes: Outcome[]; reason?: DismissReason }>;
}

export const newMemory = (): DraftMemory => ({ counted: false, findings: {} });

function add(week: WeekCounts, key: string): void {
  week.counts[key] = (week.counts[key] || 0) + 1;
}

function once(
  memory: DraftMemory,
  key: string,
  f: Pick<Finding, 'ruleId' | 'severity'>,
  outcome: Outcome,
  week: WeekCounts,
  reason?: DismissReason,
): void {
  const seen = (memory.findings[key] ||= { rule: f.ruleId, severity: f.severity, outcomes: [] });
  if (seen.outcomes.indexOf(outcome) >= 0) return;
  seen.outcomes.push(outcome);
  if (reason) seen.reason = reason;
  add(week, countKey(f.ruleId, f.severity, outcome, reason));
}

/**
 * The increments of one check: the draft once, each kind of finding shown (or audited) once, an error
 * once per draft, a draft whose text could not be read once, a failed rule once.
 */
export function countCheck(memory: DraftMemory, check: { report: LintReport; savedDraft?: SavedDraftOutcome }): WeekCounts {
  const week = emptyWeek();
  if (!memory.counted) {
    memory.counted = true;
    week.drafts = 1;
  }
  if (!memory.unread && (check.savedDraft === 'notSaved' || check.savedDraft === 'ambiguous')) {
    memory.unread = check.savedDraft;
    week.unread[check.savedDraft] = 1;
  }
  for (const f of check.report.findings) {
    if (f.messageId === 'ruleFailed') {
      const key = `failed:${f.ruleId}`;
      if (!memory.findings[key]) {
        memory.findings[key] = { rule: f.ruleId, severity: f.severity, outcomes: ['shown'] };
        week.rulesFailed[f.ruleId] = 1;
      }
      continue;
    }
    once(memory, kindKey(f), f, 'shown', week);
  }
  for (const f of check.report.audited) once(memory, kindKey(f), f, 'audited', week);
  if (!memory.withError && check.report.findings.some((f) => f.severity === 'error' && f.messageId !== 'ruleFailed')) {
    memory.withError = true;
    week.draftsWithError = 1;
  }
  return week;
}

/** A one-click fix applied: once per finding and draft. */
export function countFix(memory: DraftMemory, f: Pick<Finding, 'ruleId' | 'messageId' | 'severity'>): WeekCounts {
  const week = emptyWeek();
  once(memory, kindKey(f), f, 'fixed', week);
  return week;
}

/**
 * A dismissal with its reason: once per kind of finding and draft, at the severity it was shown at on this
 * draft (from this user's memory; the finding's own when the memory expired).
 */
export function countDismissal(
  memory: DraftMemory,
  f: Pick<Finding, 'ruleId' | 'messageId' | 'severity'>,
  reason: DismissReason,
): WeekCounts {
  const week = emptyWeek();
  const seen = memory.findings[kindKey(f)];
  once(
    memory,
    kindKey(f),
    { ruleId: f.ruleId, severity: (seen ? seen.severity : f.severity) as Finding['severity'] },
    'dismissed',
    week,
    reason,
  );
  return week;
}

/**
 * What `from` counted that `into` has not: the increments when a compose session's memory, made before the
 * draft was saved, joins the draft's own (each thing still counted once), or goes in alone.
 */
export function mergeMemory(into: DraftMemory, from: DraftMemory): WeekCounts {
  const week = emptyWeek();
  if (from.counted && !into.counted) {
    into.counted = true;
    week.drafts = 1;
  }
  if (from.unread && !into.unread) {
    into.unread = from.unread;
    week.unread[from.unread] = 1;
  }
  if (from.withError && !into.withError) {
    into.withError = true;
    week.draftsWithError = 1;
  }
  for (const key of Object.keys(from.findings)) {
    const seen = from.findings[key];
    if (key.startsWith('failed:')) {
      if (!into.findings[key]) week.rulesFailed[seen.rule] = 1;
      into.findings[key] ||= seen;
      continue;
    }
    const f = { ruleId: seen.rule, severity: seen.severity as Finding['severity'] };
    for (const outcome of seen.outcomes) once(into, key, f, outcome, week, outcome === 'dismissed' ? seen.reason : undefined);
  }
  return week;
}

export function isEmpty(week: WeekCounts): boolean {
  return (
    !week.drafts &&
    !week.draftsWithError &&
    !week.unread.notSaved &&
    !week.unread.ambiguous &&
    !Object.keys(week.counts).length &&
    !Object.keys(week.rulesFailed).length &&
    !week.afterSending.checks &&
    !week.afterSending.dpoNotes &&
    !week.afterSending.nearMissNotes
  );
}

/** Adds `more` into `into`. */
export function addWeek(into: WeekCounts, more: WeekCounts): WeekCounts {
  for (const key of Object.keys(more.counts)) into.counts[key] = (into.counts[key] || 0) + more.counts[key];
  into.drafts += more.drafts;
  into.draftsWithError += more.draftsWithError;
  into.unread.notSaved += more.unread.notSaved;
  into.unread.ambiguous += more.unread.ambiguous;
  for (const rule of Object.keys(more.rulesFailed)) into.rulesFailed[rule] = (into.rulesFailed[rule] || 0) + more.rulesFailed[rule];
  into.afterSending.checks += more.afterSending.checks;
  into.afterSending.dpoNotes += more.afterSending.dpoNotes;
  into.afterSending.nearMissNotes += more.afterSending.nearMissNotes;
  return into;
}

const OUTCOME_LETTERS: Record<Outcome, string> = { shown: 's', fixed: 'f', dismissed: 'd', audited: 'a', afterSending: 'x' };
const LETTER_OUTCOMES: Record<string, Outcome> = { s: 'shown', f: 'fixed', d: 'dismissed', a: 'audited', x: 'afterSending' };

/**
 * A draft's memory as a short string for the user's own store ("1n1|rule:message=error,sf,;…"): whether the
 * draft, its unreadable text and its error were counted, then each kind of finding with its severity, the
 * outcomes counted and a dismissal's reason. Rule ids, message ids and severities only: no content.
 */
export function encodeMemory(m: DraftMemory): string {
  const head = `${m.counted ? 1 : 0}${m.unread === 'notSaved' ? 'n' : m.unread === 'ambiguous' ? 'a' : '-'}${m.withError ? 1 : 0}`;
  const findings = Object.keys(m.findings).map((key) => {
    const f = m.findings[key];
    return `${key}=${f.severity},${f.outcomes.map((o) => OUTCOME_LETTERS[o]).join('')},${f.reason || ''}`;
  });
  return [head, ...findings].join('|');
}

export function decodeMemory(text: string): DraftMemory {
  const [head, ...findings] = text.split('|');
  const memory: DraftMemory = { counted: head.charAt(0) === '1', findings: {} };
  if (head.charAt(1) === 'n') memory.unread = 'notSaved';
  if (head.charAt(1) === 'a') memory.unread = 'ambiguous';
  if (head.charAt(2) === '1') memory.withError = true;
  for (const entry of findings) {
    const at = entry.lastIndexOf('=');
    if (at < 0) continue;
    const key = entry.slice(0, at);
    const [severity, letters, reason] = entry.slice(at + 1).split(',');
    const rule = key.startsWith('failed:') ? key.slice(7) : key.slice(0, key.indexOf(':'));
    const outcomes = (letters || '').split('').flatMap((l) => (LETTER_OUTCOMES[l] ? [LETTER_OUTCOMES[l]] : []));
    memory.findings[key] = { rule, severity, outcomes, ...(reason && { reason: reason as DismissReason }) };
  }
  return memory;
}

/**
 * A "Check what I sent" of one sent message: each kind of finding counted once per message as found after
 * sending, however often the user checks again. The message's memory is keyed like a draft's.
 */
export function countAfterSending(memory: DraftMemory, findings: Finding[]): WeekCounts {
  const week = emptyWeek();
  for (const f of findings) once(memory, kindKey(f), f, 'afterSending', week);
  return week;
}
