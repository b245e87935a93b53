// Every personal-data detector: real-shaped positives with their confidence, the published placeholders,
// and the near misses that must stay quiet (wrong check letter, wrong prefix, phone and invoice numbers).
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../rules/detect/index.ts';
import type { Confidence } from '../../rules/detect/types.ts';

function found(id: string, text: string): { value: string; confidence: Confidence; masked: string }[] {
  return findPersonalData(text, 'low', [id]).map((h) => ({
    value: text.slice(h.start, h.end),
    confidence: h.confidence,
    masked: h.masked,
  }));
}

const cases: Record<string, { hits: [string, string, Confidence][]; quiet: [string, string][] }> = {
  upn: {
    hits: [
      ['UPN: B801200005001', 'B801200005001', 'high'],
      ['Pupils: P207000016049 and others', 'P207000016049', 'medium'],
      ['temporary UPN M80120000500A', 'M80120000500A', 'high'],
    ],
    quiet: [
      ['wrong check letter', 'UPN: Q207000016049'],
      ['one digit changed', 'UPN B801200005002'],
      ['I, O and S are never check letters', 'UPN I801200005001 O801200005001'],
      ['part of a longer code', 'ref XB8012000050011'],
    ],
  },
  uln: {
    hits: [
      ['ULN 9276308686', '9276308686', 'high'],
      ['learner 9276308686 enrolled', '9276308686', 'medium'],
    ],
    quiet: [
      ['the "unknown ULN" placeholder', 'ULN 9999999999'],
      ['wrong check digit', 'ULN 9276308687'],
      ['leading zero (a phone number)', 'call 0276308686'],
      ['inside an international number', 'call +449276308686'],
      ['a decimal', 'total 9276308686.50'],
    ],
  },
  nhs: {
    hits: [
      ['NHS number 943 476 5919', '943 476 5919', 'high'],
      ['ref 4010232137 attached', '4010232137', 'medium'],
      ['a 9xx number is only an NHS number with a keyword: NHS 9434765870', '9434765870', 'high'],
      ['NHS no. 943-476-5919', '943-476-5919', 'high'],
    ],
    quiet: [
      ['the 999 test range', 'NHS 999 000 0000'],
      ['wrong check digit', 'NHS 943 476 5871'],
      ["AWS's invalid doc example", 'NHS 485 777 3456'],
      ['a US phone number with dashes and no keyword', 'call 943-476-5919 today'],
      ['a phone number in brackets', 'call (943) 476 5919'],
      ['mixed separators', 'NHS 943 476-5919'],
      ['a Scottish-style or date-like number without a keyword (a DNS serial)', 'zone serial 2002080101 and ref 9434765870'],
      ['digits in a URL (an ASIN or ISBN)', 'see amazon.com/ASIN/4010232137/ and isbn=4010232137'],
    ],
  },
  nino: {
    hits: [
      ['National Insurance: AB 12 34 56 C', 'AB 12 34 56 C', 'medium'],
      ['NI number JG103759A', 'JG103759A', 'medium'],
    ],
    quiet: [
      ["HMRC's example QQ 12 34 56 A", 'NI number QQ 12 34 56 A'],
      ['a prefix never issued', 'NI number GB 12 34 56 A'],
      ['O as second letter', 'NI number AO 12 34 56 A'],
      ['suffix beyond D', 'NI number AB 12 34 56 E'],
      ['lower case in running text', 'NI number ab123456c'],
    ],
  },
  card: {
    hits: [
      ['card 4539 1488 0343 6467 exp 09/28', '4539 1488 0343 6467', 'high'],
      ['paid with 5425233430109903', '5425233430109903', 'medium'],
      ['card 4539 1488 0343 6467 123 (with the CVV after it)', '4539 1488 0343 6467', 'high'],
    ],
    quiet: [
      ['the Visa test card', 'card 4111 1111 1111 1111'],
      ['Stripe test card', 'card 4242 4242 4242 4242'],
      ['Luhn fails', 'card 4539 1488 0343 6468'],
      ['no issuer prefix (an order number)', 'order 1234 5678 9012 3452'],
      ['a phone number', 'tel 0113 496 0000'],
    ],
  },
  bank: {
    hits: [['Sort code 20-00-00, account number 55779911', '20-00-00', 'high']],
    quiet: [
      ['a sort code with no account', 'sort code 20-00-00'],
      ['a date with no account', 'meeting 12-03-24'],
    ],
  },
  passport: {
    hits: [['Passport number 123456789, expires 2031', '123456789', 'medium']],
    quiet: [
      ['a 9-digit invoice number', 'Invoice 123456789 is attached'],
      ['passport mentioned without a number', 'please bring your passport on the trip'],
    ],
  },
  dob: {
    hits: [
      ['DOB: 03/04/2015', '03/04/2015', 'medium'],
      ['born on 3rd April 2015', '3rd April 2015', 'medium'],
      ['Date of birth 2015-04-03', '2015-04-03', 'medium'],
    ],
    quiet: [
      ['a date without a keyword', 'the trip is on 03/04/2015'],
      ['born without a date', 'she was born in Leeds'],
    ],
  },
  address: {
    hits: [['Amira lives at 12 Oak Road, Leeds LS6 2AB with her aunt', 'LS6 2AB', 'medium']],
    quiet: [
      ['a letterhead address', 'Silcoates School, Wrenthorpe, Wakefield WF2 0PD'],
      ['an invalid postcode', 'lives at 1 High St, QW1 1AA'],
    ],
  },
};

for (const [id, c] of Object.entries(cases)) {
  describe(id, () => {
    it.each(c.hits)('finds %j', (text, value, confidence) => {
      expect(found(id, text).map((h) => [h.value, h.confidence])).toEqual([[value, confidence]]);
    });
    it.each(c.quiet)('stays quiet on %s', (_, text) => expect(found(id, text)).toEqual([]));
  });
}

describe('masking and confidence filter', () => {
  it('never shows an identifier in full', () => {
    expect(found('upn', 'UPN B801200005001')[0].masked).toBe('B80120000••••');
    expect(found('card', 'card 4539 1488 0343 6467')[0].masked).toBe('•••• 6467');
    expect(found('nhs', 'NHS 943 476 5919')[0].masked).toBe('943 476 ••••');
  });
  it('drops low-confidence matches unless asked for', () => {
    const text = 'AB 12 34 56 C and B801200005001';
    expect(findPersonalData(text, 'medium').map((h) => h.detector)).toEqual(['upn']);
    expect(findPersonalData(text, 'low').map((h) => h.detector)).toEqual(['nino', 'upn']);
  });
});
