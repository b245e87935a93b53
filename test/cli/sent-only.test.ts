// `draftlint check --sent-only` on Google exports built in code: a Takeout mbox (X-Gmail-Labels on every
// message, Chat transcripts among them) and a Vault mbox (no labels: the school's From is what counts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emlToDraft } from '../../cli/eml-to-draft.ts';
import { gmailLabels } from '../../cli/sent-only.ts';
import { runCli } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dir = tempDir('sent');
const PARENTS = 'jane.smith84@gmail.com, ahmed.khan@btinternet.com, dlee@hotmail.co.uk';

function message(headers: Record<string, string>, body: string): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\n')}\n\n${body}\n`;
}

/** An mbox as Takeout and Vault write it: a "From " separator line before each message. */
function mbox(messages: string[]): string {
  return messages.map((m, i) => `From ${1000 + i}@xxx Mon Nov 30 09:00:00 +0000 2026\n${m}\n`).join('');
}

const sentBad = (labels?: string) =>
  message(
    {
      ...(labels && { 'X-Gmail-Labels': labels }),
      From: 'r.green@silcoates.org.uk',
      To: PARENTS,
      Subject: 'Trip',
      Date: 'Mon, 30 Nov 2026 09:00:00 +0000',
    },
    'Dear parents, the coach leaves at 8:30.',
  );
const incoming = (labels?: string) =>
  message(
    {
      ...(labels && { 'X-Gmail-Labels': labels }),
      From: 'jane.smith84@gmail.com',
      To: `r.green@silcoates.org.uk, ${PARENTS}`,
      Subject: 'Re: Trip',
    },
    'Thanks!',
  );

const takeout = join(dir, 'All mail Including Spam and Trash.mbox');
writeFileSync(
  takeout,
  mbox([
    sentBad('Sent,Opened'),
    incoming('Inbox,Important'),
    incoming('Chat'),
    incoming('Spam'),
    message({ 'X-Gmail-Labels': 'Trash,Sent', From: 'r.green@silcoates.org.uk', To: PARENTS, Subject: 'Old' }, 'x'),
    message(
      { 'X-Gmail-Labels': 'Sent', From: 'r.green@silcoates.org.uk', To: 'a.khan@silcoates.org.uk', Subject: 'Cover' },
      'Thanks for covering.',
    ),
  ]),
);
const vault = join(dir, 'export-r.green.mbox');
writeFileSync(vault, mbox([sentBad(), incoming(), message({ From: 'a.khan@silcoates.org.uk', To: PARENTS, Subject: 'Trip 2' }, 'Hi')]));

const files = (stdout: string) => (JSON.parse(stdout) as { file: string; findings: { ruleId: string }[] }[]).map((r) => r.file);

describe('draftlint check --sent-only', () => {
  it('a Takeout mbox: keeps what was sent, says what it skipped and why', async () => {
    const r = await runCli(['check', '--format', 'json', '--sent-only', takeout]);
    expect(files(r.stdout)).toEqual([`${takeout}#1`, `${takeout}#6`]);
    expect(r.stderr).toBe(
      'draftlint: --sent-only kept 2 of 6 messages; skipped 1 not sent (incoming mail), 1 Chat transcripts, 1 in Spam, 1 in Trash\n',
    );
    expect(r.code).toBe(1); // the parents in To are an error
  });

  it('a Vault mbox (no labels): keeps the messages from the school', async () => {
    const r = await runCli(['check', '--format', 'json', '--sent-only', vault]);
    expect(files(r.stdout)).toEqual([`${vault}#1`, `${vault}#3`]);
    expect(r.stderr).toBe('draftlint: --sent-only kept 2 of 3 messages; skipped 1 from outside the school (no Gmail labels)\n');
  });

  it('without --sent-only, a Takeout of all mail gets a note that incoming mail is checked too', async () => {
    const r = await runCli(['check', '--format', 'json', takeout]);
    expect(files(r.stdout)).toHaveLength(6);
    expect(r.stderr).toContain('looks like a Google Takeout of all mail: incoming mail is being checked too. Add --sent-only');
  });

  it('the HTML report of several accounts groups them, and says it holds personal data', async () => {
    const out = join(dir, 'report.html');
    await runCli(['check', '--format', 'html', '-o', out, '--sent-only', vault]);
    const html = (await import('node:fs')).readFileSync(out, 'utf8');
    expect(html).toContain('<h2>By sending account</h2>');
    expect(html).toMatch(/<td>a\.khan@silcoates\.org\.uk<\/td><td class="num">1<\/td><td class="num">1<\/td>/);
    expect(html).toContain('This report contains personal data');
  });

  it('needs the school’s domains in the config, and reads folded label headers', async () => {
    writeFileSync(join(dir, 'bare.json'), JSON.stringify({ organisation: { internalDomains: [] } }));
    const r = await runCli(['check', '--sent-only', '--config', join(dir, 'bare.json'), vault]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sent-only needs organisation.internalDomains in the config');
    const labelsOf = async (raw: string) => {
      const parsed = await emlToDraft(new TextEncoder().encode(raw));
      return parsed.ok ? gmailLabels(parsed.labelHeader) : parsed.reason;
    };
    expect(await labelsOf('X-Gmail-Labels: Inbox,\r\n "Sent",Opened\r\nFrom: a@b\r\n\r\nx')).toEqual(['Inbox', 'Sent', 'Opened']);
    expect(await labelsOf('From: a@b\n\nX-Gmail-Labels: Sent')).toBeUndefined(); // in the body, not a header
  });
});
