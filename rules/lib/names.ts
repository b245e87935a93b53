// People's names, as a greeting and a recipient show them: folded for comparison (case, accents,
// apostrophes), split into words (hyphenated and double-barrelled surnames give each part), and matched
// the way people use them: the same word, a short form (Liz for Elizabeth), or a prefix (Sam for Samantha).
import type { Address } from '../engine/types.ts';
import { GROUP_WORDS, NAME_FAMILIES } from '../data/greetings.ts';
import { localPartOf } from './addresses.ts';

const GROUP = new Set(GROUP_WORDS);

/** Each name → the families it belongs to ("alex" is in two). */
const FAMILIES = new Map<string, number[]>();
NAME_FAMILIES.forEach((line, family) => {
  for (const name of line.split(' ')) FAMILIES.set(name, (FAMILIES.get(name) || []).concat(family));
});

/** Lower case without accents or apostrophes: "Zoë O’Brien" → "zoe obrien". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase();
}

/** The words of a name of two letters or more: "Smith-Jones, Anne-Marie" → smith, jones, anne, marie. */
export function nameWords(text: string): string[] {
  return foldName(text)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);
}

export const isGroupWord = (word: string): boolean => GROUP.has(word);

/** What a recipient says about who they are: the words of their name and address, and whether those say anything. */
export interface NameProfile {
  words: string[];
  /** The address's local part, letters only ("tomwright" for tom.wright84), for surnames inside it ("twright"). */
  squashed: string;
  /** Whether the name or address names a person, so that a greeting can be compared with it at all. */
  informative: boolean;
}

export function profileOf(recipient: Address): NameProfile {
  const local = localPartOf(recipient.address);
  const fromName = recipient.name ? nameWords(recipient.name).filter((w) => !GROUP.has(w)) : [];
  const fromLocal = nameWords(local).filter((w) => !GROUP.has(w));
  // "tom.wright" and "j.smith" name someone; "tomwright84" or "office" may be anyone's.
  const dottedName = /[._-]/.test(local) && fromLocal.some((w) => w.length >= 3);
  return {
    words: fromName.concat(fromLocal),
    squashed: foldName(local).replace(/[^a-z]/g, ''),
    informative: fromName.length > 0 || dottedName,
  };
}

/** Whether two name words can be the same person's: equal, a short form, or one a prefix (≥ 3 letters) of the other. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  const families = FAMILIES.get(a);
  const others = FAMILIES.get(b);
  return !!families && !!others && families.some((f) => others.indexOf(f) >= 0);
}

/** Whether a name from a greeting fits this recipient: a word of theirs, or a surname inside their address. */
export function nameFits(name: string, profile: NameProfile): boolean {
  if (profile.words.some((w) => sameNameWord(name, w))) return true;
  return name.length >= 3 && profile.squashed.indexOf(name) >= 0;
}
