// Whether an attachment needs a password or key to read, decided from its bytes: magic numbers first
// (never the name), then each format's own marker, read from headers, trailers and directories rather
// than the whole file. An unknown or damaged file is "could not tell", never a guess.
import { cfbProtection } from './cfb.ts';
import { pdfProtection } from './pdf.ts';
import { sevenZipProtection } from './seven-zip.ts';
import { smallFormatProtection } from './small-formats.ts';
import { zipProtection } from './zip.ts';
import { startsWith } from './bytes.ts';

export interface Protection {
  status: 'protected' | 'notProtected' | 'unknown';
  /** "ZIP", "PDF", "Word document" … */
  format: string;
  /** Why, in words for staff: "3 of 4 files in the zip are not encrypted". */
  detail: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

export function protection(bytes: Uint8Array, depth = 0): Protection {
  if (bytes.length === 0) return { status: 'unknown', format: 'empty file', detail: 'the file is empty' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return zipProtection(bytes, depth, protection);
  if (startsWith(bytes, CFB)) return cfbProtection(bytes);
  // PDF files may carry up to 1 KB of junk before "%PDF-".
  for (let i = 0; i < Math.min(1024, bytes.length); i++) if (startsWith(bytes, PDF, i)) return pdfProtection(bytes);
  if (startsWith(bytes, SEVEN_ZIP)) return sevenZipProtection(bytes);
  return smallFormatProtection(bytes);
}
