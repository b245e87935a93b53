// The card that asks why a finding is being dismissed: one button per reason, so it is one click.
import { DISMISS_REASONS, reasonsFor } from '../dismissals.ts';
import type { EntryPointName } from '../entry-point-name.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;
const DISMISS_FUNCTION: EntryPointName = 'onDismiss';

export function dismissCard(card: CardApi, key: string, draftId: string): GoogleAppsScript.Card_Service.Card {
  const section = card
    .newCardSection()
    .addWidget(
      card.newTextParagraph().setText('Why does this warning not apply to this e-mail? It will not be shown again for this draft.'),
    );
  const buttons = card.newButtonSet();
  for (const reason of reasonsFor(key.slice(0, key.indexOf(':')))) {
    const action = card.newAction().setFunctionName(DISMISS_FUNCTION).setParameters({ key, draftId, reason });
    buttons.addButton(card.newTextButton().setText(DISMISS_REASONS[reason]).setOnClickAction(action));
  }
  return card
    .newCardBuilder()
    .setName('dismiss')
    .setHeader(card.newCardHeader().setTitle('Dismiss a warning'))
    .addSection(section.addWidget(buttons))
    .build();
}
