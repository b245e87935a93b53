// The wrong-person check in Gmail: the greeting against the recipients' names (from the saved draft, since the
// compose event gives bare addresses), near misses against the sender's contacts read from the People
// service (2 calls at most, only when mail leaves the school, never kept), "Replace with …", "Don't warn me
// again for this address", and what staff and the Network Manager see when the contacts cannot be read.
import { describe, expect, it } from 'vitest';
import { applyFix, composeOpen, quietFinding } from '../../addon/triggers/compose.ts';
import { PEOPLE_CALLS_PER_CHECK } from '../../addon/draft/correspondents.ts';
import { diagnosticsLines } from '../../addon/settings/diagnostics.ts';
import { recorded } from '../fakes/card-service.ts';
import { composeEvent, fakeServices, fakeWorld, sharedScript } from '../fakes/apps-script.ts';
import { FakePeople, person } from '../fakes/people.ts';
import type { SavedDraftSpec } from '../fakes/gmail.ts';
import { privacyScan } from '../helpers/school.ts';

type Button = { text: string; onClickAction: { functionName: string; parameters: Record<string, string> } };
type CardJson = { sections: { header?: string; widgets: { text?: string; buttons?: Button[] }[] }[] };
const buttons = (card: CardJson): Button[] => card.sections.flatMap((s) => s.widgets).flatMap((w) => w.buttons ?? []);
const texts = (card: CardJson) => card.sections.flatMap((s) => s.widgets).map((w) => w.text ?? '');

const CONTACTS = ['Jane Smith <jane.smith48@gmail.com>', 'Aisha Khan <aisha.khan@gmail.com>', 'Tom Wright <tom.wright@hotmail.co.uk>'];
const wrongParent: SavedDraftSpec = {
  id: 'r-1',
  to: ['Tom Wright <tom.wright@hotmail.co.uk>'],
  subject: "Amir's targets",
  text: 'Dear Mrs Khan,\n\nAmir’s targets for next term are below.',
};
const slip: SavedDraftSpec = {
  id: 'r-2',
  to: ['jane.smith84@gmail.com'],
  subject: "Lily's report",
  text: 'Dear Ms Smith,\n\nLily’s report.',
};

function world(saved: SavedDraftSpec[], people: FakePeople | null = new FakePeople(CONTACTS.map(person))) {
  const shared = sharedScript();
  const w = fakeWorld({ saved, shared, people });
  return { shared, world: w, services: fakeServices(w) };
}

const eventFor = (saved: SavedDraftSpec, parameters?: Record<string, string>) =>
  composeEvent({ to: saved.to!.map((a) => a.replace(/^.*<(.+)>$/, '$1')) }, parameters, saved.subject);

describe('no-misdirected-recipient in the compose window', () => {
  it('a greeting to another parent: named, with the recipient from the saved draft, and "Don\'t warn me again"', () => {
    const { services } = world([wrongParent]);
    const card = recorded(composeOpen(eventFor(wrongParent), services)) as CardJson;
    expect(texts(card).join('\n')).toContain(
      'The greeting says “Dear Mrs Khan”, but this e-mail is going to Tom Wright &lt;tom.wright@hotmail.co.uk&gt;. Is it going to the right person?',
    );
    expect(buttons(card).map((b) => b.text)).toEqual([
      'Dismiss…',
      "Don't warn me again for this address",
      'Tell the DPO about a near miss',
    ]);
  });

  it('"Don\'t warn me again": the address is remembered as a fingerprint only, and the next check is quiet', () => {
    const { shared, world: w, services } = world([wrongParent]);
    const quiet = buttons(recorded(composeOpen(eventFor(wrongParent), services)) as CardJson).find((b) => b.text.startsWith("Don't"))!;
    const response = recorded(quietFinding(eventFor(wrongParent, quiet.onClickAction.parameters), services)) as {
      notification: { text: string };
    };
    expect(response.notification.text).toBe('You will not be warned about tom.wright@hotmail.co.uk again.');
    const again = recorded(composeOpen(eventFor(wrongParent), services)) as CardJson;
    expect(texts(again).join('\n')).not.toContain('The greeting says');
    expect(texts(again).join('\n')).toContain('1 warning about an address you asked not to be warned about again is not shown.');
    // Nothing that names anyone in any store: the contacts, the recipient, the greeting.
    const scanned = privacyScan(shared, w, '');
    for (const marker of ['tom.wright', 'khan', 'jane.smith', 'wright']) expect(scanned, marker).not.toContain(marker);
  });

  it('a near miss of a contact: "Replace with" the known address, in one click, and 2 People calls per check', () => {
    const { world: w, services } = world([slip]);
    const card = recorded(composeOpen(eventFor(slip), services)) as CardJson;
    expect(w.People!.calls).toBe(PEOPLE_CALLS_PER_CHECK);
    expect(texts(card).join('\n')).toContain(
      'You have never written to jane.smith84@gmail.com; you have written to jane.smith48@gmail.com. Did you mean them?',
    );
    const replace = buttons(card).find((b) => b.text === 'Replace with jane.smith48@gmail.com')!;
    expect(replace).toBeDefined();
    const update = recorded(applyFix(eventFor(slip, replace.onClickAction.parameters), services)) as Record<string, unknown>;
    expect(JSON.stringify(update)).toContain('"jane.smith48@gmail.com"');
    expect(JSON.stringify(update)).not.toContain('jane.smith84');
    expect(w.People!.calls).toBe(2 * PEOPLE_CALLS_PER_CHECK); // the fix checks the draft again
  });

  it('mail only to colleagues reads no contacts', () => {
    const internal: SavedDraftSpec = { id: 'r-3', to: ['a.khan@silcoates.org.uk'], subject: 'Cover', text: 'Hi Sam,\n\nThanks.' };
    const { world: w, services } = world([internal]);
    recorded(composeOpen(eventFor(internal), services));
    expect(w.People!.calls).toBe(0);
  });

  it('with the People service off or failing: staff are told the addresses were not compared, the diagnostics count it, nothing throws', () => {
    for (const [people, expected] of [
      [null, 'People service off 1'],
      [Object.assign(new FakePeople(), { failing: true }), 'failed 1'],
    ] as const) {
      if (people) people.failWith('Quota exceeded for quota metric "Read requests" (429)');
      const { services } = world([slip], people);
      const card = recorded(composeOpen(eventFor(slip), services)) as CardJson;
      expect(texts(card).join('\n')).toContain('Your contacts could not be read just now, so new recipients were not compared');
      expect(diagnosticsLines(services).join('\n')).toContain(expected);
    }
  });

  it('more contacts than one page: the first 1,000 of each list are compared, and the diagnostics say so', () => {
    const many = Array.from({ length: 1500 }, (_, i) => person(`family${i}@gmail.com`)).concat(person('jane.smith48@gmail.com'));
    const { world: w, services } = world([slip], new FakePeople(many, CONTACTS.map(person)));
    const card = recorded(composeOpen(eventFor(slip), services)) as CardJson;
    expect(w.People!.calls).toBe(2);
    // jane.smith48 is past the first page of other contacts, but in the contacts list: still found.
    expect(texts(card).join('\n')).toContain('you have written to jane.smith48@gmail.com');
    expect(diagnosticsLines(services).join('\n')).toContain('first 1,000 only 1');
  });
});
