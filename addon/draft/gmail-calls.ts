// The Gmail calls one check may make. Each advanced-service call is a round trip of its own inside Gmail's
// 30-second callback, so a check has a fixed allowance: the saved-draft search and reads spend from it
// first, and attachment downloads get what is left. The limit holds by construction, whatever the mailbox.

/** Search, reads and downloads together, per check. */
export const MAX_GMAIL_CALLS = 4;

export class GmailCalls {
  private used = 0;

  constructor(private readonly limit = MAX_GMAIL_CALLS) {}

  /** Takes one call from the allowance; false (and nothing taken) when none is left. */
  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }

  left(): number {
    return this.limit - this.used;
  }

  spent(): number {
    return this.used;
  }
}
