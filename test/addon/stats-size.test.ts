// The statistics store's size: a busy school's year, and two years (the retention), stay well under the
// 500 KB that script properties hold for everything, and no week comes near the 9 KB value limit.
import { describe, expect, it } from 'vitest';
import { allWeeks } from '../../addon/stats/store.ts';
import { PROPERTY_LIMITS } from '../fakes/properties.ts';
import { fullWeek, simulateWeeks } from '../helpers/school-year.ts';

describe('statistics store size', () => {
  it('a year of 1,000 staff × 30 checks a day, every kind of count every week: well under the store', () => {
    const year = simulateWeeks(52);
    expect(Object.keys(allWeeks(year.shared.properties.asReal()))).toHaveLength(52);
    expect(year.largestWeekBytes).toBeLessThan(PROPERTY_LIMITS.valueBytes / 2);
    expect(year.bytes).toBeLessThan(PROPERTY_LIMITS.storeBytes / 3);
    // Written and read back exactly: the compact form loses nothing.
    const [first] = Object.values(allWeeks(year.shared.properties.asReal()));
    const expected = fullWeek((1000 * 30 * 5) / 20);
    expect(first.counts['require-bcc-for-parents|warning|dismissed|falseAlarm']).toBe(
      20 * expected.counts['require-bcc-for-parents|warning|dismissed|falseAlarm'],
    );
  });

  it('two years (the retention) and more: old weeks go, the store stops growing', () => {
    const long = simulateWeeks(120);
    expect(Object.keys(allWeeks(long.shared.properties.asReal())).length).toBeLessThanOrEqual(106);
    expect(long.bytes).toBeLessThan(PROPERTY_LIMITS.storeBytes * 0.7);
  });
});
