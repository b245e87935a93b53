// PDF: encrypted when a trailer dictionary (classic "trailer << … >>" or an xref stream's dictionary)
// has a top-level /Encrypt key. Found by following startxref, then /Prev and /XRefStm, which also covers
// incremental updates and linearised files; text that merely contains "/Encrypt" is never taken for it.
import { latin1 } from './bytes.ts';
import type { Protection } from './protection.ts';

const MAX_HOPS = 64;
const WINDOW = 64 * 1024;

/** The dictionary starting at `at` ("<<"), as a string, skipping nested dictionaries, strings and hex. */
function dictionaryAt(text: string, at: number): string | undefined {
  if (text.slice(at, at + 2) !== '<<') return undefined;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      // A literal string: balanced parentheses, with backslash escapes.
      let nest = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nest++;
        else if (text[i] === ')' && --nest === 0) break;
      }
    } else if (c === "<" && text[i + 1] === "<") {
      depth++;
      i++;
    }
    else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(at, i + 1);
    }
  }
  return undefined;
}

/** The keys of a dictionary's top level, with their raw values for the ones we follow. */
function topLevel(dict: string): { keys: Set<string>; prev?: number; xrefStm?: number } {
  const keys = new Set<string>();
  let depth = 0;
  const out: { keys: Set<string>; prev?: number; xrefStm?: number } = { keys };
  for (let i = 0; i < dict.length; i++) {
    const c = dict[i];
    if (c === '(') {
      let nest = 0;
      for (; i < dict.length; i++) {
        if (dict[i] === '\\') i++;
        else if (dict[i] === '(') nest++;
        else if (dict[i] === ')' && --nest === 0) break;
      }
    } else if (c === "<" && dict[i + 1] === "<") {
      depth++;
      i++;
    }
    else if (c === ">" && dict[i + 1] === ">") {
      depth--;
      i++;
    }
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '/' && depth === 1) {
      const m = /^\/([^\s/<>[\]()]+)\s*(\d+)?/.exec(dict.slice(i, i + 40));
      if (m) {
        keys.add(m[1]);
        if (m[1] === 'Prev' && m[2]) out.prev = Number(m[2]);
        if (m[1] === 'XRefStm' && m[2]) out.xrefStm = Number(m[2]);
        i += m[1].length;
      }
    }
  }
  return out;
}

/** The trailer dictionary for the cross-reference section at `offset`, classic or stream. */
function trailerAt(b: Uint8Array, offset: number): string | undefined {
  const head = latin1(b, offset, offset + 64).replace(/^\s+/, '');
  if (head.startsWith('xref')) {
    for (let from = offset; from < b.length; from += WINDOW) {
      const chunk = latin1(b, from, from + WINDOW + 16);
      const at = chunk.indexOf('trailer');
      if (at >= 0) {
        const text = latin1(b, from + at, from + at + WINDOW);
        return dictionaryAt(text, text.indexOf('<<'));
      }
    }
    return undefined;
  }
  if (/^\d+\s+\d+\s+obj/.test(head)) {
    const text = latin1(b, offset, offset + WINDOW);
    return dictionaryAt(text, text.indexOf('<<'));
  }
  return undefined;
}

export function pdfProtection(b: Uint8Array): Protection {
  const tail = latin1(b, Math.max(0, b.length - 2048));
  const m = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail) || /startxref\s+(\d+)(?![\s\S]*startxref)/.exec(tail);
  if (!m) return { status: 'unknown', format: 'PDF', detail: 'the file is damaged or cut short (no startxref)' };
  const queue = [Number(m[1])];
  const seen = new Set<number>();
  let trailers = 0;
  while (queue.length && seen.size < MAX_HOPS) {
    const offset = queue.shift()!;
    if (seen.has(offset) || offset >= b.length) continue;
    seen.add(offset);
    const dict = trailerAt(b, offset);
    if (!dict) continue;
    trailers++;
    const t = topLevel(dict);
    if (t.keys.has('Encrypt')) return { status: 'protected', format: 'PDF', detail: 'it is encrypted' };
    if (t.prev !== undefined) queue.push(t.prev);
    if (t.xrefStm !== undefined) queue.push(t.xrefStm);
  }
  return trailers
    ? { status: 'notProtected', format: 'PDF', detail: 'it opens without a password' }
    : { status: 'unknown', format: 'PDF', detail: 'its cross-reference table could not be read' };
}
