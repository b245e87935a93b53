import { readFileSync } from 'node:fs';
import { builtInRules, lint, parseConfig } from './rules/index.ts';
const CONTENT = ['no-personal-data-to-external', 'no-external-file-sharing', 'no-unapproved-cloud-storage', 'no-chain-letter', 'no-contract-wording'];
const p = parseConfig({ rules: Object.fromEntries(Object.keys(builtInRules).map(k => [k, CONTENT.includes(k) ? 'error' : 'off'])) }, builtInRules); if (!p.ok) throw 1;
const rows = readFileSync('../shared/corpus/professional/messages.jsonl', 'utf8').trim().split('\n').map(l => JSON.parse(l));
for (let i = 0; i < 6; i++) for (const r of rows) lint({ to: [{ address: 'x@gmail.com' }], cc: [], bcc: [], subject: r.subject ?? '', body: { text: r.body ?? '' } }, p.config, builtInRules);
