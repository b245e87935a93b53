// Joins runs of adjacent RFC 2047 encoded words in a message's header section into one encoded word per run,
// before postal-mime reads the message. RFC 2047 §6.2 says the white space between adjacent encoded words
// is ignored, so the text is the same; but postal-mime 4.0.0 decodes a run of many words in more than linear
// time (40,000 in a display name took about a second here), and one long word in linear time. Only header
// sections with many encoded words are rewritten: ordinary messages reach postal-mime byte for byte.

/** Fewer encoded words than this in the header section: leave the message as it is. */
const MANY = 64;
/** A run of encoded words in one charset, separated by white space only (folding included). */
const RUN = /=\?([^?\s]{1,64})\?[BbQq]\?[^?\s]*\?=(?:[ \t\r\n]+=\?\1\?[BbQq]\?[^?\s]*\?=)+/g;
const WORD = /=\?[^?\s]+\?([BbQq])\?([^?\s]*)\?=/g;

function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/** One run as one B-encoded word: each word's bytes, in order, whichever encoding it used. */
function joinRun(run: string, charset: string): string {
  const parts: Buffer[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run); m; m = WORD.exec(run))
    parts.push(m[1] === 'B' || m[1] === 'b' ? Buffer.from(m[2], 'base64') : decodeQ(m[2]));
  return `=?${charset}?B?${Buffer.concat(parts).toString('base64')}?=`;
}

/** Where the header section ends: the first empty line, or the end of the message. */
function headerEnd(raw: Uint8Array): number {
  for (let i = 0; i + 1 < raw.length; i++) {
    if (raw[i] === 0x0a && (raw[i + 1] === 0x0a || (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a))) return i + 1;
  }
  return raw.length;
}

export function joinEncodedWords(raw: Uint8Array): Uint8Array {
  const end = headerEnd(raw);
  const head = Buffer.from(raw.buffer, raw.byteOffset, end).toString('latin1');
  let count = 0;
  for (let at = head.indexOf('=?'); at >= 0 && count < MANY; at = head.indexOf('=?', at + 2)) count++;
  if (count < MANY) return raw;
  const joined = Buffer.from(
    head.replace(RUN, (run, charset: string) => joinRun(run, charset)),
    'latin1',
  );
  return Buffer.concat([joined, raw.subarray(end)]);
}
