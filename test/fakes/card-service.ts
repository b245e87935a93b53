// A typed fake of Apps Script's CardService. Each builder declares, through `Fake<Real, methods>`, the
// methods of the real @types interface it stands in for, so a renamed method or a changed parameter
// breaks the compile. Builders record what was built as plain JSON, and build() enforces Gmail's limits.
type Real = GoogleAppsScript.Card_Service.CardService;

/** The listed methods of T, with T's parameters; what they return is the fake's business. */
import type { Fake } from './fake.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const LIMITS = { sectionsPerCard: 100, widgetsPerSection: 100 } as const;

/** Anything the fake built can turn itself into JSON; real objects passed in are rejected. */
function json(value: unknown): Json {
  if (value instanceof Built) return value.toJSON();
  if (Array.isArray(value)) return value.map(json);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Json;
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = json(v);
    return out;
  }
  throw new TypeError(`CardService fake: cannot record ${typeof value}`);
}

abstract class Built {
  protected readonly fields: Record<string, unknown> = {};
  constructor(readonly kind: string) {}
  protected set(key: string, value: unknown): this {
    this.fields[key] = value;
    return this;
  }
  protected push(key: string, value: unknown): this {
    ((this.fields[key] as unknown[]) ??= []).push(value);
    return this;
  }
  toJSON(): { [key: string]: Json } {
    const out: { [key: string]: Json } = { type: this.kind };
    for (const [k, v] of Object.entries(this.fields)) out[k] = json(v);
    return out;
  }
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string`);
  return value;
}

export class FakeCard extends Built implements Fake<GoogleAppsScript.Card_Service.Card, 'printJson'> {
  constructor(fields: Record<string, unknown>) {
    super('Card');
    Object.assign(this.fields, fields);
  }
  printJson(): string {
    return JSON.stringify(this.toJSON());
  }
}

class FakeCardBuilder
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.CardBuilder, 'addSection' | 'build' | 'setHeader' | 'setName' | 'setFixedFooter'>
{
  constructor() {
    super('CardBuilder');
  }
  addSection(section: GoogleAppsScript.Card_Service.CardSection) {
    return this.push('sections', section);
  }
  setHeader(header: GoogleAppsScript.Card_Service.CardHeader) {
    return this.set('header', header);
  }
  setName(name: string) {
    return this.set('name', requireString(name, 'card name'));
  }
  setFixedFooter(footer: GoogleAppsScript.Card_Service.FixedFooter) {
    return this.set('fixedFooter', footer);
  }
  build() {
    const sections = (this.fields.sections as FakeCardSection[] | undefined) ?? [];
    if (sections.length === 0) throw new Error('Card must have at least one section.');
    if (sections.length > LIMITS.sectionsPerCard)
      throw new Error(`Card has ${sections.length} sections; the limit is ${LIMITS.sectionsPerCard}.`);
    for (const s of sections) s.checkLimits();
    return new FakeCard(this.fields);
  }
}

class FakeCardHeader extends Built implements Fake<GoogleAppsScript.Card_Service.CardHeader, 'setTitle' | 'setSubtitle'> {
  constructor() {
    super('CardHeader');
  }
  setTitle(title: string) {
    return this.set('title', requireString(title, 'header title'));
  }
  setSubtitle(subtitle: string) {
    return this.set('subtitle', requireString(subtitle, 'header subtitle'));
  }
}

class FakeCardSection
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.CardSection, 'addWidget' | 'setHeader' | 'setCollapsible' | 'setNumUncollapsibleWidgets'>
{
  constructor() {
    super('CardSection');
  }
  addWidget(widget: GoogleAppsScript.Card_Service.Widget) {
    if (!(widget instanceof Built)) throw new TypeError('addWidget needs a widget built by CardService');
    return this.push('widgets', widget);
  }
  setHeader(header: string) {
    return this.set('header', requireString(header, 'section header'));
  }
  setCollapsible(collapsible: boolean) {
    return this.set('collapsible', collapsible);
  }
  setNumUncollapsibleWidgets(n: number) {
    return this.set('numUncollapsibleWidgets', n);
  }
  checkLimits(): void {
    const widgets = (this.fields.widgets as unknown[] | undefined) ?? [];
    if (widgets.length === 0) throw new Error('A card section must have at least one widget.');
    for (const w of widgets) if (w instanceof FakeTextInput || w instanceof FakeSelectionInput) w.checkLimits();
    if (widgets.length > LIMITS.widgetsPerSection)
      throw new Error(`Section has ${widgets.length} widgets; the limit is ${LIMITS.widgetsPerSection}.`);
  }
}

class FakeTextParagraph extends Built implements Fake<GoogleAppsScript.Card_Service.TextParagraph, 'setText'> {
  constructor() {
    super('TextParagraph');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'paragraph text'));
  }
}

class FakeDecoratedText
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.DecoratedText, 'setText' | 'setTopLabel' | 'setBottomLabel' | 'setWrapText'>
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
}

class FakeTextButton
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.TextButton, 'setText' | 'setOnClickAction' | 'setTextButtonStyle'>
{
  constructor() {
    super('TextButton');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'button text'));
  }
  setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
    return this.set('onClickAction', action);
  }
  setTextButtonStyle(style: GoogleAppsScript.Card_Service.TextButtonStyle) {
    return this.set('style', String(style));
  }
}

class FakeButtonSet extends Built implements Fake<GoogleAppsScript.Card_Service.ButtonSet, 'addButton'> {
  constructor() {
    super('ButtonSet');
  }
  addButton(button: GoogleAppsScript.Card_Service.Button) {
    return this.push('buttons', button);
  }
}

class FakeAction extends Built implements Fake<GoogleAppsScript.Card_Service.Action, 'setFunctionName' | 'setParameters'> {
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
}

class FakeTextInput
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.TextInput, 'setFieldName' | 'setTitle' | 'setHint' | 'setValue' | 'setMultiline'>
{
  constructor() {
    super('TextInput');
  }
  setFieldName(name: string) {
    return this.set('fieldName', requireString(name, 'field name'));
  }
  setTitle(title: string) {
    return this.set('title', requireString(title, 'input title'));
  }
  setHint(hint: string) {
    return this.set('hint', requireString(hint, 'input hint'));
  }
  setValue(value: string) {
    return this.set('value', requireString(value, 'input value'));
  }
  setMultiline(multiline: boolean) {
    return this.set('multiline', multiline);
  }
  checkLimits(): void {
    if (typeof this.fields.fieldName !== 'string') throw new Error('A TextInput needs a field name.');
  }
}

class FakeSelectionInput
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.SelectionInput, 'setFieldName' | 'setTitle' | 'setType' | 'addItem'>
{
  constructor() {
    super('SelectionInput');
  }
  setFieldName(name: string) {
    return this.set('fieldName', requireString(name, 'field name'));
  }
  setTitle(title: string) {
    return this.set('title', requireString(title, 'input title'));
  }
  setType(type: GoogleAppsScript.Card_Service.SelectionInputType) {
    return this.set('selectionType', String(type));
  }
  addItem(text: unknown, value: unknown, selected: boolean) {
    return this.push('items', { text: requireString(text, 'item text'), value: requireString(value, 'item value'), selected: !!selected });
  }
  checkLimits(): void {
    if (typeof this.fields.fieldName !== 'string') throw new Error('A SelectionInput needs a field name.');
    if (!((this.fields.items as unknown[] | undefined) ?? []).length) throw new Error('A SelectionInput needs at least one item.');
  }
}

class FakeImage extends Built implements Fake<GoogleAppsScript.Card_Service.Image, 'setImageUrl' | 'setAltText'> {
  constructor() {
    super('Image');
  }
  setImageUrl(url: string) {
    return this.set('imageUrl', requireString(url, 'image URL'));
  }
  setAltText(text: string) {
    return this.set('altText', requireString(text, 'alt text'));
  }
}

class FakeFixedFooter extends Built implements Fake<GoogleAppsScript.Card_Service.FixedFooter, 'setPrimaryButton'> {
  constructor() {
    super('FixedFooter');
  }
  setPrimaryButton(button: GoogleAppsScript.Card_Service.TextButton) {
    return this.set('primaryButton', button);
  }
}

class FakeNotification extends Built implements Fake<GoogleAppsScript.Card_Service.Notification, 'setText'> {
  constructor() {
    super('Notification');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'notification text'));
  }
}

class FakeNavigation
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.Navigation, 'updateCard' | 'pushCard' | 'popToRoot' | 'popCard'>
{
  constructor() {
    super('Navigation');
  }
  popCard() {
    return this.set('popCard', true);
  }
  popToRoot() {
    return this.set('popToRoot', true);
  }
  updateCard(card: GoogleAppsScript.Card_Service.Card) {
    return this.set('updateCard', card);
  }
  pushCard(card: GoogleAppsScript.Card_Service.Card) {
    return this.set('pushCard', card);
  }
}

class FakeActionResponseBuilder
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.ActionResponseBuilder, 'setNavigation' | 'setNotification' | 'build'>
{
  constructor() {
    super('ActionResponse');
  }
  setNavigation(navigation: GoogleAppsScript.Card_Service.Navigation) {
    return this.set('navigation', navigation);
  }
  setNotification(notification: GoogleAppsScript.Card_Service.Notification) {
    return this.set('notification', notification);
  }
  build() {
    if (!this.fields.navigation && !this.fields.notification) throw new Error('ActionResponse needs a navigation or a notification.');
    return this;
  }
}

class FakeRecipientsAction extends Built {
  protected add(list: string[]) {
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) throw new TypeError('recipients must be a string[]');
    return this.set('recipients', [...list]);
  }
}
class FakeToAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftToRecipientsAction, 'addUpdateToRecipients'>
{
  constructor() {
    super('UpdateDraftToRecipientsAction');
  }
  addUpdateToRecipients(list: string[]) {
    return this.add(list);
  }
}
class FakeCcAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftCcRecipientsAction, 'addUpdateCcRecipients'>
{
  constructor() {
    super('UpdateDraftCcRecipientsAction');
  }
  addUpdateCcRecipients(list: string[]) {
    return this.add(list);
  }
}
class FakeBccAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftBccRecipientsAction, 'addUpdateBccRecipients'>
{
  constructor() {
    super('UpdateDraftBccRecipientsAction');
  }
  addUpdateBccRecipients(list: string[]) {
    return this.add(list);
  }
}

class FakeUpdateDraftActionResponseBuilder
  extends Built
  implements
    Fake<
      GoogleAppsScript.Card_Service.UpdateDraftActionResponseBuilder,
      'setUpdateDraftToRecipientsAction' | 'setUpdateDraftCcRecipientsAction' | 'setUpdateDraftBccRecipientsAction' | 'build'
    >
{
  constructor() {
    super('UpdateDraftActionResponse');
  }
  setUpdateDraftToRecipientsAction(action: GoogleAppsScript.Card_Service.UpdateDraftToRecipientsAction) {
    return this.set('to', action);
  }
  setUpdateDraftCcRecipientsAction(action: GoogleAppsScript.Card_Service.UpdateDraftCcRecipientsAction) {
    return this.set('cc', action);
  }
  setUpdateDraftBccRecipientsAction(action: GoogleAppsScript.Card_Service.UpdateDraftBccRecipientsAction) {
    return this.set('bcc', action);
  }
  build() {
    if (Object.keys(this.fields).length === 0) throw new Error('UpdateDraftActionResponse needs at least one update action.');
    return new FakeUpdateDraftActionResponse(this.fields);
  }
}

class FakeUpdateDraftActionResponse extends Built implements Fake<GoogleAppsScript.Card_Service.UpdateDraftActionResponse, 'printJson'> {
  constructor(fields: Record<string, unknown>) {
    super('UpdateDraftActionResponse');
    Object.assign(this.fields, fields);
  }
  printJson(): string {
    return JSON.stringify(this.toJSON());
  }
}

type UsedFactories =
  | 'newCardBuilder'
  | 'newCardHeader'
  | 'newCardSection'
  | 'newTextParagraph'
  | 'newDecoratedText'
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
  | 'newImage';

export class FakeCardService implements Fake<Real, UsedFactories> {
  readonly TextButtonStyle = { FILLED: 'FILLED', OUTLINED: 'OUTLINED', TEXT: 'TEXT' } as unknown as Real['TextButtonStyle'];
  readonly SelectionInputType = {
    CHECK_BOX: 'CHECK_BOX',
    RADIO_BUTTON: 'RADIO_BUTTON',
    DROPDOWN: 'DROPDOWN',
    SWITCH: 'SWITCH',
  } as unknown as Real['SelectionInputType'];
  newCardBuilder = () => new FakeCardBuilder();
  newCardHeader = () => new FakeCardHeader();
  newCardSection = () => new FakeCardSection();
  newTextParagraph = () => new FakeTextParagraph();
  newDecoratedText = () => new FakeDecoratedText();
  newTextButton = () => new FakeTextButton();
  newButtonSet = () => new FakeButtonSet();
  newAction = () => new FakeAction();
  newFixedFooter = () => new FakeFixedFooter();
  newNotification = () => new FakeNotification();
  newNavigation = () => new FakeNavigation();
  newActionResponseBuilder = () => new FakeActionResponseBuilder();
  newUpdateDraftActionResponseBuilder = () => new FakeUpdateDraftActionResponseBuilder();
  newUpdateDraftToRecipientsAction = () => new FakeToAction();
  newUpdateDraftCcRecipientsAction = () => new FakeCcAction();
  newUpdateDraftBccRecipientsAction = () => new FakeBccAction();
  newTextInput = () => new FakeTextInput();
  newSelectionInput = () => new FakeSelectionInput();
  newImage = () => new FakeImage();

  /** The fake, typed as the real service for the code under test. */
  asReal(): Real {
    return this as unknown as Real;
  }
}

/** JSON of anything a trigger returned (a card, an action response, an update-draft response). */
export function recorded(value: unknown): Json {
  return json(value);
}
