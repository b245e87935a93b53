// What one check of the open draft found, as the cards show it: made by triggers/check.ts, read by cards/.
// A file of its own so that cards depend on the result, not on the trigger that makes it.
import type { Draft, Finding, LintReport } from '../rules/index.ts';
import type { ContactsOutcome } from './draft/correspondents.ts';
import type { UserStore } from './user-store.ts';

/** How the search for the saved draft went (for the card's notice and the deployment diagnostics). */
export type SavedDraftOutcome = 'found' | 'ambiguous' | 'notSaved' | 'noRecipients' | 'noGmail' | 'failed';

export interface Check {
  draft: Draft;
  report: LintReport;
  /** The saved draft's id, when it was found: dismissals are kept per draft. */
  draftId?: string;
  /** Why only part of the draft was checked, in words for staff. */
  notice?: string;
  /** Findings hidden because this user dismissed them on this draft. */
  dismissedCount: number;
  /** Findings hidden because they are about addresses this user said not to be warned about again. */
  quietedCount: number;
  /** "the recipients, subject, message and 2 attachments" */
  checkedWhat: string;
  /** The rule whose one-click fix, pressed just before, left the draft as it was (fix-followup.ts). */
  fixNotApplied?: string;
  /** The user's own store as this check read it (dismissals, and the statistics' memory after the card). */
  user: UserStore;
  /** A finding's key on this draft, for its Dismiss button (keyed under the user's own secret). */
  keyOf: (f: Finding) => string;
  /** How the search for the saved draft went; undefined when there were no recipients to search by. */
  savedDraft?: SavedDraftOutcome;
  /** How reading the sender's contacts for the near-miss check went (for the deployment diagnostics). */
  contacts: ContactsOutcome;
}
