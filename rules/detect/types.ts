// What a personal-data detector finds, and how sure it is. Confidence follows Purview and Google DLP:
// a check digit and a keyword nearby = high; a check digit alone = medium; a bare pattern = low.
import { isAsciiLetterOrDigit } from '../lib/chars.ts';

export type Confidence = 'low' | 'medium' | 'high';

export interface Detection {
  /** Detector id, e.g. "upn". */
  detector: string;
  start: number;
  end: number;
  confidence: Confidence;
  /** The value with enough hidden that the evidence never repeats it: "B80120000••••". */
  masked: string;
}

export interface Detector {
  id: string;
  /** Singular and plural names for messages: ["UPN", "UPNs"]. */
  label: [string, string];
  /**
   * What a candidate looks like (flag g). Every detector's candidates are found in one pass over the text
   * (see scan.ts), then each is judged by its own detector.
   */
  pattern: RegExp;
  /** The judge of this detector's candidates in one text (keywords in the text are found once, when first asked). */
  judgeIn(text: string): Judge;
}

/** A candidate (a match of the detector's pattern) judged: detections, or undefined to drop it. */
export type Judge = (match: RegExpExecArray) => Detection | Detection[] | undefined;

export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The standard scoring: a valid check digit and a keyword nearby each add a level. */
export function score(checksum: boolean, keyword: boolean): Confidence {
  return checksum && keyword ? 'high' : checksum || keyword ? 'medium' : 'low';
}

/** Hides the last `hidden` letters and digits: enough to recognise in context, not enough to use. */
export function maskTail(value: string, hidden = 4): string {
  let from = value.length;
  for (let left = hidden; from > 0 && left > 0;) if (isAsciiLetterOrDigit(value.charCodeAt(--from))) left--;
  let tail = '';
  for (let i = from; i < value.length; i++) tail += isAsciiLetterOrDigit(value.charCodeAt(i)) ? '•' : value[i];
  return value.slice(0, from) + tail;
}

/**
 * For one text: whether `keywords` occurs within `window` characters of [start, end). The keyword's matches
 * are found once, when first asked, and each question is then a binary search: a text of a million
 * identifiers costs one scan for keywords, not a million.
 */
export function keywordsIn(text: string, keywords: RegExp): KeywordNear {
  let spans: number[] | undefined; // start and end of each match, in order
  return (start, end, window = 300) => {
    if (!spans) {
      spans = [];
      const re = new RegExp(keywords.source, keywords.flags.replace('g', '') + 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        spans.push(m.index, m.index + m[0].length);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    // The first match starting inside the window ends first of those that do.
    const from = start - window;
    let lo = 0;
    let hi = spans.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length / 2 && spans[2 * lo + 1] <= end + window;
  };
}

/**
 * Lookbehind and lookahead for bare numbers: not inside a longer number, a phone number ("+44", "(0113)"),
 * a decimal, or a URL or code ("isbn=0140449…", "/ASIN/0195…"), where ten digits are rarely a person.
 */
export const NUMBER_BEFORE = String.raw`(?<![\d+(.\-/=?&#%:_])`;
export const NUMBER_AFTER = String.raw`(?![.\-/=&]?\d)(?![/=&])`;

/** Whether a keyword stands within `window` characters of [start, end): see keywordsIn. */
export type KeywordNear = (start: number, end: number, window?: number) => boolean;

/**
 * A detector that judges each match of `pattern` (flag g) with the keywords near it in view: `judge`
 * makes the detection, or drops the match. The keywords are found once per text (keywordsIn).
 */
export function patternDetector(
  id: string,
  label: [string, string],
  pattern: RegExp,
  keywords: RegExp,
  judge: (match: RegExpExecArray, near: KeywordNear, text: string) => Detection | undefined,
): Detector {
  return {
    id,
    label,
    pattern,
    judgeIn: (text) => {
      const near = keywordsIn(text, keywords);
      return (m) => judge(m, near, text);
    },
  };
}

/**
 * A detector for an identifier of fixed form with a check digit (UPN, ULN): every match that passes the
 * check is reported, at medium confidence, or high with a keyword near it.
 */
export function checkDigitDetector(
  id: string,
  label: [string, string],
  pattern: RegExp,
  isValid: (value: string) => boolean,
  keywords: RegExp,
): Detector {
  return patternDetector(id, label, pattern, keywords, (m, near) => {
    if (!isValid(m[0])) return undefined;
    const end = m.index + m[0].length;
    return { detector: id, start: m.index, end, confidence: score(true, near(m.index, end)), masked: maskTail(m[0]) };
  });
}
