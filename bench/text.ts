// `npm run bench -- text`: how fast the content rules read ordinary mail, each rule alone and all together,
// beside the code before the bounded rewrite (ed56194) in the same run, so a noisy machine slows both alike.
// Both are bundled as they ship (bench/old-code.ts); without git the old code is left out.
// Over the 3,093 messages of ../shared/corpus/professional/messages.jsonl, median of 5 interleaved rounds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules, parseConfig, parseMailbox, type Address, type Draft } from '../rules/index.ts';
import { currentCode, oldCode } from './old-code.ts';

export const CONTENT_RULES = [
  'no-unprofessional-wording',
  'no-personal-data-to-external',
  'no-external-file-sharing',
  'no-unapproved-cloud-storage',
  'no-chain-letter',
  'no-contract-wording',
];

interface Row {
  from: string | null;
  to: string | null;
  cc: string | null;
  bcc: string | null;
  subject: string | null;
  body: string;
  attachments: { filename: string; content_type: string; size: number }[];
}

const addresses = (field: string | null): Address[] =>
  (field ?? '')
    .split(/,\s*/)
    .map((t) => parseMailbox(t))
    .filter((a): a is Address => a !== undefined);

/** The corpus as drafts (attachments by their declared name, type and size: no bytes). */
export function corpusDrafts(file: string): Draft[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const r = JSON.parse(line) as Row;
      const from = addresses(r.from)[0];
      return {
        ...(from && { from }),
        to: addresses(r.to),
        cc: addresses(r.cc),
        bcc: addresses(r.bcc),
        subject: r.subject ?? '',
        body: { text: r.body ?? '' },
        attachments: r.attachments.map((a) => ({ name: a.filename ?? '', contentType: a.content_type, size: a.size })),
      };
    });
}

type LintOne = (draft: Draft) => unknown;
interface Engine {
  lintWith(ruleIds: string[]): LintOne;
}

function configOnly(parse: typeof parseConfig, registry: Record<string, unknown>, ruleIds: string[]) {
  const rules = Object.fromEntries(Object.keys(registry).map((id) => [id, ruleIds.indexOf(id) >= 0 ? 'error' : 'off']));
  const parsed = parse({ rules }, registry as typeof builtInRules);
  if (!parsed.ok) throw new Error(`bench config: ${JSON.stringify(parsed.issues)}`);
  return parsed.config;
}

/**
 * MB/s of each engine on each rule set, rounds interleaved; fresh draft objects each round (text is prepared
 * per draft). Per elapsed second, and per second of this process's CPU time (all its threads, so the
 * garbage collector's and compiler's helpers count too): on a shared machine the first falls whenever
 * another process takes the core, the second only when ours does more work.
 */
function measure(engines: Record<string, Engine>, sets: Record<string, string[]>, drafts: Draft[]) {
  const bytes = drafts.reduce((n, d) => n + (d.body?.text.length ?? 0) + (d.subject?.length ?? 0), 0);
  const rates: Record<string, Record<string, number[]>> = {};
  const cpuRates: Record<string, Record<string, number[]>> = {};
  const linters = Object.entries(engines).flatMap(([engine, e]) =>
    Object.entries(sets).map(([set, ids]) => ({ engine, set, lint: e.lintWith(ids) })),
  );
  for (const l of linters) for (const d of drafts) l.lint({ ...d }); // warm-up
  for (let round = 0; round < 5; round++) {
    for (const l of linters) {
      const copies = drafts.map((d) => ({ ...d }));
      const cpu = process.cpuUsage();
      const t = performance.now();
      for (const d of copies) l.lint(d);
      ((rates[l.set] ??= {})[l.engine] ??= []).push(bytes / 1e3 / (performance.now() - t));
      const used = process.cpuUsage(cpu);
      ((cpuRates[l.set] ??= {})[l.engine] ??= []).push(bytes / ((used.user + used.system) / 1e3) / 1e3);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const medians = (all: typeof rates) =>
    Object.fromEntries(
      Object.entries(all).map(([s, byEngine]) => [s, Object.fromEntries(Object.entries(byEngine).map(([e, xs]) => [e, median(xs)]))]),
    );
  return { bytes, rates: medians(rates), cpuRates: medians(cpuRates) };
}

export async function benchTextRules(corpus: string): Promise<void> {
  const file = join(corpus, 'professional', 'messages.jsonl');
  if (!existsSync(file)) return console.log('text rules: skipped (no ../shared/corpus/professional)');
  const drafts = corpusDrafts(file);
  const now = await currentCode();
  const engines: Record<string, Engine> = {
    now: {
      lintWith(ruleIds) {
        const linter = now.createLinter(configOnly(now.parseConfig, now.builtInRules, ruleIds), now.builtInRules);
        return (draft) => linter.lint(draft);
      },
    },
  };
  const old = await oldCode();
  if (old) {
    engines[old.name] = {
      lintWith(ids) {
        const config = configOnly(old.parseConfig as unknown as typeof parseConfig, old.builtInRules, ids);
        return (draft) => old.lint(draft, config, old.builtInRules);
      },
    };
  } else console.log('(the old code could not be checked out: its column is left out)');
  const sets: Record<string, string[]> = { 'all content rules': CONTENT_RULES };
  for (const id of CONTENT_RULES) sets[id] = [id];
  const { bytes, rates, cpuRates } = measure(engines, sets, drafts);
  console.log(
    `content rules on ${(bytes / 1e6).toFixed(1)} MB of subjects and bodies (${drafts.length} messages), MB/s of elapsed time (and of CPU time), median of 5 interleaved rounds:`,
  );
  // The ratio is the steadier figure: this shared machine's load moves both columns by a third.
  console.log(`| rules | now | ${old ? `${old.name} | now ÷ ${old.name} |` : ''} budget |`);
  const cell = (set: string, engine: string) => `${rates[set][engine].toFixed(1)} (${cpuRates[set][engine].toFixed(1)})`;
  for (const set of Object.keys(rates)) {
    const budget = set === 'all content rules' || set === 'no-unprofessional-wording' ? '≥ 20' : '';
    const beside = old ? `${cell(set, old.name)} | ×${(rates[set].now / rates[set][old.name]).toFixed(2)} |` : '';
    console.log(`| ${set} | ${cell(set, 'now')} | ${beside} ${budget} |`);
  }
}
