// The bundle's entry: esbuild wraps this in an IIFE named `draftlint`, and the build appends one
// top-level `function name(e) { return draftlint.handlers.name(e); }` per entry point.
export { entryPoints as handlers } from './entrypoints.ts';
