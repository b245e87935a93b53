// The locator of a joint scan (rules/text/locator.ts): it must stop wherever one of its sources matches,
// however the sources are opened up and sorted by first letter, and nowhere else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatorRegex, topLevelAlternatives } from '../../rules/text/locator.ts';

/** Positions where some source matches (sticky), and where the locator does. */
function stops(sources: string[], flags: string, text: string): { expected: number[]; located: number[] } {
  const own = sources.map((s) => new RegExp(s, `${flags}y`));
  const expected: number[] = [];
  for (let at = 0; at <= text.length; at++)
    if (
      own.some((re) => {
        re.lastIndex = at;
        return re.test(text);
      })
    )
      expected.push(at);
  const { locator } = locatorRegex(sources, `${flags}g`);
  const located: number[] = [];
  for (let m = locator.exec(text); m; m = locator.exec(text)) {
    located.push(m.index);
    locator.lastIndex = m.index + 1;
  }
  return { expected, located };
}

describe('the locator', () => {
  it('cuts a source at the "|" outside groups and brackets only', () => {
    expect(topLevelAlternatives(String.raw`a|(?:b|c)|[|]|\||d`)).toEqual(['a', '(?:b|c)', '[|]', '\\|', 'd']);
  });

  it('stops where a source matches and nowhere else, its groups opened up and sorted by first letter', () => {
    const sources = [
      String.raw`\b(?:(?:we|i)(?:\s+are)?\s+accept|please\s+(?:proceed|book))(?![\w'’])`,
      String.raw`\b(?:Dick\s+Smith|Hell's\s+Kitchen)\b`,
      String.raw`\b(?:xy|q)?zed\b`, // a quantified leading group is left whole
      String.raw`\b(?:a|[|])b`, // a bar inside brackets is a character
      String.raw`\b\d+kg`,
    ];
    const pieces = fc.constantFrom(
      'we',
      'i',
      'are',
      'accept',
      'please',
      'book',
      'Dick',
      'Smith',
      "Hell's",
      'Kitchen',
      'zed',
      'xzed',
      'xyzed',
      'qzed',
    );
    const text = fc.array(fc.oneof(pieces, fc.constantFrom(' ', '  ', '\n', 'ab', '|b', '12kg', 'x', "'")), { maxLength: 16 });
    fc.assert(
      fc.property(text, fc.constantFrom('i', ''), (parts, flags) => {
        const { expected, located } = stops(sources, flags, parts.join(''));
        expect(located).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps case where the sources do', () => {
    expect(stops([String.raw`\bUPN\b`, String.raw`\bupn\b`], '', 'upn UPN Upn')).toEqual({ expected: [0, 4], located: [0, 4] });
  });

  it('says which source matched only when it has not sorted them', () => {
    expect(locatorRegex([String.raw`\bfoo`, String.raw`\bbar`], 'g').memberKnown).toBe(false);
    expect(locatorRegex([String.raw`\bfoo|bar`, String.raw`\bbaz`], 'g').memberKnown).toBe(true);
  });
});
