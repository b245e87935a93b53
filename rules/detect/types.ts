// What a personal-data detector finds, and how sure it is. Confidence follows Purview and Google DLP:
// a check digit and a keyword nearby = high; a check digit alone = medium; a bare pattern = low.
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
  find(text: string): Detection[];
}

export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The standard scoring: a valid check digit and a keyword nearby each add a level. */
export function score(checksum: boolean, keyword: boolean): Confidence {
  return checksum && keyword ? 'high' : checksum || keyword ? 'medium' : 'low';
}

/** Hides the last `hidden` letters and digits: enough to recognise in context, not enough to use. */
export function maskTail(value: string, hidden = 4): string {
  let left = hidden;
  const out = value.split('');
  for (let i = out.length - 1; i >= 0 && left > 0; i--) {
    if (/[A-Za-z0-9]/.test(out[i])) {
      out[i] = '•';
      left--;
    }
  }
  return out.join('');
}

/** True when `keywords` occurs within `window` characters of [start, end). */
export function keywordNear(text: string, start: number, end: number, keywords: RegExp, window = 300): boolean {
  return keywords.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}

/**
 * Lookbehind and lookahead for bare numbers: not inside a longer number, a phone number ("+44", "(0113)"),
 * a decimal, or a URL or code ("isbn=0140449…", "/ASIN/0195…"), where ten digits are rarely a person.
 */
export const NUMBER_BEFORE = String.raw`(?<![\d+(.\-/=?&#%:_])`;
export const NUMBER_AFTER = String.raw`(?![.\-/=&]?\d)(?![/=&])`;

/**
 * Runs a global regex (flag g, compiled once by the caller) over text; `check` turns each match into a
 * detection or drops it. Checks run synchronously, so sharing the regex's lastIndex is safe.
 */
export function scan(text: string, re: RegExp, check: (match: RegExpExecArray) => Detection | undefined): Detection[] {
  const found: Detection[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = check(m);
    if (d) found.push(d);
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}
