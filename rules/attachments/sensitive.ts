// Does an attachment look sensitive? By its name (configurable keywords), its type (spreadsheets and CSV
// exports usually hold personal data), and, where it can be read, its content: the shared personal-data
// detectors over the text of CSV/TXT files and the XML inside DOCX/XLSX/ODT/ODS, bounded in bytes.
import { detectorLabel, findPersonalData } from '../detect/index.ts';
import type { Attachment } from '../engine/types.ts';
import { latin1, startsWith } from './bytes.ts';
import { zipMemberHeads } from './zip.ts';

const SPREADSHEET = /\.(xlsx?|xlsm|ods|csv|tsv|numbers)$|spreadsheet|ms-excel|text\/csv/i;
const TEXT_LIKE = /\.(csv|tsv|txt)$|^text\//i;
const CONTENT_PARTS = [/^xl\/sharedStrings\.xml$/, /^xl\/worksheets\/sheet1\.xml$/, /^word\/document\.xml$/, /^content\.xml$/];

export interface Sensitivity {
  /** Why it looks sensitive from the outside: 'name contains "SEN"', 'a spreadsheet'. */
  outward: string[];
  /** What personal data its content holds: "3 UPNs". */
  content: string[];
}

function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, '').split(/[^a-z0-9]+/).filter(Boolean);
}

/** Keywords may be phrases ("pupil list"): matched as whole words in the file name. */
function nameReasons(name: string, keywords: readonly string[]): string[] {
  const words = ` ${nameWords(name).join(' ')} `;
  return keywords.filter((k) => words.indexOf(` ${k.toLowerCase()} `) >= 0).map((k) => `its name contains "${k}"`);
}

function readableText(a: Attachment, maxBytes: number): string | undefined {
  if (!a.bytes) return undefined;
  if (startsWith(a.bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const parts = zipMemberHeads(a.bytes, (n) => CONTENT_PARTS.some((re) => re.test(n)), maxBytes);
    return parts.length ? parts.map((p) => latin1(p, 0, maxBytes).replace(/<[^>]{0,2000}>/g, ' ')).join('\n') : undefined;
  }
  if (TEXT_LIKE.test(a.name) || TEXT_LIKE.test(a.contentType)) return latin1(a.bytes, 0, maxBytes);
  return undefined;
}

export function sensitivity(a: Attachment, keywords: readonly string[], maxContentBytes: number): Sensitivity {
  const outward = nameReasons(a.name, keywords);
  if (SPREADSHEET.test(a.name) || SPREADSHEET.test(a.contentType)) outward.push('spreadsheets and CSV exports usually hold personal data');
  const text = readableText(a, maxContentBytes);
  const found = text ? findPersonalData(text, 'medium') : [];
  const counts = new Map<string, number>();
  for (const d of found) counts.set(d.detector, (counts.get(d.detector) || 0) + 1);
  return { outward, content: Array.from(counts, ([id, n]) => detectorLabel(id, n)) };
}
