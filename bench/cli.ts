// The command line's benches: one .eml in a fresh process, the corpus as one mbox (messages a second,
// memory, the check beside reading alone, in this process and in fresh ones) and the HTML report.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { main } from '../cli/main.ts';
import { readMbox } from './parse-mbox.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = process.env.DRAFTLINT_CORPUS ?? resolve(root, '..', 'shared', 'corpus');

let madeMbox: Promise<{ file: string; count: number } | undefined> | undefined;

/**
 * One mbox of every professional-corpus message, made once per run in a temporary folder that is removed
 * when the run ends (each bench used to leave its own 10 MB behind); undefined without the corpus.
 */
function professionalMbox(): Promise<{ file: string; count: number } | undefined> {
  return (madeMbox ??= writeProfessionalMbox());
}

async function writeProfessionalMbox(): Promise<{ file: string; count: number } | undefined> {
  const dirs = ['enron_raw', 'spamassassin_easy_ham'].map((d) => join(corpus, 'professional', d)).filter(existsSync);
  if (!dirs.length) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'draftlint-bench-'));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'professional.mbox');
  const out = createWriteStream(file);
  let count = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'latin1').replace(/^(>*From )/gm, '>$1');
      out.write(`From bench@example Mon Jan  1 00:00:00 2001\n${text}${text.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
      count++;
    }
  }
  await new Promise((r) => out.end(r));
  return { file, count };
}

/** The CLI over one mbox made of every professional-corpus message: messages a second and memory. */
export async function benchMbox(): Promise<void> {
  const mbox = await professionalMbox();
  if (!mbox) return;
  const { file, count } = mbox;
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t = performance.now();
  const code = await main(['check', '--format', 'json', file], { stdout: () => {}, stderr: () => {}, cwd: root, colour: false });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  console.log(
    `CLI over an mbox of ${count} messages (${(statSync(file).size / 1e6).toFixed(1)} MB): ${(count / seconds).toFixed(0)} messages/s, exit ${code}, peak RSS +${((peak - rssBefore) / 1e6).toFixed(0)} MB`,
  );
}

/** Runs `base` then `check`, `times` times, and gives the median of each and of the pairs' ratios. */
async function inPairs(times: number, base: () => unknown, check: () => unknown): Promise<{ base: number; check: number; ratio: number }> {
  // In pairs, one after the other: a burst of noise from the machine lands on one pair, not on one side.
  const elapsed = async (run: () => unknown) => {
    const t = performance.now();
    await run();
    return performance.now() - t;
  };
  const pairs: { base: number; check: number }[] = [];
  for (let i = 0; i < times; i++) pairs.push({ base: await elapsed(base), check: await elapsed(check) });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    base: median(pairs.map((p) => p.base)),
    check: median(pairs.map((p) => p.check)),
    ratio: median(pairs.map((p) => p.check / p.base)),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** `npx draftlint check` on one file, a fresh process each time: the bundled dist/cli.mjs, and tsx compiling the TypeScript. */
function benchOneMessage(): void {
  const one = join(root, 'examples', 'one-family.eml');
  const startup = (args: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const bundled = startup([join(root, 'dist', 'cli.mjs'), 'check', one]);
  const viaTsx = startup(['--import', 'tsx', join(root, 'cli', 'run.ts'), 'check', one]);
  console.log(
    `draftlint check one.eml, median of 5 fresh processes: bundled ${bundled.toFixed(0)} ms (budget ≤ 300 ms); through tsx ${viaTsx.toFixed(0)} ms`,
  );
}

/**
 * The command line as people run it: one .eml, then the corpus mbox checked beside the same mbox only
 * read (bench/parse-mbox.ts): in this process after a warm-up, as the budget is set, and in fresh
 * processes, bundled, as a Network Manager runs it, where V8 compiles everything anew.
 */
export async function benchCli(): Promise<void> {
  benchOneMessage();
  const mbox = await professionalMbox();
  if (!mbox) return;
  const check = () => main(['check', '--format', 'json', mbox.file], { stdout: () => {}, stderr: () => {}, cwd: root, colour: false });
  await readMbox(mbox.file); // warm-up
  await check();
  const warm = await inPairs(5, () => readMbox(mbox.file), check);
  console.log(
    `mbox of ${mbox.count} messages, median of 5 pairs: parsing alone (postal-mime + draft) ${seconds(warm.base)}, draftlint check --format json ${seconds(warm.check)}: ×${warm.ratio.toFixed(2)} (budget ≤ ×1.4)`,
  );
  const reader = join(dirname(mbox.file), 'parse-mbox.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'parse-mbox.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: reader,
    logLevel: 'error',
  });
  const run = (args: string[]) => () => {
    // Exit 1 is "errors found", as any linter says it; anything else is the bench failing.
    const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (status !== 0 && status !== 1) throw new Error(`${args.join(' ')} exited ${status}`);
  };
  const fresh = await inPairs(3, run([reader, mbox.file]), run([join(root, 'dist', 'cli.mjs'), 'check', '--format', 'json', mbox.file]));
  console.log(
    `  in fresh processes, bundled, median of 3 pairs: reading alone ${seconds(fresh.base)}, draftlint check --format json ${seconds(fresh.check)}: ×${fresh.ratio.toFixed(2)}`,
  );
}

/**
 * The HTML report beside the JSON output on the corpus mbox, each in a fresh process of the bundled CLI
 * (median of 3): time, peak memory and the size of what it writes.
 */
export async function benchReport(): Promise<void> {
  const mbox = await professionalMbox();
  if (!mbox) return;
  const out = dirname(mbox.file); // the mbox's temporary folder, removed when the run ends
  const run = (format: string) => {
    const runs: { ms: number; kb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const timed = spawnSync(
        '/usr/bin/time',
        [
          '-f',
          '%M',
          process.execPath,
          join(root, 'dist', 'cli.mjs'),
          'check',
          '--format',
          format,
          '-o',
          join(out, `r.${format}`),
          mbox.file,
        ],
        { encoding: 'utf8' },
      );
      runs.push({ ms: performance.now() - t, kb: Number(timed.stderr.trim().split('\n').pop()) });
    }
    runs.sort((a, b) => a.ms - b.ms);
    return { ...runs[1], bytes: statSync(join(out, `r.${format}`)).size };
  };
  const json = run('json');
  const html = run('html');
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `report on ${mbox.count} messages, median of 3 processes: json ${(json.ms / 1000).toFixed(2)} s, ${mb(json.bytes)}, peak ${(json.kb / 1024).toFixed(0)} MB; html ${(html.ms / 1000).toFixed(2)} s (×${(html.ms / json.ms).toFixed(2)}, budget ≤ ×1.3), ${mb(html.bytes)} (budget < 5 MB), peak ${(html.kb / 1024).toFixed(0)} MB`,
  );
}
