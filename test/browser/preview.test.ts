/// <reference lib="dom" />
// `npm start`'s preview in real Chromium: a teacher types three parents into To and a colleague into Cc,
// sees the Bcc error, clicks the fix and finds the parents in Bcc; attaches a real unencrypted spreadsheet
// and sees the attachment error; dismisses a finding with a reason. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.ts';
import { repoRoot } from '../helpers/corpus.ts';
import { SKIP_REASON, chromiumPath, launch, watch, type Watched } from '../helpers/browser.ts';

const artifacts = join(repoRoot, 'test-artifacts');
const PARENTS = ['Jane Smith <jane.smith84@gmail.com>', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'];
const COLLEAGUE = 'hoy7@silcoates.org.uk';

describe.skipIf(!chromiumPath)(`the preview in Chromium${SKIP_REASON}`, () => {
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let seen: Watched;
  let url: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await createServer({
      configFile: join(repoRoot, 'preview/vite.config.ts'),
      server: { port: 5199, strictPort: false },
      logLevel: 'silent',
    });
    await server.listen();
    url = server.resolvedUrls!.local[0];
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    seen = watch(page);
    await page.goto(url);
    await page.waitForSelector('.card'); // the first check, of the blank draft
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = () => page.locator('#card');

  it('typing three parents into To and a colleague into Cc: the Bcc error appears', async () => {
    await page.getByLabel('Subject', { exact: true }).fill('Year 7 trip');
    await page.getByLabel('Cc', { exact: true }).fill(COLLEAGUE);
    const typed = performance.now();
    await page.getByLabel('To', { exact: true }).fill(PARENTS.join(', '));
    await card().getByText("3 parents' personal e-mail addresses are visible in To/Cc").waitFor({ timeout: 5000 });
    const ms = Math.round(performance.now() - typed);
    console.log(`keystroke to card: ${ms} ms (including the 250 ms pause that waits for typing to stop)`);
    expect(await page.textContent('#timing')).toMatch(/^onComposeOpen: \d+ ms \(add-on \d+ ms\)$/);
    await page.screenshot({ path: join(artifacts, 'preview-parents-before-fix.png') });
  });

  it('the fix moves exactly the parents to Bcc in the compose pane', async () => {
    expect(await card().textContent()).toContain('To will then hold only your own address, so no parent sees another.');
    await card().getByRole('button', { name: 'Move 3 addresses to Bcc' }).click();
    await expect.poll(() => page.getByLabel('Bcc', { exact: true }).inputValue()).toBe(PARENTS.join(', '));
    // Every To address was a parent: To is now the sender, never left empty.
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('r.green@silcoates.org.uk');
    expect(await page.getByLabel('Cc', { exact: true }).inputValue()).toBe(COLLEAGUE);
    await expect.poll(() => card().textContent()).not.toContain('parents’ personal e-mail addresses are visible');
    await expect.poll(() => card().textContent()).not.toContain("parents' personal e-mail addresses are visible");
    await page.screenshot({ path: join(artifacts, 'preview-parents-after-fix.png') });
  });

  it('a real unencrypted spreadsheet of pupils, attached from disk, brings the attachment error', async () => {
    await page.setInputFiles('#files', join(repoRoot, 'test/fixtures/attachments/pupils.xlsx'));
    await card()
      .getByText(/pupils\.xlsx" holds .* and is not encrypted/)
      .waitFor({ timeout: 5000 });
  });

  it('Dismiss… asks why, and the finding is hidden after one click on a reason', async () => {
    const before = await card().locator('button', { hasText: 'Dismiss…' }).count();
    expect(before).toBeGreaterThan(0);
    await card().getByRole('button', { name: 'Dismiss…' }).first().click();
    await card().getByRole('button', { name: 'False alarm' }).click();
    await card()
      .getByText(/dismissed on this draft/)
      .waitFor({ timeout: 5000 });
    expect(await card().locator('button', { hasText: 'Dismiss…' }).count()).toBe(before - 1);
    await page.screenshot({ path: join(artifacts, 'preview-dismissed.png') });
  });

  it('a near miss of a parent the teacher writes to: "Replace with" the known address, in the compose pane', async () => {
    await page.selectOption('#preset', 'misdirected-near-miss.eml');
    const replace = card().getByRole('button', { name: 'Replace with sarah.wright48@gmail.com' });
    await replace.waitFor({ timeout: 5000 });
    expect(await card().textContent()).toContain('You have never written to sarah.wright84@gmail.com');
    await page.screenshot({ path: join(artifacts, 'preview-near-miss.png') });
    await replace.click();
    await expect.poll(() => page.getByLabel('Cc', { exact: true }).inputValue()).toContain('sarah.wright48@gmail.com');
    await expect.poll(() => card().textContent()).not.toContain('You have never written to');
  });

  it('after a bad send: the home card checks what was sent, and Tell the DPO shows the note as drafted', async () => {
    await page.click('#home');
    await card().getByRole('button', { name: 'Check the last 24 hours' }).click();
    await card().getByText('Checked 3 messages sent in the last 24 hours: 1 needs your attention.').waitFor({ timeout: 5000 });
    expect(await card().textContent()).toContain("Each parent in To or Cc now has the others' addresses.");
    await page.screenshot({ path: join(artifacts, 'preview-after-a-mistake.png') });
    await card().getByRole('button', { name: 'Tell the DPO' }).click();
    await page.locator('#drafted').waitFor({ state: 'visible', timeout: 5000 });
    const note = await page.textContent('#drafted-text');
    expect(note).toMatch(/^To: dpo@silcoates\.org\.uk\nSubject: Possible data breach: an e-mail I sent on /);
    expect(note).toContain('72 hours from now');
    expect(note).toContain('- Jane Smith <jane.smith84@gmail.com>');
    await page.locator('#drafted').screenshot({ path: join(artifacts, 'preview-dpo-note.png') });
  });

  it('signed in as the Network Manager: the Settings home, a rule card with its switches, and a save', async () => {
    await page.selectOption('#role', 'networkManager');
    await card().getByRole('button', { name: 'Settings' }).click();
    await card().locator('[data-card-name="settings"]').waitFor();
    expect(await card().locator('.unsupported').count()).toBe(0);
    expect(await card().locator('.decorated-text.clickable').count()).toBe(1 + Object.keys(builtInRules).length); // the organisation, and a row per rule
    await page.screenshot({ path: join(artifacts, 'preview-settings-home.png') });
    await card().getByText('Attachments over the size the Network Manager allows').click();
    await card().locator('[data-card-name="settings-rule"]').waitFor();
    expect(await card().locator('select[data-field="rules.max-attachment-size.severity"]').inputValue()).toBe('warning');
    await page.locator('#back').click();
    await card().getByText('Unprofessional wording', { exact: false }).first().click();
    await card().locator('input.switch[data-field="rules.no-unprofessional-wording.categories.mildProfanity"]').uncheck();
    await page.screenshot({ path: join(artifacts, 'preview-settings-rule.png') });
    await card().getByRole('button', { name: 'Save' }).click();
    await card()
      .getByText(/Saved as version 1: 1 change\./)
      .waitFor({ timeout: 5000 });
  });

  it('signed in as the DPO with a demo term loaded: the statistics card with its chart, weeks as dates', async () => {
    await page.click('#use-demo');
    await expect.poll(() => page.locator('#config-status').textContent()).toMatch(/a demo term of statistics/);
    await page.selectOption('#role', 'dpo');
    await card().getByRole('button', { name: 'Statistics' }).click();
    await card().locator('[data-card-name="statistics"]').waitFor();
    await card().getByRole('button', { name: 'This term' }).click();
    await card().getByText('This term, against the term before').waitFor();
    // The weekly chart, and a small trend chart for each of the four rules shown most.
    expect(await card().locator('img.card-image').count()).toBe(5);
    expect(await card().textContent()).toMatch(/w\/c \d+ \w{3}: shown \d+/);
    expect(await card().locator('.unsupported').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'preview-statistics.png') });
  });

  it('no console error on the way', () => {
    expect(seen.consoleErrors).toEqual([]);
  });
});
