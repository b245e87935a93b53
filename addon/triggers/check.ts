// One check of the draft open in the compose window: recipients from the event (always fresh), subject,
// body and attachments from the saved draft when it can be found, the school's rules, and this user's
// dismissals. Everything a card or a fix needs comes from here, so every callback sees the same result.
import {
  describeFields,
  lint,
  wantsBytes,
  type Address,
  type Config,
  type Draft,
  type DraftField,
  type Finding,
} from '../../rules/index.ts';
import type { Check, SavedDraftOutcome } from '../check-result.ts';
import { dismissedOn, findingKey } from '../dismissals.ts';
import { CONTACTS_NOT_READ, readCorrespondents } from '../draft/correspondents.ts';
import { findSavedDraft } from '../draft/find-draft.ts';
import { GmailCalls } from '../draft/gmail-calls.ts';
import { fixNotApplied } from '../fix-followup.ts';
import { isQuieted } from '../quiet-addresses.ts';
import { readUserStore } from '../user-store.ts';
import { draftFromEvent, subjectFromEvent } from '../event.ts';
import { schoolRules } from '../school-config.ts';
import type { Services } from '../services.ts';
import { settingsInForce } from '../settings/store.ts';

const NOTICES = {
  notSaved:
    'Gmail saves drafts every few seconds, and this one has not been saved yet: press “Check again” in a moment to check the subject, message and attachments too.',
  noRecipients: 'Add the recipients first: draftlint finds the saved draft by its recipients.',
  noGmail: 'Only the recipients were checked: the Gmail service is not enabled for draftlint (ask the Network Manager).',
};

function ambiguous(count: number): string {
  return `${count} saved drafts have these recipients, so draftlint cannot tell which one is open. Give this one its subject or delete the old copies, then press “Check again”. The recipients were checked.`;
}

/** The event's recipients with the display names the saved draft gives the same addresses. */
function withNames(saved: Draft): (list: Address[] | undefined) => Address[] | undefined {
  const names = new Map<string, string>();
  for (const a of [...(saved.to || []), ...(saved.cc || []), ...(saved.bcc || [])]) if (a.name) names.set(a.address, a.name);
  return (list) => list && list.map((a) => (a.name || !names.has(a.address) ? a : { ...a, name: names.get(a.address) }));
}

function readSaved(
  event: unknown,
  open: Draft,
  services: Services,
  calls: GmailCalls,
): { draft: Draft; draftId?: string; notice?: string; outcome: SavedDraftOutcome } {
  if (!services.drafts) return { draft: open, notice: NOTICES.noGmail, outcome: 'noGmail' };
  try {
    const saved = findSavedDraft(services.drafts, open, services.decode, calls, subjectFromEvent(event));
    switch (saved.kind) {
      case 'found': {
        // The event's recipients are what the window shows now; the saved copy may lag a few seconds, but
        // it has their display names, which the event leaves out (greetings are compared with them).
        const named = withNames(saved.draft);
        return {
          draft: { ...saved.draft, to: named(open.to), cc: named(open.cc), bcc: named(open.bcc), from: open.from || saved.draft.from },
          draftId: saved.draftId,
          outcome: 'found',
        };
      }
      case 'ambiguous':
        return { draft: open, notice: ambiguous(saved.count), outcome: 'ambiguous' };
      case 'notSaved':
      case 'noRecipients':
        return { draft: open, notice: NOTICES[saved.kind], outcome: saved.kind };
    }
  } catch (error) {
    console.error(`draftlint could not read the saved draft: ${error instanceof Error ? error.message : String(error)}`);
    return {
      draft: open,
      notice: 'draftlint could not read the saved draft just now, so only the recipients were checked. Press “Check again”.',
      outcome: 'failed',
    };
  }
}

// A file over 25 MB is larger than Gmail sends anyway.
const MAX_FETCH_BYTES = 25 * 1024 * 1024;

/**
 * Downloads the bytes of the attachments an enabled rule wants to open, with the Gmail calls the draft
 * search left; a file not downloaded is judged "could not tell", never safe.
 */
function fetchNeededBytes(draft: Draft, config: Config, services: Services, calls: GmailCalls): Draft {
  if (!services.attachments || !draft.attachments) return draft;
  const attachments = draft.attachments.map((a) => {
    if (!a.source || a.size > MAX_FETCH_BYTES || !wantsBytes(a, config, schoolRules) || !calls.take()) return a;
    try {
      const part = services.attachments!.get('me', a.source.messageId, a.source.attachmentId);
      const data = part.data as unknown as string | number[] | undefined;
      if (data === undefined) return a;
      return { ...a, bytes: Uint8Array.from(services.bytes(data), (b) => b & 0xff) };
    } catch (error) {
      console.error(`draftlint could not download an attachment: ${error instanceof Error ? error.message : String(error)}`);
      return a; // the rule then says it could not tell, rather than guessing
    }
  });
  return { ...draft, attachments };
}

function describeChecked(draft: Draft): string {
  const fields = (['to', 'cc', 'bcc', 'subject', 'body'] as DraftField[]).filter((f) => draft[f] !== undefined);
  if (!fields.length) return 'nothing could be read';
  const files = draft.attachments ? draft.attachments.length : 0;
  const attachments = draft.attachments ? ` and ${files} attachment${files === 1 ? '' : 's'}` : '';
  return `the ${describeFields(fields)}${attachments}`;
}

export function checkDraft(event: unknown, services: Services): Check {
  const open = draftFromEvent(event, services.userEmail());
  const { config } = settingsInForce(services);
  const calls = new GmailCalls();
  const saved = open.to
    ? readSaved(event, open, services, calls)
    : { draft: open, draftId: undefined, notice: undefined, outcome: undefined };
  const { draftId, notice, outcome } = saved;
  const draft = saved.draftId ? fetchNeededBytes(saved.draft, config, services, calls) : saved.draft;
  // The sender's contacts go into this one check and nowhere else: the Check holds the draft without them.
  const contacts = readCorrespondents(services.people, draft, config);
  const report = lint(contacts.known ? { ...draft, knownCorrespondents: contacts.known } : draft, config, schoolRules);
  if (contacts.outcome === 'noPeople' || contacts.outcome === 'failed')
    report.notChecked.push({ ruleId: 'no-misdirected-recipient', reason: CONTACTS_NOT_READ });
  // The user's own store, read once: this check's dismissals, and the statistics recorded after it.
  const user = readUserStore(services);
  const keyOf = (f: Finding) => findingKey(services, user, f);
  // Dismissed on this draft, or about addresses this user said not to be warned about again.
  const dismissed = draftId ? dismissedOn(services, user, draftId) : new Set<string>();
  const undismissed = report.findings.filter((f) => !dismissed.has(keyOf(f)));
  const kept = undismissed.filter((f) => !isQuieted(services, user, f));
  const dismissedCount = report.findings.length - undismissed.length;
  const quietedCount = undismissed.length - kept.length;
  report.findings = kept;
  const fixNotAppliedFor = fixNotApplied(services, report);
  return {
    draft,
    report,
    draftId,
    notice,
    dismissedCount,
    quietedCount,
    checkedWhat: describeChecked(draft),
    user,
    keyOf,
    savedDraft: outcome,
    contacts: contacts.outcome,
    ...(fixNotAppliedFor && { fixNotApplied: fixNotAppliedFor }),
  };
}
