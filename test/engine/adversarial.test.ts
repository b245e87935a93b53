// Hostile text must not hang the check: every rule runs over 300 KB of each adversarial shape. A pattern
// that backtracks quadratically takes hours on this, so the test times out; nothing here times a run.
import { describe, expect, it } from 'vitest';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import type { Draft } from '../../rules/engine/types.ts';

const SIZE = 300_000;
const shapes: Record<string, { text: string; html?: string }> = {
  digits: { text: '1'.repeat(SIZE) },
  'digits and spaces': { text: '12 '.repeat(SIZE / 3) },
  'card-like groups': { text: '1234 '.repeat(SIZE / 5) },
  'digits then a decimal point': { text: '1'.repeat(SIZE) + '.5' },
  letters: { text: 'a'.repeat(SIZE) },
  capitals: { text: 'A'.repeat(SIZE) },
  'dotted words': { text: 'a.'.repeat(SIZE / 2) },
  'one long URL': { text: 'https://' + 'a'.repeat(SIZE) },
  'phrase prefixes': { text: 'forward this to '.repeat(SIZE / 16) },
  'quote markers': { text: '> '.repeat(SIZE / 2) },
  'On lines': { text: 'On Monday '.repeat(SIZE / 10) },
  'nested HTML': { text: '', html: '<div>'.repeat(SIZE / 10) + '<blockquote>'.repeat(SIZE / 20) },
  'unclosed attributes': { text: '', html: '<a href="x'.repeat(SIZE / 10) },
  entities: { text: '', html: '&amp;'.repeat(SIZE / 5) + '&#'.repeat(SIZE / 2) },
};

describe('adversarial input', () => {
  const parsed = parseConfig({}, builtInRules);
  if (!parsed.ok) throw new Error('defaults');
  it.each(Object.keys(shapes))(
    '%s: every rule completes',
    (name) => {
      const draft: Draft = {
        from: { address: 't@school.example' },
        to: [{ address: 'p@gmail.com' }],
        cc: [],
        bcc: [],
        subject: shapes[name].text.slice(0, 2000),
        body: shapes[name],
        attachments: [],
      };
      const report = lint(draft, parsed.config, builtInRules);
      expect(report.findings.filter((f) => f.messageId === 'ruleFailed')).toEqual([]);
    },
    10_000,
  );
});
