#!/usr/bin/env node
// Entry point for `npx draftlint`. Runs the bundled CLI (dist/cli.mjs, made by `npm ci` through the prepare
// script, and by `npm run build`) while it is newer than every source file; otherwise, as right after an
// edit, the TypeScript itself through tsx, which is slower to start but never stale.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time under the given files and folders. */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (!stat.isDirectory()) time = Math.max(time, stat.mtimeMs);
    else for (const entry of readdirSync(path)) time = Math.max(time, newest([join(path, entry)]));
  }
  return time;
}

const bundled = statSync(join(root, 'dist', 'cli.mjs'), { throwIfNoEntry: false });
// Kept in step with CLI_SOURCES in build/cli-bundle.ts.
if (bundled && bundled.mtimeMs >= newest(['cli', 'rules', 'package-lock.json'].map((p) => join(root, p)))) {
  await import('../dist/cli.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./run.ts');
}
