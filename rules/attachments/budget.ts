// The work budget of one attachment check. Every place where a file's own bytes say how much work to do
// (bytes to inflate, members to open, cross-reference sections to follow, sector chains to walk, LZMA
// output to produce) spends from it, so no file can make a check slow or large, however it is crafted:
// when the budget is spent the check stops with "could not tell", never with a verdict.

const MiB = 1024 * 1024;

/**
 * Limits chosen from real files, and so that a check stays within about 200 ms: a 25 MB school spreadsheet
 * is checked in full (its content check inflates `maxContentMb`, 2 MB by default, and its protection check
 * nothing), as are a 7z of 10,000 files (a header of about 0.5 MB), a PDF's cross-reference streams (a few
 * KB each in real files), incremental updates by the dozen, and a 25 MB .ppt.
 */
export const ATTACHMENT_LIMITS = {
  /**
   * Bytes inflated across every zip member and PDF stream of the file, besides what the content check
   * reads (`maxContentMb`, added by `attachmentBudget`): manifests, cross-reference streams, nested files.
   */
  inflatedBytes: 8 * MiB,
  /** Zip members opened, each once (a member listed 65,534 times is opened once). */
  members: 64,
  /** PDF cross-reference sections followed through /Prev and /XRefStm. */
  xrefSections: 64,
  /** PDF cross-reference subsections read, over all sections. */
  xrefSubsections: 20_000,
  /** Steps along compound-file (Office) sector chains. */
  sectorSteps: 2_000_000,
  /** Bytes of LZMA output (7z headers). */
  lzmaBytes: 4 * MiB,
};

export type WorkKind = keyof typeof ATTACHMENT_LIMITS;

/** What running out means, in words for staff: "it unpacks to more than draftlint reads". */
const SPENT: Record<WorkKind, string> = {
  inflatedBytes: 'it unpacks to more than draftlint reads in one check',
  members: 'it holds more files than draftlint opens in one check',
  xrefSections: 'it has more revisions than draftlint follows in one check',
  xrefSubsections: 'its cross-reference tables are longer than draftlint reads in one check',
  sectorSteps: 'its internal structure is longer than draftlint reads in one check',
  lzmaBytes: 'its list of files unpacks to more than draftlint reads in one check',
};

/** Thrown where a budget runs out; caught once, where the check's verdict is made. */
export class BudgetSpent extends Error {
  constructor(readonly kind: WorkKind) {
    super(SPENT[kind]);
  }
}

/** The budget of one attachment's check, with room for the content check's `maxContentBytes`. */
export function attachmentBudget(maxContentBytes: number): WorkBudget {
  return new WorkBudget({ ...ATTACHMENT_LIMITS, inflatedBytes: ATTACHMENT_LIMITS.inflatedBytes + maxContentBytes });
}

export class WorkBudget {
  private readonly used: Record<WorkKind, number> = {
    inflatedBytes: 0,
    members: 0,
    xrefSections: 0,
    xrefSubsections: 0,
    sectorSteps: 0,
    lzmaBytes: 0,
  };

  constructor(private readonly limits: Record<WorkKind, number> = ATTACHMENT_LIMITS) {}

  /** Spends `amount`; throws BudgetSpent when that takes the total past the limit. */
  spend(kind: WorkKind, amount = 1): void {
    this.used[kind] += amount;
    if (this.used[kind] > this.limits[kind]) throw new BudgetSpent(kind);
  }

  /** What has been spent so far: the work counts the scaling tests compare. */
  spent(): Readonly<Record<WorkKind, number>> {
    return { ...this.used };
  }
}
