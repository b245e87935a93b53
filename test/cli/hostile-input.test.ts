// Input files that once made the CLI blind or stuck (issue 11, cases 12, 14 and 15): recipients postal-mime
// could not read are "not checked", never empty; a pipe named .eml is named as unreadable instead of
// blocking the run; a header of tens of thousands of encoded words parses in linear time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import * as h from '../helpers/hostile.ts';
import { runCli } from '../helpers/run-cli.ts';
import { linearLimit } from '../helpers/scaling.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'draftlint-'));

describe('12. addresses that cannot be read', () => {
  it('To written as 60 nested groups: the recipient rules say "not checked", not "nothing found"', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'groups.eml'), h.rawMessage({ To: h.nestedGroupsHeader(60), Subject: 'Trip' }));
    const { stdout } = await runCli(['check', '--format', 'json', dir]);
    const [result] = JSON.parse(stdout);
    const notChecked = result.notChecked.map((n: { ruleId: string }) => n.ruleId);
    expect(notChecked).toEqual(expect.arrayContaining(['require-bcc-for-parents', 'max-recipients', 'no-lookalike-recipient', 'no-personal-data-to-external']));
    expect(result.notChecked[0].reason).toMatch(/To/);
  });

  it('a field postal-mime reads in part is unread as a whole; one it reads in full is kept', async () => {
    const partly = await emlToDraft(h.rawMessage({ Cc: `a@gmail.com, ${h.nestedGroupsHeader(60)}` }));
    expect(partly.ok && partly.draft.cc).toBeUndefined();
    const whole = await emlToDraft(h.rawMessage({ To: '"Smith, J (j@x.com)" <jane@gmail.com>, (comment a@b.c) bob@y.org., Team: a@c.com, b@c.com;' }));
    expect(whole.ok && whole.draft.to!.map((a) => a.address)).toEqual(['jane@gmail.com', 'bob@y.org.', 'a@c.com', 'b@c.com']);
  });
});

describe('14. files that are not regular files', () => {
  it('a FIFO named .eml is reported unreadable, given by name or found in a folder, and the rest is checked', async () => {
    const dir = tmp();
    execFileSync('mkfifo', [join(dir, 'stuck.eml')]);
    writeFileSync(join(dir, 'real.eml'), h.rawMessage({ To: 'colleague@school.example', Subject: 'Hello' }));
    for (const args of [[join(dir, 'stuck.eml'), join(dir, 'real.eml')], [dir]]) {
      const { code, stdout, stderr } = await runCli(['check', '--format', 'json', ...args]);
      expect(stderr).toMatch(/cannot read .*stuck\.eml: not a regular file/);
      expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([join(dir, 'real.eml')]);
      expect(code).toBe(2);
    }
  }, 10_000);
});

describe('15. headers of many encoded words', () => {
  const parse = (raw: Uint8Array) => emlToDraft(raw);
  it('40,000 adjacent encoded words in a subject are decoded, whole', async () => {
    const parsed = await parse(h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(40_000) }));
    expect(parsed.ok && parsed.draft.subject).toBe('é'.repeat(40_000));
  });

  it('parsing grows linearly with the number of words, folded or not, in a subject or a display name', async () => {
    const shapes = {
      subject: (n: number) => h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(n) }),
      folded: (n: number) => h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(n).replace(/ /g, '\r\n ') }),
      displayName: (n: number) => h.rawMessage({ To: `${h.encodedWordsSubject(n)} <p@gmail.com>` }),
    };
    // Best of three, as test/helpers/scaling.ts does, awaiting each parse.
    const timed = async (raw: Uint8Array) => {
      let min = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await parse(raw);
        min = Math.min(min, performance.now() - t);
      }
      return min;
    };
    for (const build of Object.values(shapes)) {
      await timed(build(4_000));
      const ratio = (await timed(build(40_000))) / Math.max(await timed(build(4_000)), 0.5);
      expect(ratio).toBeLessThan(linearLimit(build, (raw) => Buffer.from(raw).toString('latin1').split(' ').map((w) => w.toLowerCase()), 4_000));
    }
  }, 60_000);
});
