// Splits text into words for the whole-word matcher: positions in typed arrays (a text can hold a million
// words), each word folded for matching (case, leetspeak "b1tch", stars "f*ck") and given a small hash key,
// so the matcher builds strings only for the few words a listed word could be. One pass, linear.

export interface Token {
  start: number;
  end: number;
  /** As written. */
  raw: string;
  /** Lower case, leetspeak mapped to letters, apostrophes and other symbols dropped. */
  word: string;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
  '£': 'l',
};

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
export function toWord(raw: string): string {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  if (letters === raw.length) return raw.toLowerCase();
  if (letters === 0) return '';
  // Marks around a word ("*will*", "'quoted'", "shout!") are emphasis or punctuation, not letters.
  const trimmed = raw.replace(/^[!'’*|+]+|[!'’*|+.]+$/g, '');
  return trimmed
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[0134578@$!|+€£]/g, (ch) => LEET[ch]);
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
export const KEY_BITS = 16;
const KEY_SEED = 0x811c9dc5;
const nextKey = (hash: number, letter: number) => Math.imul(hash ^ (letter + 1), 0x01000193);
const finishKey = (hash: number) => (hash ^ (hash >>> KEY_BITS)) & ((1 << KEY_BITS) - 1);

/** The key of a listed form (already normalised by toWord), or -1 when it has a character other than a–z. */
export function keyOfForm(form: string): number {
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
