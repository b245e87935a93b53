// The wording rule's lists, compiled: the shipped words with the school's added and removed, the phrase
// patterns, the school's acronyms, and the names never to flag. The rule's setup compiles them once per
// config and organisation.
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

/** The wording rule's lists, compiled once by its setup (compiling costs more than checking a draft). */
export interface CompiledLists {
  matcher: WordMatcher<Entry>;
  phrases: ReturnType<typeof compilePhrases>;
  phraseCategory: Category[];
  /** School acronyms, never shouting: the shipped ones and the school's. */
  acronyms: Set<string>;
  /** Safe names ("Dick Whittington", "Hell's Kitchen") and the school's never-flag names, as one pattern. */
  names: RegExp;
}

export function compileLists(opts: Options, neverFlagNames: readonly string[]): CompiledLists {
  const removed = new Set(opts.words.remove.map((w) => w.toLowerCase()));
  const phrases: [string, Category][] = [
    ...words.slurPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [literalPattern(p), 'slur']),
    ...words.insultPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'insult']),
    ...words.mildPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'mildProfanity']),
  ];
  const names = words.safeNames
    .concat(neverFlagNames)
    .map(literalPattern)
    .map((p) => p.replace(/ /g, '\\s+'));
  return {
    matcher: buildMatcher(opts),
    phrases: compilePhrases(phrases.map((p) => p[0])),
    phraseCategory: phrases.map((p) => p[1]),
    acronyms: new Set(words.schoolAcronyms.concat(opts.acronyms).map((a) => a.toUpperCase())),
    names: new RegExp(`\\b(?:${names.join('|')})\\b`, 'gi'),
  };
}
