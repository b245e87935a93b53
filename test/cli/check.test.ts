// The CLI as the Network Manager uses it: on the bundled examples, an mbox, bad input and bad configs.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.ts';
import { runCli } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const tmp = () => tempDir('check');

describe('draftlint check', () => {
  it('--format json reports every example message, with findings, fix and policy, and exits 1 on an error', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--format', 'json', 'examples/']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results.map((r: { file: string }) => r.file)).toEqual([
      'examples/blanket-email.eml',
      'examples/cc-for-effect.eml',
      'examples/chain-letter.eml',
      'examples/contract-wording.eml',
      'examples/lookalike-recipient.eml',
      'examples/misdirected-greeting.eml',
      'examples/misdirected-near-miss.eml',
      'examples/one-family.eml',
      'examples/parents-in-bcc.eml',
      'examples/parents-visible.eml',
      'examples/personal-data-to-parent.eml',
      'examples/pupil-list-encrypted.eml',
      'examples/pupil-list-plain.eml',
      'examples/safeguarding-pdf-owner-password.eml',
      'examples/shared-links.eml',
      'examples/term-letters.mbox#1',
      'examples/term-letters.mbox#2',
      'examples/term-letters.mbox#3',
      'examples/unprofessional-wording.eml',
    ]);
    const byFile = (name: string) => results.find((r: { file: string }) => r.file === `examples/${name}`);
    const ruleIds = (name: string) => byFile(name).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds('blanket-email.eml')).toEqual(['max-recipients']);
    expect(ruleIds('lookalike-recipient.eml')).toEqual(['no-lookalike-recipient', 'no-lookalike-recipient']);
    expect(ruleIds('chain-letter.eml')).toEqual(['no-chain-letter']); // its subject's "!!!" is a style hint, and this goes to colleagues only
    expect(ruleIds('contract-wording.eml')).toEqual(['no-contract-wording']);
    expect(ruleIds('pupil-list-plain.eml')).toEqual(['no-unencrypted-sensitive-attachment']);
    expect(ruleIds('pupil-list-encrypted.eml')).toEqual([]);
    // A PDF with only an owner password opens for anyone: not protected.
    expect(
      byFile('safeguarding-pdf-owner-password.eml').findings.map((f: { severity: string; message: string }) => [f.severity, f.message]),
    ).toEqual([
      [
        'warning',
        expect.stringContaining(
          'is not encrypted: it opens without a password (its password only limits printing or editing). Save it with a password to open it',
        ),
      ],
    ]);
    expect(new Set(ruleIds('unprofessional-wording.eml'))).toEqual(new Set(['no-unprofessional-wording']));
    expect(ruleIds('personal-data-to-parent.eml')).toEqual(Array(3).fill('no-personal-data-to-external'));
    expect(ruleIds('shared-links.eml').sort()).toEqual(['no-external-file-sharing', 'no-unapproved-cloud-storage']);
    const visible = byFile('parents-visible.eml');
    expect(visible.notChecked).toEqual([]);
    expect(visible.findings).toEqual([
      {
        ruleId: 'require-bcc-for-parents',
        severity: 'error',
        messageId: 'personalVisible',
        message: "3 parents' personal e-mail addresses are visible in To/Cc: every recipient will see them all. Move them to Bcc.",
        policy: {
          section: 'E-mail › Confidentiality / GDPR',
          quote: expect.stringMatching(/^If you are sending a message to a number of people \(parents\)/),
        },
        evidence: ['Jane Smith <jane.smith84@gmail.com>', 'ahmed.khan@btinternet.com', '"Lee, Daniel" <dlee@hotmail.co.uk>'],
        fix: {
          kind: 'moveRecipients',
          to: 'bcc',
          addresses: ['jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'],
        },
      },
    ]);
    for (const name of ['one-family.eml', 'parents-in-bcc.eml', 'term-letters.mbox#2', 'term-letters.mbox#3'])
      expect(ruleIds(name)).toEqual([]);
    expect(ruleIds('term-letters.mbox#1')).toEqual(['require-bcc-for-parents']);
  });

  it('exits 0 and says so when nothing is wrong', async () => {
    const { code, stdout } = await runCli(['check', 'examples/parents-in-bcc.eml', 'examples/one-family.eml']);
    expect(code).toBe(0);
    expect(stdout).toBe('\n✔ No problems (2 messages checked)\n');
  });

  it('stylish output groups by file and ends with a summary', async () => {
    const { code, stdout } = await runCli(['check', 'examples/parents-visible.eml']);
    expect(code).toBe(1);
    expect(stdout).toContain('\nexamples/parents-visible.eml\n  error    3 parents');
    expect(stdout).toContain('require-bcc-for-parents');
    expect(stdout).toContain('E-mail › Confidentiality / GDPR: “If you are sending');
    expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 message checked\n  1 problem can be fixed/);
  });

  it('names an unreadable input on stderr, still checks the others, and exits 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.eml'), '');
    writeFileSync(join(dir, 'binary.eml'), Buffer.from([0, 1, 2, 3, 255, 254]));
    const { code, stdout, stderr } = await runCli([
      'check',
      '--format',
      'json',
      join(dir, 'empty.eml'),
      'nope.eml',
      join(dir, 'binary.eml'),
      'examples/one-family.eml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot read ${join(dir, 'empty.eml')}: the file is empty`);
    expect(stderr).toContain('cannot read nope.eml: no such file or folder');
    expect(stderr).toContain(`cannot read ${join(dir, 'binary.eml')}: it has no mail headers`);
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual(['examples/one-family.eml']);
  });

  it('usage errors exit 2 with the usage text', async () => {
    for (const args of [[], ['lint', 'x.eml'], ['check'], ['check', '--format', 'xml', 'x.eml'], ['check', '--colour', 'x.eml']]) {
      const { code, stderr } = await runCli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: draftlint check');
    }
    expect((await runCli(['--help'])).stdout).toContain('Exit codes');
  });

  it('reads ./draftlint.config.json by default and --config when given', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'draftlint.config.json'),
      JSON.stringify({ rules: { 'require-bcc-for-parents': ['warning', { minVisiblePersonal: 5 }] } }),
    );
    const eml = join(repoRoot, 'examples/parents-visible.eml');
    expect((await runCli(['check', eml], dir)).code).toBe(0); // 3 parents < 5
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'require-bcc-for-parents': 'warning' } }));
    const r = await runCli(['check', '--format', 'json', '--config', 'strict.json', eml], dir);
    expect(r.code).toBe(0); // a warning is not an error
    expect(JSON.parse(r.stdout)[0].findings[0].severity).toBe('warning');
  });

  it('a rule in audit mode is shown with its own label and never changes the exit code', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'draftlint.config.json'), JSON.stringify({ rules: { 'require-bcc-for-parents': 'audit' } }));
    const eml = join(repoRoot, 'examples/parents-visible.eml');
    const stylish = await runCli(['check', eml], dir);
    expect(stylish.code).toBe(0); // the same draft exits 1 with the rule at error
    expect(stylish.stdout).toMatch(/^ {2}audit {4}3 parents' personal e-mail addresses are visible/m);
    expect(stylish.stdout).toContain('1 finding of rules in audit mode (not shown to staff).');
    const json = JSON.parse((await runCli(['check', '--format', 'json', eml], dir)).stdout);
    expect(json[0].findings).toEqual([]);
    expect(json[0].audited.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([
      ['require-bcc-for-parents', 'error'],
    ]);
  });

  it('a bad config exits 2 and says exactly what is wrong', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ rules: { 'require-bcc-for-parents': ['error', { minVisiblePersonal: 0 }], 'no-such-rule': 'error' } }),
    );
    writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
    const bad = await runCli(['check', '--config', 'bad.json', 'x.eml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the configuration has 2 problems');
    expect(bad.stderr).toContain('rules["require-bcc-for-parents"][1].minVisiblePersonal: must be at least 2 (found the number 0)');
    expect(bad.stderr).toContain('rules["no-such-rule"]: is not a draftlint rule.');
    const broken = await runCli(['check', '--config', 'broken.json', 'x.eml'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    expect((await runCli(['check', '--config', 'missing.json', 'x.eml'], dir)).stderr).toContain('missing.json: no such config file');
  });

  it('runs as `npx draftlint` from a fresh install (the bin works without a build step)', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['--no-install', 'draftlint', 'check', '--format', 'json', 'examples/one-family.eml'], {
      cwd: repoRoot,
    });
    expect(JSON.parse(stdout)[0].findings).toEqual([]);
    const failed = await run('npx', ['--no-install', 'draftlint', 'check', 'examples/parents-visible.eml'], { cwd: repoRoot }).catch(
      (e) => e,
    );
    expect(failed.code).toBe(1);
  });

  it('the bundled CLI (dist/cli.mjs, made by npm ci and npm run build) says exactly what the TypeScript says', async () => {
    const run = promisify(execFile);
    const args = ['check', '--format', 'json', 'examples/'];
    const bundled = await run(process.execPath, ['dist/cli.mjs', ...args], { cwd: repoRoot }).catch((e) => e);
    const source = await run(process.execPath, ['--import', 'tsx', 'cli/run.ts', ...args], { cwd: repoRoot }).catch((e) => e);
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toBe(source.stdout);
    expect(bundled.stdout).toBe((await runCli(args)).stdout);
  });
});
