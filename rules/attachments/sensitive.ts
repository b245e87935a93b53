// Does an attachment look sensitive? By its name (configurable keywords), its type (spreadsheets and CSV
// exports usually hold personal data), and, where it can be read, its content: the shared personal-data
// detectors over the text of CSV/TXT files and the XML inside DOCX/XLSX/ODT/ODS, bounded in bytes and
// paid for from the check's work budget. Content that could not be read is said so, never taken as clean.
import { CONFIDENCE_RANK } from '../detect/types.ts';
import { detectorLabel, detectors, findPersonalData } from '../detect/index.ts';
import type { Attachment } from '../engine/types.ts';
import { BudgetSpent, type WorkBudget } from './budget.ts';
import { latin1, startsWith } from './bytes.ts';
import { zipMemberHeads } from './zip.ts';

const SPREADSHEET = /\.(xlsx?|xlsm|ods|csv|tsv|numbers)$|spreadsheet|ms-excel|text\/csv/i;
const TEXT_LIKE = /\.(csv|tsv|txt)$|^text\//i;
const CONTENT_PARTS = [/^xl\/sharedStrings\.xml$/, /^xl\/worksheets\/sheet1\.xml$/, /^word\/document\.xml$/, /^content\.xml$/];
/** A "<" with no ">" this close is text, not a tag. */
const MAX_TAG = 2000;
/** Past this many of one identifier the count no longer matters: the file plainly holds personal data. */
const ENOUGH = 1000;

export interface Sensitivity {
  /** Why it looks sensitive from the outside: 'name contains "SEN"', 'a spreadsheet'. */
  outward: string[];
  /** What personal data its content holds: "3 UPNs". */
  content: string[];
  /** Why its content, which draftlint reads for this kind of file, could not be read. */
  unread?: string;
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,5}$/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Keywords may be phrases ("pupil list"): matched as whole words in the file name. */
function nameReasons(name: string, keywords: readonly string[]): string[] {
  const words = ` ${nameWords(name).join(' ')} `;
  return keywords.filter((k) => words.indexOf(` ${k.toLowerCase()} `) >= 0).map((k) => `its name contains "${k}"`);
}

/**
 * XML to text, every tag a space, in one pass: the next ">" is searched for once per stretch of text, so
 * a document of nothing but "<" costs one scan, not one scan per "<".
 */
export function stripTags(xml: string): string {
  const out: string[] = [];
  let textStart = 0;
  let nextGt = -1;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i)) {
    if (nextGt < i) {
      nextGt = xml.indexOf('>', i);
      if (nextGt < 0) break; // no ">" anywhere after: the rest is text
    }
    if (nextGt - i > MAX_TAG) {
      i++;
      continue;
    }
    out.push(xml.slice(textStart, i), ' ');
    textStart = i = nextGt + 1;
  }
  out.push(xml.slice(textStart));
  return out.join('');
}

type Readable = { text?: string; unread?: string };

function readableText(a: Attachment, maxBytes: number, budget: WorkBudget): Readable {
  if (!a.bytes) return {};
  if (startsWith(a.bytes, [0x50, 0x4b, 0x03, 0x04])) {
    let parts: Uint8Array[] | undefined;
    try {
      parts = zipMemberHeads(a.bytes, (n) => CONTENT_PARTS.some((re) => re.test(n)), maxBytes, budget);
    } catch (error) {
      if (error instanceof BudgetSpent) return { unread: `draftlint stopped reading it: ${error.message}` };
      throw error;
    }
    if (!parts) return { unread: 'the file is damaged or cut short' };
    return parts.length ? { text: parts.map((p) => stripTags(latin1(p))).join('\n') } : {};
  }
  if (TEXT_LIKE.test(a.name) || TEXT_LIKE.test(a.contentType)) return { text: latin1(a.bytes, 0, maxBytes) };
  return {};
}

export function sensitivity(a: Attachment, keywords: readonly string[], maxContentBytes: number, budget: WorkBudget): Sensitivity {
  const outward = nameReasons(a.name, keywords);
  if (SPREADSHEET.test(a.name) || SPREADSHEET.test(a.contentType)) outward.push('spreadsheets and CSV exports usually hold personal data');
  const { text, unread } = readableText(a, maxContentBytes, budget);
  const content: string[] = [];
  // Each detector stops at ENOUGH matches: a sheet of 70,000 UPNs costs what 1,000 do.
  const hits = text ? findPersonalData(text, 'low', undefined, ENOUGH) : [];
  for (const d of detectors) {
    const mine = hits.filter((h) => h.detector === d.id);
    const reportable = mine.filter((h) => CONFIDENCE_RANK[h.confidence] >= CONFIDENCE_RANK.medium).length;
    if (reportable) content.push(detectorLabel(d.id, reportable, mine.length >= ENOUGH));
  }
  return unread ? { outward, content, unread } : { outward, content };
}
