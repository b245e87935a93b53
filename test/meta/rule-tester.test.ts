// The rule tester polices the tables it runs: an invalid case must expect a finding, and no case may be
// there twice (by name, or by the same draft and settings under another name).
import { describe, expect, it } from 'vitest';
import { draftOf } from '../helpers/draft.ts';
import { tableProblems } from '../helpers/rule-tester.ts';

describe('tableProblems', () => {
  const a = draftOf({ to: ['a@gmail.com'] });
  const b = draftOf({ to: ['b@gmail.com'] });

  it('accepts a sound table', () => {
    expect(
      tableProblems({
        valid: [{ name: 'one', draft: a }],
        invalid: [{ name: 'two', draft: b, errors: [{ messageId: 'x', severity: 'info' }] }],
      }),
    ).toEqual([]);
  });

  it('names an invalid case that expects nothing, a repeated name and a repeated draft', () => {
    expect(
      tableProblems({
        valid: [
          { name: 'one', draft: a },
          { name: 'one', draft: b },
        ],
        invalid: [{ name: 'three', draft: a, errors: [] }],
      }),
    ).toEqual([
      '"three" is invalid but expects no finding: make it a valid case',
      'two cases are named "one"',
      '"three" checks the same draft and settings as "one"',
    ]);
  });

  it('the same draft under other settings is another case', () => {
    expect(
      tableProblems({
        valid: [
          { name: 'one', draft: a },
          { name: 'two', draft: a, options: { x: 1 } },
        ],
        invalid: [],
      }),
    ).toEqual([]);
  });
});
