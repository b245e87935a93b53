// The compose card as staff see it, and the one-click fix, through the typed CardService fake.
import { describe, expect, it } from 'vitest';
import { applyFix, checkAgain, composeOpen } from '../../addon/triggers/compose.ts';
import { findingsCard } from '../../addon/cards/findings-card.ts';
import type { Services } from '../../addon/services.ts';
import { recorded, type Json } from '../fakes/card-service.ts';
import { composeEvent, fakeWorld } from '../fakes/apps-script.ts';
import type { LintReport } from '../../rules/engine/types.ts';

function services(email = 'r.green@silcoates.org.uk'): Services {
  const world = fakeWorld(email);
  return { card: world.CardService.asReal(), userEmail: () => world.Session.getActiveUser().getEmail() };
}

const parents = {
  to: ['jane.smith84@gmail.com', 'Ahmed Khan <ahmed.khan@btinternet.com>', 'dlee@hotmail.co.uk'],
  cc: ['hoy7@silcoates.org.uk'],
  bcc: ['office@silcoates.org.uk'],
};

type CardJson = { sections: { header?: string; widgets: { type: string; text?: string; buttons?: { onClickAction: { functionName: string; parameters: Record<string, string> } }[] }[] }[] };

function fixButton(card: CardJson) {
  for (const s of card.sections) for (const w of s.widgets) if (w.type === 'ButtonSet') return w.buttons![0];
  return undefined;
}

describe('compose card', () => {
  it('parents in To: an error section with the addresses, a fix button and the policy clause', () => {
    const card = recorded(composeOpen(composeEvent(parents), services())) as CardJson;
    expect(card).toMatchSnapshot();
    expect(card.sections[0].widgets[0].text).toBe('<b>1 thing to fix before you send</b>');
    expect(fixButton(card)).toMatchObject({ text: 'Move 3 addresses to Bcc', onClickAction: { functionName: 'onApplyFix' } });
  });

  it('no findings: says nothing to fix and what was checked', () => {
    const card = recorded(composeOpen(composeEvent({ to: ['hoy7@silcoates.org.uk'] }), services())) as CardJson;
    expect(card).toMatchSnapshot();
    expect(card.sections[0].widgets[0].text).toBe('<b>Nothing to fix. Checked: the To list, Cc list and Bcc list.</b>');
  });

  it('reads the deprecated draftMetadata event shape too', () => {
    const event = { draftMetadata: { toRecipients: parents.to, ccRecipients: [], bccRecipients: [] } };
    const card = recorded(composeOpen(event, services())) as CardJson;
    expect(card.sections[0].widgets[0].text).toBe('<b>1 thing to fix before you send</b>');
  });

  it('an event with no recipient lists: nothing is guessed, every rule is "not checked"', () => {
    const card = recorded(composeOpen({ commonEventObject: {} }, services())) as CardJson;
    expect(card.sections[0].widgets[0].text).toBe('<b>Nothing to fix. Checked: nothing could be read.</b>');
    expect(card.sections[1].header).toBe('Not checked');
    expect(card.sections[1].widgets[0].text).toMatch(/Needs the To list and Cc list, which could not be read/);
  });

  it('escapes display names: a name cannot inject card markup', () => {
    const card = recorded(composeOpen(composeEvent({ to: ['"<b>Boss</b>" <a@gmail.com>', 'b@gmail.com'] }), services()));
    expect(JSON.stringify(card)).toContain('&lt;b&gt;Boss&lt;/b&gt;');
    expect(JSON.stringify(card)).not.toContain('<b>Boss</b>');
  });

  it('"Check again" returns the fresh card as an update', () => {
    const response = recorded(checkAgain(composeEvent(parents), services())) as { navigation: { updateCard: CardJson } };
    expect(response.navigation.updateCard.sections[0].widgets[0].text).toBe('<b>1 thing to fix before you send</b>');
  });

  it('a rule failure shows as a notice beside the other findings (snapshot)', () => {
    const report: LintReport = {
      checked: ['require-bcc-for-parents'],
      notChecked: [],
      findings: [
        {
          ruleId: 'require-bcc-for-parents', severity: 'warning', messageId: 'ruleFailed',
          message: 'This check could not run (boom). The other checks ran as usual; please tell the Network Manager.',
          policy: { section: 'S', quote: 'Q' },
        },
      ],
    };
    const card = recorded(findingsCard(services().card, report, 'the To list')) as CardJson;
    expect(card).toMatchSnapshot();
  });
});

describe('one-click fix', () => {
  it('moves exactly the parents to Bcc and keeps colleagues where they were', () => {
    const s = services();
    const button = fixButton(recorded(composeOpen(composeEvent(parents), s)) as CardJson)!;
    const response = recorded(applyFix(composeEvent(parents, button.onClickAction.parameters), s));
    expect(response).toEqual({
      type: 'UpdateDraftActionResponse',
      to: { type: 'UpdateDraftToRecipientsAction', recipients: [] },
      cc: { type: 'UpdateDraftCcRecipientsAction', recipients: ['hoy7@silcoates.org.uk'] },
      bcc: {
        type: 'UpdateDraftBccRecipientsAction',
        recipients: ['office@silcoates.org.uk', 'jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'],
      },
    } satisfies Json);
  });

  it('refuses a fix the current draft no longer needs, or parameters it did not send', () => {
    const s = services();
    const button = fixButton(recorded(composeOpen(composeEvent(parents), s)) as CardJson)!;
    const changed = composeEvent({ to: ['jane.smith84@gmail.com', 'new.parent@gmail.com'] }, button.onClickAction.parameters);
    expect(recorded(applyFix(changed, s))).toEqual({
      type: 'ActionResponse',
      notification: { type: 'Notification', text: 'The draft has changed since it was checked. Press "Check again".' },
    });
    const forged = composeEvent(parents, { ruleId: 'require-bcc-for-parents', fix: JSON.stringify({ kind: 'moveRecipients', to: 'bcc', addresses: ['hoy7@silcoates.org.uk'] }) });
    expect(recorded(applyFix(forged, s))).toMatchObject({ notification: { text: expect.stringMatching(/changed since/) } });
    expect(recorded(applyFix(composeEvent(parents, { ruleId: 'no-such-rule', fix: '{}' }), s))).toMatchObject({
      notification: { text: 'That button is out of date. Press "Check again".' },
    });
  });
});
