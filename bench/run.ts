// `npm run bench`: the budgets from the design, measured on this machine. Timings are reported, never
// asserted (machines are noisy). Needs the shared corpus beside the repo for the engine figures.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { benchAttachments } from './attachments.ts';
import { benchCli, benchMbox, benchReport } from './cli.ts';
import { benchHostile } from './hostile.ts';
import { CONTENT_RULES, benchTextRules, corpusDrafts } from './text.ts';
import { composeOpen } from '../addon/triggers/compose.ts';
import { checkDraft } from '../addon/triggers/check.ts';
import { FLUSH_MINUTES, recordCheck } from '../addon/stats/recorder.ts';
import { composeEvent, fakeServices, fakeWorld } from '../test/fakes/apps-script.ts';
import { simulateWeeks } from '../test/helpers/school-year.ts';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';
import type { Draft } from '../rules/engine/types.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = process.env.DRAFTLINT_CORPUS ?? resolve(root, '..', 'shared', 'corpus');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const ms = (n: number) => `${n.toFixed(3)} ms`;

const professionalDrafts = () => corpusDrafts(join(corpus, 'professional', 'messages.jsonl'));

function benchEngine(): void {
  if (!existsSync(join(corpus, 'professional', 'messages.jsonl'))) {
    console.log('engine: skipped (no ../shared/corpus/professional)');
    return;
  }
  const parsed = parseConfig(JSON.parse(readFileSync(join(root, 'draftlint.config.json'), 'utf8')), builtInRules);
  if (!parsed.ok) throw new Error('config');
  const drafts = professionalDrafts();
  const linter = createLinter(parsed.config, builtInRules);
  for (const d of drafts) linter.lint(d); // warm-up: JIT
  const times: number[] = [];
  let findings = 0;
  for (let round = 0; round < 5; round++) {
    for (const d of drafts) {
      const t = performance.now();
      findings += linter.lint(d).findings.length;
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`engine on the professional corpus: ${drafts.length} drafts × 5 rounds, ${findings / 5} findings a round`);
  console.log(
    `  p50 ${ms(percentile(times, 50))}   p99 ${ms(percentile(times, 99))}   max ${ms(times[times.length - 1])}   (budget p50 ≤ 2 ms, p99 ≤ 10 ms)`,
  );
}

function contentOnlyConfig() {
  const rules = Object.fromEntries(Object.keys(builtInRules).map((id) => [id, CONTENT_RULES.indexOf(id) >= 0 ? 'error' : 'off']));
  const parsed = parseConfig({ rules }, builtInRules);
  if (!parsed.ok) throw new Error('config');
  return parsed.config;
}

/** Every content rule on 1 MB of each adversarial shape (the corpus throughput is bench/text.ts). */
function benchAdversarial(): void {
  const linter = createLinter(contentOnlyConfig(), builtInRules);
  const adversarial: Record<string, Draft> = {
    digits: { body: { text: '1'.repeat(1_000_000) } },
    'digits and spaces': { body: { text: '12 '.repeat(333_334) } },
    'card-like groups': { body: { text: '1234 '.repeat(200_000) } },
    letters: { body: { text: 'a'.repeat(1_000_000) } },
    'dotted words (links)': { body: { text: 'a.'.repeat(500_000) } },
    'one long URL': { body: { text: 'https://' + 'a'.repeat(1_000_000) } },
    'phrase prefixes': { body: { text: 'forward this to '.repeat(62_500) } },
    'nested HTML': { body: { text: '', html: '<div>'.repeat(100_000) + '<blockquote>'.repeat(50_000) } },
    'unclosed tags': { body: { text: '', html: '<a href="x'.repeat(100_000) } },
  };
  const results: string[] = [];
  for (const [name, base] of Object.entries(adversarial)) {
    // Three runs on fresh drafts (nothing cached): the first also pays V8's warm-up for that shape.
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const draft: Draft = { to: [{ address: 'parent@gmail.com' }], cc: [], bcc: [], subject: '', ...base };
      const t0 = performance.now();
      linter.lint(draft);
      times.push(performance.now() - t0);
    }
    results.push(`${name} ${times[0].toFixed(0)}/${Math.min(...times).toFixed(0)} ms`);
  }
  console.log(`1 MB of adversarial input, first/best of 3 runs (budget ≤ 50 ms each): ${results.join(' · ')}`);
}

function benchBundle(): void {
  const file = join(root, 'dist', 'Code.js');
  const code = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const context = createContext({ CardService: {}, Session: {}, console });
    const t = performance.now();
    runInContext(code, context);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `dist/Code.js: ${(statSync(file).size / 1024).toFixed(1)} KB (budget ≤ 360 KB); cold evaluation p50 ${ms(percentile(times, 50))} (budget ≤ 30 ms)`,
  );
}

/** One compose check through the typed fakes, for a draft with 25 MB of attachments: time in our code. */
function benchAddon(): void {
  // The build bakes the school's config in as __SCHOOL_CONFIG__; here it is read from the file.
  (globalThis as Record<string, unknown>).__SCHOOL_CONFIG__ = JSON.parse(readFileSync(join(root, 'draftlint.config.json'), 'utf8'));
  const to = ['jane.smith84@gmail.com', 'ahmed.khan@btinternet.com'];
  const world = fakeWorld({
    saved: [
      {
        id: 'r-1',
        to,
        subject: 'Videos',
        text: 'The sports day videos.',
        attachments: [{ name: 'sports-day.mp4', type: 'video/mp4', size: 25 * 1024 * 1024 }],
      },
    ],
  });
  const services = fakeServices(world);
  composeOpen(composeEvent({ to }), services);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    composeOpen(composeEvent({ to }), services);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `add-on check, draft with 25 MB of attachments: p50 ${ms(percentile(times, 50))} in our code, ${world.Drafts.calls / 51} Gmail calls a check, no bytes downloaded`,
  );
  // What a check spends recording statistics after the card: a new draft's first check, then Check again.
  const recording = (n: number, fresh: boolean) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const w = fakeWorld({ saved: [{ id: `r-${i}`, to, subject: 'Trip', text: 'Dear parents' }] });
      const s = fakeServices(w);
      const check = checkDraft(composeEvent({ to }), s);
      if (!fresh) recordCheck(s, check, true);
      const t = performance.now();
      recordCheck(s, check, fresh);
      out.push(performance.now() - t);
    }
    return out.sort((a, b) => a - b);
  };
  const first = recording(200, true);
  const again = recording(200, false);
  console.log(
    `recording after the card: first check p50 ${ms(percentile(first, 50))} (one write of the user's store), Check again with nothing new p50 ${ms(percentile(again, 50))} (no call); the increments go to the script store every ${FLUSH_MINUTES} minutes per user`,
  );
}

/** The statistics store for a busy school (1,000 staff × 30 checks a day), every kind of count every week. */
function benchStats(): void {
  for (const weeks of [52, 104]) {
    const t = performance.now();
    const size = simulateWeeks(weeks);
    console.log(
      `statistics store, ${weeks} weeks of 150,000 checks: ${(size.bytes / 1024).toFixed(1)} KB of the 500 KB store (largest week ${(size.largestWeekBytes / 1024).toFixed(2)} KB of the 9 KB value limit), written in ${(performance.now() - t).toFixed(0)} ms`,
    );
  }
}

// `npm run bench -- text attachments` runs only those parts; no names runs them all.
const parts: Record<string, () => void | Promise<void>> = {
  engine: benchEngine,
  text: async () => {
    await benchTextRules(corpus);
    benchAdversarial();
  },
  addon: benchAddon,
  bundle: benchBundle,
  mbox: benchMbox,
  cli: benchCli,
  attachments: benchAttachments,
  hostile: () => benchHostile(),
  stats: benchStats,
  report: benchReport,
};
const chosen = process.argv.slice(2);
for (const name of chosen) if (!(name in parts)) throw new Error(`no bench part "${name}"; the parts are ${Object.keys(parts).join(', ')}`);
for (const [name, run] of Object.entries(parts)) if (!chosen.length || chosen.indexOf(name) >= 0) await run();
