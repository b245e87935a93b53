import * as h from '../test/helpers/hostile.ts';
import { builtInRules, lint, parseConfig } from '../rules/index.ts';
const which = process.argv[2] ?? 'id';
const draft =
  which === 'id' ? h.externalDraft({ text: h.identifierText(5 * 1024 * 1024) }) : h.manyRecipients(100_000, ['to', 'cc', 'bcc']);
const parsed = parseConfig({}, builtInRules);
if (!parsed.ok) throw 1;
const only = process.argv[3];
const registry = only ? { [only]: builtInRules[only] } : builtInRules;
const p2 = parseConfig({ rules: Object.fromEntries(Object.keys(registry).map((k) => [k, 'error'])) }, registry);
if (!p2.ok) throw 2;
const t = performance.now();
lint(draft, only ? p2.config : parsed.config, registry);
console.log(which, only ?? 'all', (performance.now() - t).toFixed(0), 'ms');
