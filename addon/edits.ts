// Turns a DraftEdit into Gmail's UpdateDraftActionResponse. It always sets the whole To, Cc and Bcc lists:
// if Gmail replaces the lists that is exactly the fixed draft, and it is the documented way to move an address.
import { applyEdit, type Address, type Draft, type DraftEdit } from '../rules/index.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const asStrings = (list: Address[] | undefined) => (list || []).map((a) => a.address);

export function updateDraftResponse(card: CardApi, draft: Draft, edit: DraftEdit): GoogleAppsScript.Card_Service.UpdateDraftActionResponse {
  const fixed = applyEdit(draft, edit);
  return card
    .newUpdateDraftActionResponseBuilder()
    .setUpdateDraftToRecipientsAction(card.newUpdateDraftToRecipientsAction().addUpdateToRecipients(asStrings(fixed.to)))
    .setUpdateDraftCcRecipientsAction(card.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(asStrings(fixed.cc)))
    .setUpdateDraftBccRecipientsAction(card.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients(asStrings(fixed.bcc)))
    .build();
}

/** The words on a fix button: what the click will do, not what the rule thinks. */
export function fixLabel(edit: DraftEdit): string {
  switch (edit.kind) {
    case 'moveRecipients':
      return `Move ${edit.addresses.length} address${edit.addresses.length === 1 ? '' : 'es'} to ${edit.to === 'bcc' ? 'Bcc' : 'Cc'}`;
    case 'replaceRecipient':
      return `Change to ${edit.to}`;
  }
}
