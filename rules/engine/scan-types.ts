// What a rule's setup registers with the engine to have read in each draft's text (`TextScans`), and the
// handle it asks the context with (`Scan`): the engine reads every rule's patterns of a text together.

/** The parts of a draft's prepared text a rule can have read for a pattern. */
export type TextPart = 'subject' | 'author' | 'body';

/** Makes, for one text, what a match of a registered pattern stands for: items, or undefined for none. */
export type MatchReader<T> = (text: string) => (match: RegExpExecArray) => T | T[] | undefined;

/** A pattern registered at setup, to ask the context for what it found in each draft. */
export interface Scan<T = RegExpExecArray> {
  readonly part: TextPart;
  readonly pattern: RegExp;
  /** Items past this many are not looked for. */
  readonly limit: number;
  readonly read?: MatchReader<T>;
}

/**
 * Given to a rule's setup: word lists and other patterns to be read in a part of every draft's text. The
 * engine reads all the registered patterns of a text together, one pass per set of flags
 * (text/joint-scan.ts), where each rule running its own regex read the text once per list. A `read`er
 * turns matches into the rule's items (a detector's judge), and the limit counts those items.
 */
export interface TextScans {
  register(part: TextPart, pattern: RegExp, limit?: number): Scan;
  register<T>(part: TextPart, pattern: RegExp, limit: number, read: MatchReader<T>): Scan<T>;
}
