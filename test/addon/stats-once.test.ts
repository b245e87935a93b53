// "A draft counts once", in the flows staff really follow: recipients edited and a fix pressed before Gmail
// saves the draft, drafts opened before any recipient is typed, and two overlapping checks of one user.
import { describe, expect, it } from 'vitest';
import { allWeeks } from '../../addon/stats/store.ts';
import { checkDraft } from '../../addon/triggers/check.ts';
import { recordCheck } from '../../addon/stats/recorder.ts';
import { applyFix, checkAgain, composeOpen, dismissFinding } from '../../addon/triggers/compose.ts';
import { composeEvent, fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';
import { all } from '../helpers/cards.ts';
import { settle } from '../helpers/stats.ts';
import { MARK, actionOf, markedDraft, notification, user } from '../helpers/school.ts';

const TEACHER = 'r.green@silcoates.org.uk';
const PARENTS = ['jo.bloggs@gmail.com', 'amy.smith@hotmail.co.uk'];

function teacher(shared: SharedScript) {
  const world = fakeWorld({ userEmail: TEACHER, shared });
  return { world, services: fakeServices(world) };
}
const week = (shared: SharedScript) => {
  settle(shared); // the increments wait in each user's store for a few minutes
  return allWeeks(shared.properties.asReal())['2026-W49'];
};
const shown = (shared: SharedScript, rule: string) => week(shared)?.counts[`${rule}|error|shown|`] ?? 0;

describe('a draft counts once', () => {
  it('recipients edited before Gmail saves the draft: one draft, each finding once', () => {
    const shared = sharedScript();
    const t = teacher(shared);
    composeOpen(composeEvent({ to: PARENTS }), t.services); // not saved yet
    checkAgain(composeEvent({ to: [...PARENTS, 'dlee@hotmail.co.uk'] }), t.services); // a recipient added
    expect(week(shared)).toBeUndefined(); // held in the compose session until the draft is found
    t.world.Drafts.saved.push({ id: 'r-1', to: [...PARENTS, 'dlee@hotmail.co.uk'], subject: 'Trip', text: 'Dear parents' });
    checkAgain(composeEvent({ to: [...PARENTS, 'dlee@hotmail.co.uk'] }), t.services);
    checkAgain(composeEvent({ to: [...PARENTS, 'dlee@hotmail.co.uk'] }), t.services);
    expect(week(shared).drafts).toBe(1);
    expect(shown(shared, 'require-bcc-for-parents')).toBe(1);
  });

  it('the fix, then Check again before Gmail saves the new recipients: one draft, shown once and fixed once', () => {
    const shared = sharedScript();
    const t = teacher(shared);
    t.world.Drafts.saved.push({ id: 'r-2', to: PARENTS, subject: 'Trip', text: 'Dear parents' });
    const opened = recorded(composeOpen(composeEvent({ to: PARENTS }), t.services));
    const fix = all(opened, 'Action').find((a) => a.functionName === 'onApplyFix')!;
    applyFix(composeEvent({ to: PARENTS }, fix.parameters as Record<string, string>), t.services);
    // Gmail shows the new lists at once; the saved copy still has the old ones, so the search finds nothing.
    checkAgain(composeEvent({ to: [TEACHER], bcc: PARENTS }), t.services);
    checkAgain(composeEvent({ to: [TEACHER], bcc: PARENTS }), t.services);
    expect(week(shared).drafts).toBe(1);
    expect(shown(shared, 'require-bcc-for-parents')).toBe(1);
    expect(week(shared).counts['require-bcc-for-parents|error|fixed|']).toBe(1);
  });

  it('drafts opened before any recipient is typed are not one draft: each never-saved draft counts once, at the next compose', () => {
    const shared = sharedScript();
    const t = teacher(shared);
    composeOpen(composeEvent({}), t.services);
    checkAgain(composeEvent({ to: PARENTS }), t.services); // never saved: sent at once
    composeOpen(composeEvent({}), t.services); // a second compose window: the first draft goes in
    expect(week(shared).drafts).toBe(1);
    checkAgain(composeEvent({ to: ['x@gmail.com', 'y@gmail.com'] }), t.services);
    composeOpen(composeEvent({}), t.services);
    expect(week(shared).drafts).toBe(2);
    expect(shown(shared, 'require-bcc-for-parents')).toBe(2);
  });

  it('two overlapping executions of one user (a compose open, and a quick Check again that reads before it writes) count the draft once', () => {
    const shared = sharedScript();
    const first = teacher(shared);
    const second = teacher(shared); // the same user, another execution
    const saved = { id: 'r-3', to: PARENTS, subject: 'Trip', text: 'Dear parents' };
    first.world.Drafts.saved.push(saved);
    second.world.Drafts.saved.push(saved);
    const open = checkDraft(composeEvent({ to: PARENTS }), first.services); // the first reads the user's store …
    composeOpen(composeEvent({ to: PARENTS }), second.services); // … the second runs whole …
    recordCheck(first.services, open, true); // … then the first records
    shared.lock.beforeNextLock(() => checkAgain(composeEvent({ to: PARENTS }), second.services)); // and overlaps a flush
    expect(week(shared).drafts).toBe(1);
    expect(shown(shared, 'require-bcc-for-parents')).toBe(1);
  });
});

describe('a teacher cannot forge figures', () => {
  it('dismissals count only for a finding shown on that very draft: forged rule ids, keys and draft ids change nothing', () => {
    const shared = sharedScript();
    const d = markedDraft(3);
    const teacher = user(`teacher3${MARK}@silcoates.org.uk`, shared, [d.saved]);
    const opened = composeOpen(d.event, teacher.services);
    const real = actionOf(opened, 'onShowDismiss')!.parameters as Record<string, string>;
    const dismissWith = (parameters: Record<string, string>) =>
      notification(
        dismissFinding(composeEvent({ to: d.saved.to }, { ...parameters, reason: 'falseAlarm' }, d.saved.subject), teacher.services),
      );
    shared.clock.advance(601); // past the statistics' batching, so each call would reach the store
    const before = shared.properties.dump();
    const forged = [
      { ...real, key: 'no-such-rule:abc' },
      { ...real, key: `${'a'.repeat(60)}:zzzz` },
      { ...real, key: 'max-recipients:1234' },
      { ...real, draftId: 'r-someone-else' },
    ];
    for (let i = 0; i < 25; i++) for (const f of forged) expect(dismissWith(f)).toMatch(/no longer on this draft|out of date/);
    expect(shared.properties.dump()).toEqual(before);
    expect(dismissWith(real)).toBe('Dismissed: false alarm.');
    expect(dismissWith(real)).toMatch(/no longer on this draft, or was dismissed already/); // once only
    settle(shared);
    const week = allWeeks(shared.properties.asReal())['2026-W49'];
    const dismissed = Object.entries(week.counts).filter(([k]) => k.includes('|dismissed|'));
    expect(dismissed).toEqual([[expect.stringMatching(/\|dismissed\|falseAlarm$/), 1]]);
  });
});
