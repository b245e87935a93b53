// The DPO's statistics through the add-on's own entry points: a scripted week of several teachers checking,
// fixing and dismissing; what the DPO's card then shows; who is refused; and the privacy scan — drafts full of
// marker strings, and no marker anywhere in any store, cache, sheet or CSV (the export: stats-export.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { makeEntryPoints } from '../../addon/entrypoints.ts';
import { STATS_ENTRY_POINTS } from '../../addon/entry-point-name.ts';
import { REFUSALS } from '../../addon/guard.ts';
import { RECORDED } from '../../addon/stats/stats-card.ts';
import { allWeeks } from '../../addon/stats/store.ts';
import { saveOverrides } from '../../addon/settings/store.ts';
import { homepage } from '../../addon/triggers/homepage.ts';
import { composeOpen } from '../../addon/triggers/compose.ts';
import { sharedScript } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';
import { all } from '../helpers/cards.ts';
import { settle } from '../helpers/stats.ts';
import {
  DPO,
  MARK,
  NETWORK_MANAGER,
  cardOf,
  markedDraft,
  notification,
  privacyScan,
  scriptedWeek,
  showStats,
  showStatsCsv,
  exportStats,
  user,
} from '../helpers/school.ts';

describe('statistics', () => {
  it('a scripted week: each draft once, shown, fixed and dismissed counted; the DPO card reads them back as dates, per 100 drafts, small counts hidden', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const week = allWeeks(shared.properties.asReal())['2026-W49'];
    expect(week.drafts).toBe(6); // 3 teachers × 2 drafts, however often Check again was pressed
    expect(week.draftsWithError).toBe(6);
    expect(week.counts['require-bcc-for-parents|error|shown|']).toBe(6);
    expect(week.counts['require-bcc-for-parents|error|fixed|']).toBe(2); // teacher 0's two drafts
    expect(week.counts['require-bcc-for-parents|error|dismissed|falseAlarm']).toBe(2); // teacher 1's two drafts
    expect(week.counts['no-chain-letter|warning|shown|']).toBe(6);

    const dpo = user(DPO, shared);
    // Counts below the school's smallest count (5 by default) are not shown, nor any rate that would reveal one.
    const small = all(cardOf(showStats({}, dpo.services)), 'DecoratedText').map((d) => `${d.topLabel}: ${d.text}`);
    expect(small).toContain('Fixed in one click (fixed ÷ shown): fewer than 5 · — (too few to show a rate)');
    expect(dpo.world.Charts.drawn.find((t) => t.columns.length === 5)!.rows.at(-1)).toEqual(['30 Nov', 24, 0, 0, 0]); // 2 fixed, 2 dismissed: drawn as 0 too
    expect(small).toContain(
      'Dismissed fewer than 5: they are one family 0, protected another way 0, does not apply here 0, false alarm fewer than 5',
    );
    // A school that shows every count (smallest count 1) sees the figures themselves.
    saveOverrides(user(NETWORK_MANAGER, shared).services, { 'organisation.smallCount': { set: 1 } }, 0, NETWORK_MANAGER);
    const card = cardOf(showStats({}, dpo.services));
    const decorated = all(card, 'DecoratedText').map((d) => `${d.topLabel}: ${d.text}`);
    expect(decorated).toContain('Drafts checked: 6 (before: 0)');
    expect(decorated).toContain('Drafts with something to fix before sending: 6 (100 per 100 drafts)');
    expect(decorated).toContain('Fixed in one click (fixed ÷ shown): 2 · 33 % (no figure before)');
    expect(decorated).toContain('False alarms (÷ shown): 33 % (no figure before)');
    expect(decorated).toContain('Dismissed 2: they are one family 0, protected another way 0, does not apply here 0, false alarm 2');
    // "One family" is a reason only for parents' addresses; a rule with no fix says so instead of "0 %".
    expect(decorated).toContain('Dismissed 0: protected another way 0, does not apply here 0, false alarm 0');
    expect(decorated).toContain('Fixed in one click: no one-click fix for this rule');
    expect(decorated).toContain('Shown, week by week: w/c 9 Nov 0 · w/c 16 Nov 0 · w/c 23 Nov 0 · w/c 30 Nov 6');
    expect(decorated.join('\n')).not.toMatch(/Rules that failed|not saved yet/); // the Network Manager's, not the DPO's
    expect(all(card, 'CardSection').map((s) => s.header)).toContain("Parents' personal e-mail addresses must go in Bcc, not To or Cc");
    expect(all(card, 'Image')[0].imageUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    // A small trend chart for each of the four rules shown most, beside its figures as text.
    expect(
      all(card, 'Image')
        .slice(1)
        .map((i) => String(i.altText)),
    ).toHaveLength(4);
    expect(all(card, 'Image').map((i) => String(i.altText))).toContain(
      "Parents' personal e-mail addresses must go in Bcc, not To or Cc: findings shown per week",
    );
    expect(dpo.world.Charts.drawn.at(-1)!.rows).toEqual([
      ['9 Nov', 0, 0, 0, 0],
      ['16 Nov', 0, 0, 0, 0],
      ['23 Nov', 0, 0, 0, 0],
      ['30 Nov', 24, 2, 2, 0],
    ]);
    expect(all(card, 'TextParagraph').map((p) => p.text)).toContain(
      'w/c 9 Nov: shown 0 · fixed 0 · dismissed 0 · audited 0<br>w/c 16 Nov: shown 0 · fixed 0 · dismissed 0 · audited 0<br>w/c 23 Nov: shown 0 · fixed 0 · dismissed 0 · audited 0<br>w/c 30 Nov: shown 24 · fixed 2 · dismissed 2 · audited 0',
    );
  });

  it('the privacy scan: no address, name, subject, text, file name or draft id in any store, cache, sheet or CSV', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    shared.clock.advance(7 * 86400); // next week: the scripted one is whole, so it exports
    expect(notification(exportStats({}, dpo.services))).toBe(
      'Added 1 week (2026-W49 to 2026-W49) to the sheet "draftlint statistics" in your Drive.',
    );
    const csv = String(
      all(cardOf(showStatsCsv({ commonEventObject: { parameters: { period: 'last4' } } }, dpo.services)), 'TextInput')[0].value,
    );
    const scanned = privacyScan(shared, dpo.world, csv);
    expect(scanned.length).toBeGreaterThan(1000);
    expect(scanned).toContain('require-bcc-for-parents');
    expect(scanned.split(MARK).length - 1).toBe(0);
  });

  it('the privacy scan fails when a marker is planted in any store it covers', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    const teacher = [...shared.users.values()][0];
    const plant: [string, () => void][] = [
      ['script properties', () => shared.properties.setProperty('draftlint.stats.planted', MARK)],
      ['script cache', () => shared.cache.put('planted', MARK)],
      ['a teacher’s properties', () => teacher.properties.setProperty('planted', MARK)],
      ['a teacher’s cache', () => teacher.cache.put('planted', MARK)],
      ['the DPO’s sheet', () => dpo.world.Sheets.files.set('planted', { title: 't', sheets: new Map([['x', [[MARK]]]]), charts: 0 })],
    ];
    for (const [where, planted] of plant) {
      const before = privacyScan(shared, dpo.world, '').split(MARK).length - 1;
      planted();
      expect(privacyScan(shared, dpo.world, '').split(MARK).length - 1, where).toBe(before + 1);
    }
  });

  it('a rule in audit mode is counted as audited, never as shown', () => {
    const shared = sharedScript();
    shared.properties.values.clear();
    const nm = user(NETWORK_MANAGER, shared);
    // The Network Manager trials the chain-letter rule.
    const settings = makeEntryPoints(() => nm.services);
    const form = {
      'rules.no-chain-letter.severity': { stringInputs: { value: ['audit'] } },
      'rules.no-chain-letter.minWeakPhrases': { stringInputs: { value: ['2'] } },
    };
    const parameters = { version: '0', page: 'rule:no-chain-letter' };
    expect(notification(settings.onSaveSettings({ commonEventObject: { parameters, formInputs: form } }))).toMatch(/^Saved/);
    const d = markedDraft(1);
    composeOpen(d.event, user('t@silcoates.org.uk', shared, [d.saved]).services);
    settle(shared);
    const counts = allWeeks(shared.properties.asReal())['2026-W49'].counts;
    expect(counts['no-chain-letter|warning|audited|']).toBe(1);
    expect(counts['no-chain-letter|warning|shown|']).toBeUndefined();
  });
});

describe('recording never costs staff a check', () => {
  it('with the script store failing, the card is the same and the failure is only logged', () => {
    const d = markedDraft(7);
    const quiet = user('t@silcoates.org.uk', sharedScript(), [d.saved]);
    // Each user's Dismiss keys are keyed under their own secret; the rest of the card must be the same.
    const shown = (response: unknown) => JSON.stringify(recorded(response)).replace(/"key":"[^"]+"/g, '"key":"…"');
    const expected = shown(composeOpen(d.event, quiet.services));
    const broken = user('t@silcoates.org.uk', sharedScript(), [d.saved]);
    broken.world.shared.properties.setProperty = () => {
      throw new Error('You have exceeded the property storage quota.');
    };
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    try {
      expect(shown(composeOpen(d.event, broken.services))).toBe(expected);
      broken.world.clock.advance(601); // the increments are due for the script store at the next check
      expect(shown(composeOpen(d.event, broken.services))).toBe(expected);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toMatch(/draftlint statistics: You have exceeded the property storage quota/);
    // The increments wait in the user's own properties for the next check.
    expect(broken.world.PropertiesService.user.values.get('draftlint.stats.pending')).toContain('"attempted":true');
  });
});

describe('who sees statistics', () => {
  it('the DPO and the Network Managers; a teacher calling the entry points directly is refused and sees nothing', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const teacher = user('r.green@silcoates.org.uk', shared);
    for (const name of STATS_ENTRY_POINTS) {
      const response = makeEntryPoints(() => teacher.services)[name]({ commonEventObject: { parameters: { period: 'year' } } });
      expect(notification(response), name).toBe(REFUSALS.statistics);
      expect(cardOf(response), name).toBeUndefined();
    }
    expect([...teacher.world.Sheets.files.keys()]).toEqual([]);
    expect(cardOf(showStats({}, user(NETWORK_MANAGER, shared).services))).toBeDefined();
    const buttons = (email: string) => all(recorded(homepage({}, user(email, shared).services)), 'TextButton').map((b) => b.text);
    const everyone = ['Check the last 24 hours', 'Check the last 3 days'];
    expect(buttons(DPO)).toEqual([...everyone, 'Statistics']);
    expect(buttons(NETWORK_MANAGER)).toEqual([...everyone, 'Settings', 'Statistics']);
    expect(buttons('r.green@silcoates.org.uk')).toEqual(everyone);
  });

  it('the card says what is and is not recorded, and works as text when no chart can be drawn', () => {
    const shared = sharedScript();
    scriptedWeek(shared);
    const dpo = user(DPO, shared);
    dpo.services.charts = undefined;
    const card = cardOf(showStats({ commonEventObject: { parameters: { period: 'term' } } }, dpo.services));
    expect(all(card, 'Image')).toEqual([]);
    expect(JSON.stringify(card)).toContain('w/c 30 Nov: shown 24');
    expect(all(card, 'TextParagraph').map((p) => p.text)).toContain(RECORDED);
    expect(all(card, 'CardHeader')[0].subtitle).toBe('This term, against the term before');
  });
});
