// Splits an mbox stream into messages without holding the file in memory: one message at a time.
// A message starts at a "From " line at the start of the file or after a blank line; ">From " lines
// are unescaped (mboxrd), so the bytes handed on are the message as it was sent.

const FROM_ = Buffer.from('From ');

function isSeparator(line: Buffer, previousBlank: boolean): boolean {
  return previousBlank && line.subarray(0, 5).equals(FROM_);
}

function unescapeFrom(line: Buffer): Buffer {
  let i = 0;
  while (line[i] === 0x3e) i++; // '>'
  return i > 0 && line.subarray(i, i + 5).equals(FROM_) ? line.subarray(1) : line;
}

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === 0x0d);
}

export async function* splitMbox(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let lines: Buffer[] = [];
  let carry: Buffer = Buffer.alloc(0);
  let previousBlank = true;
  let started = false;

  function* takeLine(line: Buffer): Generator<Buffer> {
    if (isSeparator(line, previousBlank)) {
      if (started) yield finish(lines);
      lines = [];
      started = true;
    } else if (started) {
      lines.push(unescapeFrom(line));
    }
    previousBlank = isBlank(line);
  }

  for await (const chunk of chunks) {
    const buf = carry.length ? Buffer.concat([carry, Buffer.from(chunk)]) : Buffer.from(chunk);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      yield* takeLine(buf.subarray(start, nl));
      start = nl + 1;
    }
    carry = Buffer.from(buf.subarray(start));
  }
  if (carry.length) yield* takeLine(carry);
  if (started) yield finish(lines);
}

/** Joins a message's lines, dropping the blank line that separates it from the next "From ". */
function finish(lines: Buffer[]): Buffer {
  const end = lines.length && isBlank(lines[lines.length - 1]) ? lines.length - 1 : lines.length;
  const parts: Buffer[] = [];
  for (let i = 0; i < end; i++) parts.push(lines[i], Buffer.from('\n'));
  return Buffer.concat(parts);
}
