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
