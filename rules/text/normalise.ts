// Normalises text for matching while remembering where each character came from, so evidence can quote
// the original: zero-width characters and soft hyphens are dropped, non-breaking spaces become spaces,
// full-width letters become ASCII, and look-alike letters (Cyrillic "а" in "bаstard") become Latin.
import { confusables } from '../data/confusables.ts';
import type { Normalised } from '../engine/types.ts';

export type { Normalised };

/** Where position `i` of the normalised text stands in the source. */
export function sourceIndex(n: Normalised, i: number): number {
  return n.origin ? n.origin[i] : i;
}

const INVISIBLE = /^[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]$/;
const SPACES = /^[\u00a0\u2007\u202f\u2000-\u200a\u3000]$/;

/** What one non-ASCII character becomes: '' to drop it, or its replacement (itself when unchanged). */
function mapChar(ch: string, code: number): string {
  if (INVISIBLE.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  const lower = ch.toLowerCase();
  const mapped = confusables[ch] ?? confusables[lower];
  // Letters only: a digit standing for a letter is the wording rule's business, and detectors need digits.
  if (!mapped || (mapped >= '0' && mapped <= '9')) return ch;
  return ch === lower ? mapped : mapped.toUpperCase();
}

export function normalise(source: string): Normalised {
  if (!/[^\x00-\x7f]/.test(source)) return { text: source, source };
  const origin = new Int32Array(source.length + 1);
  let text = '';
  let runStart = 0;
  let j = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      origin[j++] = i;
      continue;
    }
    const ch = source[i];
    const replacement = mapChar(ch, code);
    if (replacement === ch) {
      origin[j++] = i;
      continue;
    }
    text += source.slice(runStart, i) + replacement;
    runStart = i + 1;
    if (replacement) origin[j++] = i;
  }
  text += source.slice(runStart);
  origin[j] = source.length;
  return { text, origin: origin.subarray(0, j + 1), source };
}

export interface Mask {
  start: number;
  end: number;
  text: string;
}

/**
 * The original text around [start, end), for evidence: up to `context` characters either side, on one
 * line. Every mask that touches the window replaces its whole span (the window grows to take it in), so
 * no identifier in the context is ever shown, however the window falls.
 */
export function snippet(n: Normalised, start: number, end: number, masks: readonly Mask[] = [], context = 40): string {
  let from = Math.max(0, start - context);
  let to = Math.min(n.text.length, end + context);
  const inside = masks.filter((m) => m.end > from && m.start < to).sort((a, b) => a.start - b.start);
  for (const m of inside) {
    from = Math.min(from, m.start);
    to = Math.max(to, m.end);
  }
  let out = '';
  let at = from;
  for (const m of inside) {
    if (m.start < at) continue; // overlapping masks: the first one already hid this span
    out += n.source.slice(sourceIndex(n, at), sourceIndex(n, m.start)) + m.text;
    at = m.end;
  }
  out += n.source.slice(sourceIndex(n, at), sourceIndex(n, to));
  const lead = from > 0 ? '…' : '';
  const tail = to < n.text.length ? '…' : '';
  return lead + out.replace(/\s+/g, ' ').trim() + tail;
}
