// `npm run corpus [-- --show RULE] [--config FILE]`: how many messages of the professional corpus each rule
// flags, per source, with the built-in defaults (internal = each sender's own domain) or a config file (as
// bench/enron-leaders.config.json, Enron's chairman, CEO, president and vice chairman as senior leaders).
// --show lists the flagged messages of one rule so that every hit can be read by hand. Needs
// ../shared/corpus/professional.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = join(process.env.DRAFTLINT_CORPUS ?? resolve(root, '..', 'shared', 'corpus'), 'professional');
const { values } = parseArgs({ options: { show: { type: 'string' }, config: { type: 'string' } } });
const parsed = parseConfig(values.config ? JSON.parse(readFileSync(values.config, 'utf8')) : {}, builtInRules);
if (!parsed.ok) throw new Error(`the config does not parse: ${JSON.stringify(parsed.issues)}`);
const linter = createLinter(parsed.config, builtInRules);

const sources = { 'enron-raw': 'enron_raw', 'spamassassin-easy_ham': 'spamassassin_easy_ham' };
const counts: Record<string, Record<string, number>> = {};
const totals: Record<string, number> = {};
for (const [source, dir] of Object.entries(sources)) {
  const files = readdirSync(join(corpus, dir)).sort();
  totals[source] = files.length;
  for (const name of files) {
    const result = await emlToDraft(readFileSync(join(corpus, dir, name)));
    if (!result.ok) continue;
    const report = linter.lint(result.draft);
    for (const ruleId of new Set(report.findings.map((f) => f.ruleId))) {
      (counts[ruleId] ??= {})[source] = (counts[ruleId][source] ?? 0) + 1;
      if (values.show === ruleId) {
        for (const f of report.findings.filter((x) => x.ruleId === ruleId)) {
          console.log(`${dir}/${name}\t${f.messageId}\t${f.message}`);
          for (const e of f.evidence ?? []) console.log(`\t\t${e}`);
        }
      }
    }
  }
}
console.log(
  `\n| rule | ${Object.keys(sources)
    .map((s) => `${s} (${totals[s]})`)
    .join(' | ')} |`,
);
console.log(
  `|---|${Object.keys(sources)
    .map(() => '---')
    .join('|')}|`,
);
for (const id of Object.keys(builtInRules)) {
  const cells = Object.keys(sources).map((s) => {
    const n = counts[id]?.[s] ?? 0;
    return `${n} (${((100 * n) / totals[s]).toFixed(2)} %)`;
  });
  console.log(`| ${id} | ${cells.join(' | ')} |`);
}
