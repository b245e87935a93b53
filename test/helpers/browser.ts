// Headless Chromium for the browser tests: Debian's own (Playwright's download cannot run here), driven by
// playwright-core. When no Chromium is installed the tests are skipped, and their name says why.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);

/** The Chromium to drive, or undefined (then the browser tests skip). */
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

export const SKIP_REASON = chromiumPath ? '' : ' (skipped: no Chromium found; `apt-get install -y chromium`, or set CHROMIUM_PATH)';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
}

/** What a page did that a test must see: console errors, every request, every dialog. */
export interface Watched {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

export function watch(page: Page): Watched {
  const seen: Watched = { consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.consoleErrors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}
