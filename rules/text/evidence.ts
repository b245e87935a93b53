// Evidence lines for findings: the original text around a match, with every personal identifier in
// sight masked, whichever rule quotes it. A wording finding must not repeat the UPN two words away.
import { findPersonalData } from '../detect/index.ts';
import { snippet, type Mask, type Normalised } from './normalise.ts';

const masksOf = new WeakMap<Normalised, Mask[]>();

/** The masks for a text: every identifier-like match, even a weak one; found once per text. */
export function identifierMasks(n: Normalised): Mask[] {
  let masks = masksOf.get(n);
  if (!masks) {
    masks = findPersonalData(n.text, 'low').map((d) => ({ start: d.start, end: d.end, text: d.masked }));
    masksOf.set(n, masks);
  }
  return masks;
}

export function evidenceSnippet(n: Normalised, start: number, end: number): string {
  return snippet(n, start, end, identifierMasks(n));
}
