// UK bank details: a sort code (12-34-56) with an 8-digit account number close by. Without Vocalink's
// modulus tables there is no check digit, so the pair alone is low confidence (it can be a date and an
// invoice number); with "sort code" or "account" nearby it is high.
import { maskTail, patternDetector } from './types.ts';

const KEYWORDS = /\b(sort ?code|account (number|no)|acc(ount)? ?no|a\/c|bank details|BACS)\b/i;
const ACCOUNT = /(?<![\d-])\b\d{8}\b(?!-\d)/;

const PATTERN = /(?<!\d[- ]?)\b\d{2}([- ])\d{2}\1\d{2}\b(?![- ]?\d)/g;

export const bank = patternDetector('bank', ['set of bank details', 'sets of bank details'], PATTERN, KEYWORDS, (m, near, text) => {
  const end = m.index + m[0].length;
  const around = text.slice(Math.max(0, m.index - 60), Math.min(text.length, end + 60));
  if (!ACCOUNT.test(around)) return undefined;
  return { detector: 'bank', start: m.index, end, confidence: near(m.index, end, 120) ? 'high' : 'low', masked: maskTail(m[0]) };
});
