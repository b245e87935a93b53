// Where the shared evaluation corpus lives (../shared/corpus beside the repo). Tests that need it skip
// cleanly when it is absent; corpus files are never copied into the project.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function corpusDir(sub: string): string | undefined {
  const dir = join(process.env.DRAFTLINT_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus'), sub);
  return existsSync(dir) ? dir : undefined;
}
