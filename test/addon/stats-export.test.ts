// The DPO's export to a Google Sheet in their own Drive: one row per week, rule, severity and outcome, each
// week once — also after a failing append, and a new sheet only when Google no longer finds the old one.
import { describe, expect, it } from 'vitest';
import { sharedScript } from '../fakes/apps-script.ts';
import { DPO, exportStats, notification, scriptedWeek, user } from '../helpers/school.ts';

describe('the export', () => {
  it('the export: a sheet in the DPO Drive with one row per week, rule, severity and outcome, each week once', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    expect(notification(exportStats({}, dpo.services))).toMatch(/^Nothing new to add: this week/);
    shared.clock.advance(7 * 86400);
    exportStats({}, dpo.services);
    exportStats({}, dpo.services); // again: nothing twice
    const [sheet] = [...dpo.world.Sheets.files.values()];
    const rows = sheet.sheets.get('Counts')!;
    expect(rows[0]).toEqual(['week', 'rule', 'severity', 'outcome', 'reason', 'count']);
    expect(rows).toContainEqual(['2026-W49', 'require-bcc-for-parents', 'error', 'dismissed', 'falseAlarm', 2]);
    expect(rows).toContainEqual(['2026-W49', 'require-bcc-for-parents', 'error', 'fixed', '', 2]);
    expect(rows.filter((r) => r[0] === '2026-W49' && r[1] === 'require-bcc-for-parents' && r[3] === 'shown')).toEqual([
      ['2026-W49', 'require-bcc-for-parents', 'error', 'shown', '', 6],
    ]);
    expect(sheet.sheets.get('By week')).toEqual([
      ['week', 'shown', 'fixed', 'dismissed', 'audited'],
      ['2026-W49', 24, 2, 2, 0],
    ]);
    expect(sheet.charts).toBe(1);
  });
});

describe('the export never duplicates', () => {
  it('a failing append says so, makes no second spreadsheet, and the next export adds each week once', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    shared.clock.advance(7 * 86400);
    const append = dpo.world.Sheets.Values.append;
    let calls = 0;
    dpo.world.Sheets.Values.append = (resource, id, range) => {
      if (range.startsWith('By week') && resource.values?.[0]?.[0] !== 'week' && calls++ === 0)
        throw new Error('Service unavailable: try again');
      return append(resource, id, range);
    };
    expect(notification(exportStats({}, dpo.services))).toMatch(/^The export could not finish \(Service unavailable/);
    expect(dpo.world.Sheets.files.size).toBe(1);
    expect(notification(exportStats({}, dpo.services))).toBe(
      'Added 1 week (2026-W49 to 2026-W49) to the sheet "draftlint statistics" in your Drive.',
    );
    const [sheet] = [...dpo.world.Sheets.files.values()];
    expect(
      sheet.sheets.get('Counts')!.filter((r) => r[0] === '2026-W49' && r[1] === 'require-bcc-for-parents' && r[3] === 'shown'),
    ).toHaveLength(1);
    expect(sheet.sheets.get('By week')).toEqual([
      ['week', 'shown', 'fixed', 'dismissed', 'audited'],
      ['2026-W49', 24, 2, 2, 0],
    ]);
  });

  it('only a sheet Google no longer finds is made anew, with every whole week', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    shared.clock.advance(7 * 86400);
    exportStats({}, dpo.services);
    dpo.world.Sheets.files.clear(); // deleted from Drive
    scriptedWeek(shared); // another week, then the next export
    shared.clock.advance(7 * 86400);
    expect(notification(exportStats({}, dpo.services))).toBe(
      'Added 2 weeks (2026-W49 to 2026-W50) to the sheet "draftlint statistics" in your Drive.',
    );
    expect(dpo.world.Sheets.files.size).toBe(1);
  });
});
