// Payment card numbers: 13–19 digits, optionally grouped, passing Luhn, with an issuer prefix (Visa,
// Mastercard, Amex, Discover, Maestro). The networks' published test numbers are never reported.
// Only the last four digits are shown, as on a receipt.
import { NUMBER_AFTER, NUMBER_BEFORE, keywordsIn, score, type Detection, type Detector } from './types.ts';

const KEYWORDS = /\b(card|visa|mastercard|amex|american express|maestro|debit|credit|expiry|expires|exp|CVV|CVC)\b/i;
const ISSUER = /^(4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|3[47]|6011|65|5[06-9]|6\d)/;
const TEST_CARDS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '4000000000000002',
  '4000000000000077',
  '4000002500003155',
]);

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Card candidates. Cards are printed as 13–19 digits in one block, or in two to six groups of three to six
 * digits (4-4-4-4, Amex 4-6-5); a whole run of such groups is found first (a longer or differently grouped
 * run, like "12 12 12 …", is not a card and costs nothing more), then every stretch of its groups holding
 * 13–19 digits is tried, so "4539 1488 0343 6467 123" with a CVV still yields the card.
 */
const RUN = new RegExp(`${NUMBER_BEFORE}(?<!\\d[ -])(?:\\d{13,19}|\\d{3,6}(?:[ -]\\d{3,6}){1,5})(?![ -]?\\d)${NUMBER_AFTER}`, 'g');

/** Every stretch of a run's groups that holds 13–19 digits, as [start, end, digits]. */
function candidates(run: RegExpExecArray): [number, number, string][] {
  const groups = run[0].split(/[ -]/);
  const starts: number[] = [];
  let offset = run.index;
  for (const g of groups) {
    starts.push(offset);
    offset += g.length + 1;
  }
  const found: [number, number, string][] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length && digits.length < 19; j++) {
      digits += groups[j];
      if (digits.length >= 13 && digits.length <= 19) found.push([starts[i], starts[j] + groups[j].length, digits]);
    }
  }
  return found;
}

export const card: Detector = {
  id: 'card',
  label: ['payment card number', 'payment card numbers'],
  pattern: RUN,
  judgeIn: (text) => {
    const near = keywordsIn(text, KEYWORDS);
    let covered = -1;
    return (run) => {
      const found: Detection[] = [];
      for (const [start, end, digits] of candidates(run)) {
        if (start < covered || !ISSUER.test(digits) || !luhn(digits) || TEST_CARDS.has(digits) || /^(\d)\1+$/.test(digits)) continue;
        found.push({ detector: 'card', start, end, confidence: score(true, near(start, end)), masked: `•••• ${digits.slice(-4)}` });
        covered = end;
      }
      return found;
    };
  },
};
