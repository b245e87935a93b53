// PDF: encrypted when a trailer dictionary (classic "trailer << … >>" or an xref stream's dictionary)
// has a top-level /Encrypt key. Found by following startxref, then /Prev and /XRefStm, which also covers
// incremental updates and linearised files; text that merely contains "/Encrypt" is never taken for it.
import { latin1 } from './bytes.ts';
import type { Protection } from './protection.ts';

const MAX_HOPS = 64;
const WINDOW = 64 * 1024;

interface TrailerKeys {
  keys: Set<string>;
  prev?: number;
  xrefStm?: number;
}

/** Index of the ")" that closes the literal string opening at `at` (balanced, with backslash escapes). */
function endOfString(text: string, at: number): number {
  let nest = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') nest++;
    else if (text[i] === ')' && --nest === 0) return i;
  }
  return text.length;
}

/**
 * The top-level keys of the dictionary that opens at `at` ("<<"), skipping nested dictionaries, arrays
 * and strings; undefined when it never closes (a damaged file).
 */
function dictionaryKeys(text: string, at: number): TrailerKeys | undefined {
  if (at < 0 || text.slice(at, at + 2) !== '<<') return undefined;
  const out: TrailerKeys = { keys: new Set() };
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    const pair = text.slice(i, i + 2);
    if (c === '(') i = endOfString(text, i);
    else if (pair === '<<' || pair === '>>') {
      depth += pair === '<<' ? 1 : -1;
      i++;
      if (depth === 0) return out;
    } else if (c === '[' || c === ']') depth += c === '[' ? 1 : -1;
    else if (c === '/' && depth === 1) {
      const m = /^\/([^\s/<>[\]()]+)\s*(\d+)?/.exec(text.slice(i, i + 40));
      if (m) {
        out.keys.add(m[1]);
        if (m[1] === 'Prev' && m[2]) out.prev = Number(m[2]);
        if (m[1] === 'XRefStm' && m[2]) out.xrefStm = Number(m[2]);
        i += m[1].length;
      }
    }
  }
  return undefined;
}

/** The trailer dictionary's keys for the cross-reference section at `offset`, classic or stream. */
function trailerAt(b: Uint8Array, offset: number): TrailerKeys | undefined {
  const head = latin1(b, offset, offset + 64).replace(/^\s+/, '');
  if (head.startsWith('xref')) {
    for (let from = offset; from < b.length; from += WINDOW) {
      const chunk = latin1(b, from, from + WINDOW + 16);
      const at = chunk.indexOf('trailer');
      if (at >= 0) {
        const text = latin1(b, from + at, from + at + WINDOW);
        return dictionaryKeys(text, text.indexOf('<<'));
      }
    }
    return undefined;
  }
  if (/^\d+\s+\d+\s+obj/.test(head)) {
    const text = latin1(b, offset, offset + WINDOW);
    return dictionaryKeys(text, text.indexOf('<<'));
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
    const t = trailerAt(b, offset);
    if (!t) continue;
    trailers++;
    if (t.keys.has('Encrypt')) return { status: 'protected', format: 'PDF', detail: 'it is encrypted' };
    if (t.prev !== undefined) queue.push(t.prev);
    if (t.xrefStm !== undefined) queue.push(t.xrefStm);
  }
  return trailers
    ? { status: 'notProtected', format: 'PDF', detail: 'it opens without a password' }
    : { status: 'unknown', format: 'PDF', detail: 'its cross-reference table could not be read' };
}
