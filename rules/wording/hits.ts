// Where the wording rule finds its hits: listed words and phrases (insults only when aimed at a person),
// shouting, exasperated punctuation and hostile emoji. Linear in the text; each kind of hit stops at ENOUGH.
import * as words from '../data/wording.ts';
import { tokenize, type Tokens } from '../lib/tokenizer.ts';
import { WordMatcher, type WordHit } from '../lib/word-matcher.ts';
import { literalPattern, type PhraseMatch } from '../text/phrases.ts';
import type { CompiledLists } from './lists.ts';
import { ENOUGH, type Category, type Entry, type Hit, type Options } from './model.ts';

const unapostrophe = (w: string) => w.toLowerCase().replace(/['’]/g, '');
const PERSON_SUBJECTS = new Set(words.personSubjects.map(unapostrophe));
const PERSON_NOUNS = new WordMatcher<true>().add(words.personNouns, true);
const LINKING = new Set(words.linkingWords);
const SHOUTING_MARKERS = new Set(words.shoutingMarkers);

function isTitleCase(raw: string): boolean {
  return /^[A-Z][a-z'’]*$/.test(raw);
}

/**
 * An insult is aimed at a person when a person stands just before it with only linking words between
 * ("you are so useless", "he's a complete muppet"), or, for an adjective, when a person noun follows
 * ("lazy boy", "stupid people").
 */
function aimedAtPerson(tokens: Tokens, i: number, aim: 'adjective' | 'noun'): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = tokens.at(k).word;
    if (PERSON_SUBJECTS.has(w) || (aim === 'noun' && w === 'what' && k === i - 2)) return true;
    // "Your son is lazy", "the boys were useless": a person noun, then linking words.
    if (k < i - 1 && PERSON_NOUNS.lookup(tokens.at(k))) return true;
    // "Graham is a total loser": a name, then "is" or "was", then linking words.
    if (aim === 'noun' && (w === 'is' || w === 'was') && k > 0 && isTitleCase(tokens.at(k - 1).raw)) return true;
    if (!LINKING.has(w)) break;
  }
  return aim === 'adjective' && i + 1 < tokens.length && PERSON_NOUNS.lookup(tokens.at(i + 1)) !== undefined;
}

/**
 * The hits in `text` (names and links already blanked out), given the phrase matches found in it by the
 * engine's scan (in text order, never overlapping: one global regex), those inside names and links left out.
 */
export function wordHits(text: string, phraseHits: readonly PhraseMatch[], opts: Options, lists: CompiledLists): Hit[] {
  const { matcher, phraseCategory, acronyms } = lists;
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  // Phrases first: "cock-up" is mild, "what a joke" an insult; a word inside a phrase is not counted again.
  for (const p of phraseHits) hits.push({ category: phraseCategory[p.index], start: p.start, end: p.end, text: p.text });
  // Words come in text order too (the matcher walks the tokens): one pointer over the phrases says how far
  // they cover, so each word is checked against them in constant time, however many there are.
  let next = 0;
  let coveredUntil = -1;
  const inPhrase = (start: number) => {
    for (; next < phraseHits.length && phraseHits[next].start <= start; next++) coveredUntil = Math.max(coveredUntil, phraseHits[next].end);
    return start < coveredUntil;
  };
  const seen = new Map<Category, number>();
  const keep = (entry: Entry) => {
    const n = seen.get(entry.category) ?? 0;
    seen.set(entry.category, n + 1);
    return n < ENOUGH;
  };
  for (const h of matcher.find(text, tokens, keep) as WordHit<Entry>[]) {
    const raw = h.text;
    if (inPhrase(h.start)) continue;
    if (h.entry.unlessName && isTitleCase(raw)) continue;
    if (h.entry.lowerOnly && raw !== raw.toLowerCase() && raw !== raw.toUpperCase()) continue;
    if (h.entry.aim && !aimedAtPerson(tokens, h.tokenIndex, h.entry.aim)) continue;
    hits.push({ category: h.entry.category, start: h.start, end: h.end, text: raw });
  }
  // Appended one by one: spreading a million hits into push() overflows the stack.
  for (const h of shouting(text, tokens, opts, acronyms)) hits.push(h);
  for (const h of punctuationAndEmoji(text)) hits.push(h);
  return hits;
}

const isCapsWord = (tokens: Tokens, i: number, acronyms: Set<string>) => {
  if (!tokens.mayBeCapitals(i)) return false;
  const word = tokens.at(i).raw.replace(/[!|+*]+$/, ''); // "AGAIN!!!": the marks belong to the punctuation check
  return /^[A-Z][A-Z'’]*[A-Z]$/.test(word) && !acronyms.has(word.replace(/['’]S$/, ''));
};

/**
 * Shouting, as people write it: a run of words in capitals that reads as a sentence (it holds "YOU",
 * "PLEASE", "NOT" …) and follows an ordinary word on the same line ("please DO NOT PARK IN THE STAFF car
 * park") or ends in "!"; or a whole message in capitals. Headings and banners at the start of a line,
 * names ("THE WALL STREET JOURNAL") and code (CONFIG_SND_USB) are not shouting; nor are school acronyms.
 */
function shouting(text: string, tokens: Tokens, opts: Options, acronyms: Set<string>): Hit[] {
  const caps = new Uint8Array(tokens.length);
  let capsCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isCapsWord(tokens, i, acronyms)) {
      caps[i] = 1;
      capsCount++;
    }
  }
  const words = tokens.length; // every token has a letter (see tokenize)
  if (words >= 8 && capsCount / words >= 0.8) {
    const first = tokens.start(caps.indexOf(1));
    const last = tokens.end(caps.lastIndexOf(1));
    return [{ category: 'shouting', start: first, end: last, text: `${text.slice(first, Math.min(last, first + 40))}…` }];
  }
  if (capsCount < opts.minShoutingWords) return [];
  const hits: Hit[] = [];
  // The token before the run is an ordinary word on the same line, separated by spaces only.
  const followsProse = (i: number) =>
    i > 0 && !caps[i - 1] && /[a-z]/.test(tokens.at(i - 1).raw) && /^ +$/.test(text.slice(tokens.end(i - 1), tokens.start(i)));
  let i = 0;
  while (i < tokens.length) {
    if (!caps[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && caps[j] && /^[ ,]{1,2}$/.test(text.slice(tokens.end(j - 1), tokens.start(j)))) j++;
    const run = [];
    for (let k = i; k < j; k++) run.push(tokens.at(k));
    const long = run.filter((t) => t.raw.length >= 4).length;
    const end = run[run.length - 1].end;
    const sentence = run.some((t) => SHOUTING_MARKERS.has(t.raw.replace(/’/g, "'")));
    if (run.length >= opts.minShoutingWords && long >= 2 && sentence && (followsProse(i) || text[end] === '!')) {
      hits.push({ category: 'shouting', start: run[0].start, end, text: run.map((t) => t.raw).join(' ') });
    }
    i = j;
  }
  return hits;
}

const PUNCTUATION = /[!?]{3,}/g;
// One pass for every listed emoji (a search per emoji read the text nine times: 2 % of the content rules).
const HOSTILE_EMOJI = new RegExp(words.hostileEmoji.map(literalPattern).join('|'), 'g');

function punctuationAndEmoji(text: string): Hit[] {
  const hits: Hit[] = [];
  PUNCTUATION.lastIndex = 0;
  for (let m = PUNCTUATION.exec(text); m && hits.length < ENOUGH; m = PUNCTUATION.exec(text))
    hits.push({ category: 'punctuation', start: m.index, end: m.index + m[0].length, text: m[0] });
  HOSTILE_EMOJI.lastIndex = 0;
  for (let m = HOSTILE_EMOJI.exec(text); m; m = HOSTILE_EMOJI.exec(text)) {
    hits.push({ category: m[0] === '🖕' ? 'profanity' : 'textSpeak', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}
