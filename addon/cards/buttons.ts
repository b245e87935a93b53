// The one way a card makes its main (footer) button: card.proto says a fixed footer's button "must be a
// text button with text and color set", so it is FILLED in Gmail's blue.
type CardApi = GoogleAppsScript.Card_Service.CardService;

const GMAIL_BLUE = '#1a73e8';

export function primaryButton(
  card: CardApi,
  text: string,
  action: GoogleAppsScript.Card_Service.Action,
): GoogleAppsScript.Card_Service.TextButton {
  return card
    .newTextButton()
    .setText(text)
    .setTextButtonStyle(card.TextButtonStyle.FILLED)
    .setBackgroundColor(GMAIL_BLUE)
    .setOnClickAction(action);
}

/** A card's fixed footer with its one primary button. */
export function footer(
  card: CardApi,
  text: string,
  action: GoogleAppsScript.Card_Service.Action,
): GoogleAppsScript.Card_Service.FixedFooter {
  return card.newFixedFooter().setPrimaryButton(primaryButton(card, text, action));
}
