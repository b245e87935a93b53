/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report in real Chromium: the examples' report and an mbox of hostile subjects. The numbers
// shown equal the JSON output's, the SVG bars carry the same counts, nothing loads from anywhere, no
// injected script runs, filtering works with JavaScript off, and the search box works with it on.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.ts';
import { repoRoot } from '../helpers/corpus.ts';
import { runCli } from '../helpers/run-cli.ts';
import { SKIP_REASON, chromiumPath, launch, watch } from '../helpers/browser.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const LEVELS = ['error', 'warning', 'info', 'audit'] as const;
const artifacts = join(repoRoot, 'test-artifacts');
const dir = tempDir('report');

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '<link rel=stylesheet href=http://evil.example/x.css>',
];

function hostileMbox(): string {
  const messages = HOSTILE.map(
    (subject, i) => `From x@y Mon Nov 23 10:00:00 2026
From: "${subject}" <teacher${i}@silcoates.org.uk>
To: jane.smith84@gmail.com, ahmed.khan@btinternet.com, "<b>Lee</b>" <dlee@hotmail.co.uk>
Subject: ${subject}
Date: Mon, ${23 + i} Nov 2026 10:00:00 +0000
Content-Type: text/html

<p>Dear parents <img src="http://tracker.example/p.gif"> this is crap</p>
`,
  );
  const file = join(dir, 'hostile.mbox');
  writeFileSync(file, messages.join('\n'));
  return file;
}

/** Per rule and level, the messages the JSON output flags, counted as the report counts them. */
function countsFromJson(json: { findings: { ruleId: string; severity: string }[]; audited: { ruleId: string }[] }[]) {
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const counts: Record<string, Record<string, number>> = {};
  for (const message of json) {
    const best = new Map<string, string>();
    for (const f of message.findings)
      if (!best.has(f.ruleId) || rank[f.severity] < rank[best.get(f.ruleId)!]) best.set(f.ruleId, f.severity);
    for (const f of message.audited) if (!best.has(f.ruleId)) best.set(f.ruleId, 'audit');
    for (const [rule, level] of best) (counts[rule] ||= { error: 0, warning: 0, info: 0, audit: 0 })[level] += 1;
  }
  return counts;
}

async function reportOf(paths: string[], name: string) {
  const html = join(dir, `${name}.html`);
  await runCli(['check', '--format', 'html', '-o', html, ...paths]);
  const json = JSON.parse((await runCli(['check', '--format', 'json', ...paths])).stdout);
  return { url: pathToFileURL(html).href, json };
}

describe.skipIf(!chromiumPath)(`the HTML report in Chromium${SKIP_REASON}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('the examples: the numbers shown are the JSON output numbers, the bars carry them, and nothing loads or fails', async () => {
    const { url, json } = await reportOf([join(repoRoot, 'examples')], 'examples');
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    const seen = watch(page);
    await page.goto(url);
    const expected = countsFromJson(json);
    const rows = await page.$$eval('tr.rule-row', (trs) =>
      trs.map((tr) => ({
        rule: tr.getAttribute('data-rule')!,
        cells: Object.fromEntries(
          [...tr.querySelectorAll('td[data-level]')].map((td) => [td.getAttribute('data-level'), Number(td.textContent)]),
        ),
        bars: Object.fromEntries(
          [...tr.querySelectorAll('rect.bar')].map((r) => [r.getAttribute('class')!.split(' ')[1], Number(r.getAttribute('data-count'))]),
        ),
      })),
    );
    expect(rows.length).toBe(Object.keys(builtInRules).length); // a row per rule
    for (const row of rows) {
      const want = expected[row.rule] || { error: 0, warning: 0, info: 0, audit: 0 };
      expect(row.cells, row.rule).toEqual(want);
      for (const level of LEVELS) expect(row.bars[level] || 0, `${row.rule} ${level} bar`).toBe(want[level]);
    }
    expect(await page.textContent('#message-count')).toBe(String(json.length));
    expect(await page.isVisible('#search')).toBe(true); // the script ran: it is allowed by its hash
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.requests).toEqual([url]); // the page itself, and nothing else of any kind
    expect(seen.dialogs).toEqual([]);
    await page.locator('#summary').screenshot({ path: join(artifacts, 'report-summary.png') });
    await page.close();
  });

  it('hostile subjects and names show as text: no dialog, no request, no console error', async () => {
    const { url } = await reportOf([hostileMbox()], 'hostile');
    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(url);
    const subjects = await page.$$eval('.finding .subject', (ps) => ps.map((p) => p.textContent));
    for (const subject of HOSTILE) expect(subjects).toContain(subject);
    expect(await page.$$('body img, body link, body iframe, svg[onload]')).toEqual([]);
    await page.waitForTimeout(200); // time for an injected handler, were there one
    expect(seen.dialogs).toEqual([]);
    expect(seen.requests).toEqual([url]);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('with JavaScript off: a rule link shows only that rule, a severity link only that severity; no search box', async () => {
    const { url } = await reportOf([join(repoRoot, 'examples')], 'examples-nojs');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.isVisible('#search')).toBe(false);
    const visibleRules = () =>
      page.$$eval('section.rule', (ss) => ss.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.id));
    expect((await visibleRules()).length).toBeGreaterThan(5);
    await page.click('a[href="#rule-require-bcc-for-parents"]');
    expect(await visibleRules()).toEqual(['rule-require-bcc-for-parents']);
    await page.click('a[href="#only-error"]');
    const shownLevels = await page.$$eval('article.finding', (as) =>
      as
        .filter((a) => getComputedStyle(a).display !== 'none' && getComputedStyle(a.closest('section')!).display !== 'none')
        .map((a) => a.classList[1]),
    );
    expect(shownLevels.length).toBeGreaterThan(0);
    expect(new Set(shownLevels)).toEqual(new Set(['error']));
    await context.close();
  });

  it('with JavaScript on, the search box narrows the findings to those that match', async () => {
    const { url } = await reportOf([join(repoRoot, 'examples')], 'examples-search');
    const page = await browser.newPage();
    await page.goto(url);
    const all = await page.$$eval('article.finding', (as) => as.length);
    await page.fill('#search', 'minibus');
    const shown = await page.$$eval('article.finding', (as) => as.filter((a) => !(a as HTMLElement).hidden).map((a) => a.textContent));
    expect(all).toBeGreaterThan(shown.length);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text!.toLowerCase()).toContain('minibus');
    await page.close();
  });

  it('the saved screenshot is a real PNG', () => {
    const png = readFileSync(join(artifacts, 'report-summary.png'));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
