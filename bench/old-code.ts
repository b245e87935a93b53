// The rules as they ship, and as they were before the bounded rewrite (commit ed56194), for the speed
// benches to run side by side. Both are bundled by esbuild as the add-on and the CLI are (a module graph
// run through tsx is ~10 % slower than the bundle that ships). The old code is checked out once as a git
// worktree in the system's temporary folder, with this checkout's node_modules linked in; undefined when
// git or the commit is not there (a shallow clone): the bench says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Rules from '../rules/index.ts';
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
    const module = await bundled(dir);
    return { name: OLD_COMMIT, ...module } as OldCode;
  } catch {
    return undefined;
  }
}

/** The rules of the checkout at `dir`, bundled into the system's temporary folder and imported. */
async function bundled(dir: string): Promise<Record<string, unknown>> {
  const out = mkdtempSync(join(tmpdir(), 'draftlint-bench-'));
  try {
    const outfile = join(out, 'rules.mjs');
    await build({
      entryPoints: [join(dir, 'rules', 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
  } finally {
    rmSync(out, { recursive: true, force: true }); // imported: the module no longer needs its file
  }
}

/** Today's rules, bundled as they ship. */
export async function currentCode(): Promise<typeof Rules> {
  return (await bundled(root)) as unknown as typeof Rules;
}
