// Input files that once made the CLI blind or stuck (issue 11, cases 12, 14 and 15): recipients postal-mime
// could not read are "not checked", never empty; a pipe named .eml is named as unreadable instead of
// blocking the run; a header of tens of thousands of encoded words parses in linear time.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import { joinEncodedWords } from '../../cli/encoded-words.ts';
import * as h from '../helpers/hostile.ts';
import { measuredGrowth } from '../helpers/scaling.ts';
import { runCli } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const tmp = () => tempDir('hostile');

describe('12. addresses that cannot be read', () => {
  it('To written as 60 nested groups: the recipient rules say "not checked", not "nothing found"', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'groups.eml'), h.rawMessage({ To: h.nestedGroupsHeader(60), Subject: 'Trip' }));
    const { stdout } = await runCli(['check', '--format', 'json', dir]);
    const [result] = JSON.parse(stdout);
    const notChecked = result.notChecked.map((n: { ruleId: string }) => n.ruleId);
    expect(notChecked).toEqual(
      expect.arrayContaining(['require-bcc-for-parents', 'max-recipients', 'no-lookalike-recipient', 'no-personal-data-to-external']),
    );
    expect(result.notChecked[0].reason).toMatch(/To/);
  });

  it('a field postal-mime reads in part is unread as a whole; one it reads in full is kept', async () => {
    const partly = await emlToDraft(h.rawMessage({ Cc: `a@gmail.com, ${h.nestedGroupsHeader(60)}` }));
    expect(partly.ok && partly.draft.cc).toBeUndefined();
    const whole = await emlToDraft(
      h.rawMessage({ To: '"Smith, J (j@x.com)" <jane@gmail.com>, (comment a@b.c) bob@y.org., Team: a@c.com, b@c.com;' }),
    );
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
  const text = (raw: Uint8Array) => Buffer.from(raw).toString('latin1');

  it('joins a run of encoded words into one, which decodes to the same text; few words are left alone', async () => {
    const words = Array.from({ length: 70 }, (_, i) => (i % 2 ? '=?UTF-8?Q?caf=C3=A9_?=' : '=?UTF-8?B?w6k=?=')).join('\r\n ');
    const raw = h.rawMessage({ To: 'p@gmail.com', Subject: words });
    expect(text(joinEncodedWords(raw))).toMatch(/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\n\r\nHello/m);
    // The same subject postal-mime reads from the words as they were.
    const parsed = await parse(raw);
    expect(parsed.ok && parsed.draft.subject).toBe((await PostalMime.parse(raw)).subject);
    expect(parsed.ok && parsed.draft.subject).toMatch(/^(écafé ){34}écafé ?$/);
    const few = h.rawMessage({ Subject: '=?UTF-8?B?w6k=?= =?ISO-8859-1?Q?=E9?=' });
    expect(joinEncodedWords(few)).toBe(few);
  });

  it('words in different charsets stay apart, and the body is never touched', () => {
    const mixed = Array.from({ length: 80 }, (_, i) => (i % 2 ? '=?UTF-8?B?w6k=?=' : '=?ISO-8859-1?Q?=E9?=')).join(' ');
    const raw = h.rawMessage({ Subject: mixed }, `${mixed}\r\n`);
    const out = text(joinEncodedWords(raw));
    expect(out.split('\r\n\r\n')[1]).toBe(`${mixed}\r\n`);
    expect(out).toContain('=?UTF-8?B?w6k=?= =?ISO-8859-1?Q?=E9?=');
  });

  it('headers over 1 MB are named as unreadable, not half read', async () => {
    const parsed = await parse(h.rawMessage({ To: 'p@gmail.com', Subject: 'x'.repeat(1_100_000) }));
    expect(parsed).toEqual({ ok: false, reason: 'its headers are larger than draftlint reads (1 MB)' });
  });
  it('40,000 adjacent encoded words in a subject are decoded, whole', async () => {
    const parsed = await parse(h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(40_000) }));
    expect(parsed.ok && parsed.draft.subject).toBe('é'.repeat(40_000));
  });

  it('a run of 40,000 words reaches postal-mime as one word, in a subject, folded, or in a display name', () => {
    const shapes = {
      subject: h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(40_000) }),
      folded: h.rawMessage({ To: 'p@gmail.com', Subject: h.encodedWordsSubject(40_000).replace(/ /g, '\r\n ') }),
      displayName: h.rawMessage({ To: `${h.encodedWordsSubject(40_000)} <p@gmail.com>` }),
    };
    for (const raw of Object.values(shapes)) expect(text(joinEncodedWords(raw)).match(/=\?UTF-8\?[BQ]\?/g)).toHaveLength(1);
  });

  it('joining grows linearly with the number of words (postal-mime then decodes one word, which is linear)', () => {
    const raw = (n: number) =>
      h.rawMessage({ To: `${h.encodedWordsSubject(n)} <p@gmail.com>`, Subject: h.encodedWordsSubject(n).replace(/ /g, '\r\n ') });
    const measured = measuredGrowth(
      raw,
      joinEncodedWords,
      (b) =>
        text(b)
          .split(' ')
          .map((w) => w.toLowerCase()),
      20_000,
    );
    expect(measured.growth).toBeLessThan(measured.limit);
  });
});
