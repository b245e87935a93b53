// `npm run build`: writes dist/Code.js and dist/appsscript.json for clasp, and dist/cli.mjs for the command
// line, or fails with a plain message. `--cli` builds only the command line (the prepare script).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.ts';
import { bundleCli } from './cli-bundle.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

try {
  await bundleCli(root);
  if (process.argv.includes('--cli')) process.exit(0);
  const { code, manifest } = await bundle(root);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/Code.js'), code);
  writeFileSync(join(root, 'dist/appsscript.json'), manifest);
  console.log(`draftlint: built dist/Code.js (${(Buffer.byteLength(code) / 1024).toFixed(1)} KB), dist/appsscript.json and dist/cli.mjs`);
} catch (error) {
  console.error(`draftlint build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
