// The form inputs of the settings cards: TextInput and SelectionInput fakes, each rendering itself as the Card
// v1 widget CardService would send (name, label, hint, value; a selection's type and items).
import type { Fake } from '../fake.ts';
import { Built, requireString } from './built.ts';

export class FakeTextInput
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
  toCardV1() {
    const out = this.v1({ fieldName: 'name', title: 'label', hint: 'hintText', value: 'value' });
    if (this.fields.multiline !== undefined) out.type = this.fields.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return { textInput: out };
  }
}

export class FakeSelectionInput
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
  toCardV1() {
    const out = this.v1({ fieldName: 'name', title: 'label', selectionType: 'type', items: 'items' });
    return { selectionInput: out };
  }
}
