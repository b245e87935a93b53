// Identifiers that are only personal data beside a keyword: a passport number, a date of birth, a home
// address (a postcode next to "lives at" and the like). Without the keyword nothing is reported: a bare
// 9-digit number is an invoice, a bare date is a meeting, a bare postcode is the school's letterhead.
import { maskTail, type Detector } from './types.ts';

function keywordBound(id: string, label: [string, string], keyword: RegExp, value: RegExp, windowAfter: number): Detector {
  if (!keyword.global) throw new Error(`${id}: the keyword pattern must have the g flag`);
  return {
    id,
    label,
    pattern: keyword,
    judgeIn: (text) => (k) => {
      const from = k.index + k[0].length;
      const v = value.exec(text.slice(from, from + windowAfter));
      if (!v) return undefined;
      const start = from + v.index;
      return {
        detector: id,
        start,
        end: start + v[0].length,
        confidence: 'medium',
        masked: maskTail(v[0], Math.min(4, v[0].replace(/\W/g, '').length)),
      };
    },
  };
}

export const passport = keywordBound(
  'passport',
  ['passport number', 'passport numbers'],
  /\bpassport(?: (?:no\.?|number|num))?\b/gi,
  /\b(?:[A-Z]\d{8}|\d{9})\b/,
  50,
);

const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
export const dateOfBirth = keywordBound(
  'dob',
  ['date of birth', 'dates of birth'],
  /\b(?:D\.?O\.?B\.?|date of birth|born on|born|birthday)\b/gi,
  new RegExp(
    `\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? ${MONTHS},? \\d{4}|${MONTHS} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b`,
    'i',
  ),
  30,
);

// BS 7666 shapes, outward and inward parts (see research/anchors §2).
const POSTCODE = /\b(?:[A-PR-UWYZ](?:\d\d?|[A-HK-Y]\d\d?|\d[A-HJKSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])) ?\d[ABD-HJLNP-UW-Z]{2}\b/;
export const homeAddress = keywordBound(
  'address',
  ['home address', 'home addresses'],
  /\b(?:home address|lives at|living at|resides at|residing at|address is|new address|moved to|staying at)\b/gi,
  POSTCODE,
  120,
);
