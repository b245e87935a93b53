// Separates what the author wrote from what the e-mail quotes: "> " lines, Gmail's "On … wrote:" line,
// Outlook's "From: … Sent: …" header block, and forwarded-message markers. Rules about the author's own
// wording read only the author's part; rules about data leaving the school read everything sent.

export interface SplitText {
  /** The author's own lines, joined; quoted and forwarded material removed. */
  author: string;
  /** Everything, as sent. */
  all: string;
}

const QUOTED_LINE = /^\s*>/;
const FORWARD_MARKER = /^\s*(-{3,}\s*(Forwarded message|Original Message)\s*-{3,}|Begin forwarded message:|-{5,}\s*Forwarded by)/i;
const WROTE_LINE = /^\s*On .{3,200}(wrote|writes):\s*$/i;
const OUTLOOK_FROM = /^\s*\*?From:\*?\s+\S/;
const OUTLOOK_NEXT = /^\s*\*?(Sent|Date|To|Subject):\*?\s/;

/** Index of the first line that starts the quoted tail, or lines.length when there is none. */
function quotedTailStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Every marker starts (after spaces) with "-", "O", "B", "F" or "*": skip the other lines cheaply.
    let k = 0;
    while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9) k++;
    if ('-OoBF*'.indexOf(line.charAt(k) || 'x') < 0) continue;
    if (FORWARD_MARKER.test(line)) return i;
    if (WROTE_LINE.test(line)) return i;
    // Gmail wraps long "On … wrote:" lines: "On Mon, 2 Nov 2026 at 09:12, Jane Smith <" / "jane@…> wrote:".
    if (/^\s*On .{3,200}$/.test(line) && i + 1 < lines.length && /(wrote|writes):\s*$/i.test(lines[i + 1]) && lines[i + 1].length < 200)
      return i;
    if (OUTLOOK_FROM.test(line) && i + 1 < lines.length && OUTLOOK_NEXT.test(lines[i + 1])) return i;
  }
  return lines.length;
}

export function splitQuoted(text: string): SplitText {
  const lines = text.split('\n');
  const tail = quotedTailStart(lines);
  const author = lines.slice(0, tail).filter((line) => !QUOTED_LINE.test(line));
  return { author: author.join('\n').trim(), all: text };
}
