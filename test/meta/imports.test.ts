// The seams, held by this test and by ESLint: the shells (addon/, cli/, build/, preview/) reach the core only
// through its one door, rules/index.ts, the core never imports a shell, and no file imports itself through
// others (type-only imports count: a cycle of types is still two files that cannot be read apart).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.ts';

function sources(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const specifiers = Array.from(
    text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g),
    (m) => m[1] ?? m[2],
  );
  return specifiers.map((s) => relative(repoRoot, resolve(dirname(join(repoRoot, file)), s)));
}

describe('imports', () => {
  it.each(['addon', 'cli', 'build', 'preview'])('%s/ reaches the core only through rules/index.ts', (shell) => {
    const through = sources(shell).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('rules/') && i !== 'rules/index.ts')
        .map((i) => `${f} → ${i}`),
    );
    expect(through).toEqual([]);
  });

  it('has no import cycle, type imports included', () => {
    const files = ['rules', 'addon', 'cli', 'build', 'preview'].flatMap(sources);
    const edges = new Map(files.map((f) => [f, importsOf(f).filter((i) => files.includes(i))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of edges.get(f) ?? []) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the core imports no shell', () => {
    const outward = sources('rules').flatMap((f) =>
      importsOf(f)
        .filter((i) => /^(addon|cli|build|preview)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(outward).toEqual([]);
  });
});
