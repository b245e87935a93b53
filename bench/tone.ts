// `npm run tone`: no-unprofessional-wording on ../shared/corpus/tone/tone.jsonl (labelled toxic/civil),
// per source: recall on toxic rows and the share of civil rows flagged; the same rows through `alex`
// (the retext-based insensitive-writing linter) for comparison; speed of both; and the misses by kind.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { text as alexText } from 'alex';
import { cuss } from 'cuss';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';
import type { Draft } from '../rules/engine/types.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const file = join(process.env.DRAFTLINT_CORPUS ?? resolve(root, '..', 'shared', 'corpus'), 'tone', 'tone.jsonl');
interface Row {
  text: string;
  label: 'toxic' | 'civil';
  source: string;
  id: string;
}
const rows: Row[] = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

const parsed = parseConfig(
  { rules: Object.fromEntries(Object.keys(builtInRules).map((id) => [id, id === 'no-unprofessional-wording' ? 'error' : 'off'])) },
  builtInRules,
);
if (!parsed.ok) throw new Error('config');
const linter = createLinter(parsed.config, builtInRules);
const draftOf = (text: string): Draft => ({
  from: { address: 'teacher@school.example' },
  to: [{ address: 'parent@gmail.com' }],
  cc: [],
  bcc: [],
  subject: '',
  body: { text },
  attachments: [],
});

type Verdict = { any: boolean; warning: boolean; categories: string[] };
function ours(text: string): Verdict {
  const findings = linter.lint(draftOf(text)).findings;
  return { any: findings.length > 0, warning: findings.some((f) => f.severity !== 'info'), categories: findings.map((f) => f.messageId) };
}
const theirs = (text: string) => alexText(text).messages.length > 0;

function timeIt<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

ours('warm up');
theirs('warm up');
const [oursResults, oursMs] = timeIt(() => rows.map((r) => ours(r.text)));
const [alexResults, alexMs] = timeIt(() => rows.map((r) => theirs(r.text)));
const megabytes = rows.reduce((n, r) => n + Buffer.byteLength(r.text), 0) / 1e6;

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const sources = Array.from(new Set(rows.map((r) => r.source))).sort();
console.log(
  `\n| source | toxic rows | ours: toxic flagged (any / ≥ warning) | civil rows | ours: civil flagged (any / ≥ warning) | alex: toxic flagged | alex: civil flagged |`,
);
console.log('|---|---|---|---|---|---|---|');
for (const source of [...sources, 'all']) {
  const idx = rows.map((_, i) => i).filter((i) => source === 'all' || rows[i].source === source);
  const toxic = idx.filter((i) => rows[i].label === 'toxic');
  const civil = idx.filter((i) => rows[i].label === 'civil');
  const count = (set: number[], f: (i: number) => boolean) => set.filter(f).length;
  console.log(
    `| ${source} | ${toxic.length} | ${pct(
      count(toxic, (i) => oursResults[i].any),
      toxic.length,
    )} / ${pct(
      count(toxic, (i) => oursResults[i].warning),
      toxic.length,
    )} | ${civil.length} | ${pct(
      count(civil, (i) => oursResults[i].any),
      civil.length,
    )} / ${pct(
      count(civil, (i) => oursResults[i].warning),
      civil.length,
    )} | ${pct(
      count(toxic, (i) => alexResults[i]),
      toxic.length,
    )} | ${pct(
      count(civil, (i) => alexResults[i]),
      civil.length,
    )} |`,
  );
}
console.log(
  `\nspeed on the same ${rows.length} rows (${megabytes.toFixed(2)} MB): ours ${(megabytes / (oursMs / 1000)).toFixed(2)} MB/s, alex ${(megabytes / (alexMs / 1000)).toFixed(3)} MB/s (${(alexMs / oursMs).toFixed(0)}× slower)`,
);

// Misses by kind: a toxic row with a word that cuss (alex's profanity list) rates as surely profane
// is a gap in our list; one without is hostile in meaning only, which a word list cannot see.
const misses = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => r.label === 'toxic' && !oursResults[i].any);
const wordsOf = (t: string) => t.toLowerCase().match(/[a-z]+/g) ?? [];
const listGap = misses.filter(({ r }) => wordsOf(r.text).some((w) => (cuss as Record<string, number>)[w] === 2));
console.log(
  `\ntoxic rows missed: ${misses.length}; with a word cuss rates surely profane (a gap in our list): ${listGap.length}; hostile in meaning only: ${misses.length - listGap.length}`,
);
const gapWords = new Map<string, number>();
for (const { r } of listGap)
  for (const w of new Set(wordsOf(r.text).filter((x) => (cuss as Record<string, number>)[x] === 2)))
    gapWords.set(w, (gapWords.get(w) ?? 0) + 1);
console.log(
  `most frequent such words: ${Array.from(gapWords)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([w, n]) => `${w} (${n})`)
    .join(', ')}`,
);
const civilHits = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => r.label === 'civil' && oursResults[i].any);
const byCategory = new Map<string, number>();
for (const { i } of civilHits) for (const c of new Set(oursResults[i].categories)) byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
console.log(
  `civil rows flagged, by category: ${Array.from(byCategory)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
if (process.argv.includes('--show')) {
  for (const { r } of misses) console.log(`MISS\t${r.source}\t${r.text.slice(0, 160)}`);
  for (const { r, i } of civilHits) console.log(`CIVIL\t${r.source}\t${oursResults[i].categories.join(',')}\t${r.text.slice(0, 160)}`);
}
