// Splits an mbox stream into messages without holding the file in memory: one message at a time.
// A message starts at a "From " line at the start of the file or after a blank line; ">From " lines
// are unescaped (mboxrd), so the bytes handed on are the message as it was sent. Lines are found in each
// chunk as it comes and only a message is copied, once: no buffer is made per line (a 10 MB mbox has
// 250,000 lines).

const NL = 0x0a;
const CR = 0x0d;
const GT = 0x3e; // '>'

/** Whether the line buf[start, end) starts with "From ". */
function isFromLine(buf: Buffer, start: number, end: number): boolean {
  return (
    end - start >= 5 &&
    buf[start] === 0x46 &&
    buf[start + 1] === 0x72 &&
    buf[start + 2] === 0x6f &&
    buf[start + 3] === 0x6d &&
    buf[start + 4] === 0x20
  );
}

/** Whether the line buf[start, end) is ">From ", ">>From " …: a "From " line the mbox escaped. */
function isEscapedFrom(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && buf[i] === GT) i++;
  return i > start && isFromLine(buf, i, end);
}

/** The splitter's state between chunks. */
class Splitter {
  /** The current message so far: pieces of chunks, '>' of escaped lines left out. */
  private parts: Buffer[] = [];
  /** The start of a line the last chunk cut off, waiting for its end. */
  private partial: Buffer[] = [];
  private started = false;
  private previousBlank = true;
  /** Bytes of the previous line, its "\n" included: a blank line before "From " is not the message's. */
  private previousLength = 0;

  *feed(buf: Buffer): Generator<Buffer> {
    let start = 0;
    if (this.partial.length) {
      const nl = buf.indexOf(NL);
      if (nl < 0) {
        this.partial.push(buf);
        return;
      }
      const line = Buffer.concat([...this.partial, buf.subarray(0, nl + 1)]);
      this.partial = [];
      yield* this.lines(line, 0, line.length);
      start = nl + 1;
    }
    const end = buf.lastIndexOf(NL) + 1; // whole lines are buf[start, end)
    if (end > start) yield* this.lines(buf, start, end);
    const rest = Math.max(start, end);
    if (rest < buf.length) this.partial.push(buf.subarray(rest));
  }

  /** The last message, its last line given the "\n" it was missing, as a line of the file always had. */
  *end(): Generator<Buffer> {
    if (this.partial.length) yield* this.feed(Buffer.from('\n'));
    if (this.started) yield this.finish(this.previousBlank ? this.previousLength : 0);
  }

  /** Reads the whole lines buf[from, to) (each ending in "\n"), yielding each message a "From " line ends. */
  private *lines(buf: Buffer, from: number, to: number): Generator<Buffer> {
    let kept = from; // buf[kept, …) is the current message's, not yet in parts
    for (let s = from; s < to;) {
      const nl = buf.indexOf(NL, s);
      const blank = nl === s || (nl === s + 1 && buf[s] === CR);
      if (this.previousBlank && isFromLine(buf, s, nl)) {
        if (this.started) {
          this.parts.push(buf.subarray(kept, s));
          yield this.finish(this.previousLength);
        }
        this.started = true;
        kept = nl + 1;
      } else if (!this.started) {
        kept = nl + 1; // before the first "From " line: not a message
      } else if (buf[s] === GT && isEscapedFrom(buf, s, nl)) {
        this.parts.push(buf.subarray(kept, s));
        kept = s + 1;
      }
      this.previousBlank = blank;
      this.previousLength = nl + 1 - s;
      s = nl + 1;
    }
    if (this.started && kept < to) this.parts.push(buf.subarray(kept, to));
  }

  /** The message so far as one buffer, without its last `drop` bytes (the blank line before the next "From "). */
  private finish(drop: number): Buffer {
    const message = Buffer.concat(this.parts);
    this.parts = [];
    return message.subarray(0, message.length - drop);
  }
}

export async function* splitMbox(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const splitter = new Splitter();
  for await (const chunk of chunks) yield* splitter.feed(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  yield* splitter.end();
}
