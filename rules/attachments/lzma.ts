// LZMA and LZMA2 decoders (the LZMA SDK's reference decoder, lzma-specification), for the one place
// draftlint needs them: 7z writers pack an archive's header, which holds the list of ciphers, with LZMA
// (7-Zip) or LZMA2 (py7zr). Decodes into a buffer of the known size; damaged input gives undefined, never
// an exception or a loop.
import { Damaged } from './damaged.ts';

const PROB_INIT = 1024;
const STATES = 12;
const MIN_MATCH = 2;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;

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

/** The coder's model: probabilities, state and the last four distances, which LZMA2 keeps across chunks. */
class Model {
  readonly literal: Uint16Array;
  readonly isMatch = probs(STATES << 4);
  readonly isRep = probs(STATES);
  readonly isRepG0 = probs(STATES);
  readonly isRepG1 = probs(STATES);
  readonly isRepG2 = probs(STATES);
  readonly isRep0Long = probs(STATES << 4);
  readonly posSlot = probs(4 << 6);
  readonly posSpecial = probs(1 + FULL_DISTANCES - END_POS_MODEL);
  readonly align = probs(1 << ALIGN_BITS);
  readonly lengths = new LengthDecoder();
  readonly repLengths = new LengthDecoder();
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;

  constructor(
    readonly lc: number,
    readonly lp: number,
    readonly pb: number,
  ) {
    this.literal = probs(0x300 << (lc + lp));
  }
}

/**
 * A fresh model for the properties byte ((pb × 5 + lp) × 9 + lc), or undefined when out of range; LZMA2
 * allows lc + lp of 4 at most.
 */
function modelFor(byte: number, maxLcLp = 12): Model | undefined {
  if (byte >= 9 * 5 * 5) return undefined;
  const lc = byte % 9;
  const lp = Math.floor(byte / 9) % 5;
  return lc + lp > maxLcLp ? undefined : new Model(lc, lp, Math.floor(byte / 45));
}

/**
 * Decodes into `out` from `pos` up to `limit` with one range coder; returns where it stopped (before
 * `limit` only at an end marker). Throws Damaged on a distance before the start or past the input.
 */
function decodeRun(m: Model, rc: RangeDecoder, out: Uint8Array, pos: number, limit: number): number {
  const { literal, isMatch, isRep, isRepG0, isRepG1, isRepG2, isRep0Long, posSlot, posSpecial, align } = m;
  const posMask = (1 << m.pb) - 1;
  const lpMask = (1 << m.lp) - 1;
  let { state, rep0, rep1, rep2, rep3 } = m;
  while (pos < limit) {
    const posState = pos & posMask;
    if (!rc.bit(isMatch, (state << 4) + posState)) {
      const previous = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << m.lc) + (previous >> (8 - m.lc)));
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
      if (pos === 0) throw new Damaged();
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
      length = m.repLengths.decode(rc, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      length = m.lengths.decode(rc, posState);
      state = state < 7 ? 7 : 10;
      const slot = rc.tree(posSlot, Math.min(length, 3) << 6, 6);
      if (slot < 4) rep0 = slot;
      else {
        const directBits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) * 2 ** directBits;
        if (slot < END_POS_MODEL) rep0 += rc.reverseTree(posSpecial, rep0 - slot, directBits);
        else rep0 += rc.direct(directBits - ALIGN_BITS) * 16 + rc.reverseTree(align, 0, ALIGN_BITS);
        if (rep0 === 0xffffffff) break; // end marker
      }
      if (rep0 >= pos) throw new Damaged();
    }
    for (let n = length + MIN_MATCH; n > 0 && pos < limit; n--, pos++) out[pos] = out[pos - rep0 - 1];
  }
  Object.assign(m, { state, rep0, rep1, rep2, rep3 });
  return pos;
}

function guarded(decode: () => Uint8Array | undefined): Uint8Array | undefined {
  try {
    return decode();
  } catch (e) {
    if (e instanceof Damaged) return undefined;
    throw e;
  }
}

/**
 * Decodes a raw LZMA stream (as 7z stores it: no header) of `size` bytes with the 5-byte coder
 * properties; an end marker before `size` also ends it. Undefined when the stream is damaged.
 */
export function lzmaDecode(props: Uint8Array, b: Uint8Array, start: number, end: number, size: number): Uint8Array | undefined {
  const model = props.length ? modelFor(props[0]) : undefined;
  if (!model) return undefined;
  return guarded(() => {
    const out = new Uint8Array(size);
    return out.subarray(0, decodeRun(model, new RangeDecoder(b, start, end), out, 0, size));
  });
}

/**
 * Decodes an LZMA2 stream (7z coder 21; py7zr packs headers with it): chunks of stored bytes or of LZMA,
 * each LZMA chunk with a fresh range coder, keeping or resetting the model as its control byte says.
 */
export function lzma2Decode(b: Uint8Array, start: number, end: number, size: number): Uint8Array | undefined {
  return guarded(() => {
    const out = new Uint8Array(size);
    let pos = 0;
    let at = start;
    let model: Model | undefined;
    const byte = () => {
      if (at >= end) throw new Damaged();
      return b[at++];
    };
    for (let control = byte(); control !== 0; control = byte()) {
      if (control === 1 || control === 2) {
        const stored = ((byte() << 8) | byte()) + 1;
        if (at + stored > end || pos + stored > size) throw new Damaged();
        out.set(b.subarray(at, at + stored), pos);
        at += stored;
        pos += stored;
        continue;
      }
      if (control < 0x80) throw new Damaged();
      const unpacked = ((control & 0x1f) << 16) + ((byte() << 8) | byte()) + 1;
      const packed = ((byte() << 8) | byte()) + 1;
      const reset = (control >> 5) & 3;
      if (reset >= 2) model = modelFor(byte(), 4);
      else if (reset === 1 && model) model = new Model(model.lc, model.lp, model.pb);
      if (!model || pos + unpacked > size || at + packed > end) throw new Damaged();
      pos = decodeRun(model, new RangeDecoder(b, at, at + packed), out, pos, pos + unpacked);
      at += packed;
    }
    return out.subarray(0, pos);
  });
}
