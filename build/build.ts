// `npm run build`: writes dist/Code.js and dist/appsscript.json for clasp, or fails with a plain message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

try {
  const { code, manifest } = await bundle(root);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/Code.js'), code);
  writeFileSync(join(root, 'dist/appsscript.json'), manifest);
  console.log(`draftlint: built dist/Code.js (${(Buffer.byteLength(code) / 1024).toFixed(1)} KB) and dist/appsscript.json`);
} catch (error) {
  console.error(`draftlint build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
