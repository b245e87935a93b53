// The rules as they were before the bounded rewrite (commit ed56194), for the speed benches to run beside
// today's code: checked out once as a git worktree in the system's temporary folder, with this checkout's
// node_modules linked in. Undefined when git or the commit is not there (a shallow clone): the bench says so.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft } from '../rules/index.ts';

export const OLD_COMMIT = 'ed56194';
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface OldCode {
  name: string;
  builtInRules: Record<string, unknown>;
  parseConfig: unknown;
  lint: (draft: Draft, config: unknown, registry: Record<string, unknown>) => unknown;
}

export async function oldCode(): Promise<OldCode | undefined> {
  const dir = join(tmpdir(), `draftlint-${OLD_COMMIT}`);
  try {
    if (!existsSync(join(dir, 'rules', 'index.ts'))) {
      execFileSync('git', ['worktree', 'add', '--force', '--detach', dir, OLD_COMMIT], { cwd: root, stdio: 'ignore' });
    }
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const module = await import(join(dir, 'rules', 'index.ts'));
    return { name: OLD_COMMIT, ...module } as OldCode;
  } catch {
    return undefined;
  }
}
