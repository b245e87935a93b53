// What a callback returns: Notification, Navigation (every step kept in order, as Gmail applies them),
// ActionResponse and UpdateDraftActionResponse fakes. build() returns the built response, never the builder.
import type { Fake } from '../fake.ts';
import { Built, cardV1Of, requireString, type JsonObject } from './built.ts';
import { FakeCard } from './card.ts';

export class FakeNotification extends Built implements Fake<GoogleAppsScript.Card_Service.Notification, 'setText'> {
  constructor() {
    super('Notification');
  }
  setText(text: string) {
    return this.set('text', requireString(text, 'notification text'));
  }
  toCardV1() {
    return this.v1({ text: 'text' });
  }
}

type Step = { popCard: true } | { popToRoot: true } | { updateCard: FakeCard } | { pushCard: FakeCard };

export class FakeNavigation
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.Navigation, 'updateCard' | 'pushCard' | 'popToRoot' | 'popCard' | 'printJson'>
{
  constructor() {
    super('Navigation');
    this.fields.steps = [] as Step[];
  }
  private step(step: Step): this {
    return this.push('steps', step);
  }
  popCard() {
    return this.step({ popCard: true });
  }
  popToRoot() {
    return this.step({ popToRoot: true });
  }
  updateCard(card: GoogleAppsScript.Card_Service.Card) {
    if (!(card instanceof FakeCard)) throw new TypeError('updateCard needs a card built by CardService');
    return this.step({ updateCard: card });
  }
  pushCard(card: GoogleAppsScript.Card_Service.Card) {
    if (!(card instanceof FakeCard)) throw new TypeError('pushCard needs a card built by CardService');
    return this.step({ pushCard: card });
  }
  printJson(): string {
    return JSON.stringify(this.toCardV1());
  }
  toCardV1() {
    return { navigations: cardV1Of(this.fields.steps) } as JsonObject;
  }
}

export class FakeActionResponse extends Built implements Fake<GoogleAppsScript.Card_Service.ActionResponse, 'printJson'> {
  constructor(fields: Record<string, unknown>) {
    super('ActionResponse');
    Object.assign(this.fields, fields);
  }
  printJson(): string {
    return JSON.stringify(this.toCardV1());
  }
  /** The add-on response as Google documents it: renderActions.action.{navigations, notification}. */
  toCardV1() {
    const action: JsonObject = {};
    if (this.fields.navigation) Object.assign(action, (this.fields.navigation as FakeNavigation).toCardV1());
    if (this.fields.notification) action.notification = (this.fields.notification as FakeNotification).toCardV1();
    return { renderActions: { action } };
  }
}

export class FakeActionResponseBuilder
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.ActionResponseBuilder, 'setNavigation' | 'setNotification' | 'build'>
{
  constructor() {
    super('ActionResponseBuilder');
  }
  setNavigation(navigation: GoogleAppsScript.Card_Service.Navigation) {
    return this.set('navigation', navigation);
  }
  setNotification(notification: GoogleAppsScript.Card_Service.Notification) {
    return this.set('notification', notification);
  }
  build() {
    if (!this.fields.navigation && !this.fields.notification) throw new Error('ActionResponse needs a navigation or a notification.');
    return new FakeActionResponse(this.fields);
  }
  toCardV1() {
    return new FakeActionResponse(this.fields).toCardV1();
  }
}

/** A draft made by GmailApp.createDraft (FakeGmailApp), as a ComposeActionResponse needs it. */
export class FakeGmailDraft {
  constructor(
    readonly id: string,
    readonly recipients: string,
    readonly subject: string,
    readonly body: string,
  ) {}
  getId(): string {
    return this.id;
  }
}

export class FakeComposeActionResponse extends Built implements Fake<GoogleAppsScript.Card_Service.ComposeActionResponse, 'printJson'> {
  constructor(draft: FakeGmailDraft) {
    super('ComposeActionResponse');
    this.fields.draftId = draft.id;
  }
  printJson(): string {
    return JSON.stringify(this.toCardV1());
  }
  /** As Google documents the add-on response that opens a created draft. */
  toCardV1() {
    return { hostAppAction: { gmailAction: { openCreatedDraftAction: { draftId: this.fields.draftId as string } } } };
  }
}

export class FakeComposeActionResponseBuilder
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.ComposeActionResponseBuilder, 'setGmailDraft' | 'build'>
{
  constructor() {
    super('ComposeActionResponseBuilder');
  }
  setGmailDraft(draft: GoogleAppsScript.Gmail.GmailDraft) {
    if (!(draft instanceof FakeGmailDraft)) throw new TypeError('setGmailDraft needs a draft made by GmailApp');
    return this.set('draft', draft);
  }
  build() {
    // Google: build() "validates it"; a response with no draft is invalid.
    if (!this.fields.draft) throw new Error('Invalid ComposeActionResponse: no draft was set');
    return new FakeComposeActionResponse(
      this.fields.draft as FakeGmailDraft,
    ) as unknown as GoogleAppsScript.Card_Service.ComposeActionResponse;
  }
  toCardV1() {
    return this.fields.draft ? new FakeComposeActionResponse(this.fields.draft as FakeGmailDraft).toCardV1() : {};
  }
}
