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

const FIRST_UPPER = 1;
/** The second character is a capital or an apostrophe ("I'M"). */
const SECOND_UPPER = 2;
/** Only ASCII letters: the word is the lower-cased text, and its key says whether it can match. */
const SIMPLE = 4;

/**
 * A 16-bit hash of a word's letters with repeats read once ("fuuuck" → "fuck"), so that a word and its
 * collapsed form share it. A word whose hash no listed form has cannot match, which lets the matcher skip
 * almost every word of an e-mail without building a string for it.
 */
const KEY_BITS = 16;
const KEY_SEED = 0x811c9dc5;
const nextKey = (hash: number, letter: number) => Math.imul(hash ^ (letter + 1), 0x01000193);
const finishKey = (hash: number) => (hash ^ (hash >>> KEY_BITS)) & ((1 << KEY_BITS) - 1);

/** The key of a listed form (already normalised by toWord), or -1 when it has a character other than a–z. */
function keyOfForm(form: string): number {
  let hash = KEY_SEED;
  let previous = -1;
  for (let i = 0; i < form.length; i++) {
    const letter = form.charCodeAt(i) - 97;
    if (letter < 0 || letter > 25) return -1;
    if (letter !== previous) hash = nextKey(hash, letter);
    previous = letter;
  }
  return finishKey(hash);
}

/**
 * The words of a text: runs of word characters with at least one letter (punctuation around a word is
 * not part of it). Positions and flags are kept in typed arrays in one pass; a Token with its strings is
 * built only for the words a rule looks at, since most words of most e-mails are never looked at.
 */
export class Tokens {
  constructor(
    private readonly text: string,
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly keys: Int32Array,
    private readonly flags: Uint8Array,
  ) {}

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The key of an all-letter word (see nextKey), or -1 when only its full form can tell. */
  key(i: number): number {
    return this.flags[i] & SIMPLE ? this.keys[i] : -1;
  }

  /** Whether the word starts with a capital and then a capital or apostrophe: the only words that can shout. */
  mayBeCapitals(i: number): boolean {
    return (this.flags[i] & (FIRST_UPPER | SECOND_UPPER)) === (FIRST_UPPER | SECOND_UPPER);
  }

  /** The word with its strings, built on demand: rules ask for few words (a hit and its neighbours). */
  at(i: number): Token {
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    return { start: this.starts[i], end: this.ends[i], raw, word: toWord(raw) };
  }
}

/** One pass over the text; no string is built for a word here. */
export function tokenize(text: string): Tokens {
  // A word takes at least one character and a separator: (length + 1) / 2 words at most.
  const length = text.length;
  const most = (length + 1) >> 1;
  const starts = new Int32Array(most);
  const ends = new Int32Array(most);
  const keys = new Int32Array(most);
  const allFlags = new Uint8Array(most);
  let count = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let flags = SIMPLE;
    let hash = KEY_SEED;
    let previous = -1;
    for (; i < length; i++) {
      code = text.charCodeAt(i);
      if (!isWordChar(code)) break;
      const letter = (code | 32) - 97;
      if (letter >= 0 && letter <= 25) {
        letters++;
        if (code < 97) flags |= i === start ? FIRST_UPPER : i === start + 1 ? SECOND_UPPER : 0;
        if (letter !== previous) hash = nextKey(hash, letter);
        previous = letter;
      } else {
        flags &= ~SIMPLE;
        if (i === start + 1 && (code === 39 || code === 0x2019)) flags |= SECOND_UPPER; // "I'M", "O’NEILL"
      }
    }
    if (letters) {
      starts[count] = start;
      ends[count] = i;
      keys[count] = finishKey(hash);
      allFlags[count++] = flags;
    }
  }
  return new Tokens(text, count, starts, ends, keys, allFlags);
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
  /** The keys of every form; `anyKey` when a form's key cannot be computed (a letter outside a–z). */
  private readonly keys = new Uint8Array(1 << KEY_BITS);
  private anyKey = false;
  /** The exact forms grouped by length, for starred words; built when first needed. */
  private formsByLength: Map<number, string[]> | undefined;

  /** Adds every form of every pattern ("root(a|b)") with its entry; a later add of the same form wins. */
  add(patterns: readonly string[], entry: T): this {
    this.formsByLength = undefined;
    for (const pattern of patterns) {
      // Stored as a token's word would read ("gr8" → "grb"), since tokens are read through toWord.
      for (const form of expandForms(pattern).map(toWord)) {
        this.exact.set(form, entry);
        this.collapsed.set(collapse(form), entry);
        const key = keyOfForm(form);
        if (key < 0) this.anyKey = true;
        else this.keys[key] = 1;
      }
    }
    return this;
  }

  remove(words: readonly string[]): this {
    this.formsByLength = undefined;
    for (const w of words) {
      for (const form of expandForms(w).map(toWord)) {
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

  /** "f*ck", "sh*t": each star stands for one letter, so only listed forms of the same length can match. */
  private lookupStarred(word: string): T | undefined {
    const letters = word.replace(/[^a-z*]/g, '');
    for (const form of this.byLength().get(letters.length) || []) {
      let same = true;
      for (let i = 0; i < form.length && same; i++) same = letters[i] === '*' || letters[i] === form[i];
      if (same) return this.exact.get(form);
    }
    return undefined;
  }

  private byLength(): Map<number, string[]> {
    if (!this.formsByLength) {
      this.formsByLength = new Map();
      for (const form of this.exact.keys()) {
        const list = this.formsByLength.get(form.length);
        if (list) list.push(form);
        else this.formsByLength.set(form.length, [form]);
      }
    }
    return this.formsByLength;
  }

  /**
   * Every listed word in the tokens, plus words spelt out one letter at a time ("f u c k", "f.u.c.k"):
   * a run of three to twenty one-character tokens, each separated by a single space or mark. A run is
   * read once as a whole, so the pass stays linear. Hits come in text order; `keep` may turn a hit down
   * before it is built (a rule that has seen enough of one kind).
   */
  find(text: string, tokens: Tokens, keep: (entry: T) => boolean = () => true): WordHit<T>[] {
    const hits: WordHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.end(i) - tokens.start(i) === 1) {
        let j = i + 1;
        while (j < tokens.length && tokens.end(j) - tokens.start(j) === 1 && tokens.start(j) - tokens.end(j - 1) === 1) j++;
        if (j - i >= 3) {
          // One-character words always are letters (a word has a letter), so the run spells a word.
          let joined = '';
          for (let k = i; k < j && j - i <= 20; k++) joined += text[tokens.start(k)].toLowerCase();
          const entry = joined ? this.lookup({ start: tokens.start(i), end: tokens.end(j - 1), raw: joined, word: joined }) : undefined;
          if (entry !== undefined && keep(entry)) hits.push({ start: tokens.start(i), end: tokens.end(j - 1), text: text.slice(tokens.start(i), tokens.end(j - 1)), entry, tokenIndex: i });
          i = j - 1;
          continue;
        }
      }
      const key = tokens.key(i);
      if (key >= 0 && !this.anyKey && !this.keys[key]) continue;
      const t = tokens.at(i);
      const entry = this.lookup(t);
      if (entry !== undefined && keep(entry)) hits.push({ start: t.start, end: t.end, text: t.raw, entry, tokenIndex: i });
    }
    return hits;
  }
}
