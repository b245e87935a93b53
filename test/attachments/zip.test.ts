// Reading zip members without trusting them: a zip bomb (97 KB that inflates to 100 MB, made by zip in
// test/fixtures/attachments/make.sh) yields only the bytes asked for, and is never inflated whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, BudgetSpent, WorkBudget } from '../../rules/attachments/budget.ts';
import { ZipMembers, centralDirectory, zipMemberHeads } from '../../rules/attachments/zip.ts';
import { repoRoot } from '../helpers/corpus.ts';

const read = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments', name)));
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('zip members', () => {
  const bomb = read('bomb.xlsx');
  const sheet = (n: string) => n === 'xl/sharedStrings.xml';

  it('gives the head of a member, however far it would inflate', () => {
    const [head] = zipMemberHeads(bomb, sheet, 1000, new WorkBudget())!;
    expect(head.length).toBe(1000);
    expect(latin1(head)).toMatch(/^<sst><si><t>B801200005001<\/t><\/si> +$/);
  });

  it('refuses to inflate a member whole past the limit', () => {
    const entry = centralDirectory(bomb)!.find((e) => sheet(e.name))!;
    const members = new ZipMembers(bomb, new WorkBudget({ ...ATTACHMENT_LIMITS, inflatedBytes: 64 * 1024 * 1024 }));
    expect(members.whole(entry, 8 * 1024 * 1024)).toBeUndefined();
    // Within one check's budget, asking for that much is itself the answer: the check stops there.
    expect(() => new ZipMembers(bomb, new WorkBudget()).whole(entry, 8 * 1024 * 1024)).toThrow(BudgetSpent);
    expect(latin1(members.whole(centralDirectory(bomb)!.find((e) => e.name === '[Content_Types].xml')!)!)).toMatch(/^<\?xml/);
  });

  it('reads whole members of an ordinary zip and heads shorter than asked', () => {
    const zip = read('pupils_plain.zip');
    const [csv] = zipMemberHeads(zip, (n) => n === 'pupils.csv', 1 << 20, new WorkBudget())!;
    expect(latin1(csv)).toBe(latin1(read('pupils.csv')));
  });
});
