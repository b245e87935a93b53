// Unique Learner Number (Learning Records Service): 10 digits, first not 0; Σ dᵢ × (11 − i) ≡ 10 (mod 11).
// 9999999999 is the published "unknown ULN" placeholder and is never reported.
import { NUMBER_AFTER, NUMBER_BEFORE, checkDigitDetector } from './types.ts';

const KEYWORDS = /\b(ULNs?|unique learner numbers?|learner numbers?)\b/i;

export function isValidUln(uln: string): boolean {
  if (!/^[1-9]\d{9}$/.test(uln) || uln === '9999999999') return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(uln[i]) * (10 - i);
  return sum % 11 === 10;
}

const PATTERN = new RegExp(`${NUMBER_BEFORE}\\b[1-9]\\d{9}\\b${NUMBER_AFTER}`, 'g');

export const uln = checkDigitDetector('uln', ['ULN', 'ULNs'], PATTERN, isValidUln, KEYWORDS);
