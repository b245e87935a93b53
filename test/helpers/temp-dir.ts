// Temporary folders for a test file, removed when its tests are done, so a test run leaves nothing behind
// in the system's temporary folder (each run used to leave about fifteen).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new, empty folder named `draftlint-<purpose>-…` in the system's temporary folder. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `draftlint-${purpose}-`));
  made.push(dir);
  return dir;
}
