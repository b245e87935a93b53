import { readFileSync } from 'node:fs';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const p = parseConfig({}, builtInRules); if (!p.ok) throw 1;
const linter = createLinter(p.config, builtInRules);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now(); const d = await emlToDraft(bytes); const t1 = performance.now();
  if (!d.ok) throw new Error(d.reason);
  const r = linter.lint(d.draft); const t2 = performance.now();
  console.log('parse', (t1 - t0).toFixed(0), 'lint', (t2 - t1).toFixed(0), 'ms; body', d.draft.body?.text.length, 'html', d.draft.body?.html?.length, 'findings', r.findings.length);
}
