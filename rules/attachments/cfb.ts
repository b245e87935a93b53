// Compound File Binary (OLE2): password-protected OOXML (streams EncryptionInfo + EncryptedPackage),
// and the legacy formats' own flags: .doc (FIB fEncrypted), .xls (a FILEPASS record after BOF, unless it
// only holds Excel's built-in password), .ppt (the encrypted Current User token). Plain .doc/.xls/.ppt/.msg
// share the same magic, so magic is not enough.
import { BudgetSpent, type WorkBudget } from './budget.ts';
import { u16, u32 } from './bytes.ts';
import { opensWithExcelDefaultPassword, opensWithPowerPointDefaultPassword } from './office-rc4.ts';
import type { Protection } from './verdict.ts';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

interface DirEntry {
  name: string;
  start: number;
  size: number;
}

class Cfb {
  readonly sectorSize: number;
  private readonly fat: number[] = [];
  private readonly miniFat: number[] = [];
  readonly entries: DirEntry[] = [];
  private miniStream: Uint8Array | undefined;
  /** Each stream's sector chain, walked once: a presentation is read at many offsets of one stream. */
  private readonly chains = new Map<number, number[]>();

  /** How many sectors the file holds: no chain or table of a real file is longer. */
  private readonly sectors: number;

  constructor(
    private readonly b: Uint8Array,
    private readonly budget: WorkBudget,
  ) {
    // Version 3 files have 512-byte sectors, version 4 files 4096; anything else is damage (and a damaged
    // shift of 28 would ask for 256 MB sectors).
    const shift = u16(b, 0x1e);
    if (shift !== 9 && shift !== 12) throw new Error('not a compound file sector size');
    this.sectorSize = 1 << shift;
    this.sectors = Math.ceil(b.length / this.sectorSize);
    // A FAT sector maps sectorSize / 4 sectors: a file needs no more FAT sectors than that gives.
    const fatNeeded = Math.ceil(this.sectors / (this.sectorSize / 4));
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = u32(b, 0x4c + i * 4);
      if (s !== undefined && s < FREE - 3) fatSectors.push(s);
    }
    // Larger files continue the list of FAT sectors in DIFAT sectors.
    for (let d = u32(b, 0x44) ?? END_OF_CHAIN, n = 0; d < FREE - 3 && fatSectors.length < fatNeeded && n < this.sectors; n++) {
      budget.spend('sectorSteps');
      const per = this.sectorSize / 4 - 1;
      for (let i = 0; i < per; i++) {
        const s = u32(b, this.offset(d) + i * 4);
        if (s !== undefined && s < FREE - 3) fatSectors.push(s);
      }
      d = u32(b, this.offset(d) + per * 4) ?? END_OF_CHAIN;
    }
    for (const s of fatSectors.slice(0, fatNeeded))
      for (let i = 0; i < this.sectorSize / 4; i++) this.fat.push(u32(b, this.offset(s) + i * 4) ?? FREE);
    const dir = this.chain(u32(b, 0x30) ?? END_OF_CHAIN);
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameLength = u16(dir, at + 0x40) ?? 0;
      let name = '';
      for (let i = 0; i + 2 < nameLength && i < 64; i += 2) name += String.fromCharCode(u16(dir, at + i) ?? 0);
      this.entries.push({ name, start: u32(dir, at + 0x74) ?? END_OF_CHAIN, size: u32(dir, at + 0x78) ?? 0 });
    }
    const miniFatBytes = this.chain(u32(b, 0x3c) ?? END_OF_CHAIN);
    for (let i = 0; i + 4 <= miniFatBytes.length; i += 4) this.miniFat.push(u32(miniFatBytes, i) ?? FREE);
  }

  private offset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /**
   * The sectors of a chain, in order, walked once and paid for step by step. It ends at the end mark, at a
   * sector outside the file, or where it would come back to a sector already in it (a loop is damage).
   */
  private sectorsOf(start: number): number[] {
    const known = this.chains.get(start);
    if (known) return known;
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s < FREE - 3 && !seen.has(s) && this.offset(s) < this.b.length; s = this.fat[s] ?? END_OF_CHAIN) {
      this.budget.spend('sectorSteps');
      seen.add(s);
      out.push(s);
    }
    this.chains.set(start, out);
    return out;
  }

  /** The bytes of a chain of big sectors, stopping at `max` bytes. */
  private chain(start: number, max = 64 * 1024 * 1024): Uint8Array {
    const sectors = this.sectorsOf(start);
    const out = new Uint8Array(Math.min(max, sectors.length * this.sectorSize));
    for (let i = 0, p = 0; i < sectors.length && p < out.length; i++) {
      const at = this.offset(sectors[i]);
      const part = this.b.subarray(at, Math.min(this.b.length, at + this.sectorSize, at + out.length - p));
      out.set(part, p);
      p += part.length;
    }
    return out;
  }

  /**
   * `length` bytes of a named stream from `from`, through the stream's chain (walked once), without copying
   * what comes before (a presentation's edit records sit at the end of a stream of many megabytes).
   */
  readAt(name: string, from: number, length: number): Uint8Array | undefined {
    const e = this.entries.find((x) => x.name === name);
    if (!e || from < 0 || length < 0 || from + length > e.size) return undefined;
    if (e.size < (u32(this.b, 0x38) ?? 4096)) return this.stream(name, from + length)?.subarray(from);
    const sectors = this.sectorsOf(e.start);
    const out = new Uint8Array(length);
    let got = 0;
    for (let n = Math.floor(from / this.sectorSize), skip = from % this.sectorSize; got < length && n < sectors.length; n++, skip = 0) {
      const at = this.offset(sectors[n]) + skip;
      const take = Math.min(this.sectorSize - skip, length - got);
      if (at + take > this.b.length) return undefined;
      out.set(this.b.subarray(at, at + take), got);
      got += take;
    }
    return got === length ? out : undefined;
  }

  /** The first `max` bytes of a named stream, from the mini stream for small ones. */
  stream(name: string, max = 4096): Uint8Array | undefined {
    const e = this.entries.find((x) => x.name === name);
    if (!e) return undefined;
    const cutoff = u32(this.b, 0x38) ?? 4096;
    if (e.size >= cutoff) return this.chain(e.start, max).subarray(0, Math.min(max, e.size));
    if (!this.miniStream) this.miniStream = this.chain(this.entries[0] ? this.entries[0].start : END_OF_CHAIN);
    const out = new Uint8Array(Math.min(max, e.size));
    let got = 0;
    const seen = new Set<number>();
    for (let s = e.start; s < FREE - 3 && got < out.length && !seen.has(s); s = this.miniFat[s] ?? END_OF_CHAIN) {
      this.budget.spend('sectorSteps');
      seen.add(s);
      const part = this.miniStream.subarray(s * 64, Math.min(s * 64 + 64, s * 64 + out.length - got));
      out.set(part, got);
      got += part.length;
    }
    return out.subarray(0, got);
  }
}

const USER_EDIT = 0x0ff5;
const PERSIST_DIRECTORY = 0x1772;
const CRYPT_SESSION = 0x2f14;

/**
 * The EncryptionInfo of an encrypted presentation (MS-PPT): the current UserEditAtom names the persist
 * object of its CryptSession10Container, and a PersistDirectoryAtom gives that object's offset. These
 * records are never encrypted. Earlier edits are followed while the id is not found; undefined if damaged.
 */
function cryptSessionInfo(cfb: Cfb, currentEdit: number): Uint8Array | undefined {
  const record = (at: number, type: number) => {
    const head = cfb.readAt('PowerPoint Document', at, 8);
    const length = head && u32(head, 4);
    return head && u16(head, 2) === type && length !== undefined && length < 1 << 24
      ? cfb.readAt('PowerPoint Document', at + 8, length)
      : undefined;
  };
  const edit = record(currentEdit, USER_EDIT);
  const sessionId = edit && u32(edit, 28);
  for (let e = edit, n = 0; e && sessionId !== undefined && n < 64; n++) {
    const directory = record(u32(e, 12) ?? -1, PERSIST_DIRECTORY);
    for (let at = 0; directory && at + 4 <= directory.length;) {
      const head = u32(directory, at)!;
      const first = head & 0xfffff;
      const count = head >>> 20;
      if (sessionId >= first && sessionId < first + count) {
        const offset = u32(directory, at + 4 + 4 * (sessionId - first));
        return offset === undefined ? undefined : record(offset, CRYPT_SESSION);
      }
      at += 4 + 4 * count;
    }
    const previous = u32(e, 8);
    e = previous ? record(previous, USER_EDIT) : undefined;
  }
  return undefined;
}

export function cfbProtection(b: Uint8Array, budget: WorkBudget): Protection {
  let cfb: Cfb;
  try {
    cfb = new Cfb(b, budget);
  } catch (error) {
    if (error instanceof BudgetSpent) throw error;
    return { status: 'unknown', format: 'Office file', detail: 'the file is damaged' };
  }
  const has = (n: string) => cfb.entries.some((e) => e.name === n);
  if (has('EncryptionInfo') && has('EncryptedPackage'))
    return { status: 'protected', format: 'Office document', detail: 'it is saved with a password' };
  if (has('WordDocument')) {
    const fib = cfb.stream('WordDocument', 32);
    const flags = fib && u16(fib, 0x0a);
    if (flags === undefined) return { status: 'unknown', format: 'Word document', detail: 'the file is damaged' };
    return flags & 0x0100
      ? { status: 'protected', format: 'Word document', detail: 'it is saved with a password' }
      : { status: 'notProtected', format: 'Word document', detail: 'it has no password' };
  }
  if (has('Workbook') || has('Book')) {
    const wb = cfb.stream(has('Workbook') ? 'Workbook' : 'Book', 1024);
    if (!wb || u16(wb, 0) !== 0x0809) return { status: 'unknown', format: 'Excel workbook', detail: 'the file is damaged' };
    const at = 4 + (u16(wb, 2) ?? 0);
    if (u16(wb, at) !== 0x002f) return { status: 'notProtected', format: 'Excel workbook', detail: 'it has no password' };
    return opensWithExcelDefaultPassword(wb.subarray(at + 4, at + 4 + (u16(wb, at + 2) ?? 0)))
      ? {
          status: 'notProtected',
          format: 'Excel workbook',
          detail: 'it is encrypted with Excel’s built-in password, which opens it for anyone',
        }
      : { status: 'protected', format: 'Excel workbook', detail: 'it is saved with a password' };
  }
  if (has('PowerPoint Document')) {
    const user = cfb.stream('Current User', 32);
    const token = user && u32(user, 12);
    if (token === undefined) return { status: 'unknown', format: 'PowerPoint presentation', detail: 'the file is damaged' };
    if (token !== 0xf3d1c4df) return { status: 'notProtected', format: 'PowerPoint presentation', detail: 'it has no password' };
    // Encrypted: whether with a real password or PowerPoint's built-in one is in its crypt session, which
    // a damaged file may not lead to. Then draftlint cannot tell, and says so.
    const info = user && cryptSessionInfo(cfb, u32(user, 16) ?? -1);
    const opens = info && opensWithPowerPointDefaultPassword(info);
    if (opens === undefined)
      return {
        status: 'unknown',
        format: 'PowerPoint presentation',
        detail: 'it is encrypted, but its encryption settings could not be read',
      };
    return opens
      ? {
          status: 'notProtected',
          format: 'PowerPoint presentation',
          detail: 'it is encrypted with PowerPoint’s built-in password (it only has a password to modify), which opens it for anyone',
        }
      : { status: 'protected', format: 'PowerPoint presentation', detail: 'it is saved with a password' };
  }
  return { status: 'unknown', format: 'Office file', detail: 'draftlint does not know this kind of Office file' };
}
