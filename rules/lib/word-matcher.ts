// A whole-word matcher for word lists that people try to disguise: "b1tch" (leetspeak), "fuuuuck"
// (repeated letters), "f u c k" and "f.u.c.k" (spaced out), "f*ck" (starred). Zero-width characters and
// look-alike letters were already removed by normalise(). Words never match inside other words, which is
// what keeps "Scunthorpe", "assessment" and "cocktail" safe. One pass over the text, linear in its length.
// The words come from rules/lib/tokenizer.ts.
import { KEY_BITS, NO_LETTER_FORM, keyOfForm, toWord, type Token, type Tokens } from './tokenizer.ts';

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

/** "fuuuuck" → "fuck", "asss" → "as": every run of one letter becomes one letter. */
function collapse(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** Whether a letter repeats three times in a row ("fuuuck"): only then is the collapsed form worth trying. */
function hasLongRun(word: string): boolean {
  for (let i = 2; i < word.length; i++)
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
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
          if (entry !== undefined && keep(entry))
            hits.push({
              start: tokens.start(i),
              end: tokens.end(j - 1),
              text: text.slice(tokens.start(i), tokens.end(j - 1)),
              entry,
              tokenIndex: i,
            });
          i = j - 1;
          continue;
        }
      }
      const key = tokens.key(i);
      if (!this.anyKey && (key === NO_LETTER_FORM || (key >= 0 && !this.keys[key]))) continue;
      const t = tokens.at(i);
      const entry = this.lookup(t);
      if (entry !== undefined && keep(entry)) hits.push({ start: t.start, end: t.end, text: t.raw, entry, tokenIndex: i });
    }
    return hits;
  }
}
