// The HTML report's writer on its own: escaping of everything a message brings, masked evidence kept
// masked, the per-rule cap with its "N more" line, newest first, an empty input, and the page's policy.
import { describe, expect, it } from 'vitest';
import { builtInRules, parseConfig, rulesMeta, type Finding } from '../../rules/index.ts';
import { htmlFormatter } from '../../cli/formats/html.ts';
import type { MessageResult } from '../../cli/formats/result.ts';

const config = (() => {
  const parsed = parseConfig({ rules: { 'no-contract-wording': 'audit', 'max-attachment-size': 'off' } }, builtInRules);
  if (!parsed.ok) throw new Error();
  return parsed.config;
})();

async function report(results: MessageResult[], perRule?: number): Promise<string> {
  let html = '';
  const formatter = htmlFormatter((t) => void (html += t), {
    inputs: ['sent.mbox'],
    configSource: 'draftlint.config.json',
    config,
    rules: rulesMeta(builtInRules),
    version: '9.9.9',
    now: Date.UTC(2026, 10, 30),
    ...(perRule && { perRule }),
  });
  for (const r of results) await formatter.write(r);
  await formatter.close();
  return html;
}

const finding = (ruleId: string, severity: Finding['severity'], message: string, evidence: string[] = []): Finding => ({
  ruleId,
  severity,
  messageId: 'm',
  message,
  policy: builtInRules[ruleId].meta.policy,
  evidence,
});

const message = (n: number, subject: string, findings: Finding[], audited: Finding[] = []): MessageResult => ({
  file: `sent.mbox#${n}`,
  headers: { sentAt: Date.UTC(2026, 10, n), from: { address: `t${n}@school.example`, name: 'Teacher' }, subject },
  findings,
  notChecked: [],
  audited,
});

describe('the HTML report writer', () => {
  it('escapes every string from a message: subjects, names, file names, messages and evidence show as text', async () => {
    const hostile = '<img src=x onerror=alert(1)></style><script>alert(2)</script>"\'&';
    const html = await report([
      {
        ...message(1, hostile, [finding('no-chain-letter', 'warning', `chain ${hostile}`, [`Message: ${hostile}`])]),
        file: `${hostile}.eml`,
        headers: { sentAt: Date.UTC(2026, 10, 1), from: { address: 'a@b.example', name: hostile }, subject: hostile },
      },
    ]);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</style><script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;&#39;&amp;');
    // The page's own script is the only one, and the policy allows it by hash alone.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^"]+; script-src &#39;sha256-/,
    );
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keeps evidence as the rules masked it', async () => {
    const html = await report([
      message(2, 'UPNs', [finding('no-personal-data-to-external', 'error', 'holds 1 UPN', ['Message: UPN B80120000••••'])]),
    ]);
    expect(html).toContain('UPN B80120000••••');
  });

  it('shows each rule newest first, capped, with a line for the rest; counts every message in the summary', async () => {
    const results = Array.from({ length: 7 }, (_, i) =>
      message(i + 1, `Subject ${i + 1}`, [finding('max-recipients', 'warning', 'too many')]),
    );
    const html = await report(results, 3);
    const section = html.slice(html.indexOf('id="rule-max-recipients"'));
    expect([...section.matchAll(/<p class="subject">([^<]+)</g)].map((m) => m[1])).toEqual(['Subject 7', 'Subject 6', 'Subject 5']);
    expect(section).toContain('…and 4 more messages (the JSON format lists them all).');
    expect(html).toMatch(/<tr class="rule-row" data-rule="max-recipients">.*?<td class="num warning" data-level="warning">7<\/td>/);
    expect(html).toContain('<rect class="bar warning" data-count="7"');
  });

  it('counts a message once per rule at its highest severity, audited findings apart, and names rules off or in audit', async () => {
    const html = await report([
      message(
        3,
        'A',
        [finding('no-unprofessional-wording', 'info', 'style'), finding('no-unprofessional-wording', 'error', 'swearing')],
        [finding('no-contract-wording', 'info', 'contract')],
      ),
    ]);
    expect(html).toMatch(/data-rule="no-unprofessional-wording">.*?data-level="error">1<.*?data-level="warning">0<.*?data-level="info">0</);
    expect(html).toMatch(/data-rule="no-contract-wording">.*?data-level="info">0<.*?data-level="audit">1</);
    expect(html).toContain('rules off: <code>max-attachment-size</code>; in audit mode: <code>no-contract-wording</code>');
    expect(html).toContain('<b id="flagged-count">1</b>');
  });

  it('an empty input makes a whole page that says so', async () => {
    const html = await report([]);
    expect(html).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(html).toContain('<b id="message-count">0</b> messages, no message had a readable date');
    expect(html).toContain('No flagged message had a readable date');
    expect(html).not.toContain('class="rule"');
  });

  it('says at the top that it holds personal data, and how to handle it', async () => {
    const html = await report([]);
    expect(html).toMatch(
      /<header>\s*<h1>draftlint report<\/h1>\s*<p class="handling"><strong>This report contains personal data<\/strong>/,
    );
    expect(html).toContain('do not e-mail it, and delete it when the review it was made for is done');
  });

  it('charts weeks up to the newest flagged one, and a date in the future apart', async () => {
    const future = {
      ...message(4, 'Wrong clock', [finding('max-recipients', 'warning', 'x')]),
      headers: { sentAt: Date.UTC(2031, 0, 1), subject: 'Wrong clock' },
    };
    const html = await report([message(2, 'A', [finding('max-recipients', 'warning', 'x')]), future]);
    expect(html).toContain('1 flagged message dated in the future');
    expect(html).toMatch(/<rect class="week-part" data-rule="1" data-count="1"/);
  });
});
