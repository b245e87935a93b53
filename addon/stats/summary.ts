// What the DPO reads, as pure functions of the stored weeks: the weeks of a period (the last 4 weeks, this
// term, the last 12 months) and the one before it, per-rule figures with the fix rate and the false-alarm
// share, the weekly series for the chart, and the rows of the export.
import { DISMISS_REASONS, type DismissReason } from '../dismissals.ts';
import { isoWeek, weekStart } from '../../rules/index.ts';
import { addWeek, emptyWeek, parseCountKey, type WeekCounts } from './counting.ts';

export const PERIODS = { last4: 'Last 4 weeks', term: 'This term', year: 'Last 12 months' } as const;
export type Period = keyof typeof PERIODS;

const WEEK_MS = 7 * 86400000;

/**
 * The first week of the term a moment falls in: terms as English schools keep them, roughly —
 * autumn from 1 September, spring from 1 January, summer from 1 April (the week of Easter moves; a week
 * either side changes little in a term's figures).
 */
function termStart(ms: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const start = month >= 8 ? Date.UTC(year, 8, 1) : month >= 3 ? Date.UTC(year, 3, 1) : Date.UTC(year, 0, 1);
  return weekStart(isoWeek(start));
}

/** The weeks of a period ending with the current week, and of the period of equal length before it. */
export function periodWeeks(period: Period, now: number): { weeks: string[]; previous: string[] } {
  const thisWeek = weekStart(isoWeek(now));
  const first = period === 'last4' ? thisWeek - 3 * WEEK_MS : period === 'year' ? thisWeek - 51 * WEEK_MS : termStart(now);
  const count = Math.round((thisWeek - first) / WEEK_MS) + 1;
  const weeks: string[] = [];
  const previous: string[] = [];
  for (let i = 0; i < count; i++) {
    weeks.push(isoWeek(first + i * WEEK_MS));
    previous.push(isoWeek(first - (count - i) * WEEK_MS));
  }
  return { weeks, previous };
}

export interface RuleFigures {
  shown: number;
  fixed: number;
  dismissed: Record<DismissReason, number>;
  audited: number;
}

export interface Summary {
  totals: WeekCounts;
  rules: Record<string, RuleFigures>;
}

const noReasons = (): Record<DismissReason, number> => ({ oneFamily: 0, protectedAnotherWay: 0, notApplicable: 0, falseAlarm: 0 });

export function summarise(stored: Record<string, WeekCounts>, weeks: string[]): Summary {
  const totals = emptyWeek();
  const rules: Record<string, RuleFigures> = {};
  for (const week of weeks) {
    const counts = stored[week];
    if (!counts) continue;
    addWeek(totals, counts);
    for (const key of Object.keys(counts.counts)) {
      const { ruleId, outcome, reason } = parseCountKey(key);
      const figures = (rules[ruleId] ||= { shown: 0, fixed: 0, dismissed: noReasons(), audited: 0 });
      const n = counts.counts[key];
      if (outcome === 'dismissed') {
        if (reason in DISMISS_REASONS) figures.dismissed[reason as DismissReason] += n;
      } else if (outcome === 'shown' || outcome === 'fixed' || outcome === 'audited') figures[outcome] += n;
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
}

/** Each week's totals over all rules, for the chart and its text. */
export function weeklySeries(stored: Record<string, WeekCounts>, weeks: string[]): WeekTotals[] {
  return weeks.map((week) => {
    const row: WeekTotals = { week, shown: 0, fixed: 0, dismissed: 0, audited: 0 };
    const counts = stored[week] ? stored[week].counts : {};
    for (const key of Object.keys(counts)) row[parseCountKey(key).outcome] += counts[key];
    return row;
  });
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
  }
  return rows;
}

export function toCsv(rows: ExportRow[]): string {
  // Every value is a rule id, a severity, a week, a word or a number: nothing needs quoting.
  return [CSV_HEADER.join(',')].concat(rows.map((r) => r.join(','))).join('\n');
}
