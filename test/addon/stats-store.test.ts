// The statistics' counting rules and their store: ISO weeks across a year's end, once per draft, and no
// count lost or counted twice when the lock is held, when a write fails half-way, or when users interleave.
import { describe, expect, it } from 'vitest';
import { builtInRules, isoWeek, weekStart, type Finding, type LintReport } from '../../rules/index.ts';
import { addWeek, countCheck, countDismissal, countFix, emptyWeek, newMemory, type WeekCounts } from '../../addon/stats/counting.ts';
import { allWeeks, send, weekKey, KEPT_WEEKS } from '../../addon/stats/store.ts';
import { periodWeeks } from '../../addon/stats/summary.ts';
import { fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';

const finding = (ruleId: string, severity: Finding['severity'], evidence = 'x'): Finding => ({
  ruleId,
  severity,
  messageId: 'm',
  message: 'message',
  policy: builtInRules[ruleId].meta.policy,
  evidence: [evidence],
});
const report = (findings: Finding[], audited: Finding[] = []): LintReport => ({ findings, audited, notChecked: [] });

describe('ISO weeks', () => {
  it('start on Monday, and the first week of a year holds its first Thursday', () => {
    expect(isoWeek(Date.UTC(2026, 10, 30))).toBe('2026-W49'); // a Monday
    expect(isoWeek(Date.UTC(2026, 11, 6, 23, 59))).toBe('2026-W49'); // the Sunday after
    expect(isoWeek(Date.UTC(2025, 11, 29))).toBe('2026-W01'); // late December in next year's first week
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53'); // early January in last year's 53rd
    expect(isoWeek(Date.UTC(2021, 0, 3))).toBe('2020-W53');
    for (const week of ['2026-W01', '2026-W49', '2026-W53', '2020-W53']) expect(isoWeek(weekStart(week))).toBe(week);
  });
});

describe('periods', () => {
  it('this term starts in the week of its start date (1 September, 1 January, 15 April by default) and is compared with the term before', () => {
    const autumn = periodWeeks('term', Date.UTC(2026, 10, 30));
    expect([autumn.weeks[0], autumn.weeks[autumn.weeks.length - 1], autumn.weeks.length]).toEqual(['2026-W36', '2026-W49', 14]);
    // The summer term, 15 April to the week before 1 September, holiday included: never a stretch of the holiday alone.
    expect([autumn.previous[0], autumn.previous[autumn.previous.length - 1]]).toEqual(['2026-W16', '2026-W35']);
    // A school's own dates: autumn from 3 September.
    const own = periodWeeks('term', Date.UTC(2026, 8, 2), ['09-03', '01-05', '04-20']);
    expect(own.weeks[0]).toBe('2026-W17');
    // Across the year's end: 1 January 2027 is a Friday in 2026-W53, so spring term begins with that week.
    const spring = periodWeeks('term', Date.UTC(2027, 0, 12));
    expect(spring.weeks).toEqual(['2026-W53', '2027-W01', '2027-W02']);
    expect(periodWeeks('last4', Date.UTC(2027, 0, 12)).weeks).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(periodWeeks('year', Date.UTC(2027, 0, 12)).weeks).toHaveLength(52);
  });
});

describe('what counts once', () => {
  it('a draft checked five times counts once, and each finding once as shown', () => {
    const memory = newMemory();
    const check = { report: report([finding('require-bcc-for-parents', 'error'), finding('max-recipients', 'warning')]) };
    const first = countCheck(memory, check);
    expect(first.drafts).toBe(1);
    expect(first.draftsWithError).toBe(1);
    expect(first.counts).toEqual({ 'require-bcc-for-parents|error|shown|': 1, 'max-recipients|warning|shown|': 1 });
    for (let i = 0; i < 4; i++) expect(countCheck(memory, check)).toEqual(emptyWeek());
    // The same kind of finding with other evidence (a recipient added) does not count again; a new kind does.
    expect(countCheck(memory, { report: report([finding('max-recipients', 'warning', 'y')]) })).toEqual(emptyWeek());
    const more = countCheck(memory, { report: report([{ ...finding('max-recipients', 'warning'), messageId: 'tooManyTotal' }]) });
    expect([more.drafts, more.counts]).toEqual([0, { 'max-recipients|warning|shown|': 1 }]);
  });

  it('fixed and dismissed (with the reason) count once per finding; audited findings count as audited', () => {
    const memory = newMemory();
    const bcc = finding('require-bcc-for-parents', 'error');
    countCheck(memory, { report: report([bcc], [finding('no-contract-wording', 'info')]) });
    expect(countFix(memory, bcc).counts).toEqual({ 'require-bcc-for-parents|error|fixed|': 1 });
    expect(countFix(memory, bcc).counts).toEqual({});
    const dismissed = countDismissal(memory, { ...bcc, severity: 'warning' }, 'falseAlarm');
    expect(dismissed.counts).toEqual({ 'require-bcc-for-parents|error|dismissed|falseAlarm': 1 }); // the severity it was shown at
    const audit = countCheck(newMemory(), { report: report([], [finding('no-contract-wording', 'info')]) });
    expect(audit.counts).toEqual({ 'no-contract-wording|info|audited|': 1 });
  });

  it('a draft that could not be read, and a rule that failed, count once per draft', () => {
    const memory = newMemory();
    const failed = { ...finding('no-chain-letter', 'warning'), messageId: 'ruleFailed' };
    const week = countCheck(memory, { report: report([failed]), savedDraft: 'notSaved' });
    expect([week.unread, week.rulesFailed, week.counts]).toEqual([{ notSaved: 1, ambiguous: 0 }, { 'no-chain-letter': 1 }, {}]);
    expect(countCheck(memory, { report: report([failed]), savedDraft: 'notSaved' })).toEqual(emptyWeek());
  });
});

const WEEK = '2026-W49';
const one = (key = 'max-recipients|warning|shown|'): Record<string, WeekCounts> => ({
  [WEEK]: { ...emptyWeek(), drafts: 1, counts: { [key]: 1 } },
});

function user(email: string, shared: SharedScript) {
  const world = fakeWorld({ userEmail: email, shared });
  return { world, services: fakeServices(world) };
}

const stored = (shared: SharedScript) => allWeeks(shared.properties.asReal())[WEEK] || emptyWeek();

describe('the store', () => {
  it('while another user holds the lock the increments wait in the user own properties, then go in once', () => {
    const shared = sharedScript();
    const a = user('a@silcoates.org.uk', shared);
    const held = a.world.LockService.heldByAnotherUser();
    send(a.services, one());
    send(a.services, one());
    expect(stored(shared).drafts).toBe(0);
    expect(a.world.PropertiesService.user.values.get('draftlint.stats.pending')).toContain('\\"d\\":2'); // one batch, merged
    held.releaseLock();
    send(a.services, {});
    expect(stored(shared).drafts).toBe(2);
    send(a.services, {});
    expect(stored(shared).drafts).toBe(2);
    expect(shared.lock.holder).toBeUndefined();
  });

  it('a failure between the week written and the lock released: retried at the next check, counted once', () => {
    const shared = sharedScript();
    const a = user('a@silcoates.org.uk', shared);
    const props = a.world.PropertiesService.user;
    const real = props.setProperty.bind(props);
    let failNext = false;
    props.setProperty = (key: string, value: string) => {
      if (failNext && key === 'draftlint.stats.pending' && value === '') throw new Error('Service invoked too many times');
      return real(key, value);
    };
    failNext = true; // the week goes in, then letting go of the batch fails
    expect(() => send(a.services, one())).toThrow(/too many times/);
    expect(shared.lock.holder).toBeUndefined(); // released on the way out
    expect(stored(shared).drafts).toBe(1);
    failNext = false;
    send(a.services, one()); // the waiting batch is known to the week: skipped; the new one counted
    expect(stored(shared).drafts).toBe(2);
    expect(JSON.parse(shared.properties.values.get(weekKey(WEEK))!).i).toEqual([]); // the week let go of both batches
    expect(props.values.get('draftlint.stats.pending')).toBe('');
  });

  it('two users interleaved, one of them often finding the lock held: every count lands exactly once', () => {
    const shared = sharedScript();
    const a = user('a@silcoates.org.uk', shared);
    const b = user('b@silcoates.org.uk', shared);
    let expected = 0;
    for (let round = 0; round < 30; round++) {
      const held = round % 3 === 0 ? b.world.LockService.heldByAnotherUser() : undefined; // someone else's long save
      send(a.services, one('require-bcc-for-parents|error|shown|'));
      send(b.services, one('max-recipients|warning|dismissed|falseAlarm'));
      expected++;
      held?.releaseLock();
    }
    send(a.services, {});
    send(b.services, {});
    const week = stored(shared);
    expect(week.drafts).toBe(2 * expected);
    expect(week.counts).toEqual({
      'require-bcc-for-parents|error|shown|': expected,
      'max-recipients|warning|dismissed|falseAlarm': expected,
    });
    expect(shared.lock.refusals).toBeGreaterThan(0);
  });

  it('keeps two years of weeks: a week older than that is deleted when a new week begins', () => {
    const shared = sharedScript();
    const a = user('a@silcoates.org.uk', shared);
    const start = shared.clock.now;
    for (let w = 0; w < KEPT_WEEKS + 3; w++) {
      shared.clock.now = start + w * 7 * 86400000;
      send(a.services, { [isoWeek(shared.clock.now)]: addWeek(emptyWeek(), { ...emptyWeek(), drafts: 1 }) });
    }
    const weeks = Object.keys(allWeeks(shared.properties.asReal()));
    expect(weeks.length).toBeLessThanOrEqual(KEPT_WEEKS + 1);
    expect(weeks).not.toContain(isoWeek(start));
    expect(weeks).toContain(isoWeek(shared.clock.now));
  });
});
