// Spans a rule reads past (rules/text/spans.ts): blanked in place, and items touching them left out.
import { describe, expect, it } from 'vitest';
import { blankSpans, outsideSpans, spansOf } from '../../rules/text/spans.ts';

describe('spans', () => {
  it('blanks each span with spaces, so every other position stays where it was', () => {
    expect(blankSpans('ask Dick Smith or www.x.example now', [4, 14, 18, 31])).toBe('ask            or               now');
    expect(blankSpans('nothing', [])).toBe('nothing');
  });

  it('leaves out the items that overlap a span, and keeps those that only touch one', () => {
    const item = (start: number, end: number) => ({ start, end });
    const spans = [10, 20, 30, 40];
    expect(outsideSpans([item(0, 10), item(5, 11), item(19, 25), item(20, 30), item(35, 36), item(40, 50)], spans)).toEqual([
      item(0, 10),
      item(20, 30),
      item(40, 50),
    ]);
  });

  it('reads spans from a global scan', () => {
    const re = /ab/g;
    const matches = Array.from('xabyab'.matchAll(re));
    expect(spansOf(matches)).toEqual([1, 3, 4, 6]);
  });
});
