// HTML to text for drafts (Gmail drafts are HTML): one linear pass, no DOM. Block elements become line
// breaks, entities are decoded, script/style/head dropped, and text inside quoted blocks (<blockquote>,
// Gmail's gmail_quote) is marked with "> " at each line, so one quote splitter serves HTML and plain text.
// Link targets are collected too: "the report" may hide a drive.google.com address in its href. Table
// cells and list parts separate words ("<td>Amira</td><td>B801…</td>" is two words), a ">" inside a quoted
// attribute does not end its tag, and a "<" that starts no tag ("a < b") is text, as browsers read them.

export interface HtmlText {
  text: string;
  links: string[];
}

const BLOCK = new Set(
  (
    'p div br li tr h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr section article header footer dl dt dd caption ' +
    'thead tbody tfoot figure figcaption address aside main nav center fieldset legend details summary form'
  ).split(' '),
);
/** Elements beside each other on a line that are still separate words. */
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template']);

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** A hash of a tag name's letters and digits in lower case ("| 32" leaves digits as they are). */
function nameHash(s: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (s.charCodeAt(i) | 32)) | 0;
  return hash;
}

/** The tag names the converter acts on, by nameHash: a tag's name is found without building a string. */
const ACTED_ON = new Map<number, string>();
for (const name of [...BLOCK, ...CELL, ...SKIP, 'a']) ACTED_ON.set(nameHash(name, 0, name.length), name);

/**
 * The name of the tag at html[start, end), in lower case, when the converter acts on it; '' for any other
 * ("span", "font"): those change nothing. One hash and one comparison, no string per tag (a message can
 * hold a great many tags; slicing and lower-casing each name was a third to two thirds of the conversion).
 */
function actedOnName(html: string, start: number, end: number): string {
  const name = ACTED_ON.get(nameHash(html, start, end));
  if (name === undefined || name.length !== end - start) return '';
  for (let i = 0; i < name.length; i++) if ((html.charCodeAt(start + i) | 32) !== name.charCodeAt(i)) return '';
  return name;
}

/** Whether the tag ending at `gt` closes itself ("<br/>", "<div />"). */
function selfClosing(html: string, lt: number, gt: number): boolean {
  let i = gt - 1;
  while (i > lt && html.charCodeAt(i) <= 32) i--;
  return html.charCodeAt(i) === 47;
}
/** The named entities mail writers use (HTML's full list is 2,231; these cover what editors emit). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};
const NAMED_LIST =
  'ndash– mdash— hellip… pound£ euro€ cent¢ yen¥ copy© reg® trade™ sect§ para¶ deg° plusmn± times× divide÷ microµ middot· bull• ' +
  'rsquo’ lsquo‘ rdquo” ldquo“ sbquo‚ bdquo„ laquo« raquo» lsaquo‹ rsaquo› prime′ Prime″ dagger† Dagger‡ permil‰ ' +
  'frac12½ frac14¼ frac34¾ sup1¹ sup2² sup3³ ordfª ordmº iexcl¡ iquest¿ not¬ larr← rarr→ uarr↑ darr↓ harr↔ hearts♥ check✓ ' +
  'aacuteá agraveà acircâ aumlä atildeã aringå aeligæ ccedilç eacuteé egraveè ecircê eumlë iacuteí igraveì icircî iumlï ' +
  'ntildeñ oacuteó ograveò ocircô oumlö otildeõ oslashø oeligœ szligß uacuteú ugraveù ucircû uumlü yacuteý yumlÿ ' +
  'AacuteÁ AgraveÀ AcircÂ AumlÄ AtildeÃ AringÅ AEligÆ CcedilÇ EacuteÉ EgraveÈ EcircÊ EumlË IacuteÍ IgraveÌ IcircÎ IumlÏ ' +
  'NtildeÑ OacuteÓ OgraveÒ OcircÔ OumlÖ OtildeÕ OslashØ OEligŒ UacuteÚ UgraveÙ UcircÛ UumlÜ YacuteÝ scaronš ScaronŠ';
for (const pair of NAMED_LIST.split(' ')) {
  const [, name, char] = /^([A-Za-z0-9]+)(.+)$/.exec(pair)!;
  NAMED[name] = char;
}

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,7});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // Entity names are case-sensitive (&Auml; is not &auml;); the all-lower ones are written in capitals too.
    const named = NAMED[body] ?? NAMED[body.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/** Whether `c` (a character code) after "<" opens a tag, an end tag or a comment: a letter, "/", "!" or "?". */
const opensTag = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 47 || c === 33 || c === 63;

/**
 * Where the tag opened at `lt` ends: the first ">" outside a quoted attribute value. A quote that never
 * closes makes the tag end at the first ">" after all (so one bad attribute cannot swallow the message);
 * `noMore` remembers which quotes have no later match, so such a quote is searched for once, not per tag.
 */
function tagEnd(html: string, lt: number, noMore: { '"': number; "'": number }): number {
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i;
    if (c !== 61) continue; // "=": an attribute value may follow, quoted
    let v = i + 1;
    while (v < html.length && html.charCodeAt(v) <= 32) v++;
    const q = html[v];
    if (q !== '"' && q !== "'") continue;
    const close = v + 1 >= noMore[q] ? -1 : html.indexOf(q, v + 1);
    if (close < 0) {
      noMore[q] = Math.min(noMore[q], v + 1);
      return html.indexOf('>', lt + 1);
    }
    i = close;
  }
  return -1;
}

const ATTR_HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const QUOTE_CLASS = /\bclass\s*=\s*["'][^"']*\b(gmail_quote|moz-cite-prefix)\b/i;

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const links: string[] = [];
  // The elements that started a quote, each with how many same-name elements are open inside it, so the
  // inner </div>s of a gmail_quote do not end the quote. Unclosed tags elsewhere (common in mail) cannot
  // leave us "inside a quote", since only quote-starting tags and their namesakes are counted.
  const quoteStack: { name: string; nested: number }[] = [];
  let skipping = '';
  let lineStart = true;
  let pos = 0;
  const noMore = { '"': Infinity, "'": Infinity };
  const emit = (s: string) => {
    if (!s) return;
    if (!quoteStack.length) out.push(s);
    else {
      // Inside a quote every line starts with "> ".
      const lines = s.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) out.push('\n');
        if (line && (i > 0 || lineStart)) out.push('> ');
        out.push(line);
      });
    }
    lineStart = s[s.length - 1] === '\n';
  };
  const newline = () => {
    if (!lineStart) emit('\n');
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipping && textEnd > pos) emit(decodeEntities(html.slice(pos, textEnd).replace(/[\r\n\t ]+/g, ' ')));
    if (lt < 0) break;
    if (!opensTag(html.charCodeAt(lt + 1))) {
      // "a < b": the "<" is text.
      if (!skipping) emit('<');
      pos = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = tagEnd(html, lt, noMore);
    if (gt < 0) break;
    pos = gt + 1;
    // The tag name, read by character codes: there can be a great many tags.
    const closing = html.charCodeAt(lt + 1) === 47;
    const nameStart = lt + 1 + (closing ? 1 : 0);
    let nameEnd = nameStart;
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const first = html.charCodeAt(nameStart) | 32;
    if (nameEnd === nameStart || first < 97 || first > 122) continue;
    const name = actedOnName(html, nameStart, nameEnd);
    if (!name) continue;
    if (skipping) {
      if (closing && name === skipping) skipping = '';
      continue;
    }
    if (!closing && SKIP.has(name)) {
      if (!selfClosing(html, lt, gt)) skipping = name;
      continue;
    }
    if (!closing && name === 'a') {
      const href = ATTR_HREF.exec(html.slice(nameEnd, gt));
      if (href) links.push(decodeEntities(href[1] ?? href[2] ?? href[3]));
    }
    if (BLOCK.has(name)) newline();
    else if (CELL.has(name) && !closing && !lineStart) emit(' ');
    const top = quoteStack[quoteStack.length - 1];
    const quotes = name === 'blockquote' || (name === 'div' && !closing && gt > nameEnd && QUOTE_CLASS.test(html.slice(nameEnd, gt)));
    if (!closing && quotes) quoteStack.push({ name, nested: 0 });
    else if (top && top.name === name && !selfClosing(html, lt, gt)) {
      if (!closing) top.nested++;
      else if (top.nested > 0) top.nested--;
      else {
        quoteStack.pop();
        newline();
      }
    }
  }
  return {
    text: out
      .join('')
      .replace(/[ \u00a0]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    links,
  };
}
