// What the DPO reads, as pure functions of the stored weeks: the weeks of a period (the last 4 weeks, this
// term, the last 12 months) and the one before it, per-rule figures with the fix rate and the false-alarm
// share, the weekly series for the chart, and the rows of the export.
import { DISMISS_REASONS, type DismissReason } from '../dismissals.ts';
import { isoWeek, weekStart } from '../../rules/index.ts';
import { addWeek, emptyWeek, parseCountKey, type WeekCounts } from './counting.ts';

export const PERIODS = { last4: 'Last 4 weeks', term: 'This term', year: 'Last 12 months' } as const;
export type Period = keyof typeof PERIODS;

const WEEK_MS = 7 * 86400000;

/** The start (ms) of the term a moment falls in, and of the term before, from the school's term start dates (MM-DD). */
function termStarts(ms: number, starts: readonly string[]): { current: number; previous: number } {
  const year = new Date(ms).getUTCFullYear();
  const all: number[] = [];
  for (const y of [year - 1, year]) for (const md of starts) all.push(Date.UTC(y, Number(md.slice(0, 2)) - 1, Number(md.slice(3, 5))));
  const past = all.filter((t) => t <= ms).sort((a, b) => a - b);
  const current = past[past.length - 1] ?? ms;
  return { current, previous: past[past.length - 2] ?? current - 13 * WEEK_MS };
}

const weeksBetween = (first: number, last: number): string[] => {
  const out: string[] = [];
  for (let t = weekStart(isoWeek(first)); t <= last; t += WEEK_MS) out.push(isoWeek(t));
  return out;
};

/**
 * The weeks of a period ending with the current week, and the period compared with it: the weeks just
 * before (for the last 4 weeks and 12 months), or the term before (for this term, so that the autumn term
 * is never compared with the summer holiday).
 */
export function periodWeeks(
  period: Period,
  now: number,
  terms: readonly string[] = ['09-01', '01-01', '04-15'],
): { weeks: string[]; previous: string[] } {
  const thisWeek = weekStart(isoWeek(now));
  if (period === 'term') {
    const { current, previous } = termStarts(now, terms);
    return { weeks: weeksBetween(current, thisWeek), previous: weeksBetween(previous, weekStart(isoWeek(current)) - WEEK_MS) };
  }
  const count = period === 'last4' ? 4 : 52;
  const first = thisWeek - (count - 1) * WEEK_MS;
  return { weeks: weeksBetween(first, thisWeek), previous: weeksBetween(first - count * WEEK_MS, first - WEEK_MS) };
}

/** "w/c 9 Nov": a week as the Monday it starts on, as schools say it. */
export function weekLabel(week: string): string {
  const d = new Date(weekStart(week));
  return `w/c ${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}`;
}

/** A count as the DPO sees it: below `smallest` (but not zero) only as "fewer than N", so it cannot point at a person. */
export const shownCount = (n: number, smallest: number): string => (n > 0 && n < smallest ? `fewer than ${smallest}` : String(n));

export interface RuleFigures {
  shown: number;
  fixed: number;
  dismissed: Record<DismissReason, number>;
  audited: number;
  /** Found by "Check what I sent" in messages already sent. */
  afterSending: number;
}

export interface Summary {
  totals: WeekCounts;
  rules: Record<string, RuleFigures>;
}

export const noReasons = (): Record<DismissReason, number> => ({
  oneFamily: 0,
  protectedAnotherWay: 0,
  notApplicable: 0,
  falseAlarm: 0,
  rightRecipient: 0,
});

export function summarise(stored: Record<string, WeekCounts>, weeks: string[]): Summary {
  const totals = emptyWeek();
  const rules: Record<string, RuleFigures> = {};
  for (const week of weeks) {
    const counts = stored[week];
    if (!counts) continue;
    addWeek(totals, counts);
    for (const key of Object.keys(counts.counts)) {
      const { ruleId, outcome, reason } = parseCountKey(key);
      const figures = (rules[ruleId] ||= { shown: 0, fixed: 0, dismissed: noReasons(), audited: 0, afterSending: 0 });
      const n = counts.counts[key];
      if (outcome === 'dismissed') {
        if (reason in DISMISS_REASONS) figures.dismissed[reason as DismissReason] += n;
      } else if (outcome === 'shown' || outcome === 'fixed' || outcome === 'audited' || outcome === 'afterSending') figures[outcome] += n;
    }
  }
  return { totals, rules };
}

export const dismissedTotal = (f: RuleFigures) => Object.values(f.dismissed).reduce((a, b) => a + b, 0);
/** Share of the findings shown that were fixed in one click; undefined when nothing was shown. */
export const fixRate = (f: RuleFigures) => (f.shown ? f.fixed / f.shown : undefined);
/** Dismissed as a false alarm ÷ shown: the Network Manager's measure of a rule's noise. */
export const falseAlarmShare = (f: RuleFigures) => (f.shown ? f.dismissed.falseAlarm / f.shown : undefined);

/** "40 %", and the change against the previous period in points ("+5 pts"); "—" when there is nothing to divide. */
export function percentWithChange(now: number | undefined, before: number | undefined): string {
  if (now === undefined) return '—';
  const text = `${Math.round(now * 100)} %`;
  if (before === undefined) return `${text} (no figure before)`;
  const points = Math.round((now - before) * 100);
  return `${text} (${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pts)`;
}

export interface WeekTotals {
  week: string;
  shown: number;
  fixed: number;
  dismissed: number;
  audited: number;
  afterSending: number;
}

/** Each week's totals over all rules (or one rule), for the charts and their text. */
export function weeklySeries(stored: Record<string, WeekCounts>, weeks: string[], ruleId?: string): WeekTotals[] {
  return weeks.map((week) => {
    const row: WeekTotals = { week, shown: 0, fixed: 0, dismissed: 0, audited: 0, afterSending: 0 };
    const counts = stored[week] ? stored[week].counts : {};
    for (const key of Object.keys(counts)) {
      const parsed = parseCountKey(key);
      if (!ruleId || parsed.ruleId === ruleId) row[parsed.outcome] += counts[key];
    }
    return row;
  });
}

/** The Network Manager's lines from the same weeks: drafts whose text could not be read, and rules that failed. */
export function technicalLines(stored: Record<string, WeekCounts>, weeks: string[]): string[] {
  const t = summarise(stored, weeks).totals;
  const failed = Object.keys(t.rulesFailed).map((id) => `${id} ${t.rulesFailed[id]}`);
  return [
    `Last ${weeks.length} weeks: drafts whose text could not be read: not saved yet ${t.unread.notSaved}, ambiguous ${t.unread.ambiguous}.`,
    `Rules that failed on a draft: ${failed.length ? failed.join(', ') : 'none'}.`,
  ];
}

export const CSV_HEADER = ['week', 'rule', 'severity', 'outcome', 'reason', 'count'] as const;
export type ExportRow = [string, string, string, string, string, number];

/** One row per week × rule × severity × outcome (× reason), in week order: what the export writes. */
export function exportRows(stored: Record<string, WeekCounts>, weeks: string[]): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const week of weeks.slice().sort()) {
    const counts = stored[week] ? stored[week].counts : {};
    for (const key of Object.keys(counts).sort()) {
      const { ruleId, severity, outcome, reason } = parseCountKey(key);
      rows.push([week, ruleId, severity, outcome, reason, counts[key]]);
    }
    // The after-sending figures belong to no rule: "Check what I sent" runs and notes to the DPO started.
    const after = stored[week] ? stored[week].afterSending : undefined;
    for (const [outcome, n] of [
      ['sentMailChecks', after ? after.checks : 0],
      ['dpoNotes', after ? after.dpoNotes : 0],
      ['nearMissNotes', after ? after.nearMissNotes : 0],
    ] as const)
      if (n) rows.push([week, '', '', outcome, '', n]);
  }
  return rows;
}

export function toCsv(rows: ExportRow[]): string {
  // Every value is a rule id, a severity, a week, a word or a number: nothing needs quoting.
  return [CSV_HEADER.join(',')].concat(rows.map((r) => r.join(','))).join('\n');
}
