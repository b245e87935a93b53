// One settings field as card widgets: a drop-down or ticks with a line of help under it, a switch with its
// help as the bottom label, or a text box with its help as the hint; then the field's problems in red.
import { escapeHtml } from '../cards/html.ts';
import type { Field } from './form-fields.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;
type Section = GoogleAppsScript.Card_Service.CardSection;

const RED = '#c5221f';
const GREY = '#5f6368';

/** What a drop-down says for each severity (the value stays the word the config file uses). */
const SEVERITY_WORDS: Record<string, string> = {
  off: 'off',
  audit: 'audit (on trial: counted, staff see nothing)',
  info: 'info (worth a look)',
  warning: 'warning (check before sending)',
  error: 'error (fix before sending)',
};

export const paragraph = (card: CardApi, html: string) => card.newTextParagraph().setText(html);
/** A problem, in red, where the Network Manager will see it: next to its field, or at the top. */
export const problemLine = (card: CardApi, text: string) => paragraph(card, `<font color="${RED}">⛔ ${escapeHtml(text)}</font>`);
export const notice = (card: CardApi, text: string) => paragraph(card, `<font color="${RED}"><b>${escapeHtml(text)}</b></font>`);

function selection(card: CardApi, field: Field, value: string[]) {
  const input = card
    .newSelectionInput()
    .setFieldName(field.path)
    .setTitle(field.label)
    .setType(field.kind === 'choices' ? card.SelectionInputType.CHECK_BOX : card.SelectionInputType.DROPDOWN);
  for (const choice of field.choices || []) {
    const words = field.kind === 'severity' ? SEVERITY_WORDS[choice] || choice : choice;
    input.addItem(words, choice, value.indexOf(choice) >= 0);
  }
  return input;
}

/** Adds the widgets of one field to a section; returns how many. */
export function addField(card: CardApi, section: Section, field: Field, value: string[], problems: string[], bundled: string): number {
  let n = 1;
  const defaultNote = bundled ? ` Bundled value: ${bundled}.` : '';
  if (field.kind === 'boolean') {
    const control = card
      .newSwitch()
      .setFieldName(field.path)
      .setValue('true')
      .setSelected(value[0] === 'true');
    section.addWidget(
      card
        .newDecoratedText()
        .setText(escapeHtml(field.label))
        .setBottomLabel(escapeHtml(field.help))
        .setWrapText(true)
        .setSwitchControl(control),
    );
  } else if (field.kind === 'severity' || field.kind === 'choice' || field.kind === 'choices') {
    section.addWidget(selection(card, field, value));
    section.addWidget(paragraph(card, `<font color="${GREY}">${escapeHtml(field.help + defaultNote)}</font>`));
    n++;
  } else {
    const input = card
      .newTextInput()
      .setFieldName(field.path)
      .setTitle(field.label)
      .setHint(field.help + defaultNote)
      .setMultiline(field.kind === 'lines' || field.kind === 'pairs' || field.kind === 'json');
    if (value.length && value[0]) input.setValue(value[0]);
    section.addWidget(input);
  }
  for (const problem of problems) section.addWidget(problemLine(card, problem));
  return n + problems.length;
}
