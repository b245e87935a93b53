// Finds the links in a draft: in the text ("https://…", "www.…", or a bare "dropbox.com/s/…" as staff
// paste them) and in the HTML hrefs that the text does not show. Links never contain spaces, so each
// candidate is one space-free word around a dot; only those words are parsed.
import type { Link, PreparedText } from '../engine/types.ts';
import { isAsciiLetterOrDigit } from '../lib/chars.ts';
import type { Spans } from './spans.ts';

export type { Link };

/** Space, tab, line breaks: what ends a link (non-breaking spaces were made plain by normalise). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

// "scheme://host/…", "www.host…" or "host.tld/…" (a bare "gmail.com" in prose is not a file link).
const URL_SHAPE =
  /^(?:(?:https?|ftp):\/\/([^/?#\s:@]+)(?::\d+)?|(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)|([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?=\/))([/?#][^\s]*)?$/i;
const OPENERS = /^[<(["'‘“]+/;
const CLOSERS = /[>)\]"'’”.,;:!?]+$/;

// Real links stay well under this; a longer "word" is not one a person pasted, and is not parsed.
const MAX_LINK_LENGTH = 8192;

// A link or address has a dot or at-sign inside it, followed by a letter or digit; "today." has not.
const INNER_MARK = /[.@][a-z0-9]/i;

// Every shape URL_SHAPE takes has a slash ("https://", "host.tld/") or starts "www.".
const WWW = /www\./i;

function toLink(word: string): Link | undefined {
  if (word.length > MAX_LINK_LENGTH || !INNER_MARK.test(word)) return undefined;
  // Most words with a dot are not links ("e.g.", "3.5", "gmail.com"): told apart without building a string.
  if (word.indexOf('/') < 0 && !WWW.test(word)) return undefined;
  const trimmed = word.replace(OPENERS, '').replace(CLOSERS, '');
  const m = URL_SHAPE.exec(trimmed);
  if (!m) return undefined;
  const host = (m[1] || m[2] || m[3]).toLowerCase();
  return { url: m[1] ? trimmed : `http://${trimmed}`, host, path: m[4] || '' };
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * The space-free words holding a dot (and, `withAt`, an at-sign) with a letter or digit after it: the
 * words that can be a link or an address ("today." cannot). Found from each such mark outwards, so the cost
 * follows the number of marks, not of words (a regex for "non-spaces, a dot, non-spaces" backtracks
 * quadratically over one long word); marks are found with indexOf, so a full stop costs no match object.
 */
function candidateWords(text: string, withAt: boolean): Word[] {
  const words: Word[] = [];
  let dot = text.indexOf('.');
  let at = withAt ? text.indexOf('@') : -1;
  while (dot >= 0 || at >= 0) {
    const mark = at < 0 || (dot >= 0 && dot < at) ? dot : at;
    if (!isAsciiLetterOrDigit(text.charCodeAt(mark + 1))) {
      if (mark === dot) dot = text.indexOf('.', mark + 1);
      else at = text.indexOf('@', mark + 1);
      continue;
    }
    let start = mark;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = mark + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    words.push({ start, end, text: text.slice(start, end) });
    dot = text.indexOf('.', end);
    at = withAt ? text.indexOf('@', end) : -1;
  }
  return words;
}

const EMAIL_LIKE = /[^@\s]@[a-z0-9-]+\.[a-z]/i;

/** Where the links and e-mail addresses of a text are, for rules that read wording past them. */
export function linkSpans(text: string): Spans {
  const spans: Spans = [];
  for (const w of candidateWords(text, true)) if (toLink(w.text) || EMAIL_LIKE.test(w.text)) spans.push(w.start, w.end);
  return spans;
}

/** The links of a prepared draft; the engine finds them once per draft and shares them. */
export function findLinks(text: PreparedText): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const word of candidateWords(text.body.text, false)
    .map((w) => w.text)
    .concat(text.hrefs)) {
    const link = toLink(word);
    if (link && !seen.has(link.url)) {
      seen.add(link.url);
      links.push(link);
    }
  }
  return links;
}

interface HostEntry<T> {
  order: number;
  /** A path prefix, lower case; '' for the whole host. */
  path: string;
  value: T;
}

/**
 * A lookup of links by domain: the first entry, in list order, whose domain is the link's host or a parent
 * of it, and whose path prefix (a domain may carry one: "icloud.com/iclouddrive") starts the link's path,
 * case aside. One map read per label of the host, however long the list.
 */
export function hostLookup<T>(entries: readonly { domain: string; value: T }[]): (link: Link) => T | undefined {
  const byHost = new Map<string, HostEntry<T>[]>();
  entries.forEach(({ domain, value }, order) => {
    const slash = domain.indexOf('/');
    const host = slash < 0 ? domain : domain.slice(0, slash);
    const entry = { order, path: slash < 0 ? '' : domain.slice(slash).toLowerCase(), value };
    const same = byHost.get(host);
    if (same) same.push(entry);
    else byHost.set(host, [entry]);
  });
  return (link) => {
    let best: HostEntry<T> | undefined;
    let path: string | undefined;
    for (let host = link.host, dot = 0; dot >= 0; dot = host.indexOf('.'), host = host.slice(dot + 1)) {
      for (const entry of byHost.get(host) || []) {
        if (best && entry.order > best.order) continue;
        if (entry.path && !(path ??= link.path.toLowerCase()).startsWith(entry.path)) continue;
        best = entry;
      }
    }
    return best && best.value;
  };
}
