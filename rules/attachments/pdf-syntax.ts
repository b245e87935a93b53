// The PDF object syntax the protection check reads: dictionaries, arrays, names, numbers, strings (literal
// with escapes, and hex), references and keywords, parsed from Latin-1 text. Bounded: a value that does not
// close within the text, or nests deeper than 32, is undefined (a damaged file), never an exception.
export type PdfValue = number | boolean | null | PdfName | PdfRef | Uint8Array | PdfValue[] | PdfDict;
export interface PdfName {
  name: string;
}
export interface PdfRef {
  num: number;
  gen: number;
}
export type PdfDict = Map<string, PdfValue>;

const DELIMITER = /[\s()<>[\]{}/%]/;
const MAX_DEPTH = 32;

interface Parsed {
  value: PdfValue;
  end: number;
}

export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0') i++;
    else break;
  }
  return i;
}

function literalString(text: string, at: number): Parsed | undefined {
  const out: number[] = [];
  let nest = 1;
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const e = text[++i];
      if (e === undefined) return undefined;
      if (e in escapes) out.push(escapes[e]);
      else if (e >= '0' && e <= '7') {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
        out.push(parseInt(octal, 8) & 255);
        i += octal.length - 1;
      } else if (e === '\r') {
        if (text[i + 1] === '\n') i++; // a backslash at the end of a line continues the string
      } else if (e !== '\n') out.push(e.charCodeAt(0));
    } else if (c === '(') {
      nest++;
      out.push(40);
    } else if (c === ')') {
      if (--nest === 0) return { value: Uint8Array.from(out), end: i + 1 };
      out.push(41);
    } else out.push(c.charCodeAt(0));
  }
  return undefined;
}

function hexString(text: string, at: number): Parsed | undefined {
  const close = text.indexOf('>', at);
  if (close < 0) return undefined;
  const digits = text.slice(at + 1, close).replace(/\s+/g, '');
  if (/[^0-9a-fA-F]/.test(digits)) return undefined;
  const even = digits.length % 2 ? digits + '0' : digits;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(even.substr(i * 2, 2), 16);
  return { value: out, end: close + 1 };
}

function name(text: string, at: number): Parsed {
  let i = at + 1;
  while (i < text.length && !DELIMITER.test(text[i])) i++;
  return {
    value: { name: text.slice(at + 1, i).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) },
    end: i,
  };
}

function parseAt(text: string, start: number, depth: number): Parsed | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const at = skipSpace(text, start);
  const c = text[at];
  if (c === undefined) return undefined;
  if (text.startsWith('<<', at)) {
    const dict: PdfDict = new Map();
    let i = at + 2;
    for (;;) {
      i = skipSpace(text, i);
      if (text.startsWith('>>', i)) return { value: dict, end: i + 2 };
      if (text[i] !== '/') return undefined;
      const key = name(text, i);
      const value = parseAt(text, key.end, depth + 1);
      if (!value) return undefined;
      dict.set((key.value as PdfName).name, value.value);
      i = value.end;
    }
  }
  if (c === '[') {
    const items: PdfValue[] = [];
    let i = at + 1;
    for (;;) {
      i = skipSpace(text, i);
      if (text[i] === ']') return { value: items, end: i + 1 };
      const item = parseAt(text, i, depth + 1);
      if (!item) return undefined;
      items.push(item.value);
      i = item.end;
    }
  }
  if (c === '(') return literalString(text, at);
  if (c === '<') return hexString(text, at);
  if (c === '/') return name(text, at);
  const number = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(text.slice(at, at + 32));
  if (number) {
    const end = at + number[0].length;
    // "12 0 R" is a reference; "12 0" followed by anything else is two numbers.
    const ref = /^\s+(\d+)\s+R(?=[\s()<>[\]{}/%]|$)/.exec(text.slice(end, end + 24));
    if (ref && /^\d+$/.test(number[0])) return { value: { num: Number(number[0]), gen: Number(ref[1]) }, end: end + ref[0].length };
    return { value: Number(number[0]), end };
  }
  const keyword = /^(true|false|null)(?=[\s()<>[\]{}/%]|$)/.exec(text.slice(at, at + 6));
  if (keyword) return { value: keyword[1] === 'null' ? null : keyword[1] === 'true', end: at + keyword[1].length };
  return undefined;
}

/** The value starting at `at` (after any white space), and where it ends. */
export function parsePdfValue(text: string, at: number): Parsed | undefined {
  return parseAt(text, at, 0);
}

export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && 'num' in v && 'gen' in v;
export const isName = (v: PdfValue | undefined, expected?: string): v is PdfName =>
  typeof v === 'object' && v !== null && 'name' in v && (expected === undefined || (v as PdfName).name === expected);
export const isBytes = (v: PdfValue | undefined): v is Uint8Array => v instanceof Uint8Array;
