// The compose card as staff see it — recipients from the event, the rest from the saved draft — the
// one-click fix, dismissing with a reason, and the add-on's budget of Gmail calls and property reads.
import { describe, expect, it } from 'vitest';
import { applyFix, checkAgain, composeOpen, dismissFinding, showDismiss } from '../../addon/triggers/compose.ts';
import { checkDraft } from '../../addon/triggers/check.ts';
import { FLUSH_MINUTES, recordCheck } from '../../addon/stats/recorder.ts';
import { findingsCard } from '../../addon/cards/findings-card.ts';
import { recorded, shownCard, type Json } from '../fakes/card-service.ts';
import { composeEvent, fakeServices, fakeWorld } from '../fakes/apps-script.ts';
import type { SavedDraftSpec } from '../fakes/gmail.ts';
import { builtInRules, rulesMeta, type Finding, type LintReport } from '../../rules/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/corpus.ts';

// A real spreadsheet of UPNs and dates of birth, made by LibreOffice (test/fixtures/attachments/make.sh).
const pupilList = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments/pupils.xlsx')));

const parents = {
  to: ['jane.smith84@gmail.com', 'Ahmed Khan <ahmed.khan@btinternet.com>', 'dlee@hotmail.co.uk'],
  cc: ['hoy7@silcoates.org.uk'],
  bcc: ['office@silcoates.org.uk'],
};
const savedParents: SavedDraftSpec = {
  id: 'r-123',
  ...parents,
  subject: 'Year 7 trip',
  text: 'Dear parents, the trip is on Friday.',
  attachments: [
    {
      name: 'Pupil list 7B.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: pupilList.length,
      bytes: pupilList,
    },
  ],
};

type Button = { text: string; onClickAction: { functionName: string; parameters: Record<string, string> } };
type CardJson = { sections: { header?: string; widgets: { type: string; text?: string; buttons?: Button[] }[] }[] };

function buttons(card: CardJson): Button[] {
  return card.sections.flatMap((s) => s.widgets).flatMap((w) => w.buttons ?? []);
}
const texts = (card: CardJson) => card.sections.flatMap((s) => s.widgets).map((w) => w.text ?? '');

function setup(saved: SavedDraftSpec[] = [savedParents]) {
  const world = fakeWorld({ saved });
  return { world, services: fakeServices(world) };
}

describe('compose card', () => {
  it('parents in To, saved draft found: the error, the fix and Dismiss buttons, the policy clause', () => {
    const { services } = setup();
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(texts(card)[0]).toBe('<b>2 things to fix before you send</b>');
    expect(texts(card).join('\n')).toMatch(/Pupil list 7B\.xlsx&quot; holds 2 UPNs and is not encrypted/);
    expect(buttons(card).map((b) => b.text)).toEqual(['Dismiss…', 'Move 3 addresses to Bcc', 'Dismiss…', 'Tell the DPO about a near miss']);
  });

  it('no findings: says so, and what was checked', () => {
    const { services } = setup([{ id: 'r-1', to: ['hoy7@silcoates.org.uk'], subject: 'Cover', text: 'Can you cover P3?' }]);
    const card = recorded(composeOpen(composeEvent({ to: ['hoy7@silcoates.org.uk'] }), services)) as CardJson;
    expect(card.sections).toHaveLength(1);
    expect(texts(card)[0]).toBe(
      '<b>Nothing to fix. Checked: the To list, Cc list, Bcc list, subject and message text and 0 attachments.</b>',
    );
  });

  it('mixed severities from the subject, body and recipients: the worst first, each under its rule', () => {
    const saved: SavedDraftSpec = {
      id: 'r-9',
      to: ['dlee@hotmail.co.uk'],
      subject: 'Amira',
      text: "Amira's UPN is B801200005001. Honestly, this is a bloody joke!!! Photos: https://www.dropbox.com/s/x/trip.zip",
    };
    const { services } = setup([saved]);
    const card = recorded(composeOpen(composeEvent({ to: ['dlee@hotmail.co.uk'] }), services)) as CardJson;
    expect(texts(card)[0]).toBe('<b>1 thing to fix before you send · 1 to check · 2 to consider</b>');
    const findingSections = card.sections.slice(1).filter((s) => s.header);
    expect(findingSections.map((s) => [...(s.header ?? '')][0])).toEqual(['⛔', '⚠', 'ℹ', 'ℹ']);
    expect(texts(card).join('\n')).toMatch(/Fix before sending\..*UPN/);
  });

  it('a draft not saved yet: a plain notice, and the recipient findings all the same', () => {
    const { services } = setup([]);
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(texts(card)[1]).toMatch(/Gmail saves drafts every few seconds/);
    expect(texts(card).join('\n')).toMatch(/3 parents' personal e-mail addresses/);
    // No Dismiss without a saved draft; the near miss can still be told.
    expect(buttons(card).map((b) => b.text)).toEqual(['Move 3 addresses to Bcc', 'Tell the DPO about a near miss']);
  });

  it('two saved drafts with the same recipients: says it cannot tell which, never shows another draft', () => {
    const { services } = setup([savedParents, { ...savedParents, id: 'r-456', text: 'Other draft with UPN B801200005001' }]);
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(texts(card)[1]).toMatch(/2 saved drafts have these recipients/);
    expect(JSON.stringify(card)).not.toMatch(/UPN/);
  });

  it('the Gmail service failing: a short notice, and the recipient findings still shown', () => {
    const { world, services } = setup();
    world.Drafts.list = () => {
      throw new Error('Service invoked too many times');
    };
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(texts(card)[1]).toMatch(/could not read the saved draft just now/);
    expect(texts(card)[0]).toBe('<b>1 thing to fix before you send</b>'); // the recipients still
  });

  it('reads the deprecated draftMetadata event shape too', () => {
    const { services } = setup();
    const event = {
      draftMetadata: { toRecipients: parents.to, ccRecipients: parents.cc, bccRecipients: parents.bcc, subject: 'Year 7 trip' },
    };
    const card = recorded(composeOpen(event, services)) as CardJson;
    expect(buttons(card).map((b) => b.text)).toContain('Dismiss…');
  });

  it('an event with no recipient lists: nothing is guessed, every rule is "not checked"', () => {
    const { services } = setup();
    const card = recorded(composeOpen({ commonEventObject: {} }, services)) as CardJson;
    expect(texts(card)[0]).toBe('<b>Nothing to fix. Checked: nothing could be read.</b>');
    expect(card.sections[1].header).toBe('Not checked');
  });

  it('shows what to write instead, under the finding, as the rule suggests it', () => {
    const { services } = setup([{ id: 'r-5', to: ['jane.smith84@gmail.com'], subject: 'Homework', text: 'Your son is lazy.' }]);
    const card = recorded(composeOpen(composeEvent({ to: ['jane.smith84@gmail.com'] }), services)) as CardJson;
    const instead = card.sections.flatMap((s) => s.widgets).find((w) => (w as { topLabel?: string }).topLabel === 'Instead');
    expect(instead?.text).toBe('Describe what was not done: &quot;has not handed in homework for three weeks&quot;.');
  });

  it('escapes what comes from the draft: a display name cannot inject card markup', () => {
    const { services } = setup([]);
    const card = JSON.stringify(recorded(composeOpen(composeEvent({ to: ['"<b>Boss</b>" <a@gmail.com>', 'b@gmail.com'] }), services)));
    expect(card).toContain('&lt;b&gt;Boss&lt;/b&gt;');
    expect(card).not.toContain('<b>Boss</b>');
  });

  it('a rule failure shows as a notice beside the other findings, with no Dismiss of its own', () => {
    const report: LintReport = {
      notChecked: [],
      audited: [],
      findings: [
        {
          ruleId: 'no-unprofessional-wording',
          severity: 'warning',
          messageId: 'ruleFailed',
          message: 'This check could not run (boom). The other checks ran as usual; please tell the Network Manager.',
          policy: { section: 'S', quote: 'Q' },
        },
        {
          ruleId: 'max-recipients',
          severity: 'warning',
          messageId: 'tooManyVisible',
          message: '21 recipients can see each other.',
          policy: { section: 'S', quote: 'Q' },
        },
      ],
    };
    const { services } = setup();
    const card = recorded(
      findingsCard(
        services.card,
        {
          report,
          draft: {},
          checkedWhat: 'the To list',
          dismissedCount: 0,
          quietedCount: 0,
          draftId: 'r-1',
          keyOf: (f: Finding) => `${f.ruleId}:k`,
        },
        rulesMeta(builtInRules),
      ),
    ) as CardJson;
    expect(texts(card)[0]).toBe('<b>2 to check</b>');
    expect(texts(card).join('\n')).toMatch(/This check could not run \(boom\)/);
    const dismissals = buttons(card).filter((b) => b.text === 'Dismiss…');
    expect(dismissals.map((b) => b.onClickAction.parameters.key)).toEqual([expect.stringMatching(/^max-recipients:/)]);
  });

  it('stays within budget: at most 4 Gmail calls and 2 property reads per check, attachment download included', () => {
    const { world, services } = setup([savedParents, { ...savedParents, id: 'r-2', to: ['jane.smith84@gmail.com'] }]);
    composeOpen(composeEvent(parents), services);
    expect(world.Drafts.calls).toBe(3); // one search (the other draft does not match it), one read, one download
    expect(world.Drafts.calls).toBeLessThanOrEqual(4);
    // The check: the user's own store (dismissals, the statistics' memory), and the settings' index key
    // (cache cold): never the whole store. Recording after the card reads nothing more.
    expect(world.PropertiesService.user.readKeys).toEqual(['draftlint.dismissed']);
    expect(world.PropertiesService.script.readKeys).toEqual(['draftlint.settings']);
  });

  it('recording costs staff no read, one write on a check with something new, and nothing on a Check again with nothing new', () => {
    const { world, services } = setup();
    const calls = () =>
      world.PropertiesService.user.reads +
      world.PropertiesService.user.writes +
      world.PropertiesService.script.reads +
      world.PropertiesService.script.writes +
      world.CacheService.user.calls +
      world.shared.lock.attempts +
      world.LockService.user.attempts;
    const recording = (event: ReturnType<typeof composeEvent>, opening: boolean) => {
      const check = checkDraft(event, services);
      const before = calls();
      recordCheck(services, check, opening);
      return calls() - before;
    };
    expect(recording(composeEvent(parents), true)).toBe(1); // the draft's first check: one write of the user's store
    expect(recording(composeEvent(parents), false)).toBe(0); // Check again, nothing new
    expect(recording(composeEvent(parents), false)).toBe(0);
    world.clock.advance(FLUSH_MINUTES * 60 + 1);
    // Once every few minutes a check sends the waiting increments: under the user's lock, from a fresh read.
    expect(recording(composeEvent(parents), false)).toBeGreaterThan(2);
    expect(recording(composeEvent(parents), false)).toBe(0);
  });

  it('worst case, three candidates: 4 Gmail calls, the download left out, and the file "could not tell", not safe', () => {
    const twins = [
      savedParents,
      { ...savedParents, id: 'r-2', subject: 'Old trip' },
      { ...savedParents, id: 'r-3', subject: 'Older trip' },
    ];
    const { world, services } = setup(twins);
    const card = recorded(composeOpen(composeEvent(parents, undefined, 'Year 7 trip'), services)) as CardJson;
    expect(world.Drafts.calls).toBe(4); // one search, three reads; no call is left for the download
    expect(texts(card).join('\n')).toMatch(
      /Pupil list 7B\.xlsx&quot; looks sensitive .*could not tell whether it is encrypted: its contents were not read/,
    );
  });

  it('a draft the search does not find yet is found among the newest drafts, within the same 4 calls', () => {
    const fresh = { ...savedParents, notIndexedYet: true };
    const { world, services } = setup([fresh, { id: 'r-9', to: ['someone@else.example'], subject: 'Other' }]);
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(world.Drafts.calls).toBe(4); // search (nothing), list of the newest, two reads
    // Found: the attachment is listed from the saved draft, but no call is left to download it.
    expect(texts(card)[0]).toMatch(/^<b>1 thing to fix before you send · 1 to check/);
    expect(texts(card).join('\n')).toMatch(/Pupil list 7B\.xlsx&quot; looks sensitive .*its contents were not read/);
  });

  it('a draft not saved anywhere yet: at most 4 calls, and the card says to check again', () => {
    const others = [1, 2, 3].map((n) => ({ id: `o-${n}`, to: [`other${n}@else.example`], subject: 'Other' }));
    const { world, services } = setup(others);
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(world.Drafts.calls).toBe(4);
    expect(texts(card).join('\n')).toMatch(/has not been saved yet/);
  });

  it('a draft with 25 MB of attachments is checked from the declared sizes, without fetching bytes', () => {
    const big = { ...savedParents, attachments: [{ name: 'video.mp4', type: 'video/mp4', size: 25 * 1024 * 1024 }] };
    const { world, services } = setup([big]);
    const card = recorded(composeOpen(composeEvent(parents), services)) as CardJson;
    expect(world.Drafts.calls).toBe(2); // one search, one read: no attachment download (its time: npm run bench -- addon)
    const said = texts(card).join('\n');
    expect(said).toMatch(/&quot;video\.mp4&quot; is 25 MB, over the 10 MB limit for one file/);
    expect(said).not.toMatch(/The attachments come to/); // one file: said once, as that file
  });

  it('"Check again" returns the fresh card as an update', () => {
    const { services } = setup();
    const response = recorded(checkAgain(composeEvent(parents), services));
    expect(texts(shownCard(response) as unknown as CardJson)[0]).toBe('<b>2 things to fix before you send</b>');
  });
});

describe('one-click fix', () => {
  it('moves exactly the parents to Bcc and keeps colleagues where they were', () => {
    const { services } = setup();
    const fix = buttons(recorded(composeOpen(composeEvent(parents), services)) as CardJson).find(
      (b) => b.onClickAction.functionName === 'onApplyFix',
    )!;
    const response = applyFix(composeEvent(parents, fix.onClickAction.parameters), services);
    // Every To address was a parent: To becomes the sender (never an empty list); Cc is left alone.
    expect(JSON.parse(response.printJson())).toEqual({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateToRecipients: { toRecipients: ['r.green@silcoates.org.uk'] },
            updateBccRecipients: {
              bccRecipients: ['office@silcoates.org.uk', 'jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'],
            },
          },
        },
      },
    } satisfies Json);
  });

  it('refuses a fix the current draft no longer needs, or parameters it did not send', () => {
    const { services } = setup();
    const fix = buttons(recorded(composeOpen(composeEvent(parents), services)) as CardJson).find(
      (b) => b.onClickAction.functionName === 'onApplyFix',
    )!;
    const changed = composeEvent({ to: ['jane.smith84@gmail.com', 'new.parent@gmail.com'] }, fix.onClickAction.parameters);
    expect(recorded(applyFix(changed, services))).toMatchObject({
      notification: { text: 'The draft has changed since it was checked. Press "Check again".' },
    });
    const forged = composeEvent(parents, {
      ruleId: 'require-bcc-for-parents',
      fix: JSON.stringify({ kind: 'moveRecipients', to: 'bcc', addresses: ['hoy7@silcoates.org.uk'] }),
    });
    expect(recorded(applyFix(forged, services))).toMatchObject({ notification: { text: expect.stringMatching(/changed since/) } });
    expect(recorded(applyFix(composeEvent(parents, { ruleId: 'no-such-rule', fix: '{}' }), services))).toMatchObject({
      notification: { text: 'That button is out of date. Press "Check again".' },
    });
  });
});

describe('dismiss with a reason', () => {
  it('asks why in one click, then hides that finding on that draft only', () => {
    const { world, services } = setup([
      savedParents,
      { ...savedParents, id: 'r-other', to: ['x@gmail.com', 'y@gmail.com'], cc: [], bcc: [] },
    ]);
    const dismissButton = buttons(recorded(composeOpen(composeEvent(parents), services)) as CardJson)[2]; // the parents' finding
    const asked = recorded(showDismiss(composeEvent(parents, dismissButton.onClickAction.parameters), services));
    const reasons = buttons(shownCard(asked) as unknown as CardJson);
    expect(reasons.map((b) => b.text)).toEqual(['They are one family', 'Protected another way', 'Does not apply here', 'False alarm']);

    const done = recorded(dismissFinding(composeEvent(parents, reasons[0].onClickAction.parameters), services)) as {
      notification: { text: string };
    };
    expect(done.notification.text).toBe('Dismissed: they are one family.');
    expect(texts(shownCard(done) as unknown as CardJson).slice(0, 2)).toEqual([
      '<b>1 thing to fix before you send</b>',
      '<i>1 dismissed on this draft is not shown.</i>',
    ]);
    // Stored as a rule id and a hash under a keyed fingerprint of the draft: no draft id, address, name or text.
    const stored = world.PropertiesService.user.values.get('draftlint.dismissed')!;
    const store = JSON.parse(stored) as { k: string; d: Record<string, Record<string, string>> };
    expect(store.k).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.values(store.d).map((d) => Object.entries(d))).toEqual([
      [[expect.stringMatching(/^require-bcc-for-parents:[\w-]{16}$/), 'oneFamily']],
    ]);
    expect(Object.keys(store.d)[0]).toMatch(/^[\w-]{16}$/);
    for (const secret of ['r-123', 'jane', 'smith', 'khan', 'Year 7', 'Pupil list']) expect(stored).not.toContain(secret);
    // Another draft with parents visible is still warned about.
    const other = recorded(composeOpen(composeEvent({ to: ['x@gmail.com', 'y@gmail.com'] }), services)) as CardJson;
    expect(texts(other).join('\n')).toMatch(/2 parents' personal e-mail addresses are visible/);
  });

  it('rejects parameters it did not send', () => {
    const { services } = setup();
    for (const parameters of [
      { key: 'x', draftId: 'r-123', reason: 'oneFamily' },
      { key: 'require-bcc-for-parents:abc', draftId: 'r-123', reason: 'because' },
    ]) {
      expect(recorded(dismissFinding(composeEvent(parents, parameters), services))).toMatchObject({
        notification: { text: expect.stringMatching(/out of date/) },
      });
    }
  });
});
