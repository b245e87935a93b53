// ZIP archives and the formats built on them (OOXML, ODF). Encryption is read from the central directory
// (every entry, not just the first), ODF's from its manifest; a plain zip whose members are all protected
// documents counts as protected, one level down. Every member read is paid for from the check's budget.
import { ascii, lastIndexOf, latin1, startsWith, u16, u32, u64 } from './bytes.ts';
import type { WorkBudget } from './budget.ts';
import { inflateUpTo } from './inflate.ts';
import type { Protection } from './verdict.ts';

export interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = ascii('PK\x05\x06');
const EOCD64_LOCATOR = ascii('PK\x06\x07');
const EOCD64 = ascii('PK\x06\x06');
const CENTRAL = ascii('PK\x01\x02');
const LOCAL = ascii('PK\x03\x04');
/** Members larger than this are not opened to look one level down. */
const NESTED_LIMIT = 8 * 1024 * 1024;

export function centralDirectory(b: Uint8Array): Entry[] | undefined {
  const eocd = lastIndexOf(b, EOCD, b.length - 22, 65557);
  if (eocd < 0) return undefined;
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (!startsWith(b, EOCD64_LOCATOR, locator)) return undefined;
    const at = u64(b, locator + 8);
    if (at === undefined || !startsWith(b, EOCD64, at)) return undefined;
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  if (count === undefined || offset === undefined) return undefined;
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (!startsWith(b, CENTRAL, p)) return undefined;
    const nameLength = u16(b, p + 28)!;
    const extraLength = u16(b, p + 30)!;
    const commentLength = u16(b, p + 32)!;
    let compressedSize = u32(b, p + 20)!;
    let localOffset = u32(b, p + 42)!;
    // Zip64 extra field: the 64-bit values of the fields set to 0xffffffff, in order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
      const id = u16(b, e)!;
      const size = u16(b, e + 2)!;
      if (id === 0x0001) {
        let q = e + 4;
        if (u32(b, p + 24) === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q) ?? 0;
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(b, q) ?? 0;
      }
      e += 4 + size;
    }
    entries.push({
      name: latin1(b, p + 46, p + 46 + nameLength),
      flags: u16(b, p + 8)!,
      method: u16(b, p + 10)!,
      compressedSize,
      localOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where a member's stored data starts, or undefined when it is encrypted or its local header is wrong. */
function dataOf(b: Uint8Array, entry: Entry): Uint8Array | undefined {
  if (entry.flags & 1 || !startsWith(b, LOCAL, entry.localOffset)) return undefined;
  const start = entry.localOffset + 30 + u16(b, entry.localOffset + 26)! + u16(b, entry.localOffset + 28)!;
  return b.subarray(start, start + entry.compressedSize);
}

/**
 * Which stored member an entry reads: its local offset, and how the entry says to read it (a crafted
 * directory may list one offset under another method or size, and that reads as another file).
 */
const memberKey = (e: Entry) => `${e.localOffset}:${e.method}:${e.compressedSize}`;

/**
 * The members of one zip, opened through the check's budget: each member is paid for and read once,
 * however many central-directory entries point at it (a crafted zip lists one member thousands of times).
 */
export class ZipMembers {
  private readonly opened = new Map<string, { limit: number; bytes: Uint8Array | undefined; complete: boolean }>();

  constructor(
    private readonly b: Uint8Array,
    private readonly budget: WorkBudget,
  ) {}

  /** Up to `limit` bytes of a member, decompressed; undefined when encrypted, damaged or in an unknown method. */
  private read(entry: Entry, limit: number): { bytes: Uint8Array | undefined; complete: boolean } {
    const known = this.opened.get(memberKey(entry));
    if (known && (known.limit >= limit || known.complete)) return known;
    if (!known) this.budget.spend('members');
    const data = dataOf(this.b, entry);
    let read: { bytes: Uint8Array | undefined; complete: boolean };
    if (!data || (entry.method !== 0 && entry.method !== 8)) read = { bytes: undefined, complete: true };
    else if (entry.method === 0) read = { bytes: data.subarray(0, limit), complete: data.length <= limit };
    else read = inflateUpTo(data, limit, this.budget) ?? { bytes: undefined, complete: true };
    this.opened.set(memberKey(entry), { limit, ...read });
    return read;
  }

  /** A member's whole bytes; undefined when larger than `limit` (packed or not), encrypted or damaged. */
  whole(entry: Entry, limit = NESTED_LIMIT): Uint8Array | undefined {
    if (entry.compressedSize > limit) return undefined;
    const read = this.read(entry, limit);
    return read.complete ? read.bytes : undefined;
  }

  /** The first `maxBytes` of a member, for a content check. */
  head(entry: Entry, maxBytes: number): Uint8Array | undefined {
    const read = this.read(entry, maxBytes);
    return read.bytes && read.bytes.subarray(0, maxBytes);
  }
}

/**
 * The heads of the members whose names match (enough for a content check), each name once, at most
 * `maxBytes` in all; undefined when the zip cannot be read.
 */
export function zipMemberHeads(
  b: Uint8Array,
  name: (n: string) => boolean,
  maxBytes: number,
  budget: WorkBudget,
): Uint8Array[] | undefined {
  const entries = centralDirectory(b);
  if (!entries) return undefined;
  const members = new ZipMembers(b, budget);
  const seen = new Set<string>();
  const out: Uint8Array[] = [];
  let left = maxBytes;
  for (const e of entries) {
    if (left <= 0 || seen.has(e.name) || !name(e.name)) continue;
    seen.add(e.name);
    const head = members.head(e, left);
    if (!head) continue;
    out.push(head);
    left -= head.length;
  }
  return out;
}

type Sniff = (bytes: Uint8Array, depth: number, budget: WorkBudget) => Protection;

export function zipProtection(b: Uint8Array, depth: number, sniff: Sniff, budget: WorkBudget): Protection {
  const entries = centralDirectory(b);
  if (!entries) return { status: 'unknown', format: 'ZIP', detail: 'the zip file is damaged or cut short' };
  const members = new ZipMembers(b, budget);
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const names = new Set(files.map((e) => e.name));
  if (names.has('META-INF/manifest.xml') && names.has('mimetype')) {
    const entry = files.find((e) => e.name === 'META-INF/manifest.xml');
    const manifest = entry && members.whole(entry, 1024 * 1024);
    if (!manifest) return { status: 'unknown', format: 'OpenDocument file', detail: 'its manifest could not be read' };
    return latin1(manifest).indexOf('encryption-data') >= 0
      ? { status: 'protected', format: 'OpenDocument file', detail: 'it is saved with a password' }
      : { status: 'notProtected', format: 'OpenDocument file', detail: 'it has no password' };
  }
  if (names.has('[Content_Types].xml')) return { status: 'notProtected', format: 'Office document', detail: 'it has no password' };
  if (!files.length) return { status: 'notProtected', format: 'ZIP', detail: 'the zip is empty' };
  const encrypted = files.filter((e) => e.flags & 1);
  if (encrypted.length === files.length) {
    const aes = encrypted.every((e) => e.method === 99);
    return {
      status: 'protected',
      format: 'ZIP',
      detail: aes ? 'every file is AES-encrypted' : 'every file is password-protected (ZipCrypto: weak; AES is better)',
    };
  }
  if (encrypted.length)
    return {
      status: 'notProtected',
      format: 'ZIP',
      detail: `${files.length - encrypted.length} of ${files.length} files in the zip ${files.length - encrypted.length === 1 ? 'is' : 'are'} not encrypted`,
    };
  // A plain zip holding only protected documents (an encrypted DOCX sent zipped) is protected. Members are
  // judged one at a time, each member once, stopping at the first that is not protected.
  if (depth === 0) {
    const judged = new Map<string, boolean>();
    const isProtected = (e: Entry) => {
      let verdict = judged.get(memberKey(e));
      if (verdict === undefined) {
        const bytes = members.whole(e);
        verdict = bytes !== undefined && sniff(bytes, depth + 1, budget).status === 'protected';
        judged.set(memberKey(e), verdict);
      }
      return verdict;
    };
    if (files.every(isProtected))
      return { status: 'protected', format: 'ZIP', detail: 'the zip has no password, but every file in it is protected' };
  }
  return { status: 'notProtected', format: 'ZIP', detail: 'the zip has no password' };
}
