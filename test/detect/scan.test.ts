// The one-pass scan of every detector (rules/detect/scan.ts) against the plain way, each detector's
// pattern run over the text on its own: the same detections for identifier-dense text, at every limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectors } from '../../rules/detect/index.ts';
import { scanDetectors } from '../../rules/detect/scan.ts';
import type { Detection, Detector } from '../../rules/detect/types.ts';

/** What a detector finds scanning alone: its pattern from the start, each candidate judged, up to `limit`. */
function alone(d: Detector, text: string, limit: number): Detection[] {
  const found: Detection[] = [];
  const judge = d.judgeIn(text);
  const re = new RegExp(d.pattern.source, d.pattern.flags);
  for (let m = re.exec(text); m && found.length < limit; m = re.exec(text)) {
    const judged = judge(m);
    for (const x of judged === undefined ? [] : Array.isArray(judged) ? judged : [judged]) if (found.length < limit) found.push(x);
  }
  return found;
}

const pieces = fc.constantFrom(
  ...['B801200005001', 'P207000016049', '9276308686', '943 476 5919', '943-476-5919', '4539 1488 0343 6467', '4539148803436467'],
  ...['12-34-56', '12 34 56', '12345678', 'AB 12 34 56 C', 'AB123456C', 'passport no 123456789', 'DOB', 'D.O.B.', 'born 12/03/2014'],
  ...['1st Jan 2010', 'lives at', 'SW1A 1AA', 'NHS', 'UPN', 'ULN', 'sort code', 'card', ' ', '\n', '-', '/', '.', '0', '12', '123'],
  ...['a', 'é', '+44', '(', '=', 'visa', 'NI'],
);

describe('scanning every detector in one pass', () => {
  it('finds what each detector finds on its own, in text order, at every limit', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom(Infinity, 1, 2, 5), (parts, limit) => {
        const text = parts.join('');
        const expected = detectors.flatMap((d) => alone(d, text, limit)).sort((a, b) => a.start - b.start);
        expect(scanDetectors(text, detectors, limit)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same with any selection of detectors', () => {
    const text = 'UPN B801200005001, NHS 943 476 5919, sort code 12-34-56 acct 12345678, DOB 12/03/2014, lives at SW1A 1AA';
    for (const d of detectors) expect(scanDetectors(text, [d], Infinity)).toEqual(alone(d, text, Infinity));
  });
});
