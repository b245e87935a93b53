// Whether an attachment needs a password or key to read, decided from its bytes: magic numbers first
// (never the name), then each format's own marker, read from headers, trailers and directories rather
// than the whole file. An unknown or damaged file, or one that would cost more than the check's work
// budget, is "could not tell", never a guess.
import { cfbProtection } from './cfb.ts';
import { BudgetSpent, WorkBudget } from './budget.ts';
import { pdfProtection } from './pdf.ts';
import { sevenZipProtection } from './seven-zip.ts';
import { smallFormatProtection } from './small-formats.ts';
import { zipProtection } from './zip.ts';
import { startsWith } from './bytes.ts';
import type { Protection } from './verdict.ts';

export type { Protection } from './verdict.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

type Format = 'ZIP' | 'Office file' | 'PDF' | '7z' | 'file';

function formatOf(bytes: Uint8Array): Format {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'ZIP';
  if (startsWith(bytes, CFB)) return 'Office file';
  // PDF files may carry up to 1 KB of junk before "%PDF-".
  for (let i = 0; i < Math.min(1024, bytes.length); i++) if (startsWith(bytes, PDF, i)) return 'PDF';
  if (startsWith(bytes, SEVEN_ZIP)) return '7z';
  return 'file';
}

function sniff(bytes: Uint8Array, depth: number, budget: WorkBudget): Protection {
  if (bytes.length === 0) return { status: 'unknown', format: 'empty file', detail: 'the file is empty' };
  switch (formatOf(bytes)) {
    case 'ZIP':
      return zipProtection(bytes, depth, sniff, budget);
    case 'Office file':
      return cfbProtection(bytes, budget);
    case 'PDF':
      return pdfProtection(bytes, budget);
    case '7z':
      return sevenZipProtection(bytes, budget);
    default:
      return smallFormatProtection(bytes);
  }
}

/** The verdict on one file; `budget` is the check's, shared with its content check when there is one. */
export function protection(bytes: Uint8Array, budget = new WorkBudget()): Protection {
  try {
    return sniff(bytes, 0, budget);
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    return { status: 'unknown', format: formatOf(bytes), detail: `draftlint stopped checking it: ${error.message}` };
  }
}
