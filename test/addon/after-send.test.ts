// After a mistake, in Gmail: "Check what I sent" over the user's own sent mail (1 list + 1 read a message,
// 20 at most), what to do now per rule, "Tell the DPO" as a draft to roles.dpo with the fields the ICO and
// school DPO services ask for, a near miss from the compose card, and the statistics that count it all.
import { describe, expect, it } from 'vitest';
import { checkSentMail, tellDpo, tellDpoNearMiss } from '../../addon/after-send/callbacks.ts';
import { MAX_SENT_CHECKED } from '../../addon/after-send/sent-mail.ts';
import { composeOpen } from '../../addon/triggers/compose.ts';
import { saveOverrides } from '../../addon/settings/store.ts';
import { allWeeks } from '../../addon/stats/store.ts';
import { exportRows, summarise, toCsv } from '../../addon/stats/summary.ts';
import { recorded, type Json } from '../fakes/card-service.ts';
import { composeEvent, fakeServices, fakeWorld, sharedScript, type SharedScript } from '../fakes/apps-script.ts';
import type { SentSpec } from '../fakes/gmail.ts';
import { all, notification, texts, type Node } from '../helpers/cards.ts';
import { NETWORK_MANAGER, user } from '../helpers/settings.ts';
import { DPO, cardOf, showStats, user as schoolUser } from '../helpers/school.ts';
import { settle } from '../helpers/stats.ts';

const NOW = Date.UTC(2026, 11, 4, 15, 30); // Fri 4 Dec 2026, 15:30 in London
const HOUR = 3600_000;
const parentsVisible: SentSpec = {
  id: 'msg-trip',
  sentAt: NOW - 2 * HOUR,
  to: ['jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'],
  subject: 'Year 7 trip',
  text: 'Dear parents, the coach leaves at 8:30.',
};
const fine = (i: number): SentSpec => ({
  id: `msg-${i}`,
  sentAt: NOW - (3 + i) * 60_000,
  to: ['a.khan@silcoates.org.uk'],
  subject: `Cover ${i}`,
  text: 'Thanks for covering period 3.',
});

function teacher(sent: SentSpec[], shared: SharedScript = sharedScript()) {
  const world = fakeWorld({ sent, shared });
  world.clock.now = NOW;
  return { world, services: fakeServices(world), shared };
}
const params = (p: Record<string, string>) => ({ commonEventObject: { hostApp: 'GMAIL', parameters: p } });
const pushed = (response: Json): Node => all(response, 'Card')[0];
const composeButtons = (card: Json) => all(card, 'TextButton').filter((b) => b.composedEmailType === 'STANDALONE_DRAFT');

describe('Check what I sent', () => {
  it('a message sent with parents in To: the finding, what to do now, and Tell the DPO', () => {
    const { services, world } = teacher([parentsVisible, fine(1)]);
    const card = pushed(recorded(checkSentMail(params({ days: '1' }), services)));
    const words = texts(card).join('\n') + JSON.stringify(all(card, 'DecoratedText'));
    expect(texts(card)[0]).toBe('<b>Checked 2 messages sent in the last 24 hours: 1 needs your attention.</b>');
    expect(JSON.stringify(card)).toContain('4 Dec 2026, 13:30 · Year 7 trip');
    expect(words).toContain("3 parents' personal e-mail addresses are visible in To/Cc");
    expect(words).toContain("Each parent in To or Cc now has the others' addresses. Tell the DPO");
    expect(composeButtons(card).map((b) => b.text)).toEqual(['Tell the DPO']);
    expect(world.Messages.calls).toBe(1 + 2); // one list, one read a message
  });

  it('a clean day: "nothing found in N messages"', () => {
    const { services } = teacher([fine(1), fine(2), fine(3)]);
    const card = pushed(recorded(checkSentMail(params({ days: '1' }), services)));
    expect(texts(card)[0]).toBe('<b>Nothing found in 3 messages sent in the last 24 hours.</b>');
    expect(composeButtons(card)).toEqual([]);
  });

  it('25 sent messages: 20 checked, "5 more not checked", in 21 Gmail calls', () => {
    const sent = Array.from({ length: 25 }, (_, i) => fine(i));
    const { services, world } = teacher(sent);
    const card = pushed(recorded(checkSentMail(params({ days: '1' }), services)));
    expect(texts(card)[0]).toBe(`<b>Nothing found in ${MAX_SENT_CHECKED} messages sent in the last 24 hours · 5 more not checked.</b>`);
    expect(world.Messages.calls).toBe(21);
  });

  it('more sent mail than one list page: the count left unread says "+"', () => {
    const { services } = teacher(Array.from({ length: 130 }, (_, i) => fine(i)));
    const card = pushed(recorded(checkSentMail(params({ days: '1' }), services)));
    expect(texts(card)[0]).toBe(`<b>Nothing found in ${MAX_SENT_CHECKED} messages sent in the last 24 hours · 80+ more not checked.</b>`);
  });

  it('the 3-day period reaches what the 24 hours leave out', () => {
    const old = { ...parentsVisible, id: 'msg-old', sentAt: NOW - 50 * HOUR };
    const { services } = teacher([old]);
    expect(texts(pushed(recorded(checkSentMail(params({ days: '1' }), services))))[0]).toBe(
      '<b>You sent nothing in the last 24 hours.</b>',
    );
    expect(texts(pushed(recorded(checkSentMail(params({ days: '3' }), services))))[0]).toMatch(/1 needs your attention/);
  });

  it('a hand-made period is refused, and a failing list says so without throwing', () => {
    const { services, world } = teacher([parentsVisible]);
    expect(notification(recorded(checkSentMail(params({ days: '365' }), services)))).toMatch(/out of date/);
    world.Messages.list = () => {
      throw new Error('Quota exceeded');
    };
    expect(notification(recorded(checkSentMail(params({ days: '1' }), services)))).toBe(
      'draftlint could not list your sent mail just now. Try again in a minute.',
    );
  });
});

describe('Tell the DPO', () => {
  it('drafts the note to roles.dpo with every field filled, and sends nothing', () => {
    const { services, world } = teacher([parentsVisible]);
    const response = tellDpo(params({ messageId: 'msg-trip' }), services) as GoogleAppsScript.Card_Service.ComposeActionResponse;
    expect(JSON.parse(response.printJson())).toEqual({
      hostAppAction: { gmailAction: { openCreatedDraftAction: { draftId: 'r-dpo-1' } } },
    });
    const [draft] = world.GmailApp.drafts;
    expect(draft.recipients).toBe('dpo@silcoates.org.uk');
    expect(draft.subject).toBe('Possible data breach: an e-mail I sent on 4 Dec 2026, 13:30');
    const body = draft.body;
    expect(body).toContain('When it was sent: 4 Dec 2026, 13:30');
    expect(body).toContain('When I noticed: 4 Dec 2026, 15:30');
    expect(body).toContain("72 hours from now (the ICO's deadline, if it must be reported): 7 Dec 2026, 15:30 (Europe/London)");
    expect(body).toContain("3 parents' personal e-mail addresses are visible in To/Cc");
    expect(body).toContain('How many people received it: 3');
    expect(body).toContain('- jane.smith84@gmail.com');
    expect(body).toContain('[ ] Asked the recipient(s) to delete it and confirm that they have');
    expect(body).toContain('The e-mail: sent 4 Dec 2026, 13:30, subject "Year 7 trip".');
  });

  it('a near miss from the compose card: the same form, no message reference', () => {
    const { services, world } = teacher([]);
    world.Drafts.saved.push({ id: 'r-1', to: parentsVisible.to, subject: 'Trip', text: 'Dear parents' });
    const opened = recorded(composeOpen(composeEvent({ to: parentsVisible.to }), services));
    expect(composeButtons(opened).map((b) => b.text)).toEqual(['Tell the DPO about a near miss']);
    recorded(tellDpoNearMiss(composeEvent({ to: parentsVisible.to }), services));
    const [draft] = world.GmailApp.drafts;
    expect(draft.subject).toBe('Near miss: an e-mail caught before sending');
    expect(draft.body).toContain('When it was sent: not sent');
    expect(draft.body).toContain('The e-mail was not sent.');
    expect(draft.body).not.toContain('subject "');
  });

  it('without a DPO in the settings, the card and the button say who to tell instead', () => {
    const { services, shared, world } = teacher([parentsVisible]);
    saveOverrides(user(NETWORK_MANAGER, shared).services, { 'roles.dpo': { set: [] } }, 0, NETWORK_MANAGER);
    const card = pushed(recorded(checkSentMail(params({ days: '1' }), services)));
    expect(texts(card).join('\n')).toContain('draftlint does not know the DPO’s address: tell your line manager');
    expect(notification(recorded(tellDpo(params({ messageId: 'msg-trip' }), services)))).toMatch(/does not know the DPO’s address/);
    expect(world.GmailApp.drafts).toEqual([]);
  });

  it('when Gmail will not make the draft, staff are told who to write to', () => {
    const { services, world } = teacher([parentsVisible]);
    world.GmailApp.failWith('Access denied: GmailApp.createDraft');
    expect(notification(recorded(tellDpo(params({ messageId: 'msg-trip' }), services)))).toBe(
      'draftlint could not start the note just now. Write to dpo@silcoates.org.uk yourself: what went, to whom, and when.',
    );
  });
});

describe('the statistics of after-sending', () => {
  it('count checks run, findings after sending once per message, and notes started: no content', () => {
    const { services, shared } = teacher([parentsVisible, fine(1)]);
    checkSentMail(params({ days: '1' }), services);
    checkSentMail(params({ days: '1' }), services); // the same message again: its finding is not counted twice
    tellDpo(params({ messageId: 'msg-trip' }), services);
    settle(shared);
    const weeks = allWeeks(shared.properties.asReal());
    const s = summarise(weeks, Object.keys(weeks));
    expect(s.totals.afterSending).toEqual({ checks: 2, dpoNotes: 1, nearMissNotes: 0 });
    expect(s.rules['require-bcc-for-parents'].afterSending).toBe(1);
    const stored = JSON.stringify(shared.properties.dump()) + JSON.stringify([...shared.users.values()].map((u) => u.properties.dump()));
    for (const marker of ['jane.smith84', 'Year 7 trip', 'msg-trip']) expect(stored).not.toContain(marker);
    // The DPO sees them beside the compose-time figures, and in the export.
    saveOverrides(user(NETWORK_MANAGER, shared).services, { 'organisation.smallCount': { set: 1 } }, 0, NETWORK_MANAGER);
    const statsCard = cardOf(showStats({}, schoolUser(DPO, shared).services));
    expect(JSON.stringify(statsCard)).toContain(
      'checks of sent mail 2 · found after sending 1 · notes to the DPO 1 · near misses reported 0',
    );
    expect(toCsv(exportRows(weeks, Object.keys(weeks)))).toMatch(/,,,sentMailChecks,,2/);
  });
});
