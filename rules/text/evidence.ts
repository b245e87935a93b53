// Evidence lines for findings: the original text around a match, with every personal identifier in
// sight masked, whichever rule quotes it. A wording finding must not repeat the UPN two words away.
import { findPersonalData } from '../detect/index.ts';
import { snippet, type Mask, type Normalised } from './normalise.ts';

/** How far around a snippet identifiers are looked for: wider than any identifier and its keyword. */
const MARGIN = 200;
const CONTEXT = 40;

/**
 * The masks near [start, end): every identifier-like match, even a weak one, found in a window around the
 * snippet only, so an evidence line costs the same in a short e-mail and in five megabytes of identifiers.
 * A match cut by the window's edge can only add a mask, never lose one inside the snippet.
 */
function masksNear(n: Normalised, start: number, end: number): Mask[] {
  const from = Math.max(0, start - CONTEXT - MARGIN);
  const window = n.text.slice(from, Math.min(n.text.length, end + CONTEXT + MARGIN));
  return findPersonalData(window, 'low').map((d) => ({ start: from + d.start, end: from + d.end, text: d.masked }));
}

export function evidenceSnippet(n: Normalised, start: number, end: number): string {
  return snippet(n, start, end, masksNear(n, start, end), CONTEXT);
}
