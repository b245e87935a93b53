// The verdict every format module gives on a file: protected, not protected, or could not tell, with the
// format and the reason in words for staff. A file of its own so the format modules and protection.ts,
// which chooses among them, do not import each other.
export interface Protection {
  status: 'protected' | 'notProtected' | 'unknown';
  /** "ZIP", "PDF", "Word document" … */
  format: string;
  /** Why, in words for staff: "3 of 4 files in the zip are not encrypted". */
  detail: string;
}
