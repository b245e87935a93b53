// Card JSON (what the add-on's cards record, as printJson() gives) → HTML in Gmail's card look. Only what
// Gmail supports is drawn; any other widget or field becomes a visible "unsupported" box, never silently
// dropped, so the preview cannot hide a card Gmail would reject. Pure, and everything is escaped: card
// text keeps only Gmail's HTML subset (html-subset.ts).
import { cardTextToHtml, escapeText } from './html-subset.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const asNodes = (value: Json | undefined): Node[] =>
  Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as Node[]) : [];
const str = (value: Json | undefined): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

function unsupported(what: string, node: Json): string {
  return `<div class="unsupported" role="note"><b>Unsupported widget: ${escapeText(what)}</b><pre>${escapeText(JSON.stringify(node, null, 1).slice(0, 400))}</pre></div>`;
}

/** A button's action as data attributes: the page calls the entry point it names with its parameters. */
function actionAttributes(action: Json | undefined): string {
  const a = action && typeof action === 'object' && !Array.isArray(action) ? (action as Node) : undefined;
  if (!a || a.type !== 'Action' || typeof a.functionName !== 'string') return ' disabled';
  return ` data-function="${escapeText(a.functionName)}" data-parameters="${escapeText(JSON.stringify(a.parameters || {}))}"`;
}

function button(node: Node): string {
  if (node.type !== 'TextButton') return unsupported(str(node.type) || 'button', node);
  const filled = node.style === 'FILLED' ? ' filled' : '';
  return `<button type="button" class="card-button${filled}"${actionAttributes(node.onClickAction)}>${escapeText(str(node.text))}</button>`;
}

function widget(node: Node): string {
  switch (node.type) {
    case 'TextParagraph':
      return `<div class="text-paragraph">${cardTextToHtml(str(node.text))}</div>`;
    case 'DecoratedText': {
      // A DecoratedText with an action is clickable as a whole; one with a switch has a toggle on the right.
      const control = node.switchControl && typeof node.switchControl === 'object' ? (node.switchControl as Node) : undefined;
      const toggle = control
        ? `<input type="checkbox" class="switch" data-field="${escapeText(str(control.fieldName))}" value="${escapeText(str(control.value))}"${control.selected ? ' checked' : ''} aria-label="${escapeText(str(node.text))}">`
        : '';
      const clickable = node.onClickAction ? ` role="button" tabindex="0"${actionAttributes(node.onClickAction)}` : '';
      return `<div class="decorated-text${node.wrapText ? ' wrap' : ''}${node.onClickAction ? ' clickable' : ''}"${clickable}>${node.topLabel !== undefined ? `<div class="top-label">${cardTextToHtml(str(node.topLabel))}</div>` : ''}<div class="decorated-body">${cardTextToHtml(str(node.text))}${toggle}</div>${node.bottomLabel !== undefined ? `<div class="bottom-label">${cardTextToHtml(str(node.bottomLabel))}</div>` : ''}</div>`;
    }
    case 'ButtonSet':
      return `<div class="button-set">${asNodes(node.buttons).map(button).join('')}</div>`;
    case 'TextButton':
      return `<div class="button-set">${button(node)}</div>`;
    case 'Image': {
      const url = str(node.imageUrl);
      // Only data: URLs: the preview loads nothing from the network either.
      return /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=]+$/.test(url)
        ? `<img class="card-image" src="${escapeText(url)}" alt="${escapeText(str(node.altText))}">`
        : unsupported('Image with a URL the preview does not load', node);
    }
    case 'TextInput': {
      const id = `field-${escapeText(str(node.fieldName))}`;
      const control = node.multiline
        ? `<textarea id="${id}" data-field="${escapeText(str(node.fieldName))}" rows="4">${escapeText(str(node.value))}</textarea>`
        : `<input id="${id}" data-field="${escapeText(str(node.fieldName))}" value="${escapeText(str(node.value))}">`;
      return `<div class="text-input"><label for="${id}">${escapeText(str(node.title))}</label>${control}${node.hint !== undefined ? `<div class="hint">${escapeText(str(node.hint))}</div>` : ''}</div>`;
    }
    case 'SelectionInput': {
      const name = escapeText(str(node.fieldName));
      const items = asNodes(node.items);
      if (node.selectionType === 'DROPDOWN') {
        const options = items
          .map((i) => `<option value="${escapeText(str(i.value))}"${i.selected ? ' selected' : ''}>${escapeText(str(i.text))}</option>`)
          .join('');
        return `<div class="selection"><label for="field-${name}">${escapeText(str(node.title))}</label><select id="field-${name}" data-field="${name}">${options}</select></div>`;
      }
      if (node.selectionType === 'CHECK_BOX') {
        const boxes = items
          .map(
            (i) =>
              `<label class="check"><input type="checkbox" data-field="${name}" value="${escapeText(str(i.value))}"${i.selected ? ' checked' : ''}> ${escapeText(str(i.text))}</label>`,
          )
          .join('');
        return `<fieldset class="selection"><legend>${escapeText(str(node.title))}</legend>${boxes}</fieldset>`;
      }
      return unsupported(`SelectionInput of type ${str(node.selectionType)}`, node);
    }
    default:
      return unsupported(str(node.type) || 'unknown', node);
  }
}

function section(node: Node, index: number): string {
  if (node.type !== 'CardSection') return unsupported(str(node.type) || 'section', node);
  const widgets = asNodes(node.widgets).map(widget);
  const header = node.header !== undefined ? `<div class="section-header">${cardTextToHtml(str(node.header))}</div>` : '';
  if (!node.collapsible) return `<section class="card-section">${header}${widgets.join('')}</section>`;
  const open = typeof node.numUncollapsibleWidgets === 'number' ? node.numUncollapsibleWidgets : 0;
  return `<section class="card-section collapsible">${header}${widgets.slice(0, open).join('')}<details id="section-${index}"><summary>Show more</summary>${widgets.slice(open).join('')}</details></section>`;
}

/** One card. `notification` is drawn as Gmail's toast at the bottom. */
export function renderCard(card: Json, notification?: string): string {
  const c = card && typeof card === 'object' && !Array.isArray(card) ? (card as Node) : undefined;
  if (!c || c.type !== 'Card') return unsupported('not a card', card);
  const header = c.header && typeof c.header === 'object' && !Array.isArray(c.header) ? (c.header as Node) : undefined;
  const head = header
    ? `<header class="card-header"><div class="card-title">${escapeText(str(header.title))}</div>${header.subtitle !== undefined ? `<div class="card-subtitle">${escapeText(str(header.subtitle))}</div>` : ''}</header>`
    : '';
  const sections = asNodes(c.sections).map(section).join('');
  const footer = c.fixedFooter && typeof c.fixedFooter === 'object' && !Array.isArray(c.fixedFooter) ? (c.fixedFooter as Node) : undefined;
  const foot =
    footer && footer.primaryButton && typeof footer.primaryButton === 'object'
      ? `<footer class="card-footer">${button(footer.primaryButton as Node)}</footer>`
      : '';
  const toast = notification ? `<div class="notification" role="status">${escapeText(notification)}</div>` : '';
  return `<article class="card" data-card-name="${escapeText(str(c.name))}">${head}<div class="card-body">${sections}</div>${foot}${toast}</article>`;
}
