// Hostile inputs, built in code: the attachments and messages that once made a check slow, huge or wrong
// (issue 11). The tests assert the verdict on each, the bench (`npm run bench -- hostile`) times them, and
// the fuzzer starts from them. `scale` grows an input for the scaling tests (1 = the size the issue names).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, zlibSync } from 'fflate';
import { concatBytes } from '../../rules/attachments/crypto/bytes.ts';
import { crc32 } from '../../rules/attachments/crypto/crc32.ts';
import type { Attachment, Draft } from '../../rules/engine/types.ts';
import { repoRoot } from './corpus.ts';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

const concat = (parts: Uint8Array[]) => concatBytes(...parts);

/** Little-endian fields: [value, bytes] pairs. */
function le(...fields: [number, 1 | 2 | 4 | 8][]): Uint8Array {
  const out: number[] = [];
  for (const [value, size] of fields) for (let i = 0; i < size; i++) out.push(Math.floor(value / 2 ** (8 * i)) & 0xff);
  return Uint8Array.from(out);
}

export interface ZipMember {
  name: string;
  data: Uint8Array;
  /** Store instead of deflating. */
  stored?: boolean;
}

/**
 * A zip whose central directory lists `listing` (member index and the name to list it under; default:
 * each member once). Listing one member many times is what a crafted zip does to be read many times.
 */
export function buildZip(members: ZipMember[], listing?: { member: number; name?: string }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const meta: { name: string; crc: number; packed: number; size: number; method: number; offset: number }[] = [];
  let offset = 0;
  for (const m of members) {
    const packed = m.stored ? m.data : deflateSync(m.data, { level: 9 });
    const method = m.stored ? 0 : 8;
    const name = latin1(m.name);
    const crc = crc32(m.data);
    const head = concat([
      le([0x04034b50, 4], [20, 2], [0, 2], [method, 2], [0, 4], [crc, 4], [packed.length, 4], [m.data.length, 4], [name.length, 2], [0, 2]),
      name,
    ]);
    meta.push({ name: m.name, crc, packed: packed.length, size: m.data.length, method, offset });
    locals.push(head, packed);
    offset += head.length + packed.length;
  }
  const central: Uint8Array[] = [];
  const list: { member: number; name?: string }[] = listing ?? members.map((_, member) => ({ member }));
  for (const { member, name: listed } of list) {
    const m = meta[member];
    const name = latin1(listed ?? m.name);
    central.push(
      concat([
        le(
          [0x02014b50, 4],
          [20, 2],
          [20, 2],
          [0, 2],
          [m.method, 2],
          [0, 4],
          [m.crc, 4],
          [m.packed, 4],
          [m.size, 4],
          [name.length, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 4],
          [m.offset, 4],
        ),
        name,
      ]),
    );
  }
  const directory = concat(central);
  const count = Math.min(list.length, 0xffff);
  return concat([
    ...locals,
    directory,
    le([0x06054b50, 4], [0, 2], [0, 2], [count, 2], [count, 2], [directory.length, 4], [offset, 4], [0, 2]),
  ]);
}

const CONTENT_TYPES = { name: '[Content_Types].xml', data: latin1('<?xml version="1.0"?><Types/>') };

/** 1. A .docx whose document is 2 MiB of "<" (and an .xlsx whose shared strings are "<a" repeated). */
export function tagBombDocx(scale = 1): Uint8Array {
  return buildZip([CONTENT_TYPES, { name: 'word/document.xml', data: latin1('<'.repeat(2 * 1024 * 1024 * scale)) }]);
}
export function tagBombXlsx(scale = 1): Uint8Array {
  return buildZip([CONTENT_TYPES, { name: 'xl/sharedStrings.xml', data: latin1('<a'.repeat(1024 * 1024 * scale)) }]);
}

/** 2. One deflated 4 MiB document listed `copies` times under the same name. */
export function duplicatedMemberDocx(copies = 300): Uint8Array {
  const text = latin1('<w:t>Amira B801200005001</w:t>'.repeat((4 * 1024 * 1024) / 29));
  return buildZip(
    [CONTENT_TYPES, { name: 'word/document.xml', data: text }],
    [{ member: 0 }, ...Array.from({ length: copies }, () => ({ member: 1 }))],
  );
}

/** 3a. A plain zip of `entries` entries sharing one 8 MiB member whose first byte reads as an OpenPGP tag. */
export function sharedMemberZip(entries = 65534): Uint8Array {
  const data = new Uint8Array(8 * 1024 * 1024);
  data[0] = 0x8c;
  return buildZip(
    [{ name: 'a', data }],
    Array.from({ length: entries }, (_, i) => ({ member: 0, name: `f${i}` })),
  );
}

/** The 7z start header (signature, version, CRC of the next header, its offset and size) around a next header. */
export function build7z(packed: Uint8Array, nextHeader: Uint8Array): Uint8Array {
  const tail = le([packed.length, 8], [nextHeader.length, 8], [crc32(nextHeader), 4]);
  return concat([Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), le([crc32(tail), 4]), tail, packed, nextHeader]);
}

/** A 7z NUMBER as written by 7-Zip (values below 2^28 are enough here). */
function number7z(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x4000) return [0x80 | (n >> 8), n & 0xff];
  if (n < 0x200000) return [0xc0 | (n >> 16), n & 0xff, (n >> 8) & 0xff];
  return [0xe0 | (n >> 24), n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
}

/**
 * 5. A 7z whose header is packed with LZMA and unpacks to 16 MiB (made by xz in test/fixtures/lzma/make.sh):
 * `aes` gives a header that, decoded whole, names one AES-encrypted block; otherwise it is all zeros.
 */
export function headerBomb7z(aes = true): Uint8Array {
  const alone = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/lzma', aes ? 'aes_header_16m.lzma' : 'zeros_16m.lzma')));
  const props = alone.subarray(0, 5);
  const stream = alone.subarray(13);
  const unpacked = 16 * 1024 * 1024;
  // kEncodedHeader, then streams info: pack info (pos 0, one stream of the stream's size), unpack info (one
  // folder, one LZMA coder with its 5 property bytes, unpacked size).
  const header = Uint8Array.from([
    0x17,
    0x06,
    0x00,
    0x01,
    0x09,
    ...number7z(stream.length),
    0x00,
    0x07,
    0x0b,
    0x01,
    0x00,
    0x01,
    0x23,
    0x03,
    0x01,
    0x01,
    0x05,
    ...props,
    0x0c,
    ...number7z(unpacked),
    0x00,
    0x00,
  ]);
  return build7z(stream, header);
}

/** 3b. `entries` zip entries sharing one stored 7z whose header unpacks to 16 MiB. */
export function sharedHeaderBombZip(entries = 20): Uint8Array {
  return buildZip(
    [{ name: 'a.7z', data: headerBomb7z(true), stored: true }],
    Array.from({ length: entries }, (_, i) => ({ member: 0, name: `f${i}.7z` })),
  );
}

/**
 * 4a. A PDF with `count` cross-reference streams chained by /Prev, each a 16 KB zlib stream that inflates
 * to 16 MiB (Predictor 12), and a trailer /Encrypt naming an object no section lists.
 */
export function xrefStreamBombPdf(count = 64): Uint8Array {
  const bomb = zlibSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
  const parts: Uint8Array[] = [latin1('%PDF-1.5\n')];
  let offset = parts[0].length;
  let prev = -1;
  for (let i = 0; i < count; i++) {
    const dict = `${i + 1} 0 obj\n<< /Type /XRef /Size 1000 /W [1 2 1] /Index [0 1] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> /Length ${bomb.length}${prev >= 0 ? ` /Prev ${prev}` : ''} /Encrypt 999 0 R >>\nstream\n`;
    parts.push(latin1(dict), bomb, latin1('\nendstream\nendobj\n'));
    prev = offset;
    offset += dict.length + bomb.length + 18;
  }
  parts.push(latin1(`startxref\n${prev}\n%%EOF\n`));
  return concat(parts);
}

/** 4b. A PDF with `count` classic tables chained by /Prev, each of `subsections` empty subsections. */
export function emptySubsectionsPdf(count = 64, subsections = 9990): Uint8Array {
  let text = '%PDF-1.4\n';
  let prev = -1;
  for (let i = 0; i < count; i++) {
    const at = text.length;
    text += `xref\n${'0 0\n'.repeat(subsections)}trailer\n<< /Size 1${prev >= 0 ? ` /Prev ${prev}` : ''} /Encrypt 999 0 R >>\n`;
    prev = at;
  }
  return latin1(`${text}startxref\n${prev}\n%%EOF\n`);
}

/**
 * 6. A 2.5 KB PowerPoint file (compound file, 512-byte sectors) whose "PowerPoint Document" stream is one
 * sector chained to itself, with an encrypted Current User token and edit records at offsets in the gigabytes.
 */
export function loopingPpt(): Uint8Array {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = new Uint8Array(SECTOR);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set(le([0x3e, 2], [3, 2], [0xfffe, 2], [9, 2], [6, 2]), 0x18);
  header.set(le([1, 4], [1, 4], [0, 4], [0, 4], [END, 4], [0, 4], [END, 4], [0, 4]), 0x2c);
  for (let i = 0; i < 109; i++) header.set(le([i === 0 ? 0 : FREE, 4]), 0x4c + i * 4);
  // FAT: sector 0 is the FAT, 1 the directory, 2 loops to itself, 3 holds Current User.
  const fat = new Uint8Array(SECTOR).fill(0xff);
  fat.set(le([0xfffffffd, 4], [END, 4], [2, 4], [END, 4]));
  const dir = new Uint8Array(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number) => {
    for (let c = 0; c < name.length; c++) dir.set(le([name.charCodeAt(c), 2]), i * 128 + c * 2);
    dir.set(le([(name.length + 1) * 2, 2]), i * 128 + 0x40);
    dir[i * 128 + 0x42] = type;
    dir.set(le([start, 4], [size, 4]), i * 128 + 0x74);
  };
  entry(0, 'Root Entry', 5, END, 0);
  entry(1, 'PowerPoint Document', 2, 2, 0xfffff000);
  entry(2, 'Current User', 2, 3, 0x1000);
  const HUGE = 0x7ff00000; // a multiple of 512: every edit record read lands at the start of the looping sector
  const doc = new Uint8Array(SECTOR);
  // UserEditAtom: type 0x0ff5, 32 bytes; the previous edit is itself, the persist directory at +64 of a sector.
  doc.set(le([0, 2], [0x0ff5, 2], [32, 4], [0, 4], [0, 4], [HUGE, 4], [HUGE + 64, 4], [0, 4], [0, 4], [0, 4], [5, 4]));
  // PersistDirectoryAtom: one entry for persist id 1; the crypt session (id 5) is never listed.
  doc.set(le([0, 2], [0x1772, 2], [8, 4], [(1 << 20) | 1, 4], [0, 4]), 64);
  const user = new Uint8Array(SECTOR);
  user.set(le([0, 2], [0x0ff6, 2], [20, 4], [20, 4], [0xf3d1c4df, 4], [HUGE, 4]));
  return concat([header, fat, dir, doc, user]);
}

/** 7. An unknown binary whose first byte is an OpenPGP packet tag (0x84, 0x85, 0x8c, 0xa4, 0xc1, 0xd2 …). */
export function pgpTagLookalike(first: number, length = 2048): Uint8Array {
  const b = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  b[0] = first;
  return b;
}

export const attachmentOf = (name: string, bytes: Uint8Array, contentType = 'application/octet-stream'): Attachment => ({
  name,
  contentType,
  size: bytes.length,
  bytes,
});

/** Messages: a draft to a parent outside the school, with the given text. */
export function externalDraft(body: { text: string; html?: string }, subject = '', to = [{ address: 'parent@gmail.com' }]): Draft {
  return { from: { address: 'teacher@school.example' }, to, cc: [], bcc: [], subject, body, attachments: [] };
}

/** 8. Identifier-like matches, `bytes` of them. 9. Word hits, `bytes` of them. */
export const identifierText = (bytes: number) => 'A123456789012 '.repeat(Math.ceil(bytes / 14));
export const swearingText = (bytes: number) => 'damn bloody crap '.repeat(Math.ceil(bytes / 17));
export const datesOfBirthText = (bytes: number) => 'date of birth 01/02/2010 '.repeat(Math.ceil(bytes / 25));

/** 10. `count` distinct personal addresses in each of the named fields. */
export function manyRecipients(count: number, fields: ('to' | 'cc' | 'bcc')[] = ['to']): Draft {
  const draft = externalDraft({ text: 'Dear parents' });
  // Lower-cased as every parser of addresses does, which also makes them flat strings, as parsed ones are.
  for (const f of fields) draft[f] = Array.from({ length: count }, (_, i) => ({ address: `${f}${i}@gmail.com`.toLowerCase() }));
  return draft;
}

/**
 * 16. A multipart message to two parents of `parts` MIME parts, each empty but the first, a text part
 * holding `firstText` ("Hello" unless given).
 */
export function manyPartsMessage(parts: number, firstText = 'Hello'): Uint8Array {
  const body = `--b\r\nContent-Type: text/plain\r\n\r\n${firstText}\r\n` + '--b\r\n\r\n'.repeat(parts - 1) + '--b--\r\n';
  return rawMessage(
    { To: 'parent@gmail.com, other.parent@gmail.com', Subject: 'Trip', 'Content-Type': 'multipart/mixed; boundary="b"' },
    body,
  );
}

/** 12. A To header of `depth` nested groups around one address (postal-mime gives up on it). */
export const nestedGroupsHeader = (depth = 60) => `${'g:'.repeat(depth)}parent@gmail.com${';'.repeat(depth)}`;

/** 15. One Subject of `words` adjacent RFC 2047 encoded words. */
export const encodedWordsSubject = (words = 40000) => Array.from({ length: words }, () => '=?UTF-8?B?w6k=?=').join(' ');

/** An RFC 5322 message from header lines and a body. */
export function rawMessage(headers: Record<string, string>, body = 'Hello\r\n'): Uint8Array {
  const lines = Object.entries({ From: 'teacher@school.example', Date: 'Mon, 30 Nov 2026 09:00:00 +0000', ...headers }).map(
    ([k, v]) => `${k}: ${v}`,
  );
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
