// What card.proto's types cannot say but Google's pages do, checked on a card's Card v1 JSON. Each limit
// cites its source; none is kinder than the documentation.
import { GMAIL_TEXT_TAGS } from '../../../preview/render/html-subset.ts';

export const CARD_LIMITS = {
  // card.proto (Card): "You can add up to 100 widgets per card. Any widgets beyond this limit are ignored.
  // This limit applies … to cards in Google Workspace add-ons." Also
  // https://developers.google.com/workspace/add-ons/guides/workspace-restrictions: "you can't add more than
  // 100 widgets or 100 card sections to a card."
  widgetsPerCard: 100,
  sectionsPerCard: 100,
  // card.proto (SelectionInput.items): "Supports up to 100 items."
  itemsPerSelection: 100,
  // card.proto (Columns): "Displays up to 2 columns".
  columns: 2,
  // No size is documented for add-on cards; card.proto's Chat sibling (google/chat/v1/message.proto) says
  // "A card. Maximum size is 32 KB." We hold add-on cards to the same bound rather than assume more.
  cardBytes: 32 * 1024,
} as const;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Widgets in a section, counting those nested in columns (each column widget is a widget of the card). */
function countWidgets(widgets: unknown[]): number {
  let n = 0;
  for (const w of widgets) {
    n++;
    if (isNode(w) && isNode(w.columns))
      for (const column of asList(w.columns.columnItems)) if (isNode(column)) n += countWidgets(asList(column.widgets));
  }
  return n;
}

export function widgetsOf(card: Node): number {
  return asList(card.sections).reduce<number>((n, s) => n + (isNode(s) ? countWidgets(asList(s.widgets)) : 0), 0);
}

/**
 * Card text takes "a subset of HTML" (https://developers.google.com/apps-script/add-ons/concepts/widgets#text_formatting):
 * <b> <i> <u> <s> <strike> <br> <font color> <a href>. Any other tag, or an attribute other than those, is
 * shown to staff as literal markup or dropped, so it is a problem here.
 */
export function htmlProblems(text: string, at: string): string[] {
  const problems: string[] = [];
  const tags = /<\s*(\/?)\s*([a-z0-9]+)\b([^>]*)>|<|>/gi;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (!m[2]) {
      problems.push(`${at}: a bare "${m[0]}" is read as markup; escape it`);
      continue;
    }
    const name = m[2].toLowerCase();
    const allowed = GMAIL_TEXT_TAGS[name];
    if (!allowed) {
      problems.push(`${at}: <${name}> is not in Gmail's card HTML subset`);
      continue;
    }
    for (const attribute of m[3].matchAll(/([a-z-]+)\s*=/gi)) {
      if (!allowed.includes(attribute[1].toLowerCase())) problems.push(`${at}: <${name} ${attribute[1]}> is not an allowed attribute`);
    }
  }
  for (const entity of text.matchAll(/&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/gi))
    problems.push(`${at}: a bare & at ${entity.index}`);
  return problems;
}

// Fields that Gmail renders as formatted text: card.proto says "Supports simple HTML formatted text" of each.
const FORMATTED = new Set([
  'textParagraph.text',
  'decoratedText.text',
  'decoratedText.topLabel',
  'decoratedText.bottomLabel',
  'section.header',
]);

interface Walk {
  problems: string[];
  functions: ReadonlySet<string>;
}

function walk(value: unknown, parentKey: string, at: string, w: Walk): void {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, parentKey, `${at}[${i}]`, w));
  if (!isNode(value)) return;
  if (parentKey === 'sections' && !asList(value.widgets).length)
    w.problems.push(`${at}: a section must contain at least one widget (card.proto)`);
  if (parentKey === 'selectionInput' && asList(value.items).length > CARD_LIMITS.itemsPerSelection)
    w.problems.push(`${at}: ${asList(value.items).length} items; a selection supports up to ${CARD_LIMITS.itemsPerSelection}`);
  if (parentKey === 'columns' && asList(value.columnItems).length > CARD_LIMITS.columns)
    w.problems.push(`${at}: ${asList(value.columnItems).length} columns; up to ${CARD_LIMITS.columns}`);
  if (parentKey === 'action' && typeof value.function === 'string' && !w.functions.has(value.function))
    w.problems.push(`${at}.function: ${value.function} is not a top-level function of dist/Code.js`);
  if (
    parentKey === 'image' &&
    typeof value.imageUrl === 'string' &&
    !/^(https:\/\/|data:image\/(png|jpeg|gif);base64,)/.test(value.imageUrl)
  )
    w.problems.push(`${at}.imageUrl: an image must be an HTTPS URL or a base64 image (Image.setImageUrl)`);
  for (const [key, child] of Object.entries(value)) {
    const owner = parentKey === 'sections' ? 'section' : parentKey;
    if (typeof child === 'string' && FORMATTED.has(`${owner}.${key}`)) w.problems.push(...htmlProblems(child, `${at}.${key}`));
    walk(child, key, `${at}.${key}`, w);
  }
}

function footerProblems(card: Node): string[] {
  const footer = isNode(card.fixedFooter) ? card.fixedFooter : undefined;
  if (!footer) return [];
  const problems: string[] = [];
  // card.proto (CardFixedFooter): "Setting fixedFooter without specifying a primaryButton or a secondaryButton
  // causes an error"; each button "must be a text button with text and color set".
  if (!isNode(footer.primaryButton)) problems.push('card.fixedFooter: primaryButton is required');
  for (const key of ['primaryButton', 'secondaryButton'] as const) {
    const b = footer[key];
    if (isNode(b) && (typeof b.text !== 'string' || !b.text || !isNode(b.color)))
      problems.push(`card.fixedFooter.${key}: a footer button must be a text button with text and color set`);
  }
  return problems;
}

/** Every problem of a card that the schema cannot express; `functions` are dist/Code.js's top-level functions. */
export function limitProblems(card: Node, functions: ReadonlySet<string>): string[] {
  const w: Walk = { problems: [], functions };
  const sections = asList(card.sections);
  if (!sections.length) w.problems.push('card.sections: a card needs at least one section');
  if (sections.length > CARD_LIMITS.sectionsPerCard)
    w.problems.push(`card: ${sections.length} sections; the limit is ${CARD_LIMITS.sectionsPerCard}`);
  const widgets = widgetsOf(card);
  if (widgets > CARD_LIMITS.widgetsPerCard)
    w.problems.push(`card: ${widgets} widgets; Google ignores every widget past ${CARD_LIMITS.widgetsPerCard} per card`);
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > CARD_LIMITS.cardBytes) w.problems.push(`card: ${bytes} bytes of JSON; the budget is ${CARD_LIMITS.cardBytes}`);
  walk(card, 'card', 'card', w);
  return [...w.problems, ...footerProblems(card)];
}
