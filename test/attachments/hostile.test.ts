// The attachments that once made a check slow, huge or wrong (issue 11, cases 1–7), built in code: each must
// now get a verdict a member of staff can trust, and cost a bounded amount of work. Work is counted through
// the check's budget, never timed: the same input listed 16 or 300 times must cost the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, WorkBudget } from '../../rules/attachments/budget.ts';
import { protection } from '../../rules/attachments/protection.ts';
import { sensitivity, stripTags } from '../../rules/attachments/sensitive.ts';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import type { Attachment } from '../../rules/engine/types.ts';
import { repoRoot } from '../helpers/corpus.ts';
import * as h from '../helpers/hostile.ts';

const MiB = 1024 * 1024;

function attachmentFindings(a: Attachment) {
  const parsed = parseConfig({}, builtInRules);
  if (!parsed.ok) throw new Error('defaults');
  const draft = { ...h.externalDraft({ text: 'Please see attached.' }), attachments: [a] };
  return lint(draft, parsed.config, builtInRules).findings.filter(
    (f) => f.ruleId === 'no-unencrypted-sensitive-attachment' || f.messageId === 'ruleFailed',
  );
}

describe('1. tag stripping', () => {
  it('reads a document of 2 MiB of "<" as text: no tag, no backtracking, no finding', () => {
    expect(attachmentFindings(h.attachmentOf('notes.docx', h.tagBombDocx()))).toEqual([]);
  });

  it('a spreadsheet of "<a" repeated is still a spreadsheet that is not encrypted', () => {
    expect(attachmentFindings(h.attachmentOf('notes.xlsx', h.tagBombXlsx())).map((f) => [f.messageId, f.severity])).toEqual([
      ['looksSensitiveNotEncrypted', 'warning'],
    ]);
  });

  it('strips tags, keeps a "<" that opens none, and keeps the words of each cell apart', () => {
    expect(stripTags('<si><t>Amira</t></si><si><t>B801200005001</t></si>')).toBe('  Amira    B801200005001  ');
    expect(stripTags('a < b and c')).toBe('a < b and c');
    expect(stripTags('<'.repeat(5) + 'x')).toBe('<<<<<x');
  });
});

describe('2. duplicate central-directory entries', () => {
  it('a member listed 300 times is read once: its UPNs are found, and the work is what 16 listings cost', () => {
    const spentFor = (copies: number) => {
      const budget = new WorkBudget();
      const s = sensitivity(h.attachmentOf('notes.docx', h.duplicatedMemberDocx(copies)), [], 2 * MiB, budget);
      expect(s.content).toEqual(['1000 UPNs or more']); // counting stops there: the point is made
      return budget.spent();
    };
    const few = spentFor(16);
    expect(spentFor(300)).toEqual(few);
    expect(few.members).toBe(1);
    expect(few.inflatedBytes).toBeLessThanOrEqual(2 * MiB + 4 * MiB); // what maxContentMb asks, plus one inflate step
  });

  it('gives the error a member of staff needs, not "rule failed"', () => {
    expect(attachmentFindings(h.attachmentOf('notes.docx', h.duplicatedMemberDocx(300))).map((f) => f.messageId)).toEqual([
      'personalDataNotEncrypted',
    ]);
  });
});

describe('3. looking inside a zip', () => {
  it('65,534 entries sharing one 8 MiB member: the member is opened once, and is not taken for OpenPGP', () => {
    const budget = new WorkBudget();
    expect(protection(h.sharedMemberZip(), budget)).toEqual({ status: 'notProtected', format: 'ZIP', detail: 'the zip has no password' });
    expect(budget.spent().members).toBe(1);
  });

  it('one stored member listed again under another method is read again: each reading is a file of its own', () => {
    // The first listing reads the stored bytes (an AES zip: protected); the second reads the same offset
    // as a 10-byte file, which an unzip tool would extract in the clear: the zip is not protected.
    const aes = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments/pupils_aes.zip')));
    const zip = h.buildZip([{ name: 'inner.zip', data: aes, stored: true }]);
    const entry = zip.length - 22 - 46 - 'inner.zip'.length;
    const twice = new Uint8Array(zip.length + 46 + 9);
    twice.set(zip.subarray(0, zip.length - 22));
    const copy = zip.slice(entry, entry + 46 + 9);
    copy.set([10, 0, 0, 0], 20); // compressed size 10: another reading of the same offset
    twice.set(copy, zip.length - 22);
    const eocd = zip.slice(zip.length - 22);
    eocd.set([2, 0, 2, 0], 8);
    eocd.set([(46 + 9) * 2, 0, 0, 0], 12);
    twice.set(eocd, zip.length - 22 + 46 + 9);
    expect(protection(zip).status).toBe('protected');
    expect(protection(twice)).toEqual({ status: 'notProtected', format: 'ZIP', detail: 'the zip has no password' });
  });

  it('20 entries sharing one 7z whose header unpacks to 16 MiB: could not tell, after one look', () => {
    const budget = new WorkBudget();
    const p = protection(h.sharedHeaderBombZip(), budget);
    expect(p.status).toBe('unknown');
    expect(p.detail).toMatch(/draftlint stopped checking it: its list of files unpacks to more than draftlint reads/);
    expect(budget.spent().members).toBe(1);
  });

  it('a plain zip of more protected files than one check opens: could not tell, never "protected"', () => {
    // Distinct copies of a real AES zip (7-Zip): each is protected, so every one must be opened to say so.
    const aes = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments/pupils_aes.zip')));
    const zipOf = (n: number) => h.buildZip(Array.from({ length: n }, (_, i) => ({ name: `f${i}.zip`, data: aes, stored: true })));
    expect(protection(zipOf(3)).status).toBe('protected');
    const budget = new WorkBudget();
    expect(protection(zipOf(ATTACHMENT_LIMITS.members + 1), budget)).toMatchObject({
      status: 'unknown',
      detail: expect.stringMatching(/holds more files than draftlint opens/),
    });
    expect(budget.spent().members).toBe(ATTACHMENT_LIMITS.members + 1);
  });
});

describe('4. PDF cross-reference chains', () => {
  it('64 xref streams that each inflate to 16 MiB: could not tell, within the inflate budget', () => {
    const budget = new WorkBudget();
    const p = protection(h.xrefStreamBombPdf(), budget);
    expect(p).toMatchObject({ status: 'unknown', format: 'PDF' });
    expect(p.detail).toMatch(/unpacks to more than draftlint reads/);
    expect(budget.spent().inflatedBytes).toBeLessThanOrEqual(ATTACHMENT_LIMITS.inflatedBytes + 4 * MiB + 1);
  });

  it('64 tables of 9,990 empty subsections: could not tell, having read no more subsections than the budget', () => {
    const budget = new WorkBudget();
    expect(protection(h.emptySubsectionsPdf(), budget)).toMatchObject({
      status: 'unknown',
      detail: expect.stringMatching(/cross-reference tables are longer/),
    });
    expect(budget.spent().xrefSubsections).toBe(ATTACHMENT_LIMITS.xrefSubsections + 1);
  });

  it('a short chain of the same shape still gets its verdict: an /Encrypt listed nowhere is "could not tell"', () => {
    expect(protection(h.emptySubsectionsPdf(2, 10))).toMatchObject({
      status: 'unknown',
      detail: expect.stringMatching(/encryption settings could not be read/),
    });
  });
});

describe('5. 7z headers', () => {
  it('an LZMA header claiming 16 MiB is not decoded: could not tell', () => {
    for (const aes of [true, false]) {
      const budget = new WorkBudget();
      expect(protection(h.headerBomb7z(aes), budget)).toMatchObject({ status: 'unknown', format: '7z' });
      expect(budget.spent().lzmaBytes).toBe(16 * MiB); // claimed, refused before any decoding
    }
  });
});

describe('6. PowerPoint sector chains', () => {
  it('a self-looping sector with edit records gigabytes in: could not tell (it was "protected"), in a few steps', () => {
    const budget = new WorkBudget();
    expect(protection(h.loopingPpt(), budget)).toEqual({
      status: 'unknown',
      format: 'PowerPoint presentation',
      detail: 'it is encrypted, but its encryption settings could not be read',
    });
    expect(budget.spent().sectorSteps).toBeLessThan(20);
  });
});

describe('7. one byte must not fool the sniffer', () => {
  // Every first byte that reads as an OpenPGP session-key or encrypted-data packet.
  const tags = [0x84, 0x85, 0x86, 0x87, 0x8c, 0x8d, 0x8e, 0x8f, 0xa4, 0xa5, 0xa6, 0xa7, 0xc1, 0xc3, 0xc9, 0xd2, 0xd4];
  it.each(tags.map((t) => [`0x${t.toString(16)}`, t]))('an unknown file starting %s is "could not tell"', (_, tag) => {
    expect(protection(h.pgpTagLookalike(tag as number))).toEqual({
      status: 'unknown',
      format: 'file',
      detail: 'draftlint does not know this kind of file',
    });
  });

  it('a sensitive file of an unknown format is a warning, not silence', () => {
    expect(attachmentFindings(h.attachmentOf('pupils.dat', h.pgpTagLookalike(0x8c))).map((f) => [f.messageId, f.severity])).toEqual([
      ['couldNotTell', 'warning'],
    ]);
  });

  // Found by `npm run fuzz`: an attached e-mail with an armoured OpenPGP block spliced into a header line.
  it('an e-mail quoting an encrypted OpenPGP block is an e-mail anyone can read; armour counts only at a line start', () => {
    const gpg = readFileSync(join(repoRoot, 'test/fixtures/attachments/pupils.csv.gpg')).toString('base64').replace(/.{64}/g, '$&\n');
    const armour = `-----BEGIN PGP MESSAGE-----\n\n${gpg}\n-----END PGP MESSAGE-----\n`;
    const text = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
    expect(protection(text(`From: head@school.example\nTo: parent@example.com\nSubject: List\n\n${armour}`))).toMatchObject({
      status: 'notProtected',
      format: 'e-mail message',
    });
    expect(protection(text(`notes: see -----BEGIN PGP MESSAGE-----\n\n${gpg}`)).status).not.toBe('protected');
    expect(protection(text(armour))).toMatchObject({ status: 'protected', format: 'OpenPGP' });
  });

  it('the look-alikes of age, openssl and PEM CMS are "could not tell" too', () => {
    const text = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    expect(protection(text('age-encryption.org/v1\n-> X25519 abc\n')).status).toBe('unknown'); // no MAC line: cut short
    expect(protection(text('Salted__12345678')).status).toBe('unknown'); // a salt and no cipher text
    expect(protection(text('-----BEGIN CMS-----\nnot base64 at all\n-----END CMS-----\n')).status).toBe('unknown');
  });
});
