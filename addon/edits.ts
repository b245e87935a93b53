// Turns a DraftEdit into Gmail's UpdateDraftActionResponse. Each list it sends replaces the draft's (as
// Google documents); it sends only the lists the edit changes, and never an empty To, whose effect Google
// does not document: a move that empties To puts the sender there (applyEdit), and without a known sender
// there is no safe response at all, so the caller tells staff what to do by hand.
import { applyEdit, type Address, type Draft, type DraftEdit } from '../rules/index.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const asStrings = (list: Address[] | undefined) => (list || []).map((a) => a.address);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function updateDraftResponse(
  card: CardApi,
  draft: Draft,
  edit: DraftEdit,
): GoogleAppsScript.Card_Service.UpdateDraftActionResponse | undefined {
  const fixed = applyEdit(draft, edit);
  const to = asStrings(fixed.to);
  if (!to.length) return undefined;
  const builder = card.newUpdateDraftActionResponseBuilder();
  if (!same(to, asStrings(draft.to)))
    builder.setUpdateDraftToRecipientsAction(card.newUpdateDraftToRecipientsAction().addUpdateToRecipients(to));
  const cc = asStrings(fixed.cc);
  if (!same(cc, asStrings(draft.cc)))
    builder.setUpdateDraftCcRecipientsAction(card.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(cc));
  const bcc = asStrings(fixed.bcc);
  if (!same(bcc, asStrings(draft.bcc)))
    builder.setUpdateDraftBccRecipientsAction(card.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients(bcc));
  return builder.build();
}

/** The words on a fix button: what the click will do, not what the rule thinks. */
export function fixLabel(edit: DraftEdit): string {
  switch (edit.kind) {
    case 'moveRecipients':
      return `Move ${edit.addresses.length} address${edit.addresses.length === 1 ? '' : 'es'} to ${edit.to === 'bcc' ? 'Bcc' : 'Cc'}`;
    case 'replaceRecipient':
      return `Replace with ${edit.to}`;
  }
}
