// Reads the greeting that opens the author's own text ("Dear Mr and Mrs Wright,", "Hi Sam!") and the names
// in it. Says nothing (undefined) when the opening is not a greeting to named people: a group ("Dear
// Parents", "Hi all", "Dear Year 7 parents"), a role ("Dear Sir or Madam"), or a sentence ("Hello, I am
// writing…" has no name; "Hi thanks for this" is not a greeting to a name).
import { GREETING_OPENERS, SENTENCE_WORDS, TITLES } from '../data/greetings.ts';
import { foldName, isGroupWord, nameWords } from './names.ts';

export interface Greeting {
  /** The greeting as written, for the message: "Dear Mrs Khan". */
  text: string;
  /** The names in it, folded: ["khan"]. */
  names: string[];
}

const TITLE = new Set(TITLES);
const SENTENCE = new Set(SENTENCE_WORDS);
const CONNECTORS = new Set(['and', '&', 'or', '+']);
/** Only the first line is read, and only this much of it: a greeting is short. */
const MAX_LINE = 120;
/** A run of more words than this before any punctuation is a sentence, not a greeting. */
const MAX_WORDS = 6;

function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_LINE));
}

function openerLength(line: string): number {
  const lower = line.toLowerCase();
  for (const opener of GREETING_OPENERS) {
    if (lower.startsWith(opener) && !/[a-z]/.test(lower.charAt(opener.length))) return opener.length;
  }
  return -1;
}

export function readGreeting(authorText: string): Greeting | undefined {
  const line = firstLine(authorText);
  const opener = openerLength(line);
  if (opener < 0) return undefined;
  // The names run to the first punctuation that ends a greeting ("Mr." is a title, not an end).
  const rest = line.slice(opener).replace(/\b(mrs?|ms|dr|prof|revd?)\./gi, '$1');
  const end = rest.search(/[,!:;.?\u2013\u2014]| - /);
  const segment = end < 0 ? rest : rest.slice(0, end);
  const words = segment.split(/[\s/]+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return undefined;
  const capitalised = words.some((w) => /^\p{Lu}/u.test(w));
  const names: string[] = [];
  let used = 0;
  for (const word of words) {
    const folded = foldName(word).replace(/[^a-z&+]/g, '');
    if (isGroupWord(folded) || /\d/.test(word) || (!capitalised && SENTENCE.has(folded))) return undefined;
    used++;
    if (TITLE.has(folded) || CONNECTORS.has(folded)) continue;
    // In a capitalised greeting a lower-case word ends the names ("Hi Sam thanks for…"); "hi sam" has none.
    if (capitalised && !/^\p{Lu}/u.test(word)) {
      used--;
      break;
    }
    for (const part of nameWords(word)) if (!isGroupWord(part)) names.push(part);
  }
  if (!names.length) return undefined;
  const shown = words.slice(0, used).join(' ');
  return { text: `${line.slice(0, opener)} ${shown}`.replace(/\s+/g, ' ').trim(), names };
}
