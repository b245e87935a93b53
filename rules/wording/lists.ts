// The wording rule's lists, compiled: the shipped words with the school's added and removed, the phrase
// patterns, the school's acronyms, and the names never to flag. Compiling costs more than checking a draft,
// so each is kept per options object (one per config).
import * as words from '../data/wording.ts';
import { WordMatcher } from '../lib/word-matcher.ts';
import { compilePhrases, literalPattern } from '../text/phrases.ts';
import type { Category, Entry, Options } from './model.ts';

function buildMatcher(opts: Options): WordMatcher<Entry> {
  const m = new WordMatcher<Entry>()
    .add(words.insultAdjectives, { category: 'insult', aim: 'adjective' })
    .add(words.insultTargetedNouns, { category: 'insult', aim: 'noun' })
    .add(words.insultNouns, { category: 'insult' })
    .add(words.textSpeak, { category: 'textSpeak', lowerOnly: true })
    .add(words.mildProfanity, { category: 'mildProfanity' })
    .add(words.mildUnlessName, { category: 'mildProfanity', unlessName: true })
    .add(words.profanityUnlessName, { category: 'profanity', unlessName: true })
    .add(words.profanity, { category: 'profanity' })
    .add(words.slursUnlessName, { category: 'slur', unlessName: true })
    .add(words.slurs, { category: 'slur' });
  for (const category of ['profanity', 'slur', 'insult', 'mildProfanity', 'textSpeak'] as const)
    m.add(opts.words.add[category], { category });
  return m.remove(opts.words.remove);
}

interface Compiled {
  matcher: WordMatcher<Entry>;
  phrases: ReturnType<typeof compilePhrases>;
  phraseCategory: Category[];
}

// Compiling the lists costs more than checking a draft: once per options object (one per config).
const compiledFor = new WeakMap<Options, Compiled>();
export function compiled(opts: Options): Compiled {
  let cache = compiledFor.get(opts);
  if (!cache) {
    const removed = new Set(opts.words.remove.map((w) => w.toLowerCase()));
    const phrases: [string, Category][] = [
      ...words.slurPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [literalPattern(p), 'slur']),
      ...words.insultPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'insult']),
      ...words.mildPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'mildProfanity']),
    ];
    cache = { matcher: buildMatcher(opts), phrases: compilePhrases(phrases.map((p) => p[0])), phraseCategory: phrases.map((p) => p[1]) };
    compiledFor.set(opts, cache);
  }
  return cache;
}

const acronymsFor = new WeakMap<readonly string[], Set<string>>();
export function acronymSet(extra: string[]): Set<string> {
  let set = acronymsFor.get(extra);
  if (!set) acronymsFor.set(extra, (set = new Set(words.schoolAcronyms.concat(extra).map((a) => a.toUpperCase()))));
  return set;
}

const namesFor = new WeakMap<readonly string[], RegExp>();

/** The text with safe names ("Dick Whittington", "Hell's Kitchen") and the school's names blanked out, same length. */
export function withoutNames(text: string, names: readonly string[]): string {
  let re = namesFor.get(names);
  if (!re) {
    const all = words.safeNames
      .concat(names)
      .map(literalPattern)
      .map((p) => p.replace(/ /g, '\\s+'));
    namesFor.set(names, (re = new RegExp(`\\b(?:${all.join('|')})\\b`, 'gi')));
  }
  return text.replace(re, (m) => ' '.repeat(m.length));
}
