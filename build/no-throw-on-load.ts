// An esbuild plugin for the add-on's bundle: fflate tests at load whether the host's TextDecoder can
// stream, by calling it inside a try. Apps Script has no TextDecoder, so that call throws a TypeError,
// and V8 words "… is not a function" by parsing again the whole function around the call: with esbuild's
// one-function bundle, all of dist/Code.js, on every cold start (half the evaluation: 26–31 ms → 13–14 ms
// without it, `npm run bench -- bundle`). The probe is kept, guarded to run only where a TextDecoder exists;
// draftlint uses fflate's Inflate, never its text decoding. The build fails if fflate's text changes.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

const PROBE = 'try {\n    td.decode(et, { stream: true });';
const GUARDED = 'if (td) try {\n    td.decode(et, { stream: true });';

export const noThrowOnLoad: Plugin = {
  name: 'draftlint-no-throw-on-load',
  setup(build) {
    build.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]browser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.split(PROBE).length !== 2) {
        return { errors: [{ text: `fflate's TextDecoder probe was not found once in ${args.path}: check build/no-throw-on-load.ts` }] };
      }
      return { contents: source.replace(PROBE, GUARDED), loader: 'js' };
    });
  },
};
