// `npm run cards`: every card the test suite builds, as the Card v1 validator sees it. Runs the add-on,
// build and preview tests with DRAFTLINT_CARD_REPORT set (the validator then records instead of throwing),
// and prints how many cards were built, how many fail and why, and the largest card of each name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardVerdict } from '../test/fakes/card-v1/validate.ts';

const report = join(mkdtempSync(join(tmpdir(), 'draftlint-cards-')), 'cards.jsonl');
const run = spawnSync('npx', ['vitest', 'run', 'test/addon', 'test/build', 'test/preview', 'test/browser'], {
  env: { ...process.env, DRAFTLINT_CARD_REPORT: report },
  stdio: 'ignore',
});
const cards = readFileSync(report, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as CardVerdict & { test: string });
const failed = cards.filter((c) => c.problems.length);
console.log(`${cards.length} cards built by the tests; ${failed.length} fail Card v1 or Google's limits (tests exit ${run.status}).`);

const kinds = new Map<string, number>();
for (const card of failed)
  for (const problem of new Set(card.problems.map((p) => p.replace(/\[\d+\]/g, '[]').replace(/\b\d+ (widgets|bytes|items)/, 'N $1'))))
    kinds.set(problem, (kinds.get(problem) ?? 0) + 1);
for (const [problem, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} cards: ${problem}`);

console.log('\neach card by name: the most widgets (Google ignores those past 100), sections and bytes of Card v1 JSON seen:');
const most = new Map<string, { widgets: number; sections: number; bytes: number; built: number }>();
for (const card of cards) {
  const m = most.get(card.name) ?? { widgets: 0, sections: 0, bytes: 0, built: 0 };
  most.set(card.name, {
    widgets: Math.max(m.widgets, card.widgets),
    sections: Math.max(m.sections, card.sections),
    bytes: Math.max(m.bytes, card.bytes),
    built: m.built + 1,
  });
}
for (const [name, m] of [...most].sort((a, b) => b[1].widgets - a[1].widgets))
  console.log(
    `  ${name.padEnd(22)} ${String(m.widgets).padStart(4)} widgets ${String(m.sections).padStart(4)} sections ${String(m.bytes).padStart(7)} bytes  (${m.built} built)`,
  );
