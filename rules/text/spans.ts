// Stretches of a text a rule reads past (names never to flag, links, addresses), as one flat list
// [start, end, start, end, …] in text order, none overlapping. Blanking keeps every position where it was.

export type Spans = number[];

/** The stretches matched by a global scan (in order, never overlapping). */
export function spansOf(matches: readonly RegExpExecArray[]): Spans {
  const spans: Spans = [];
  for (const m of matches) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/** The text with each span turned to spaces: same length, so positions stay true. */
export function blankSpans(text: string, spans: Spans): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(at, spans[k]) + ' '.repeat(spans[k + 1] - spans[k]);
    at = spans[k + 1];
  }
  return out + text.slice(at);
}

/** The items (in text order, none overlapping) that touch none of the spans: one walk over both lists. */
export function outsideSpans<T extends { start: number; end: number }>(items: readonly T[], spans: Spans): T[] {
  if (!spans.length) return items.slice();
  const kept: T[] = [];
  let k = 0;
  for (const item of items) {
    while (k < spans.length && spans[k + 1] <= item.start) k += 2;
    if (k >= spans.length || spans[k] >= item.end) kept.push(item);
  }
  return kept;
}
