// A typed fake of Apps Script's CardService. Each builder declares, through `Fake<Real, methods>`, the
// methods of the real @types interface it stands in for, so a renamed method or a changed parameter breaks
// the compile. Builders record what was built as plain JSON (read by the tests and the preview) and as Card
// v1 JSON; every card's build() is checked against card.proto and Google's limits (card-v1/validate.ts).
import type { Fake } from './fake.ts';
import { json, type Json } from './card-service/built.ts';
import { FakeCardBuilder, FakeCardHeader, FakeCardSection, FakeFixedFooter } from './card-service/card.ts';
import { FakeActionResponseBuilder, FakeComposeActionResponseBuilder, FakeNavigation, FakeNotification } from './card-service/responses.ts';
import { FakeBccAction, FakeCcAction, FakeToAction, FakeUpdateDraftActionResponseBuilder } from './card-service/update-draft.ts';
import { widgetFactories } from './card-service/widgets.ts';

export type { Json } from './card-service/built.ts';
export { applyToDraft, FakeUpdateDraftActionResponse, type EmptyListBehaviour } from './card-service/update-draft.ts';

type Real = GoogleAppsScript.Card_Service.CardService;

type UsedFactories =
  | 'newCardBuilder'
  | 'newCardHeader'
  | 'newCardSection'
  | 'newTextParagraph'
  | 'newDecoratedText'
  | 'newSwitch'
  | 'newTextButton'
  | 'newButtonSet'
  | 'newAction'
  | 'newFixedFooter'
  | 'newNotification'
  | 'newNavigation'
  | 'newActionResponseBuilder'
  | 'newUpdateDraftActionResponseBuilder'
  | 'newUpdateDraftToRecipientsAction'
  | 'newUpdateDraftCcRecipientsAction'
  | 'newUpdateDraftBccRecipientsAction'
  | 'newTextInput'
  | 'newSelectionInput'
  | 'newImage'
  | 'newDivider'
  | 'newComposeActionResponseBuilder';

export class FakeCardService implements Fake<Real, UsedFactories> {
  readonly TextButtonStyle = widgetFactories.TextButtonStyle;
  readonly SelectionInputType = widgetFactories.SelectionInputType;
  readonly SwitchControlType = widgetFactories.SwitchControlType;
  readonly LoadIndicator = widgetFactories.LoadIndicator;
  readonly ComposedEmailType = widgetFactories.ComposedEmailType;
  newCardBuilder = () => new FakeCardBuilder();
  newCardHeader = () => new FakeCardHeader();
  newCardSection = () => new FakeCardSection();
  newFixedFooter = () => new FakeFixedFooter();
  newTextParagraph = widgetFactories.newTextParagraph;
  newDecoratedText = widgetFactories.newDecoratedText;
  newSwitch = widgetFactories.newSwitch;
  newTextButton = widgetFactories.newTextButton;
  newButtonSet = widgetFactories.newButtonSet;
  newAction = widgetFactories.newAction;
  newTextInput = widgetFactories.newTextInput;
  newSelectionInput = widgetFactories.newSelectionInput;
  newImage = widgetFactories.newImage;
  newDivider = widgetFactories.newDivider;
  newNotification = () => new FakeNotification();
  newNavigation = () => new FakeNavigation();
  newActionResponseBuilder = () => new FakeActionResponseBuilder();
  newUpdateDraftActionResponseBuilder = () => new FakeUpdateDraftActionResponseBuilder();
  newUpdateDraftToRecipientsAction = () => new FakeToAction();
  newUpdateDraftCcRecipientsAction = () => new FakeCcAction();
  newUpdateDraftBccRecipientsAction = () => new FakeBccAction();
  newComposeActionResponseBuilder = () => new FakeComposeActionResponseBuilder();

  /** The fake, typed as the real service for the code under test. */
  asReal(): Real {
    return this as unknown as Real;
  }
}

/** JSON of anything a trigger returned (a card, an action response, an update-draft response). */
export function recorded(value: unknown): Json {
  return json(value);
}

type Node = { [key: string]: Json };
const isNode = (v: Json | undefined): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/** The card a response leaves on top, applying its navigation steps in order to a stack (Gmail's card stack). */
export function cardAfter(response: Json, stack: Json[] = [null]): Json[] {
  const out = [...stack];
  const steps = isNode(response) && isNode(response.navigation) ? response.navigation.steps : undefined;
  for (const step of Array.isArray(steps) ? steps : []) {
    if (!isNode(step)) continue;
    if (step.popToRoot) out.splice(1);
    if (step.popCard && out.length > 1) out.pop();
    if (step.updateCard) out[out.length - 1] = step.updateCard;
    if (step.pushCard) out.push(step.pushCard);
  }
  return out;
}

/** The card shown after a response: the top of the stack cardAfter() leaves. */
export const shownCard = (response: Json, stack?: Json[]): Node => cardAfter(response, stack).at(-1) as Node;
