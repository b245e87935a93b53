// draftlint's version, from package.json: one level above both cli/ (run through tsx) and dist/ (bundled).
import { readFileSync } from 'node:fs';

function readVersion(): string {
  try {
    return String(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  } catch (_) {
    return 'unknown';
  }
}

export const VERSION = readVersion();
