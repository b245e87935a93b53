// Little-endian readers and byte searches for the attachment format parsers. Pure, bounds-checked:
// a read past the end gives undefined, so a truncated file is "could not tell", never a crash.
export function u16(b: Uint8Array, at: number): number | undefined {
  return at >= 0 && at + 2 <= b.length ? b[at] | (b[at + 1] << 8) : undefined;
}

export function u32(b: Uint8Array, at: number): number | undefined {
  return at >= 0 && at + 4 <= b.length ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000 : undefined;
}

/** 64-bit value as a number (exact below 2^53, which covers any e-mail attachment). */
export function u64(b: Uint8Array, at: number): number | undefined {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  return lo === undefined || hi === undefined ? undefined : hi * 0x100000000 + lo;
}

export function startsWith(b: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (at + magic.length > b.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[at + i] !== magic[i]) return false;
  return true;
}

/** Last index of `needle` starting at or before `from`, searching back no further than `limit` bytes. */
export function lastIndexOf(b: Uint8Array, needle: readonly number[], from: number, limit: number): number {
  const stop = Math.max(0, from - limit);
  for (let i = Math.min(from, b.length - needle.length); i >= stop; i--) if (startsWith(b, needle, i)) return i;
  return -1;
}

/** Bytes as a Latin-1 string: one character per byte, for matching ASCII syntax (PDF, XML). */
export function latin1(b: Uint8Array, from = 0, to = b.length): string {
  let out = '';
  const end = Math.min(to, b.length);
  // apply() takes the typed array as it is (array-like): no copy into a plain array first.
  for (let i = Math.max(0, from); i < end; i += 8192)
    out += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return out;
}

export const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
