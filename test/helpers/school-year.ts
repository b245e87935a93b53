// A simulated school year of statistics, to measure the store: 1,000 staff × 30 checks a school day, five
// days a week, every week written through the real store (batches, lock, week format). Each week holds
// every count a week can hold — each rule at each severity it can report, shown, fixed (where a rule
// fixes), dismissed for each reason, audited — so the size measured is the most a week can take.
import { builtInRules } from '../../rules/index.ts';
import { isoWeek } from '../../rules/index.ts';
import { countKey, emptyWeek, type WeekCounts } from '../../addon/stats/counting.ts';
import { send } from '../../addon/stats/store.ts';
import { fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';

const LOWER = { error: ['error', 'warning', 'info'], warning: ['warning', 'info'], info: ['info'] } as const;
const REASONS = ['oneFamily', 'protectedAnotherWay', 'notApplicable', 'falseAlarm'] as const;

/** The fullest week 150,000 checks can make: every key, with counts of realistic size. */
export function fullWeek(checks: number): WeekCounts {
  const week = emptyWeek();
  week.drafts = Math.round(checks / 3);
  week.draftsWithError = Math.round(checks / 40);
  week.unread = { notSaved: Math.round(checks / 20), ambiguous: Math.round(checks / 500) };
  for (const rule of Object.values(builtInRules)) {
    week.rulesFailed[rule.meta.id] = 3;
    for (const severity of LOWER[rule.meta.defaultSeverity]) {
      week.counts[countKey(rule.meta.id, severity, 'shown')] = Math.round(checks / 50);
      week.counts[countKey(rule.meta.id, severity, 'audited')] = Math.round(checks / 70);
      if (rule.meta.fixable) week.counts[countKey(rule.meta.id, severity, 'fixed')] = Math.round(checks / 90);
      for (const reason of REASONS) week.counts[countKey(rule.meta.id, severity, 'dismissed', reason)] = Math.round(checks / 400);
    }
  }
  return week;
}

export interface YearSize {
  weeks: number;
  /** Bytes of every statistics key and value in the script store. */
  bytes: number;
  largestWeekBytes: number;
  shared: SharedScript;
}

/** Writes `weeks` weeks of a busy school through the store, each week in batches from 20 senders. */
export function simulateWeeks(weeks: number, checksPerWeek = 1000 * 30 * 5): YearSize {
  const shared = sharedScript();
  const senders = Array.from({ length: 20 }, (_, i) => fakeServices(fakeWorld({ userEmail: `staff${i}@school.example`, shared })));
  const share = fullWeek(checksPerWeek / senders.length);
  for (let w = 0; w < weeks; w++) {
    const week = isoWeek(shared.clock.now);
    for (const services of senders) send(services, { [week]: JSON.parse(JSON.stringify(share)) });
    shared.clock.advance(7 * 86400);
  }
  let bytes = 0;
  let largestWeekBytes = 0;
  for (const [key, value] of shared.properties.values) {
    if (!key.startsWith('draftlint.stats')) continue;
    const size = new TextEncoder().encode(key + value).length;
    bytes += size;
    largestWeekBytes = Math.max(largestWeekBytes, size);
  }
  return { weeks, bytes, largestWeekBytes, shared };
}
