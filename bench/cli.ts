// The command line's benches: one .eml in a fresh process, the corpus as one mbox (messages a second,
// memory, the check beside reading alone, beside itself with every rule off and beside postal-mime as
// published, in this process and in fresh ones) and the HTML report.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { main } from '../cli/main.ts';
import { builtInRules } from '../rules/index.ts';
import { readMbox, readMboxPublished } from './parse-mbox.ts';

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

interface Turns<K extends string> {
  /** The median time of one run, in ms. */
  ms(name: K): number;
  /** The median, over the turns, of one run's time divided by another's in the same turn. */
  ratio(name: K, to: K): number;
}

/**
 * Runs each of `runs` in turn, `times` times. In turns, one after the other: a burst of noise from the
 * machine lands on one turn, not on one side, and each ratio is taken within a turn.
 */
async function inTurns<K extends string>(times: number, runs: Record<K, () => unknown>): Promise<Turns<K>> {
  const turns: Record<K, number>[] = [];
  for (let i = 0; i < times; i++) {
    const turn = {} as Record<K, number>;
    for (const name of Object.keys(runs) as K[]) {
      const t = performance.now();
      await runs[name]();
      turn[name] = performance.now() - t;
    }
    turns.push(turn);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ms: (name) => median(turns.map((t) => t[name])),
    ratio: (name, to) => median(turns.map((t) => t[name] / t[to])),
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

/** A config beside the mbox with every rule off: what the CLI costs without checking anything. */
function rulesOffConfig(mboxFile: string): string {
  const file = join(dirname(mboxFile), 'rules-off.json');
  writeFileSync(file, JSON.stringify({ rules: Object.fromEntries(Object.keys(builtInRules).map((id) => [id, 'off'])) }));
  return file;
}

/**
 * The command line as people run it: one .eml, then the corpus mbox checked beside the same mbox only
 * read (bench/parse-mbox.ts), in this process after a warm-up and in fresh processes, bundled, as a Network
 * Manager runs it, where V8 compiles everything anew. In this process also: the check with every rule off
 * (the CLI's own work: splitting, labels, output), and postal-mime as published reading the same messages,
 * the unit the ×1.4 budget was set in (docs/performance.md).
 */
export async function benchCli(): Promise<void> {
  benchOneMessage();
  const mbox = await professionalMbox();
  if (!mbox) return;
  const checkWith =
    (...options: string[]) =>
    () =>
      main(['check', ...options, '--format', 'json', mbox.file], { stdout: () => {}, stderr: () => {}, cwd: root, colour: false });
  const runs = {
    reading: () => readMbox(mbox.file),
    check: checkWith(),
    rulesOff: checkWith('--config', rulesOffConfig(mbox.file)),
    published: () => readMboxPublished(mbox.file),
  };
  for (const run of Object.values(runs)) await run(); // warm-up
  const warm = await inTurns(5, runs);
  const vs = (ratio: number) => `×${ratio.toFixed(2)}`;
  console.log(
    `mbox of ${mbox.count} messages, median of 5 turns: reading alone (split, postal-mime, draft) ${seconds(warm.ms('reading'))}, draftlint check --format json ${seconds(warm.ms('check'))} (${vs(warm.ratio('check', 'reading'))} of reading)`,
  );
  console.log(
    `  the CLI's own work: check with every rule off ${seconds(warm.ms('rulesOff'))}, ${vs(warm.ratio('rulesOff', 'reading'))} of reading; postal-mime as published ${seconds(warm.ms('published'))}: the check is ${vs(warm.ratio('check', 'published'))} of it (budget ≤ ×1.4)`,
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
  const fresh = await inTurns(3, {
    reading: run([reader, mbox.file]),
    check: run([join(root, 'dist', 'cli.mjs'), 'check', '--format', 'json', mbox.file]),
  });
  console.log(
    `  in fresh processes, bundled, median of 3 turns: reading alone ${seconds(fresh.ms('reading'))}, draftlint check --format json ${seconds(fresh.ms('check'))}: ×${fresh.ratio('check', 'reading').toFixed(2)}`,
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
