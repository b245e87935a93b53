// The HTML that Gmail allows in a card's text (TextParagraph, DecoratedText): <b>, <i>, <u>, <s>,
// <strike>, <br>, <font color="…">, <a href="http(s)/mailto">. Those tags are rebuilt from what they say;
// every other tag, attribute and character is shown as text, so a card cannot put anything else on the page.

/** Each tag Gmail keeps in card text, with the attributes it reads (the Card v1 validator checks against this too). */
export const GMAIL_TEXT_TAGS: Readonly<Record<string, readonly string[]>> = {
  b: [],
  i: [],
  u: [],
  s: [],
  strike: [],
  br: [],
  font: ['color'],
  a: ['href'],
};
const SIMPLE = new Set(Object.keys(GMAIL_TEXT_TAGS).filter((tag) => !GMAIL_TEXT_TAGS[tag].length));

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Keeps entities the card already wrote (&amp;, &#39;, &lt;); escapes a bare & or a stray quote. */
function textPart(text: string): string {
  return text.replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)|[<>"']/gi, (c) => escapeText(c));
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function rebuilt(tag: string): string | undefined {
  const m = /^<\s*(\/?)\s*([a-z]+)\b([^>]*)>$/i.exec(tag);
  if (!m) return undefined;
  const [, closing, rawName] = m;
  const name = rawName.toLowerCase();
  if (SIMPLE.has(name)) return name === 'br' ? '<br>' : `<${closing}${name}>`;
  if (name === 'font') {
    if (closing) return '</span>';
    const colour = attribute(tag, 'color');
    return colour && /^#[0-9a-f]{3,8}$/i.test(colour) ? `<span style="color:${colour}">` : '<span>';
  }
  if (name === 'a') {
    if (closing) return '</a>';
    const href = attribute(tag, 'href');
    return href && /^(https?:|mailto:)/i.test(href) ? `<a href="${escapeText(href)}" target="_blank" rel="noopener noreferrer">` : '<a>';
  }
  return undefined;
}

/** Card text (Gmail's subset of HTML) as safe HTML for the preview. */
export function cardTextToHtml(text: string): string {
  let out = '';
  let last = 0;
  const tags = /<[^<>]*>/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    out += textPart(text.slice(last, m.index));
    out += rebuilt(m[0]) ?? escapeText(m[0]);
    last = m.index + m[0].length;
  }
  return out + textPart(text.slice(last)).replace(/\n/g, '<br>');
}
