// Runs the "Flagged" and "Not flagged" examples of every rule's doc page, so the docs cannot drift from
// what the rule does: each draft is checked by that rule alone at its default severity, with the school's
// organisation from draftlint.config.json and the options the example shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import { docExamples } from '../helpers/doc-examples.ts';

const root = join(import.meta.dirname, '../..');
const bundled = JSON.parse(readFileSync(join(root, 'draftlint.config.json'), 'utf8'));

for (const rule of Object.values(builtInRules)) {
  const id = rule.meta.id;
  describe(`docs/rules/${id}.md`, () => {
    const examples = docExamples(readFileSync(join(root, 'docs/rules', `${id}.md`), 'utf8'), root);

    it('shows at least one flagged and one not-flagged example', () => {
      expect(examples.some((e) => e.expected.length)).toBe(true);
      expect(examples.some((e) => !e.expected.length)).toBe(true);
    });

    for (const example of examples) {
      it(example.title, () => {
        const parsed = parseConfig(
          {
            organisation: { ...bundled.organisation, ...example.organisation },
            rules: { [id]: example.options ? [rule.meta.defaultSeverity, example.options] : rule.meta.defaultSeverity },
          },
          { [id]: rule },
        );
        if (!parsed.ok) throw new Error(`the example's settings are invalid: ${JSON.stringify(parsed.issues)}`);
        const findings = lint(example.draft, parsed.config, { [id]: rule }).findings;
        expect(findings.map((f) => `${f.messageId} (${f.severity})`)).toEqual(example.expected);
      });
    }
  });
}

describe('the doc example reader', () => {
  it('refuses an example with no draft block, or a flagged one that names no finding', () => {
    expect(() => docExamples('**Flagged** — `x` (info): a thing.\n\nsome prose\n', root)).toThrow(/not followed by a ```draft block/);
    expect(() => docExamples('**Flagged**: a thing.\n\n```draft\nTo: a@b.example\n```\n', root)).toThrow(/names no finding/);
    expect(() => docExamples('**Not flagged**: a thing.\n\n```draft\nReply-To: a@b.example\n```\n', root)).toThrow(/unknown header/);
  });

  it('reads the recipients, options and body of an example', () => {
    const [example] = docExamples(
      '**Flagged** — `a` (info), `b` (error): two.\n\n```draft\nTo: 3 addresses at x.example\nOptions: {"n": 1}\n\nHello\n```\n',
      root,
    );
    expect(example.expected).toEqual(['a (info)', 'b (error)']);
    expect(example.draft.to?.map((a) => a.address)).toEqual(['person1@x.example', 'person2@x.example', 'person3@x.example']);
    expect(example.options).toEqual({ n: 1 });
    expect(example.draft.body?.text).toBe('Hello');
  });
});
