// Unique Pupil Number (DfE, England): check letter + LA (3) + establishment (4) + year (2) + serial (3).
// The check letter is Σ position × value over characters 2–13, mod 23, in the DfE alphabet (no I, O, S).
// A temporary UPN ends in a letter instead of the last digit.
import { checkDigitDetector } from './types.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const KEYWORDS = /\b(UPNs?|unique pupil numbers?|pupil numbers?)\b/i;

function value(ch: string): number {
  return ch >= '0' && ch <= '9' ? Number(ch) : ALPHABET.indexOf(ch);
}

export function isValidUpn(upn: string): boolean {
  if (!/^[A-HJ-NPQRT-Z]\d{11}[0-9A-HJ-NPQRT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let pos = 2; pos <= 13; pos++) sum += pos * value(upn[pos - 1]);
  return ALPHABET[sum % 23] === upn[0];
}

const PATTERN = /\b[A-HJ-NPQRT-Z]\d{11}[0-9A-HJ-NPQRT-Z]\b/g;

export const upn = checkDigitDetector('upn', ['UPN', 'UPNs'], PATTERN, isValidUpn, KEYWORDS);
