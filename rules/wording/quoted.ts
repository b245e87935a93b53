// Other people's words in an e-mail: the spans between quotation marks, whether a hit lies inside one,
// and the subject of a reply or forward, which the other party wrote.

/** "Re: ???", "FW: RE: URGENT": a subject taken over from the message replied to or forwarded. */
export function isReplySubject(subject: string): boolean {
  return /^\s*(?:re|fwd?|aw|wg|sv|antw|tr)\s*(?:\[\d+\])?\s*:/i.test(subject);
}

/** Spans between quotation marks (straight or curly), each within one paragraph; in order, never overlapping. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /"[^"\n]{1,500}"|“[^”\n]{1,500}”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether [start, end) lies inside one of the spans: a binary search, since there can be many of both. */
export function insideSpan(spans: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] > start) hi = mid - 1;
    else lo = mid + 1;
  }
  return hi >= 0 && end <= spans[hi][1];
}
