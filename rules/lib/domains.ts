// Domain comparison for the look-alike check: registrable domains from the public suffix list (tldts),
// punycode decoding, a "skeleton" that maps look-alike characters to what they imitate, and edit distance.
import { parse } from 'tldts-icann';
import { toUnicode } from 'punycode/punycode.es6.js';
import { confusablePairs, confusables } from '../data/confusables.ts';

export interface SplitDomain {
  /** The registrable domain as written (ASCII, maybe punycode), e.g. "silcoates.org.uk". */
  registrable: string;
  /** The part before the public suffix, decoded from punycode, e.g. "silcoates". */
  name: string;
  /** The public suffix, e.g. "org.uk". */
  suffix: string;
}

/** Splits a host name at its public suffix; undefined for IP addresses and names with no registrable part. */
export function splitDomain(host: string): SplitDomain | undefined {
  const p = parse(host.toLowerCase());
  if (p.isIp || !p.domain || !p.domainWithoutSuffix || !p.publicSuffix) return undefined;
  let name = p.domainWithoutSuffix;
  try {
    name = toUnicode(name);
  } catch (_) {
    // A malformed xn-- label stays as written; it still gets compared.
  }
  return { registrable: p.domain, name, suffix: p.publicSuffix };
}

/** What a name looks like: look-alike characters mapped to the Latin letters they imitate. */
export function skeleton(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) {
    const code = ch.charCodeAt(0);
    // Full-width forms (ｇｍａｉｌ) are the ASCII letters shifted by 0xFEE0.
    const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
    out += confusables[ascii] ?? ascii;
  }
  for (const [pair, single] of confusablePairs) out = out.split(pair).join(single);
  return out;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), stopping early
 * once it must exceed `max`. Domain names are short, so the quadratic table is small.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length][b.length];
}
