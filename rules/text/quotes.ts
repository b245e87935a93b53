// Separates what the author wrote from what the e-mail quotes: "> " lines, Gmail's "On … wrote:" line,
// Outlook's "From: … Sent: …" header block, and forwarded-message markers. Rules about the author's own
// wording read only the author's part; rules about data leaving the school read everything sent.
// Lines are walked by position, never split into strings: most lines are looked at for one character.

export interface SplitText {
  /** The author's own lines, joined; quoted and forwarded material removed. */
  author: string;
  /** Everything, as sent. */
  all: string;
}

const FORWARD_MARKER = /^\s*(-{3,}\s*(Forwarded message|Original Message)\s*-{3,}|Begin forwarded message:|-{5,}\s*Forwarded by)/i;
const WROTE_LINE = /^\s*On .{3,200}(wrote|writes):\s*$/i;
const WROTE_START = /^\s*On .{3,200}$/;
const WROTE_END = /(wrote|writes):\s*$/i;
const OUTLOOK_FROM = /^\s*\*?From:\*?\s+\S/;
const OUTLOOK_NEXT = /^\s*\*?(Sent|Date|To|Subject):\*?\s/;
/** What a marker line can start with, after spaces: "-", "On", "Begin", "From" or "*From". */
const MARKER_START = '-OoBF*';

/** JavaScript's \s, as the patterns above read it. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}

/** The text's lines as [start, end) offsets, without the line breaks. */
function lineBounds(text: string): number[] {
  const bounds: number[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    bounds.push(start, end);
    start = end + 1;
  }
  bounds.push(start, text.length);
  return bounds;
}

/** The first character of a line that is not a space, or '' for a blank line. */
function firstMark(text: string, start: number, end: number): string {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start < end ? text[start] : '';
}

/** Whether the line at `line` (an index into `bounds`) starts the quoted tail. */
function startsTail(text: string, bounds: number[], line: number): boolean {
  const at = (k: number) => text.slice(bounds[2 * k], bounds[2 * k + 1]);
  const current = at(line);
  if (FORWARD_MARKER.test(current) || WROTE_LINE.test(current)) return true;
  const hasNext = 2 * line + 2 < bounds.length;
  if (!hasNext) return false;
  // Gmail wraps long "On … wrote:" lines: "On Mon, 2 Nov 2026 at 09:12, Jane Smith <" / "jane@…> wrote:".
  const next = at(line + 1);
  if (WROTE_START.test(current) && WROTE_END.test(next) && next.length < 200) return true;
  return OUTLOOK_FROM.test(current) && OUTLOOK_NEXT.test(next);
}

export function splitQuoted(text: string): SplitText {
  const bounds = lineBounds(text);
  const lines = bounds.length / 2;
  let tail = lines;
  let quotedLines = false;
  for (let line = 0; line < lines && tail === lines; line++) {
    const mark = firstMark(text, bounds[2 * line], bounds[2 * line + 1]);
    if (mark === '>') quotedLines = true;
    else if (mark && MARKER_START.indexOf(mark) >= 0 && startsTail(text, bounds, line)) tail = line;
  }
  if (!quotedLines) {
    // The author's part is the text before the tail: one slice, no lines joined.
    const end = tail === lines ? text.length : Math.max(0, bounds[2 * tail] - 1);
    return { author: text.slice(0, end).trim(), all: text };
  }
  const kept: string[] = [];
  for (let line = 0; line < tail; line++) {
    const start = bounds[2 * line];
    const end = bounds[2 * line + 1];
    if (firstMark(text, start, end) !== '>') kept.push(text.slice(start, end));
  }
  return { author: kept.join('\n').trim(), all: text };
}
