// A whole-word matcher for word lists that people try to disguise: "b1tch" (leetspeak), "fuuuuck"
// (repeated letters), "f u c k" and "f.u.c.k" (spaced out), "f*ck" (starred). Zero-width characters and
// look-alike letters were already removed by normalise(). Words never match inside other words, which is
// what keeps "Scunthorpe", "assessment" and "cocktail" safe. One pass over the text, linear in its length.

export interface Token {
  start: number;
  end: number;
  /** As written. */
  raw: string;
  /** Lower case, leetspeak mapped to letters, apostrophes and other symbols dropped. */
  word: string;
}

export interface WordHit<T> {
  start: number;
  end: number;
  /** The word as written in the text. */
  text: string;
  entry: T;
  tokenIndex: number;
}

/** "fuck(|s|ed)" → fuck, fucks, fucked. A word without brackets stands for itself. */
export function expandForms(pattern: string): string[] {
  const m = /^([^()]*)\(([^()]*)\)([^()]*)$/.exec(pattern);
  if (!m) return [pattern.toLowerCase()];
  return m[2].split('|').map((suffix) => (m[1] + suffix + m[3]).toLowerCase());
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't', '€': 'e', '£': 'l' };

/** Characters a word is made of: letters, digits and the symbols leetspeak uses (a table, for speed). */
const WORD_CHAR = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@$!|+*'") WORD_CHAR[ch.charCodeAt(0)] = 1;

function isWordChar(code: number): boolean {
  return code < 128 ? WORD_CHAR[code] === 1 : code === 0x2019 || code === 0x20ac || code === 0xa3 || (code >= 0xc0 && code <= 0x24f);
}

/**
 * The word a token stands for: lower case, leetspeak mapped to letters, apostrophes dropped. A token
 * with no letter at all ("2024", "!!!") stands for no word: every listed word has letters.
 */
function toWord(raw: string): string {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  if (letters === raw.length) return raw.toLowerCase();
  if (letters === 0) return '';
  // Marks around a word ("*will*", "'quoted'", "shout!") are emphasis or punctuation, not letters.
  const trimmed = raw.replace(/^[!'’*|+]+|[!'’*|+.]+$/g, '');
  return trimmed.toLowerCase().replace(/['’]/g, '').replace(/[0134578@$!|+€£]/g, (ch) => LEET[ch]);
}

/** Runs of word characters; punctuation around a word is not part of it. One pass, no regex per token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const raw = text.slice(start, i);
    const word = toWord(raw);
    if (word) tokens.push({ start, end: i, raw, word });
  }
  return tokens;
}

/** "fuuuuck" → "fuck", "asss" → "as": every run of one letter becomes one letter. */
function collapse(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** Whether a letter repeats three times in a row ("fuuuck"): only then is the collapsed form worth trying. */
function hasLongRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  return false;
}
const MAX_WORD = 60;

export class WordMatcher<T> {
  private readonly exact = new Map<string, T>();
  private readonly collapsed = new Map<string, T>();

  /** Adds every form of every pattern ("root(a|b)") with its entry; a later add of the same form wins. */
  add(patterns: readonly string[], entry: T): this {
    for (const pattern of patterns) {
      for (const form of expandForms(pattern)) {
        this.exact.set(form, entry);
        this.collapsed.set(collapse(form), entry);
      }
    }
    return this;
  }

  remove(words: readonly string[]): this {
    for (const w of words) {
      for (const form of expandForms(w)) {
        this.exact.delete(form);
        this.collapsed.delete(collapse(form));
      }
    }
    return this;
  }

  /** The entry for one token, trying the exact word, then (for "fuuuck") the collapsed one, then stars. */
  lookup(token: Token): T | undefined {
    // No listed word, however its letters are repeated, runs this long: not worth hashing or collapsing.
    if (token.word.length > MAX_WORD) return undefined;
    const exact = this.exact.get(token.word);
    if (exact !== undefined) return exact;
    if (hasLongRun(token.word)) {
      const c = this.collapsed.get(collapse(token.word));
      if (c !== undefined) return c;
    }
    if (token.word.indexOf('*') > 0 && /[a-z]/.test(token.word)) return this.lookupStarred(token.word);
    return undefined;
  }

  /** "f*ck", "sh*t": each star stands for one letter. Starred words are rare, so a scan of the list is fine. */
  private lookupStarred(word: string): T | undefined {
    const pattern = new RegExp(`^${word.replace(/[^a-z*]/g, '').replace(/\*/g, '[a-z]')}$`);
    for (const [form, entry] of this.exact) if (pattern.test(form)) return entry;
    return undefined;
  }

  /**
   * Every listed word in the tokens, plus words spelt out one letter at a time ("f u c k", "f.u.c.k"):
   * a run of three to twenty one-character tokens, each separated by a single space or mark. A run is
   * read once as a whole, so the pass stays linear.
   */
  find(text: string, tokens: Token[]): WordHit<T>[] {
    const hits: WordHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.word.length === 1) {
        let j = i + 1;
        while (j < tokens.length && tokens[j].word.length === 1 && tokens[j].start - tokens[j - 1].end === 1) j++;
        if (j - i >= 3) {
          const joined = tokens.slice(i, j).map((x) => x.word).join('');
          const entry = j - i <= 20 ? this.lookup({ start: t.start, end: tokens[j - 1].end, raw: joined, word: joined }) : undefined;
          if (entry !== undefined) hits.push({ start: t.start, end: tokens[j - 1].end, text: text.slice(t.start, tokens[j - 1].end), entry, tokenIndex: i });
          i = j - 1;
          continue;
        }
      }
      const entry = this.lookup(t);
      if (entry !== undefined) hits.push({ start: t.start, end: t.end, text: t.raw, entry, tokenIndex: i });
    }
    return hits;
  }
}
