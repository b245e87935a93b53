// The one-click fixes as Gmail would apply them: never an empty To (Google documents nothing for it), only
// the lists that change, a same-size replacement, and the next check saying so when a fix did not apply.
import { describe, expect, it } from 'vitest';
import { applyFix, checkAgain, composeOpen } from '../../addon/triggers/compose.ts';
import { composeEvent, fakeServices, fakeWorld } from '../fakes/apps-script.ts';
import { all, texts } from '../helpers/cards.ts';
import {
  applyToDraft,
  FakeUpdateDraftActionResponse,
  recorded,
  shownCard,
  type EmptyListBehaviour,
  type Json,
} from '../fakes/card-service.ts';

type Lists = { to: string[]; cc: string[]; bcc: string[] };
/** Staff open draftlint, press the fix, and Gmail applies it (or not); then they press Check again. */
function fixFlow(lists: Lists, options: { empty?: EmptyListBehaviour; userEmail?: string } = {}) {
  const world = fakeWorld({ saved: [], userEmail: options.userEmail });
  const services = fakeServices(world);
  const opened = recorded(composeOpen(composeEvent(lists), services));
  const fix = all(opened, 'Action').find((a) => a.functionName === 'onApplyFix');
  const response = applyFix(composeEvent(lists, fix!.parameters as Record<string, string>), services);
  if (!(response instanceof FakeUpdateDraftActionResponse)) return { opened, response: recorded(response), after: lists, again: undefined };
  const after = applyToDraft(lists, response, options.empty);
  const again = shownCard(recorded(checkAgain(composeEvent(after), services)));
  return { opened, response: JSON.parse(response.printJson()) as Json, after, again };
}

const PARENTS = ['jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'];

describe('the Bcc fix as Gmail applies it', () => {
  it('every To address a parent: To becomes the sender, the card said so beforehand, and the next check is clean', () => {
    const { opened, response, after, again } = fixFlow({ to: PARENTS, cc: [], bcc: [] });
    expect(texts(opened)).toContain('<i>To will then hold only your own address, so no parent sees another.</i>');
    expect(response).toEqual({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateToRecipients: { toRecipients: ['r.green@silcoates.org.uk'] },
            updateBccRecipients: { bccRecipients: PARENTS },
          },
        },
      },
    });
    expect(after).toEqual({ to: ['r.green@silcoates.org.uk'], cc: [], bcc: PARENTS });
    expect(texts(again!)[0]).toMatch(/^<b>Nothing to fix/);
  });

  it('a colleague stays in To: only the lists that change are sent, and no "To will be you" line', () => {
    const { opened, response, after } = fixFlow({ to: ['hoy7@silcoates.org.uk', ...PARENTS], cc: [], bcc: [] });
    expect(texts(opened).join('\n')).not.toMatch(/To will then hold/);
    expect(response).toMatchObject({
      hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateToRecipients: { toRecipients: ['hoy7@silcoates.org.uk'] } } } },
    });
    expect(after.to).toEqual(['hoy7@silcoates.org.uk']);
  });

  it('parents only in Cc, and Gmail ignores the empty Cc it is sent: the next check says the fix did not apply and what to do', () => {
    const lists = { to: ['hoy7@silcoates.org.uk'], cc: PARENTS, bcc: [] };
    const { response, after, again } = fixFlow(lists, { empty: 'ignored' });
    expect(response).toMatchObject({
      hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateCcRecipients: { ccRecipients: [] } } } },
    });
    expect(after.cc).toEqual(PARENTS); // Gmail left them where everyone sees them
    expect(texts(again!).join('\n')).toMatch(/The last click did not change the draft\..*Move them by hand/);
  });

  it('the same fix, when Gmail clears the empty Cc: no "did not apply" note', () => {
    const lists = { to: ['hoy7@silcoates.org.uk'], cc: PARENTS, bcc: [] };
    const { again } = fixFlow(lists, { empty: 'clears' });
    expect(texts(again!).join('\n')).not.toMatch(/did not change the draft/);
  });

  it('a same-size replacement (a look-alike domain): To keeps its length and the slip is gone on Check again', () => {
    const lists = { to: ['hoy7@silcoates.org.uk', 'jane.smith@gmial.com'], cc: [], bcc: [] };
    const { response, after, again } = fixFlow(lists);
    expect(response).toMatchObject({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: { updateToRecipients: { toRecipients: ['hoy7@silcoates.org.uk', 'jane.smith@gmail.com'] } },
        },
      },
    });
    expect(after.to).toHaveLength(2);
    expect(texts(again!).join('\n')).not.toMatch(/gmial/);
  });

  it('without the sender’s address there is no safe response: a notice says what to do by hand, and nothing is sent', () => {
    const { response } = fixFlow({ to: PARENTS, cc: [], bcc: [] }, { userEmail: '' });
    expect(response).toMatchObject({ notification: { text: expect.stringMatching(/cannot tell your own address/) } });
  });
});
