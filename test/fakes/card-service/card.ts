// The card itself: CardBuilder, CardHeader, CardSection and FixedFooter fakes. build() renders the card as
// Card v1 and puts it through the validator (card.proto plus Google's documented limits), so every card any
// test builds, and every card the preview draws, is checked the same way; a card that fails throws.
import type { Fake } from '../fake.ts';
import { assertValidCard } from '../card-v1/validate.ts';
import { Built, requireString, type JsonObject } from './built.ts';
import { FakeTextButton } from './widgets.ts';

export class FakeCard extends Built implements Fake<GoogleAppsScript.Card_Service.Card, 'printJson'> {
  constructor(
    fields: Record<string, unknown>,
    private readonly cardV1: JsonObject,
  ) {
    super('Card');
    Object.assign(this.fields, fields);
  }
  printJson(): string {
    return JSON.stringify(this.cardV1);
  }
  toCardV1() {
    return this.cardV1;
  }
}

export class FakeCardBuilder
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.CardBuilder, 'addSection' | 'build' | 'setHeader' | 'setName' | 'setFixedFooter'>
{
  constructor() {
    super('CardBuilder');
  }
  addSection(section: GoogleAppsScript.Card_Service.CardSection) {
    if (!(section instanceof FakeCardSection)) throw new TypeError('addSection needs a section built by CardService');
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
  toCardV1() {
    return this.v1({ header: 'header', sections: 'sections', name: 'name', fixedFooter: 'fixedFooter' });
  }
  build() {
    const v1 = this.toCardV1();
    assertValidCard(v1);
    return new FakeCard(this.fields, v1);
  }
}

export class FakeCardHeader extends Built implements Fake<GoogleAppsScript.Card_Service.CardHeader, 'setTitle' | 'setSubtitle'> {
  constructor() {
    super('CardHeader');
  }
  setTitle(title: string) {
    return this.set('title', requireString(title, 'header title'));
  }
  setSubtitle(subtitle: string) {
    return this.set('subtitle', requireString(subtitle, 'header subtitle'));
  }
  toCardV1() {
    return this.v1({ title: 'title', subtitle: 'subtitle' });
  }
}

export class FakeCardSection
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
  toCardV1() {
    const out = this.v1({ header: 'header', collapsible: 'collapsible', numUncollapsibleWidgets: 'uncollapsibleWidgetsCount' });
    // A button added on its own is a one-button ButtonList in Card v1.
    const widgets = (this.fields.widgets as Built[] | undefined) ?? [];
    out.widgets = widgets.map((w) => (w instanceof FakeTextButton ? { buttonList: { buttons: [w.toCardV1()] } } : w.toCardV1()));
    return out;
  }
}

export class FakeFixedFooter
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.FixedFooter, 'setPrimaryButton' | 'setSecondaryButton'>
{
  constructor() {
    super('FixedFooter');
  }
  setPrimaryButton(button: GoogleAppsScript.Card_Service.TextButton) {
    return this.set('primaryButton', button);
  }
  setSecondaryButton(button: GoogleAppsScript.Card_Service.TextButton) {
    return this.set('secondaryButton', button);
  }
  toCardV1() {
    return this.v1({ primaryButton: 'primaryButton', secondaryButton: 'secondaryButton' });
  }
}
