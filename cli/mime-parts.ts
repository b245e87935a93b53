// Counts a raw message's MIME parts before postal-mime reads them. postal-mime builds every part, ~8 µs
// each, so a 5 MB message of 700,000 empty parts took 5.6 s to read: a message with more parts than
// draftlint reads has its headers read and its body and attachments named as unread (eml-to-draft.ts).

/** Parts a message may have and still be read in full: a school's mail has a few, a newsletter some dozens. */
export const MAX_PARTS = 1000;

/** A boundary a multipart header declares: `boundary="…"` or `boundary=…` (RFC 2046: at most 70 characters). */
const DECLARED = /\bboundary\s*=\s*(?:"([^"\r\n]{1,70})"|([^\s;"]{1,70}))/gi;

/** A delimiter line is "--", the boundary, "--" to close, and spaces: never longer than this. */
const LONGEST_DELIMITER = 2 + 70 + 2 + 8;

/**
 * The parts the message's own boundaries delimit, counted up to `enough` (then `enough` is returned): one
 * per "--boundary" line of a boundary some header declares, so "-----" lines in a text are not parts. One
 * pass over the text, with no string made for a line longer than a delimiter.
 */
export function countParts(bytes: Uint8Array, enough: number): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const boundaries = new Set<string>();
  DECLARED.lastIndex = 0;
  for (let m = DECLARED.exec(text); m; m = DECLARED.exec(text)) {
    boundaries.add(m[1] ?? m[2]);
    // Each declaration is a multipart part of its own: that many is enough already.
    if (boundaries.size >= enough) return enough;
  }
  if (!boundaries.size) return 0;
  let parts = 0;
  for (let at = text.indexOf('\n--'); at >= 0 && parts < enough; at = text.indexOf('\n--', at + 3)) {
    let end = text.indexOf('\n', at + 3);
    if (end < 0) end = text.length;
    if (end - at - 3 > LONGEST_DELIMITER) continue;
    const line = text.slice(at + 3, end).trimEnd();
    if (boundaries.has(line)) parts++; // "--boundary" opens a part; "--boundary--" closes the multipart
  }
  return parts;
}
