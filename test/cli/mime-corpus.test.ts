// Robustness on real-world MIME (../shared/corpus/mime): every file parses into a Draft that the engine
// checks without a rule failing, or is reported as unreadable with a reason. Nothing throws.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import { corpusDir } from '../helpers/corpus.ts';

const mimeDir = corpusDir('mime');

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => join(dir, f));
}

describe.skipIf(!mimeDir)('MIME corpus', () => {
  it('every file parses or is reported unreadable, and no rule fails on any of them', async () => {
    const parsed = parseConfig({}, builtInRules);
    if (!parsed.ok) throw new Error('default config must be valid');
    const files = emlFiles(mimeDir!);
    expect(files.length).toBeGreaterThanOrEqual(298);
    const unreadable: string[] = [];
    for (const file of files) {
      const result = await emlToDraft(readFileSync(file));
      if (!result.ok) {
        expect(result.reason).toMatch(/\w/);
        unreadable.push(file);
        continue;
      }
      const report = lint(result.draft, parsed.config, builtInRules);
      expect(
        report.findings.filter((f) => f.messageId === 'ruleFailed'),
        file,
      ).toEqual([]);
      expect(report.notChecked, file).toEqual([]);
    }
    // These are real messages and parser fixtures; all but a handful of deliberately broken ones must parse.
    expect(unreadable.length / files.length).toBeLessThan(0.02);
  });
});
