// Input files that once made the CLI blind or stuck (issue 11, cases 12, 14 and 15): recipients postal-mime
// could not read are "not checked", never empty; a pipe named .eml is named as unreadable instead of
// blocking the run; a header of tens of thousands of encoded words parses in linear time; a message of
// more MIME parts than draftlint reads has its headers checked and its body named as unread.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import { MAX_PARTS, countParts } from '../../cli/mime-parts.ts';
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

describe('16. messages of many MIME parts', () => {
  it('counts the parts its own boundaries delimit, not "--" lines of a text, and stops counting when that is enough', () => {
    expect(countParts(h.manyPartsMessage(3), 100)).toBe(3);
    expect(countParts(h.manyPartsMessage(5000), 100)).toBe(100);
    const dashes = h.rawMessage(
      { 'Content-Type': 'multipart/mixed; boundary="b"' },
      `--b\r\n\r\n${'-----\r\n--c\r\n'.repeat(5000)}--b--\r\n`,
    );
    expect(countParts(dashes, 100)).toBe(1);
    expect(countParts(h.rawMessage({}, '--b\r\n'.repeat(5000)), 100)).toBe(0); // no multipart header: no parts
  });

  it('reads a message of as many parts as draftlint reads in full', async () => {
    const parsed = await emlToDraft(h.manyPartsMessage(MAX_PARTS, 'Sam Smith, born 01/02/2015'));
    expect(parsed.ok && parsed.draft.body?.text).toMatch(/born 01\/02\/2015/);
    expect(parsed.ok && parsed.unread).toBeUndefined();
  });

  it('one part more: the headers are checked, the body and attachments are named as unread, in the report and on stderr', async () => {
    const parsed = await emlToDraft(h.manyPartsMessage(MAX_PARTS + 1));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.draft.to!.map((a) => a.address)).toEqual(['parent@gmail.com', 'other.parent@gmail.com']);
    expect([parsed.draft.body, parsed.draft.attachments]).toEqual([undefined, undefined]);
    expect(parsed.unread).toBe('it has more than 1,000 MIME parts: its body and attachments were not read');
    const dir = tmp();
    writeFileSync(join(dir, 'parts.eml'), h.manyPartsMessage(700_000)); // 4.9 MB: 5.6 s in postal-mime before the bound
    const { stdout, stderr } = await runCli(['check', '--format', 'json', dir]);
    const [result] = JSON.parse(stdout);
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('require-bcc-for-parents');
    expect(result.notChecked.map((n: { ruleId: string }) => n.ruleId)).toEqual(
      expect.arrayContaining(['no-personal-data-to-external', 'no-unprofessional-wording', 'no-unencrypted-sensitive-attachment']),
    );
    expect(stderr).toMatch(/parts\.eml: it has more than 1,000 MIME parts: its body and attachments were not read/);
  });
});
