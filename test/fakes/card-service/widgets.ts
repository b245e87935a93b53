// The CardService widgets draftlint uses, each a typed fake of the real builder (Fake<Real, methods>) that
// records its calls and renders itself as the Card v1 Widget CardService would send (table in
// ../shared/research/platform-3.md §1.4). What Google rejects in build() is checked by the Card v1 validator.
import type { Fake } from '../fake.ts';
import { Built, colourOf, requireString, type JsonObject } from './built.ts';
import { FakeSelectionInput, FakeTextInput } from './inputs.ts';

type CS = typeof GoogleAppsScript.Card_Service;
type Api = GoogleAppsScript.Card_Service.CardService;

export class FakeTextParagraph extends Built implements Fake<GoogleAppsScript.Card_Service.TextParagraph, 'setText'> {
  constructor() {
    super('TextParagraph');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'paragraph text'));
  }
  toCardV1() {
    return { textParagraph: this.v1({ text: 'text' }) };
  }
}

export class FakeSwitch
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.Switch, 'setFieldName' | 'setValue' | 'setSelected' | 'setControlType'>
{
  constructor() {
    super('Switch');
  }
  setFieldName(name: string) {
    return this.set('fieldName', requireString(name, 'field name'));
  }
  setValue(value: string) {
    return this.set('value', requireString(value, 'switch value'));
  }
  setSelected(selected: boolean) {
    return this.set('selected', !!selected);
  }
  setControlType(type: GoogleAppsScript.Card_Service.SwitchControlType) {
    return this.set('controlType', String(type));
  }
  toCardV1() {
    return this.v1({ fieldName: 'name', value: 'value', selected: 'selected', controlType: 'controlType' });
  }
}

export class FakeDecoratedText
  extends Built
  implements
    Fake<
      GoogleAppsScript.Card_Service.DecoratedText,
      'setText' | 'setTopLabel' | 'setBottomLabel' | 'setWrapText' | 'setSwitchControl' | 'setOnClickAction'
    >
{
  constructor() {
    super('DecoratedText');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'decorated text'));
  }
  setTopLabel(text: string) {
    return this.set('topLabel', requireString(text, 'top label'));
  }
  setBottomLabel(text: string) {
    return this.set('bottomLabel', requireString(text, 'bottom label'));
  }
  setWrapText(wrap: boolean) {
    return this.set('wrapText', wrap);
  }
  setSwitchControl(control: GoogleAppsScript.Card_Service.Switch) {
    if (!(control instanceof FakeSwitch)) throw new TypeError('setSwitchControl needs a Switch built by CardService');
    return this.set('switchControl', control);
  }
  setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
    if (!(action instanceof FakeAction)) throw new TypeError('setOnClickAction needs an Action built by CardService');
    return this.set('onClickAction', action);
  }
  toCardV1() {
    const out = this.v1({
      topLabel: 'topLabel',
      text: 'text',
      wrapText: 'wrapText',
      bottomLabel: 'bottomLabel',
      switchControl: 'switchControl',
    });
    if (this.fields.onClickAction) out.onClick = { action: (this.fields.onClickAction as FakeAction).toCardV1() };
    return { decoratedText: out };
  }
}

export class FakeAction
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.Action, 'setFunctionName' | 'setParameters' | 'setLoadIndicator'>
{
  constructor() {
    super('Action');
  }
  setFunctionName(name: string) {
    return this.set('functionName', requireString(name, 'function name'));
  }
  setParameters(parameters: { [key: string]: string }) {
    // Gmail hands parameters back as strings only; anything else is lost on the way.
    for (const [k, v] of Object.entries(parameters)) requireString(v, `parameter ${k}`);
    return this.set('parameters', { ...parameters });
  }
  setLoadIndicator(indicator: GoogleAppsScript.Card_Service.LoadIndicator) {
    return this.set('loadIndicator', String(indicator));
  }
  toCardV1() {
    const out: JsonObject = this.v1({ functionName: 'function', loadIndicator: 'loadIndicator' });
    const parameters = this.fields.parameters as Record<string, string> | undefined;
    if (parameters) out.parameters = Object.entries(parameters).map(([key, value]) => ({ key, value }));
    return out;
  }
}

export class FakeTextButton
  extends Built
  implements
    Fake<
      GoogleAppsScript.Card_Service.TextButton,
      'setText' | 'setOnClickAction' | 'setComposeAction' | 'setTextButtonStyle' | 'setBackgroundColor' | 'setDisabled'
    >
{
  constructor() {
    super('TextButton');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'button text'));
  }
  setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
    if (!(action instanceof FakeAction)) throw new TypeError('setOnClickAction needs an Action built by CardService');
    return this.set('onClickAction', action);
  }
  /**
   * A button whose callback returns a ComposeActionResponse (Google's compose-action guide). It is one of a
   * button's click handlers, as setOnClickAction is: in Card v1 JSON it is the same onClick.action.
   */
  setComposeAction(action: GoogleAppsScript.Card_Service.Action, type: GoogleAppsScript.Card_Service.ComposedEmailType) {
    if (!(action instanceof FakeAction)) throw new TypeError('setComposeAction needs an Action built by CardService');
    if (this.fields.onClickAction) throw new Error('a button has one click handler: setOnClickAction was called already');
    this.set('composedEmailType', String(type));
    return this.set('onClickAction', action);
  }
  setTextButtonStyle(style: GoogleAppsScript.Card_Service.TextButtonStyle) {
    return this.set('style', String(style));
  }
  setBackgroundColor(colour: string) {
    colourOf(colour); // CardService takes a colour string; refuse what Google could not read
    return this.set('backgroundColor', colour);
  }
  setDisabled(disabled: boolean) {
    return this.set('disabled', !!disabled);
  }
  /** A Card v1 Button. A FILLED style's colour is the background colour (card.proto: setting `color` forces FILLED). */
  toCardV1() {
    const out: JsonObject = this.v1({ text: 'text', disabled: 'disabled' });
    if (this.fields.onClickAction) out.onClick = { action: (this.fields.onClickAction as FakeAction).toCardV1() };
    if (typeof this.fields.backgroundColor === 'string') out.color = colourOf(this.fields.backgroundColor);
    return out;
  }
}

export class FakeButtonSet extends Built implements Fake<GoogleAppsScript.Card_Service.ButtonSet, 'addButton'> {
  constructor() {
    super('ButtonSet');
  }
  addButton(button: GoogleAppsScript.Card_Service.Button) {
    if (!(button instanceof FakeTextButton)) throw new TypeError('addButton needs a button built by CardService');
    return this.push('buttons', button);
  }
  toCardV1() {
    return { buttonList: this.v1({ buttons: 'buttons' }) };
  }
}

export class FakeImage extends Built implements Fake<GoogleAppsScript.Card_Service.Image, 'setImageUrl' | 'setAltText'> {
  constructor() {
    super('Image');
  }
  setImageUrl(url: string) {
    return this.set('imageUrl', requireString(url, 'image URL'));
  }
  setAltText(text: string) {
    return this.set('altText', requireString(text, 'alt text'));
  }
  toCardV1() {
    return { image: this.v1({ imageUrl: 'imageUrl', altText: 'altText' }) };
  }
}

export class FakeDivider extends Built implements Fake<GoogleAppsScript.Card_Service.Divider, never> {
  constructor() {
    super('Divider');
  }
  toCardV1() {
    return { divider: {} };
  }
}

/** The widget factories of CardService, and the enums they take (as Apps Script names them). */
export const widgetFactories = {
  TextButtonStyle: {
    OUTLINED: 'OUTLINED',
    TEXT: 'TEXT',
    FILLED: 'FILLED',
    FILLED_TONAL: 'FILLED_TONAL',
    BORDERLESS: 'BORDERLESS',
  } as unknown as CS['TextButtonStyle'],
  SelectionInputType: {
    CHECK_BOX: 'CHECK_BOX',
    RADIO_BUTTON: 'RADIO_BUTTON',
    DROPDOWN: 'DROPDOWN',
    SWITCH: 'SWITCH',
  } as unknown as Api['SelectionInputType'],
  SwitchControlType: { SWITCH: 'SWITCH', CHECK_BOX: 'CHECK_BOX' } as unknown as Api['SwitchControlType'],
  LoadIndicator: { SPINNER: 'SPINNER', NONE: 'NONE' } as unknown as Api['LoadIndicator'],
  ComposedEmailType: { STANDALONE_DRAFT: 'STANDALONE_DRAFT', REPLY_AS_DRAFT: 'REPLY_AS_DRAFT' } as unknown as Api['ComposedEmailType'],
  newTextParagraph: () => new FakeTextParagraph(),
  newDecoratedText: () => new FakeDecoratedText(),
  newSwitch: () => new FakeSwitch(),
  newTextButton: () => new FakeTextButton(),
  newButtonSet: () => new FakeButtonSet(),
  newAction: () => new FakeAction(),
  newTextInput: () => new FakeTextInput(),
  newSelectionInput: () => new FakeSelectionInput(),
  newImage: () => new FakeImage(),
  newDivider: () => new FakeDivider(),
};
