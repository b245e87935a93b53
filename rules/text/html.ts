// HTML to text for drafts (Gmail drafts are HTML): one linear pass, no DOM. Block elements become line
// breaks, entities are decoded, script/style/head dropped, and text inside quoted blocks (<blockquote>,
// Gmail's gmail_quote) is marked with "> " at each line, so one quote splitter serves HTML and plain text.
// Link targets are collected too: "the report" may hide a drive.google.com address in its href.

export interface HtmlText {
  text: string;
  links: string[];
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template']);

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Whether the tag ending at `gt` closes itself ("<br/>", "<div />"). */
function selfClosing(html: string, lt: number, gt: number): boolean {
  let i = gt - 1;
  while (i > lt && html.charCodeAt(i) <= 32) i--;
  return html.charCodeAt(i) === 47;
}
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', pound: '£', euro: '€', copy: '©', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', zwnj: '\u200c', zwj: '\u200d' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED[body.toLowerCase()];
    return named === undefined ? whole : named;
  });
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
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    pos = gt + 1;
    // The tag name, read by character codes: there can be a great many tags.
    const closing = html.charCodeAt(lt + 1) === 47;
    const nameStart = lt + 1 + (closing ? 1 : 0);
    let nameEnd = nameStart;
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const first = html.charCodeAt(nameStart) | 32;
    if (nameEnd === nameStart || first < 97 || first > 122) continue;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
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
    const top = quoteStack[quoteStack.length - 1];
    const quotes = name === 'blockquote' || (name === 'div' && !closing && QUOTE_CLASS.test(html.slice(nameEnd, gt)));
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
  return { text: out.join('').replace(/[ \u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(), links };
}
