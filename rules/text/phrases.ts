// The one generic matcher for word lists (Vale's "existence" idea): a list of phrase patterns, written as
// data, compiled once into a single case-insensitive regex with word boundaries. Patterns are small
// regular expressions with no nested repetition, so matching stays linear in the length of the text.

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Index in the list of the pattern that matched. */
  index: number;
}

export interface CompiledPhrases {
  find(text: string): PhraseMatch[];
  /** The one regex of the list (flags g and i), for a rule to register with the engine's joint scan. */
  pattern: RegExp;
  /** A match of `pattern`, found by the engine's scan, as a phrase match. */
  phraseOf(match: RegExpExecArray): PhraseMatch;
}

/** `{n}` in a pattern stands for a number written in digits or words ("10", "ten"). */
const NUMBER = '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|hundred)';

/** A "(" that opens a capturing group: not escaped, not "(?…", not inside a character class. */
function hasCapturingGroup(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '(' && !inClass && pattern[i + 1] !== '?') return true;
  }
  return false;
}

export function compilePhrases(patterns: readonly string[]): CompiledPhrases {
  // Which pattern matched is read from its own group's number: a group inside a pattern would shift them.
  const grouped = patterns.find(hasCapturingGroup);
  if (grouped !== undefined) throw new Error(`phrase pattern "${grouped}" has a capturing group: write (?:…) instead`);
  const sources = patterns.map((p) => p.replace(/\{n\}/g, NUMBER).replace(/ /g, '\\s+'));
  // Each alternative is its own capture group, so the match says which pattern it was.
  // An empty list matches nothing (joined, it would be an empty alternative, matching everywhere).
  const re = sources.length ? new RegExp(`\\b(?:${sources.map((s) => `(${s})`).join('|')})(?![\\w'’])`, 'gi') : /(?!)/gi;
  const phraseOf = (m: RegExpExecArray): PhraseMatch => {
    let group = 1;
    while (m[group] === undefined) group++;
    return { start: m.index, end: m.index + m[0].length, text: m[0], index: group - 1 };
  };
  return {
    pattern: re,
    phraseOf,
    find(text: string): PhraseMatch[] {
      const found: PhraseMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(phraseOf(m));
        if (m[0].length === 0) re.lastIndex++;
      }
      return found;
    },
  };
}

/** Turns plain words from a config list into safe patterns ("C.P. plan" → "C\.P\. plan"). */
export function literalPattern(words: string): string {
  return words
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, ' ');
}
