// The compose actions: UpdateDraft{To,Cc,Bcc}RecipientsAction and the UpdateDraftActionResponse they go in.
// Google documents that each list *replaces* the draft's ("If set, replaces the existing To recipients of
// the draft", https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1 →
// UpdateToRecipients) but nowhere what an empty list does. draftlint is built so that it never needs to
// send an empty To; the fake refuses one, so no code can come to rely on it. An empty Cc or Bcc is kept
// and marked, and `applyToDraft` lets a test choose what Gmail does with it.
import type { Fake } from '../fake.ts';
import { Built, type JsonObject } from './built.ts';

abstract class FakeRecipientsAction extends Built {
  protected add(list: string[]) {
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) throw new TypeError('recipients must be a string[]');
    return this.set('recipients', [...list]);
  }
  get recipients(): string[] {
    return (this.fields.recipients as string[] | undefined) ?? [];
  }
}

export class FakeToAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftToRecipientsAction, 'addUpdateToRecipients'>
{
  constructor() {
    super('UpdateDraftToRecipientsAction');
  }
  addUpdateToRecipients(list: string[]) {
    if (Array.isArray(list) && list.length === 0)
      throw new Error('An empty To list is undocumented (it may clear To, or be ignored): never send one.');
    return this.add(list);
  }
  toCardV1() {
    return { toRecipients: this.recipients };
  }
}
export class FakeCcAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftCcRecipientsAction, 'addUpdateCcRecipients'>
{
  constructor() {
    super('UpdateDraftCcRecipientsAction');
  }
  addUpdateCcRecipients(list: string[]) {
    return this.add(list);
  }
  toCardV1() {
    return { ccRecipients: this.recipients };
  }
}
export class FakeBccAction
  extends FakeRecipientsAction
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftBccRecipientsAction, 'addUpdateBccRecipients'>
{
  constructor() {
    super('UpdateDraftBccRecipientsAction');
  }
  addUpdateBccRecipients(list: string[]) {
    return this.add(list);
  }
  toCardV1() {
    return { bccRecipients: this.recipients };
  }
}

const FIELDS = { to: 'updateToRecipients', cc: 'updateCcRecipients', bcc: 'updateBccRecipients' } as const;
type Which = keyof typeof FIELDS;

export class FakeUpdateDraftActionResponse
  extends Built
  implements Fake<GoogleAppsScript.Card_Service.UpdateDraftActionResponse, 'printJson'>
{
  constructor(fields: Record<string, unknown>) {
    super('UpdateDraftActionResponse');
    Object.assign(this.fields, fields);
  }
  printJson(): string {
    return JSON.stringify(this.toCardV1());
  }
  /** Gmail's documented shape: hostAppAction.gmailAction.updateDraftActionMarkup.update{To,Cc,Bcc}Recipients. */
  toCardV1() {
    const markup: JsonObject = {};
    for (const which of Object.keys(FIELDS) as Which[]) {
      const action = this.fields[which] as FakeRecipientsAction | undefined;
      if (action) markup[FIELDS[which]] = action.toCardV1();
    }
    return { hostAppAction: { gmailAction: { updateDraftActionMarkup: markup } } };
  }
  /** The list this response sets for To, Cc or Bcc, or undefined when it leaves that list alone. */
  list(which: Which): string[] | undefined {
    const action = this.fields[which] as FakeRecipientsAction | undefined;
    return action ? action.recipients : undefined;
  }
}

export class FakeUpdateDraftActionResponseBuilder
  extends Built
  implements
    Fake<
      GoogleAppsScript.Card_Service.UpdateDraftActionResponseBuilder,
      'setUpdateDraftToRecipientsAction' | 'setUpdateDraftCcRecipientsAction' | 'setUpdateDraftBccRecipientsAction' | 'build'
    >
{
  constructor() {
    super('UpdateDraftActionResponseBuilder');
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
  toCardV1() {
    return new FakeUpdateDraftActionResponse(this.fields).toCardV1();
  }
}

/** How Gmail treats an empty Cc or Bcc list: documented nowhere, so tests try both. */
export type EmptyListBehaviour = 'clears' | 'ignored';

/** The compose window's lists after Gmail applies `response`, replacing each list it sets. */
export function applyToDraft(
  draft: Record<Which, string[]>,
  response: FakeUpdateDraftActionResponse,
  empty: EmptyListBehaviour = 'clears',
): Record<Which, string[]> {
  const out = { ...draft };
  for (const which of Object.keys(FIELDS) as Which[]) {
    const list = response.list(which);
    if (list === undefined || (list.length === 0 && empty === 'ignored')) continue;
    out[which] = list;
  }
  return out;
}
