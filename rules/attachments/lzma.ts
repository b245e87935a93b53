// LZMA decoder (the LZMA SDK's reference decoder, lzma-specification), for the one place draftlint needs
// it: 7-Zip packs an archive's header, which holds the list of ciphers, with LZMA. Decodes into a buffer of
// the known size; damaged input gives undefined, never an exception or a loop.

const PROB_INIT = 1024;
const STATES = 12;
const MIN_MATCH = 2;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;

class Damaged extends Error {}

class RangeDecoder {
  private range = 0xffffffff;
  private code = 0;

  constructor(
    private readonly b: Uint8Array,
    private pos: number,
    private readonly end: number,
  ) {
    if (this.next() !== 0) throw new Damaged();
    for (let i = 0; i < 4; i++) this.code = this.code * 256 + this.next();
    if (this.code === this.range) throw new Damaged();
  }

  private next(): number {
    if (this.pos >= this.end) throw new Damaged();
    return this.b[this.pos++];
  }

  private normalise(): void {
    if (this.range < 0x1000000) {
      this.range *= 256;
      this.code = this.code * 256 + this.next();
    }
  }

  bit(probs: Uint16Array, i: number): number {
    const p = probs[i];
    const bound = (this.range >>> 11) * p;
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      bit = 0;
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[i] = p - (p >>> 5);
      bit = 1;
    }
    this.normalise();
    return bit;
  }

  direct(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      const bit = this.code >= this.range ? 1 : 0;
      if (bit) this.code -= this.range;
      value = value * 2 + bit;
      this.normalise();
    }
    return value;
  }

  tree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + this.bit(probs, base + m);
    return m - (1 << bits);
  }

  reverseTree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(probs, base + m);
      m = (m << 1) + bit;
      symbol |= bit << i;
    }
    return symbol;
  }
}

const probs = (n: number) => new Uint16Array(n).fill(PROB_INIT);

class LengthDecoder {
  private readonly choice = probs(2);
  private readonly low = probs(16 << 3);
  private readonly mid = probs(16 << 3);
  private readonly high = probs(256);

  decode(rc: RangeDecoder, posState: number): number {
    if (!rc.bit(this.choice, 0)) return rc.tree(this.low, posState << 3, 3);
    if (!rc.bit(this.choice, 1)) return 8 + rc.tree(this.mid, posState << 3, 3);
    return 16 + rc.tree(this.high, 0, 8);
  }
}

/**
 * Decodes a raw LZMA stream (as 7z stores it: no header) of `size` bytes with the 5-byte coder
 * properties; an end marker before `size` also ends it. Undefined when the stream is damaged.
 */
export function lzmaDecode(props: Uint8Array, b: Uint8Array, start: number, end: number, size: number): Uint8Array | undefined {
  if (props.length < 1 || props[0] >= 9 * 5 * 5) return undefined;
  const lc = props[0] % 9;
  const lp = Math.floor(props[0] / 9) % 5;
  const pb = Math.floor(props[0] / 45);
  const out = new Uint8Array(size);
  const literal = probs(0x300 << (lc + lp));
  const isMatch = probs(STATES << 4);
  const isRep = probs(STATES);
  const isRepG0 = probs(STATES);
  const isRepG1 = probs(STATES);
  const isRepG2 = probs(STATES);
  const isRep0Long = probs(STATES << 4);
  const posSlot = probs(4 << 6);
  const posSpecial = probs(1 + FULL_DISTANCES - END_POS_MODEL);
  const align = probs(1 << ALIGN_BITS);
  const lengths = new LengthDecoder();
  const repLengths = new LengthDecoder();
  try {
    const rc = new RangeDecoder(b, start, end);
    let state = 0;
    let [rep0, rep1, rep2, rep3] = [0, 0, 0, 0];
    let pos = 0;
    while (pos < size) {
      const posState = pos & ((1 << pb) - 1);
      if (!rc.bit(isMatch, (state << 4) + posState)) {
        const previous = pos > 0 ? out[pos - 1] : 0;
        const base = 0x300 * (((pos & ((1 << lp) - 1)) << lc) + (previous >> (8 - lc)));
        let symbol = 1;
        if (state >= 7) {
          // After a match, the byte at the last distance steers the first bits.
          let matchByte = out[pos - rep0 - 1];
          do {
            const matchBit = (matchByte >> 7) & 1;
            matchByte <<= 1;
            const bit = rc.bit(literal, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | bit;
            if (matchBit !== bit) break;
          } while (symbol < 0x100);
        }
        while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(literal, base + symbol);
        out[pos++] = symbol - 0x100;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let length: number;
      if (rc.bit(isRep, state)) {
        if (pos === 0) return undefined;
        if (!rc.bit(isRepG0, state)) {
          if (!rc.bit(isRep0Long, (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1];
            pos++;
            continue;
          }
        } else {
          let distance: number;
          if (!rc.bit(isRepG1, state)) distance = rep1;
          else {
            if (!rc.bit(isRepG2, state)) distance = rep2;
            else {
              distance = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = distance;
        }
        length = repLengths.decode(rc, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        length = lengths.decode(rc, posState);
        state = state < 7 ? 7 : 10;
        const slot = rc.tree(posSlot, Math.min(length, 3) << 6, 6);
        if (slot < 4) rep0 = slot;
        else {
          const directBits = (slot >> 1) - 1;
          rep0 = (2 | (slot & 1)) * 2 ** directBits;
          if (slot < END_POS_MODEL) rep0 += rc.reverseTree(posSpecial, rep0 - slot, directBits);
          else rep0 += rc.direct(directBits - ALIGN_BITS) * 16 + rc.reverseTree(align, 0, ALIGN_BITS);
          if (rep0 === 0xffffffff) return out.subarray(0, pos); // end marker
        }
        if (rep0 >= pos) return undefined;
      }
      for (let n = length + MIN_MATCH; n > 0 && pos < size; n--, pos++) out[pos] = out[pos - rep0 - 1];
    }
    return out;
  } catch (e) {
    if (e instanceof Damaged) return undefined;
    throw e;
  }
}
