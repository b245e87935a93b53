// The joint scan (rules/text/joint-scan.ts) against the plain way, each pattern's own global scan: the
// same matches for every pattern, with word lists of several rules and detectors of other flags together.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { chainLetterStrong, chainLetterWeak } from '../../rules/data/chain-letter.ts';
import { contractPhrases } from '../../rules/data/contract-wording.ts';
import { insultPhrases, mildPhrases, safeNames } from '../../rules/data/wording.ts';
import { detectors } from '../../rules/detect/index.ts';
import { jointPlan, jointScan, looseSource } from '../../rules/text/joint-scan.ts';
import { compilePhrases, literalPattern } from '../../rules/text/phrases.ts';

/** A pattern's own global scan: its matches from the start, each next one from where the last ended. */
function alone(pattern: RegExp, text: string, limit: number): string[] {
  const re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
  const found: string[] = [];
  for (let m = re.exec(text); m && found.length < limit; m = re.exec(text)) {
    found.push(`${m.index}:${m.join('|')}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

function joint(patterns: RegExp[], text: string, limit: number): string[][] {
  const found = patterns.map((): string[] => []);
  jointScan(text, jointPlan(patterns), (k, m) => {
    found[k].push(`${m.index}:${m.join('|')}`);
    return found[k].length < limit;
  });
  return found;
}

const names = new RegExp(
  `\\b(?:${safeNames
    .map(literalPattern)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);
const lists = [
  names,
  compilePhrases(insultPhrases.concat(mildPhrases)).pattern,
  compilePhrases(contractPhrases).pattern,
  compilePhrases(chainLetterStrong.concat(chainLetterWeak)).pattern,
  ...detectors.map((d) => d.pattern),
];

const pieces = fc.constantFrom(
  ...['what', 'the', 'hell', "hell's", 'Kitchen', 'Dick', 'Whittington', 'shut', 'up', 'you', 'suck', 'piss', 'off'],
  ...['we', 'accept', 'your', 'quote', 'please', 'proceed', 'with', 'order', 'forward', 'this', 'to', '10', 'people'],
  ...['break', 'chain', 'good', 'luck', 'will', 'come', 'DOB', 'born', 'lives at', 'B801200005001', '943 476 5919'],
  ...[' ', ' ', '\n', "'", '.', '-', 'a', 'x', '’'],
);

describe('reading many patterns in one pass', () => {
  it('gives each pattern the matches its own scan gives, in order, at every limit', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom(Infinity, 1, 2), (parts, limit) => {
        const text = parts.join('');
        expect(joint(lists, text, limit)).toEqual(lists.map((p) => alone(p, text, limit)));
      }),
      { numRuns: 3000 },
    );
  });

  it('tests a leading word boundary once only when it holds for the whole pattern', () => {
    // "\bfoo|bar": the boundary belongs to "foo" alone, so "bar" inside a word is still found.
    const patterns = [/\bfoo|bar/g, /\bbaz\b/g];
    const text = 'foo xbar baz xfoo';
    expect(joint(patterns, text, Infinity)).toEqual(patterns.map((p) => alone(p, text, Infinity)));
    expect(joint(patterns, text, Infinity)[0]).toEqual(['0:foo', '5:bar']);
  });

  it('once a pattern has all the matches it wants, the pass stops no more where only it matches', () => {
    // 10,000 identifiers, wanted 10 times: the pass stops about 10 times, not 10,000.
    const patterns = [/\b[A-Z]\d{12}\b/g, /\bzebra\b/g];
    const text = 'A123456789012 '.repeat(10_000) + 'zebra';
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const taken = [0, 0];
    jointScan(text, jointPlan(patterns), (k) => ++taken[k] < 10);
    const calls = exec.mock.calls.length;
    exec.mockRestore();
    expect(taken).toEqual([10, 1]); // and the other pattern's match after them is still found
    expect(calls).toBeLessThan(100); // 20,027 when the pass kept stopping at every identifier
  });

  it('keeps each pattern its own flags', () => {
    const patterns = [/\bUPN\b/g, /\bupn\b/gi];
    expect(joint(patterns, 'upn UPN', Infinity)).toEqual([['4:UPN'], ['0:upn', '4:UPN']]);
  });
});

describe('looseSource', () => {
  it('drops capture groups and repeats what a back-reference refers to, so it matches at least as much', () => {
    expect(looseSource(String.raw`(\d{2})([- ])\d{2}\2\d{2}`)).toBe(String.raw`(?:\d{2})(?:[- ])\d{2}(?:[- ])\d{2}`);
    expect(looseSource(String.raw`[(\1]x(?<!a)(?:b)`)).toBe(String.raw`[(\1]x(?<!a)(?:b)`);
    expect(looseSource(String.raw`(a)\2`)).toBe(String.raw`(?:a)\2`); // no group 2: not a back-reference
  });

  it('refuses named groups, whose numbering it cannot keep', () => {
    expect(() => looseSource('(?<year>\\d{4})')).toThrow(/named groups/);
  });
});
