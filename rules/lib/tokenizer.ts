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

/**
 * What each UTF-16 code unit is inside a word, one table read per character (the tokenizer's hot loop):
 * NOT_WORD, a LOWER or UPPER ASCII letter, an APOSTROPHE, or OTHER word characters (digits, the symbols
 * leetspeak uses, € and £, accented Latin letters). 64 KB, made once.
 */
const NOT_WORD = 0;
const LOWER = 1;
const UPPER = 2;
const OTHER = 3;
const APOSTROPHE = 4;
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 0xc0; c <= 0x24f; c++) CHAR_CLASS[c] = OTHER;
for (const ch of '0123456789@$!|+*€£') CHAR_CLASS[ch.charCodeAt(0)] = OTHER;
for (let c = 0; c < 26; c++) [CHAR_CLASS[97 + c], CHAR_CLASS[65 + c]] = [LOWER, UPPER];
CHAR_CLASS[39] = CHAR_CLASS[0x2019] = APOSTROPHE;

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
/** Not only letters ("b1tch", "A12345678901B"), but its key could still be worked out, as toWord reads it. */
const KEYED = 8;

/**
 * The key of a word toWord keeps a character other than a–z in ("A12345678902B" keeps its 2): it can only
 * be a listed form that has such a character too, which a matcher knows of its own list.
 */
export const NO_LETTER_FORM = -2;

/** Per ASCII character inside a word, what toWord makes of it: a letter (0–25), DROP, KEPT or UNKNOWN. */
const DROP = -1;
const UNKNOWN = -2;
const KEPT = -3;
const AS_LETTER = new Int8Array(128).fill(UNKNOWN);
for (const ch of '0123456789') AS_LETTER[ch.charCodeAt(0)] = KEPT;
for (let c = 0; c < 26; c++) AS_LETTER[97 + c] = AS_LETTER[65 + c] = c;
AS_LETTER[39] = DROP;
for (const ch of Object.keys(LEET)) if (ch.charCodeAt(0) < 128) AS_LETTER[ch.charCodeAt(0)] = LEET[ch].charCodeAt(0) - 97;
/** toWord trims these around a word ("*will*", "shout!"), rather than reading them as letters. */
const isMark = (code: number) => code === 33 || code === 39 || code === 0x2019 || code === 42 || code === 124 || code === 43;

/**
 * The key of the word toWord would make of text[start, end), computed without building it; NO_LETTER_FORM
 * when that word keeps a digit leetspeak does not read as a letter; -1 when the word holds a star (a
 * wildcard) or a character only toWord can read. So identifiers and dates need no string at all.
 */
function leetKey(text: string, start: number, end: number): number {
  while (start < end && isMark(text.charCodeAt(start))) start++;
  while (end > start && isMark(text.charCodeAt(end - 1))) end--;
  let hash = KEY_SEED;
  let previous = -1;
  let kept = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 128 ? AS_LETTER[code] : code === 0x2019 ? DROP : UNKNOWN;
    if (letter === UNKNOWN) return -1;
    if (letter === KEPT) kept = true;
    if (letter < 0) continue;
    if (letter !== previous) hash = nextKey(hash, letter);
    previous = letter;
  }
  return kept ? NO_LETTER_FORM : finishKey(hash);
}

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
  /** Per word, four numbers in a row: start, end, key, flags (one allocation per text, not four). */
  constructor(
    private readonly text: string,
    readonly length: number,
    private readonly data: Int32Array,
  ) {}

  start(i: number): number {
    return this.data[i * FIELDS];
  }

  end(i: number): number {
    return this.data[i * FIELDS + 1];
  }

  /** The key of the word (see nextKey), NO_LETTER_FORM, or -1 when only its full form can tell. */
  key(i: number): number {
    return this.data[i * FIELDS + 3] & (SIMPLE | KEYED) ? this.data[i * FIELDS + 2] : -1;
  }

  /** Whether the word starts with a capital and then a capital or apostrophe: the only words that can shout. */
  mayBeCapitals(i: number): boolean {
    return (this.data[i * FIELDS + 3] & (FIRST_UPPER | SECOND_UPPER)) === (FIRST_UPPER | SECOND_UPPER);
  }

  /** The word with its strings, built on demand: rules ask for few words (a hit and its neighbours). */
  at(i: number): Token {
    const start = this.start(i);
    const end = this.end(i);
    const raw = this.text.slice(start, end);
    return { start, end, raw, word: toWord(raw) };
  }
}

/**
 * Room for the words of a text of `length` characters: mail has a word every 5–6 characters, so a quarter
 * of the length rarely needs to grow, where room for the most words possible (one every two characters)
 * took 33 MB for a 5 MB body. Growing doubles, so a text of one-letter words is still linear.
 */
function initialRoom(length: number): number {
  return Math.min((length + 1) >> 1, (length >> 2) + 16);
}

/** start, end, key, flags. */
const FIELDS = 4;

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The text as one flat string in memory, with a space after it (never part of a word). Texts reach the
 * tokenizer as slices, joins and replacements of the body; V8 compiles a loop that has read strings of
 * three or more layouts into one that reads every character half as fast (measured: bench/text.ts).
 * Joining an array copies the characters into a new flat string, at memory speed.
 */
function sequential(text: string): string {
  return [text, ' '].join('');
}

/** One pass over the text; no string is built for a word here. */
export function tokenize(source: string): Tokens {
  const text = sequential(source);
  const length = text.length;
  let data: Int32Array = new Int32Array(initialRoom(length) * FIELDS);
  let count = 0;
  let i = 0;
  while (i < length) {
    if (CHAR_CLASS[text.charCodeAt(i)] === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let flags = SIMPLE;
    let hash = KEY_SEED;
    let previous = -1;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      const kind = CHAR_CLASS[code];
      if (kind === NOT_WORD) break;
      if (kind === LOWER || kind === UPPER) {
        letters++;
        if (kind === UPPER && i - start < 2) flags |= i === start ? FIRST_UPPER : SECOND_UPPER;
        const letter = (code | 32) - 97;
        if (letter !== previous) hash = nextKey(hash, letter);
        previous = letter;
      } else {
        flags &= ~SIMPLE;
        if (kind === APOSTROPHE && i === start + 1) flags |= SECOND_UPPER; // "I'M", "O’NEILL"
      }
    }
    if (letters) {
      let key = finishKey(hash);
      if (!(flags & SIMPLE)) {
        key = leetKey(text, start, i);
        if (key !== -1) flags |= KEYED;
      }
      const at = count++ * FIELDS;
      if (at === data.length) data = grown(data);
      data[at] = start;
      data[at + 1] = i;
      data[at + 2] = key;
      data[at + 3] = flags;
    }
  }
  return new Tokens(text, count, data);
}
