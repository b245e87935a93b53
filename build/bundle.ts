// Bundles addon/ into one Apps Script file: an ES2019 IIFE named `draftlint`, the school's validated config
// baked in, and a top-level stub for every entry point. Then checks the seam Apps Script depends on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { build } from 'esbuild';
import { entryPoints } from '../addon/entrypoints.ts';
import { loadConfigFile } from '../cli/config-file.ts';
import { noThrowOnLoad } from './no-throw-on-load.ts';

export interface BundleResult {
  code: string;
  manifest: string;
}

/** Every runFunction the manifest names, wherever it sits. */
export function manifestFunctions(manifest: unknown): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'runFunction' && typeof value === 'string') names.push(value);
        else walk(value);
      }
    }
  };
  walk(manifest);
  return names;
}

/**
 * Names passed as literals to setFunctionName("…") in the bundle. Names held in constants are typed
 * EntryPointName, so the compiler checks those, and the bundle test checks every button it sees.
 */
export function callbackNames(code: string): string[] {
  return Array.from(code.matchAll(/setFunctionName\(\s*["'`]([\w$]+)["'`]\s*\)/g), (m) => m[1]);
}

export function stubs(names: string[]): string {
  return names.map((n) => `function ${n}(e) { return draftlint.handlers.${n}(e); }`).join('\n');
}

/** Throws with a plain message when the bundle or manifest would break in Apps Script. */
export function checkSeam(code: string, manifest: unknown): void {
  const stubbed = new Set(Object.keys(entryPoints));
  const missing = manifestFunctions(manifest).filter((n) => !stubbed.has(n));
  if (missing.length)
    throw new Error(`appsscript.json names functions with no entry point: ${missing.join(', ')} (add them to addon/entrypoints.ts)`);
  const callbacks = callbackNames(code).filter((n) => !stubbed.has(n));
  if (callbacks.length) throw new Error(`cards call functions with no entry point: ${callbacks.join(', ')}`);
  // Apps Script has no modules and runs ES2019: the bundle must parse as an ES2019 script.
  parse(code, { ecmaVersion: 2019, sourceType: 'script' });
}

/** Bundles `root`'s add-on with its config (or `configFile`, relative to root); rejects with a plain message. */
export async function bundle(root: string, options: { configFile?: string } = {}): Promise<BundleResult> {
  const loaded = loadConfigFile(options.configFile, root);
  if (!loaded.ok) throw new Error(loaded.message);
  const result = await build({
    entryPoints: [join(root, 'addon/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'draftlint',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'eof',
    define: { __SCHOOL_CONFIG__: JSON.stringify(loaded.raw) },
    logLevel: 'silent',
    plugins: [noThrowOnLoad],
  });
  const code = `${result.outputFiles[0].text}\n// Entry points called by Gmail (generated from addon/entrypoints.ts).\n${stubs(Object.keys(entryPoints))}\n`;
  const manifestText = readFileSync(join(root, 'appsscript.json'), 'utf8');
  checkSeam(code, JSON.parse(manifestText));
  return { code, manifest: manifestText };
}
