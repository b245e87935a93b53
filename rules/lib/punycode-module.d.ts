// Types for the userland `punycode` package, imported by its file path so that Node's deprecated
// built-in `punycode` module is never picked instead.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
