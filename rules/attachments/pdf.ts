// PDF: protected when reading it needs a password or a key. Follows startxref, then /Prev and /XRefStm
// (incremental updates, linearised files, classic tables and cross-reference streams) to the newest
// trailer's /Encrypt; text that merely contains "/Encrypt" is never taken for it. An encrypted file is
// then checked with the empty password: one with only an owner password opens for anyone.
import type { WorkBudget } from './budget.ts';
import { latin1 } from './bytes.ts';
import { inflateUpTo } from './inflate.ts';
import { pdfAccess } from './pdf-security.ts';
import { isBytes, isDict, isName, isRef, parsePdfValue, skipSpace, type PdfDict, type PdfRef, type PdfValue } from './pdf-syntax.ts';
import type { Protection } from './verdict.ts';

const WINDOW = 64 * 1024;
const SMALL_WINDOW = 4096;
/** A cross-reference stream's size, packed or not: 1 MB lists some 200,000 objects (real ones list thousands). */
const MAX_XREF_STREAM = 1024 * 1024;

/** One cross-reference section: its trailer dictionary and where it says an object starts. */
interface Section {
  trailer: PdfDict;
  prev?: number;
  xrefStm?: number;
  offsetOf(num: number): number | undefined;
}

const integer = (v: PdfValue | undefined) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** A classic table: "xref", subsections "first count" of 20-byte (sometimes 19-byte) entries, "trailer". */
function tableSection(b: Uint8Array, offset: number, budget: WorkBudget): Section | undefined {
  const subsections: { first: number; count: number; at: number; size: number }[] = [];
  let at = offset + latin1(b, offset, offset + 64).indexOf('xref') + 4;
  for (;;) {
    budget.spend('xrefSubsections');
    const head = latin1(b, at, at + 64);
    const start = skipSpace(head, 0);
    if (head.startsWith('trailer', start)) {
      const text = latin1(b, at + start + 7, at + start + 7 + WINDOW);
      const trailer = parsePdfValue(text, 0);
      if (!trailer || !isDict(trailer.value)) return undefined;
      const dict = trailer.value;
      return {
        trailer: dict,
        prev: integer(dict.get('Prev')),
        xrefStm: integer(dict.get('XRefStm')),
        offsetOf(num) {
          const s = subsections.find((x) => num >= x.first && num < x.first + x.count);
          const m = s && /^(\d{10}) \d{5} n/.exec(latin1(b, s.at + (num - s.first) * s.size, s.at + (num - s.first + 1) * s.size));
          return m ? Number(m[1]) : undefined;
        },
      };
    }
    const m = /^(\d+)\s+(\d+)[ \t]*(\r\n|\r|\n)/.exec(head.slice(start));
    if (!m) return undefined;
    const entries = at + start + m[0].length;
    const size = /^\d{10} \d{5} [nf](\r\n| \r| \n)/.test(latin1(b, entries, entries + 20)) ? 20 : 19;
    subsections.push({ first: Number(m[1]), count: Number(m[2]), at: entries, size });
    at = entries + Number(m[2]) * size;
  }
}

/**
 * The dictionary of the indirect object at `offset` ("12 0 obj << … >>"), with where the dictionary ends and
 * a little of what follows it. Read through a small window first (dictionaries are rarely over a few
 * hundred bytes), and the full window only when the small one cuts it short.
 */
function objectAt(b: Uint8Array, offset: number, expected?: PdfRef): { dict: PdfDict; text: string; end: number } | undefined {
  for (const size of [SMALL_WINDOW, WINDOW]) {
    const text = latin1(b, offset, offset + size);
    const m = /^\s*(\d+)\s+(\d+)\s+obj/.exec(text);
    if (!m || (expected && (Number(m[1]) !== expected.num || Number(m[2]) !== expected.gen))) return undefined;
    const value = parsePdfValue(text, m[0].length);
    const whole = offset + size >= b.length || size === WINDOW;
    if (value && (value.end + 32 <= text.length || whole))
      return isDict(value.value) ? { dict: value.value, text, end: value.end } : undefined;
    if (whole) return undefined;
  }
  return undefined;
}

/**
 * Undo a PNG predictor (/Predictor 10–15): each row starts with its filter type. In place: row r is
 * written below where its own input starts, so no input is overwritten before it is read.
 */
function unpredict(data: Uint8Array, columns: number): Uint8Array | undefined {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = data.subarray(0, rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLength];
    for (let c = 0; c < columns; c++) {
      const x = data[r * rowLength + 1 + c];
      const left = c > 0 ? out[r * columns + c - 1] : 0;
      const up = r > 0 ? out[(r - 1) * columns + c] : 0;
      const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1] : 0;
      let predicted: number;
      if (type === 0) predicted = 0;
      else if (type === 1) predicted = left;
      else if (type === 2) predicted = up;
      else if (type === 3) predicted = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else return undefined;
      out[r * columns + c] = (x + predicted) & 255;
    }
  }
  return out;
}

/** The decoded rows of a cross-reference stream, or undefined when its filter is one we do not read. */
function xrefStreamData(b: Uint8Array, dict: PdfDict, dataStart: number, budget: WorkBudget): Uint8Array | undefined {
  const length = integer(dict.get('Length'));
  if (length === undefined || length > MAX_XREF_STREAM) return undefined;
  const raw = b.subarray(dataStart, dataStart + length);
  const filter = dict.get('Filter');
  const name = Array.isArray(filter) ? (filter.length === 1 ? filter[0] : undefined) : filter;
  if (filter === undefined) return raw;
  if (!isName(name, 'FlateDecode')) return undefined;
  // zlib: a 2-byte header (PDF never sets a preset dictionary), DEFLATE data, then a checksum we skip.
  const inflated = inflateUpTo(raw.subarray(2), MAX_XREF_STREAM, budget);
  if (!inflated || !inflated.complete) return undefined;
  const data = inflated.bytes;
  const parms = dict.get('DecodeParms');
  const p = Array.isArray(parms) ? parms[0] : parms;
  const predictor = isDict(p) ? integer(p.get('Predictor')) : undefined;
  if (!predictor || predictor < 10) return predictor && predictor > 1 ? undefined : data;
  return unpredict(data, isDict(p) ? (integer(p.get('Columns')) ?? 1) : 1);
}

/**
 * A cross-reference stream: its dictionary is the trailer; its rows are the table, decoded when asked and
 * not kept (a chain of sections is asked once each, and each decoded stream is paid for).
 */
function streamSection(b: Uint8Array, offset: number, budget: WorkBudget): Section | undefined {
  const obj = objectAt(b, offset);
  if (!obj || !isName(obj.dict.get('Type'), 'XRef')) return undefined;
  const dict = obj.dict;
  const keyword = /^\s*stream(\r\n|\n|\r)/.exec(obj.text.slice(obj.end, obj.end + 32));
  const widths = dict.get('W');
  if (!keyword || !Array.isArray(widths) || widths.length !== 3 || widths.some((w) => integer(w) === undefined || (w as number) > 8))
    return undefined;
  const w = widths as number[];
  const index = dict.get('Index');
  const ranges = (Array.isArray(index) ? index : [0, dict.get('Size')]).map(integer);
  const field = (rows: Uint8Array, row: number, f: number, start: number) => {
    let v = 0;
    for (let i = 0; i < w[f]; i++) v = v * 256 + rows[row + start + i];
    return v;
  };
  return {
    trailer: dict,
    prev: integer(dict.get('Prev')),
    offsetOf(num) {
      const rows = xrefStreamData(b, dict, offset + obj.end + keyword[0].length, budget);
      const rowLength = w[0] + w[1] + w[2];
      let before = 0;
      for (let i = 0; rows && i + 1 < ranges.length; i += 2) {
        const [first, count] = [ranges[i], ranges[i + 1]];
        if (first === undefined || count === undefined) return undefined;
        if (num >= first && num < first + count) {
          const row = (before + num - first) * rowLength;
          if (row + rowLength > rows.length) return undefined;
          const type = w[0] === 0 ? 1 : field(rows, row, 0, 0);
          return type === 1 ? field(rows, row, 1, w[0]) : undefined;
        }
        before += count;
      }
      return undefined;
    },
  };
}

/** Every cross-reference section reachable from startxref, newest first, each paid for. */
function sections(b: Uint8Array, startxref: number, budget: WorkBudget): Section[] {
  const out: Section[] = [];
  const queue = [startxref];
  const seen = new Set<number>();
  while (queue.length) {
    const offset = queue.shift()!;
    if (seen.has(offset) || offset >= b.length) continue;
    seen.add(offset);
    budget.spend('xrefSections');
    const head = latin1(b, offset, offset + 64).replace(/^\s+/, '');
    const section = head.startsWith('xref')
      ? tableSection(b, offset, budget)
      : /^\d+\s+\d+\s+obj/.test(head)
        ? streamSection(b, offset, budget)
        : undefined;
    if (!section) continue;
    out.push(section);
    if (section.xrefStm !== undefined) queue.push(section.xrefStm);
    if (section.prev !== undefined) queue.push(section.prev);
  }
  return out;
}

function encryptDictionary(b: Uint8Array, all: Section[], value: PdfValue): PdfDict | undefined {
  if (isDict(value)) return value;
  if (!isRef(value)) return undefined;
  for (const s of all) {
    const offset = s.offsetOf(value.num);
    if (offset !== undefined) return objectAt(b, offset, value)?.dict;
  }
  return undefined;
}

export function pdfProtection(b: Uint8Array, budget: WorkBudget): Protection {
  const tail = latin1(b, Math.max(0, b.length - 2048));
  const m = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail) || /startxref\s+(\d+)(?![\s\S]*startxref)/.exec(tail);
  if (!m) return { status: 'unknown', format: 'PDF', detail: 'the file is damaged or cut short (no startxref)' };
  const all = sections(b, Number(m[1]), budget);
  if (!all.length) return { status: 'unknown', format: 'PDF', detail: 'its cross-reference table could not be read' };
  const withEncrypt = all.find((s) => s.trailer.has('Encrypt'));
  if (!withEncrypt) return { status: 'notProtected', format: 'PDF', detail: 'it opens without a password' };
  const encrypt = encryptDictionary(b, all, withEncrypt.trailer.get('Encrypt')!);
  const ids = all.map((s) => s.trailer.get('ID')).find(Array.isArray);
  const id = ids && isBytes(ids[0]) ? ids[0] : new Uint8Array(0);
  switch (encrypt ? pdfAccess(encrypt, id) : 'unknown') {
    case 'opensWithoutPassword':
      return {
        status: 'notProtected',
        format: 'PDF',
        detail: 'it opens without a password (its password only limits printing or editing)',
      };
    case 'needsPassword':
      return { status: 'protected', format: 'PDF', detail: 'it needs a password to open' };
    case 'needsCertificate':
      return { status: 'protected', format: 'PDF', detail: 'it is encrypted for its recipients’ certificates' };
    default:
      return { status: 'unknown', format: 'PDF', detail: 'it is encrypted, but its encryption settings could not be read' };
  }
}
