import { corpusDrafts } from './text.ts';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';
const id = process.argv[2] || 'no-unprofessional-wording';
const rules = Object.fromEntries(Object.keys(builtInRules).map((r) => [r, r === id ? 'error' : 'off']));
const p = parseConfig({ rules }, builtInRules);
if (!p.ok) throw 1;
const linter = createLinter(p.config, builtInRules);
const drafts = corpusDrafts('/work/shared/corpus/professional/messages.jsonl');
for (let r = 0; r < 15; r++) for (const d of drafts) linter.lint({ ...d });
