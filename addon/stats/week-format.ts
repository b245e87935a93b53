// How a week is written in its script property: compact, because two years of weeks share the store's
// 500 KB with everything else and one week must stay under the 9 KB value limit. Rule ids are listed once
// per week and each count is keyed by the rule's position and one letter each for severity, outcome and
// reason: "3ed4": 2 is rule 3, error, dismissed as a false alarm, twice.
import { parseJson } from '../json.ts';
import { emptyWeek, parseCountKey, countKey, type Outcome, type WeekCounts } from './counting.ts';
import type { DismissReason } from '../dismissals.ts';

export interface WeekRecord extends WeekCounts {
  /** Random ids of batches taken in but not yet let go of by their sender. Not linked to anyone. */
  inFlight: string[];
}

interface Stored {
  /** Rule ids, by position. */
  r: string[];
  c: Record<string, number>;
  d: number;
  e: number;
  u: [number, number];
  /** Rules failed, by position. */
  f: Record<string, number>;
  i: string[];
  /** Counts whose parts have no letter (none today): kept whole rather than lost. */
  l?: Record<string, number>;
  /** After sending: checks run, DPO notes, near-miss notes (absent in weeks written before). */
  s?: [number, number, number];
}

const SEVERITY: Record<string, string> = { error: 'e', warning: 'w', info: 'i' };
const OUTCOME: Record<Outcome, string> = { shown: 's', fixed: 'f', dismissed: 'd', audited: 'a', afterSending: 'x' };
const REASON: Record<DismissReason, string> = {
  oneFamily: '1',
  protectedAnotherWay: '2',
  notApplicable: '3',
  falseAlarm: '4',
  rightRecipient: '5',
};
const invert = (map: Record<string, string>) => Object.fromEntries(Object.keys(map).map((k) => [map[k], k]));
const FROM_SEVERITY = invert(SEVERITY);
const FROM_OUTCOME = invert(OUTCOME);
const FROM_REASON = invert(REASON);

export function encodeWeek(record: WeekRecord): string {
  const rules: string[] = [];
  const position = (id: string) => {
    const at = rules.indexOf(id);
    return at >= 0 ? at : rules.push(id) - 1;
  };
  const out: Stored = {
    r: rules,
    c: {},
    d: record.drafts,
    e: record.draftsWithError,
    u: [record.unread.notSaved, record.unread.ambiguous],
    f: {},
    i: record.inFlight,
  };
  const a = record.afterSending;
  if (a.checks || a.dpoNotes || a.nearMissNotes) out.s = [a.checks, a.dpoNotes, a.nearMissNotes];
  for (const key of Object.keys(record.counts)) {
    const { ruleId, severity, outcome, reason } = parseCountKey(key);
    const s = SEVERITY[severity];
    const o = OUTCOME[outcome];
    const r = reason ? REASON[reason as DismissReason] : '';
    if (!s || !o || r === undefined) (out.l ||= {})[key] = record.counts[key];
    else out.c[`${position(ruleId)}${s}${o}${r}`] = record.counts[key];
  }
  for (const id of Object.keys(record.rulesFailed)) out.f[position(id)] = record.rulesFailed[id];
  return JSON.stringify(out);
}

export function decodeWeek(text: string | null | undefined): WeekRecord {
  const record: WeekRecord = { ...emptyWeek(), inFlight: [] };
  // A damaged week reads as empty rather than stopping every count after it.
  const stored = parseJson<Stored>(text);
  if (!stored || !Array.isArray(stored.r)) return record;
  for (const code of Object.keys(stored.c || {})) {
    const m = /^(\d+)([a-z])([a-z])(\d?)$/.exec(code);
    const ruleId = m && stored.r[Number(m[1])];
    if (!m || !ruleId) continue;
    const key = countKey(ruleId, FROM_SEVERITY[m[2]], FROM_OUTCOME[m[3]] as Outcome, (FROM_REASON[m[4]] as DismissReason) || undefined);
    record.counts[key] = stored.c[code];
  }
  Object.assign(record.counts, stored.l || {});
  record.drafts = stored.d || 0;
  record.draftsWithError = stored.e || 0;
  record.unread = { notSaved: (stored.u && stored.u[0]) || 0, ambiguous: (stored.u && stored.u[1]) || 0 };
  for (const at of Object.keys(stored.f || {})) if (stored.r[Number(at)]) record.rulesFailed[stored.r[Number(at)]] = stored.f[at];
  record.inFlight = Array.isArray(stored.i) ? stored.i : [];
  const s = Array.isArray(stored.s) ? stored.s : [];
  record.afterSending = { checks: s[0] || 0, dpoNotes: s[1] || 0, nearMissNotes: s[2] || 0 };
  return record;
}
