// NHS number: 10 digits shown 3-3-4; weights 10…2 on the first nine, 11 − (Σ mod 11) is the check digit
// (11 → 0, 10 → invalid). The 999 range is for testing and never issued.
import { NUMBER_AFTER, NUMBER_BEFORE, maskTail, patternDetector, score } from './types.ts';

const KEYWORDS = /\b(NHS|patient|GP|hospital|doctor|D\.?O\.?B|date of birth|medical)\b/i;

export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || digits.startsWith('999')) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const PATTERN = new RegExp(`${NUMBER_BEFORE}\\b(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})\\b${NUMBER_AFTER}`, 'g');

export const nhs = patternDetector('nhs', ['NHS number', 'NHS numbers'], PATTERN, KEYWORDS, (m, near) => {
  const digits = m[1] + m[3] + m[4];
  if (!isValidNhsNumber(digits)) return undefined;
  const end = m.index + m[0].length;
  const keyword = near(m.index, end);
  // Without a keyword, only the forms and ranges an English school meets: NHS numbers in England and
  // Wales start 4, 6 or 7, in Northern Ireland 3 (Scotland's CHI numbers start with a birth date, like
  // DNS serials and timestamps do); and dashes are a US phone number's style, not the NHS's.
  if (!keyword && (m[2] === '-' || '3467'.indexOf(digits[0]) < 0)) return undefined;
  return { detector: 'nhs', start: m.index, end, confidence: score(true, keyword), masked: maskTail(m[0]) };
});
