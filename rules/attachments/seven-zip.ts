// 7z: protected when every folder (block of packed files) is encrypted with 7zAES. The list of coders is
// in the archive's header; 7-Zip usually packs that header with LZMA, py7zr with LZMA2 (both decoded here:
// it is small), and with -mhe (py7zr: header_encryption) encrypts it too, which hides even the file names.
// 7zFormat.txt in the 7-Zip sources is the reference.
import type { WorkBudget } from './budget.ts';
import { u32, u64 } from './bytes.ts';
import { crc32 } from './crypto/crc32.ts';
import { lzma2Decode, lzmaDecode } from './lzma.ts';
import type { Protection } from './verdict.ts';
import { Damaged } from './damaged.ts';

const ID = {
  end: 0x00,
  header: 0x01,
  archiveProperties: 0x02,
  additionalStreams: 0x03,
  mainStreams: 0x04,
  packInfo: 0x06,
  unpackInfo: 0x07,
  subStreams: 0x08,
  size: 0x09,
  crc: 0x0a,
  folder: 0x0b,
  unpackSize: 0x0c,
  encodedHeader: 0x17,
};
const AES = '06f10701';
const LZMA = '030101';
const LZMA2 = '21';
const COPY = '00';
const MAX_HEADER = 16 * 1024 * 1024;
const MAX_ITEMS = 100000;

interface Coder {
  id: string;
  props: Uint8Array;
}
interface StreamsInfo {
  packPos: number;
  packSizes: number[];
  folders: Coder[][];
  unpackSizes: number[];
}

/** A cursor over a header, reading 7z's variable-length NUMBERs. */
class Reader {
  constructor(
    private readonly b: Uint8Array,
    public pos = 0,
  ) {}

  byte(): number {
    if (this.pos >= this.b.length) throw new Damaged();
    return this.b[this.pos++];
  }

  bytes(n: number): Uint8Array {
    if (n > this.b.length - this.pos) throw new Damaged();
    this.pos += n;
    return this.b.subarray(this.pos - n, this.pos);
  }

  number(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if (!(first & mask)) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
      mask >>= 1;
    }
    return value;
  }

  count(): number {
    const n = this.number();
    if (n > MAX_ITEMS) throw new Damaged();
    return n;
  }

  /** Skips a digest list: "all defined" byte or a bit vector, then a CRC per defined item. */
  skipDigests(items: number): void {
    let defined = items;
    if (!this.byte()) {
      defined = 0;
      for (let i = 0; i < items; i += 8) {
        const bits = this.byte();
        for (let j = 0; j < 8 && i + j < items; j++) if (bits & (0x80 >> j)) defined++;
      }
    }
    this.bytes(4 * defined);
  }
}

const hex = (b: Uint8Array) => Array.from(b, (x) => (x < 16 ? '0' : '') + x.toString(16)).join('');

function folder(r: Reader): { coders: Coder[]; outStreams: number } {
  const coders: Coder[] = [];
  let inStreams = 0;
  let outStreams = 0;
  const count = r.count();
  for (let i = 0; i < count; i++) {
    const flags = r.byte();
    const id = hex(r.bytes(flags & 0x0f));
    const complex = flags & 0x10 ? [r.count(), r.count()] : [1, 1];
    inStreams += complex[0];
    outStreams += complex[1];
    coders.push({ id, props: flags & 0x20 ? r.bytes(r.count()) : new Uint8Array(0) });
  }
  // Bind pairs (in index, out index), then the packed-stream indexes: only their count matters here.
  for (let i = 0; i < 2 * (outStreams - 1); i++) r.number();
  const packed = inStreams - (outStreams - 1);
  if (packed > 1) for (let i = 0; i < packed; i++) r.number();
  return { coders, outStreams };
}

function streamsInfo(r: Reader): StreamsInfo {
  const info: StreamsInfo = { packPos: 0, packSizes: [], folders: [], unpackSizes: [] };
  for (let id = r.byte(); id !== ID.end; id = r.byte()) {
    if (id === ID.packInfo) {
      info.packPos = r.number();
      const streams = r.count();
      for (let sub = r.byte(); sub !== ID.end; sub = r.byte()) {
        if (sub === ID.size) for (let i = 0; i < streams; i++) info.packSizes.push(r.number());
        else if (sub === ID.crc) r.skipDigests(streams);
        else throw new Damaged();
      }
    } else if (id === ID.unpackInfo) {
      if (r.byte() !== ID.folder) throw new Damaged();
      const count = r.count();
      if (r.byte() !== 0) throw new Damaged(); // "external" folder lists are not used by 7-Zip
      const outs: number[] = [];
      for (let i = 0; i < count; i++) {
        const f = folder(r);
        info.folders.push(f.coders);
        outs.push(f.outStreams);
      }
      if (r.byte() !== ID.unpackSize) throw new Damaged();
      for (const n of outs) for (let i = 0; i < n; i++) info.unpackSizes.push(r.number());
      for (let sub = r.byte(); sub !== ID.end; sub = r.byte()) {
        if (sub === ID.crc) r.skipDigests(count);
        else throw new Damaged();
      }
    } else if (id === ID.subStreams) {
      return info; // per-file sizes and CRCs: nothing about ciphers, and the folders are already read
    } else throw new Damaged();
  }
  return info;
}

/** The folders of the archive's files, from a header in the clear (it starts with kHeader). */
function mainFolders(header: Uint8Array): Coder[][] {
  const r = new Reader(header);
  if (r.byte() !== ID.header) throw new Damaged();
  for (let id = r.byte(); id !== ID.end; id = r.byte()) {
    if (id === ID.archiveProperties) for (let type = r.byte(); type !== ID.end; type = r.byte()) r.bytes(r.count());
    else if (id === ID.additionalStreams) streamsInfo(r);
    else if (id === ID.mainStreams) return streamsInfo(r).folders;
    else return []; // files info with no streams: only empty files or folders
  }
  return [];
}

function verdict(folders: Coder[][], namesHidden: boolean): Protection {
  const encrypted = folders.filter((coders) => coders.some((c) => c.id === AES)).length;
  if (!folders.length) return { status: 'notProtected', format: '7z', detail: 'it holds no packed files' };
  if (encrypted === folders.length)
    return {
      status: 'protected',
      format: '7z',
      detail: namesHidden ? 'the files and their names are encrypted' : 'the files are encrypted',
    };
  if (encrypted)
    return {
      status: 'notProtected',
      format: '7z',
      detail: `some of its files are not encrypted (${folders.length - encrypted} of ${folders.length} blocks)`,
    };
  return { status: 'notProtected', format: '7z', detail: 'it has no password' };
}

export function sevenZipProtection(b: Uint8Array, budget: WorkBudget): Protection {
  const damaged: Protection = { status: 'unknown', format: '7z', detail: 'the archive is damaged or cut short' };
  const offset = u64(b, 12);
  const size = u64(b, 20);
  if (offset === undefined || size === undefined || u32(b, 28) === undefined || 32 + offset + size > b.length || size === 0) return damaged;
  const header = b.subarray(32 + offset, 32 + offset + size);
  // The start header keeps the CRC of the header: a damaged header is not read as if it were whole.
  if (crc32(header) !== u32(b, 28)) return damaged;
  try {
    if (header[0] === ID.header) return verdict(mainFolders(header), false);
    if (header[0] !== ID.encodedHeader) return damaged;
    // An encoded header: a small streams-info saying how the real header is packed.
    const packing = streamsInfo(new Reader(header, 1));
    const coders = packing.folders[0];
    if (!coders || coders.length !== 1) {
      if (coders && coders.some((c) => c.id === AES)) return verdict(packing.folders, true);
      return { status: 'unknown', format: '7z', detail: 'its header is packed in a way draftlint does not read' };
    }
    const [coder] = coders;
    if (coder.id === AES) return verdict(packing.folders, true);
    const start = 32 + packing.packPos;
    const packed = packing.packSizes[0];
    const unpacked = packing.unpackSizes[0];
    if (packed === undefined || unpacked === undefined || start + packed > b.length || unpacked > MAX_HEADER) return damaged;
    if (coder.id === COPY) return verdict(mainFolders(b.subarray(start, start + packed)), false);
    if (coder.id !== LZMA && coder.id !== LZMA2)
      return { status: 'unknown', format: '7z', detail: 'its header is packed in a way draftlint does not read' };
    // The header's unpacked size is paid for before decoding: a few KB of LZMA can claim 16 MiB.
    budget.spend('lzmaBytes', unpacked);
    const plain =
      coder.id === LZMA ? lzmaDecode(coder.props, b, start, start + packed, unpacked) : lzma2Decode(b, start, start + packed, unpacked);
    return plain ? verdict(mainFolders(plain), false) : damaged;
  } catch (e) {
    if (e instanceof Damaged) return damaged;
    throw e;
  }
}
