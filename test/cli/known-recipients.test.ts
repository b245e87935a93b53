// The CLI's --known-recipients: the Network Manager tries the near-miss check on an export, with the
// sender's correspondents from a list or from an mbox of their sent mail.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const NEAR_MISS = 'examples/misdirected-near-miss.eml';
const tmp = () => tempDir('known');
const messagesOf = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { ruleId: string; message: string; fix?: unknown }[] }[]).flatMap((r) =>
    r.findings.filter((f) => f.ruleId === 'no-misdirected-recipient'),
  );

describe('draftlint check --known-recipients', () => {
  it('without it, a near miss cannot be seen; with the bundled list, it is, with its one-click fix', async () => {
    expect(messagesOf((await runCli(['check', '--format', 'json', NEAR_MISS])).stdout)).toEqual([]);
    const r = await runCli(['check', '--format', 'json', '--known-recipients', 'examples/known-recipients.txt', NEAR_MISS]);
    expect(r.stderr).toBe('draftlint: 5 known recipients\n');
    const [finding] = messagesOf(r.stdout);
    expect(finding.message).toBe(
      'You have never written to sarah.wright84@gmail.com; you have written to sarah.wright48@gmail.com. Did you mean them?',
    );
    expect(finding.fix).toEqual({
      kind: 'replaceRecipient',
      field: 'cc',
      from: 'sarah.wright84@gmail.com',
      to: 'sarah.wright48@gmail.com',
    });
  });

  it('collects To, Cc and Bcc with display names from an mbox of sent mail', async () => {
    const dir = tmp();
    const sent = [
      'From r.green@silcoates.org.uk Mon Nov 30 09:00:00 2026',
      'From: r.green@silcoates.org.uk',
      'To: Tom Wright <tom.wright@hotmail.co.uk>',
      'Cc: Sarah Wright <sarah.wright48@gmail.com>',
      'Subject: Trip',
      '',
      'Dear Mr and Mrs Wright,',
      '',
      'From r.green@silcoates.org.uk Tue Dec 1 09:00:00 2026',
      'From: r.green@silcoates.org.uk',
      'To: a.khan@silcoates.org.uk',
      'Bcc: jane.smith48@gmail.com',
      'Subject: Cover',
      '',
      'Thanks.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'sent.mbox'), sent);
    const r = await runCli(['check', '--format', 'json', '--known-recipients', join(dir, 'sent.mbox'), NEAR_MISS]);
    expect(r.stderr).toBe('draftlint: 4 known recipients from 2 messages\n');
    expect(messagesOf(r.stdout).map((f) => f.message)).toEqual([expect.stringContaining('you have written to sarah.wright48@gmail.com')]);
  });

  it('a list line that is not an address stops the run with its line number, before anything is checked', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'known.txt'), '# parents\njane.smith48@gmail.com\nJane Smith, jane at gmail\n');
    const r = await runCli(['check', '--known-recipients', join(dir, 'known.txt'), NEAR_MISS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `draftlint: --known-recipients: ${join(dir, 'known.txt')}, line 3: not an e-mail address: Jane Smith, jane at gmail\n`,
    );
    expect(r.stdout).toBe('');
    expect((await runCli(['check', '--known-recipients', join(dir, 'none.txt'), NEAR_MISS])).stderr).toMatch(/cannot read .*none\.txt/);
  });
});
