// Compose-window triggers: open (check the draft), "Check again", apply a fix, and dismiss a finding.
// Each one checks the draft afresh from its own event, so nothing is ever applied from a stale card.
import * as z from 'zod/mini';
import { dismissCard } from '../cards/dismiss-card.ts';
import { findingsCard } from '../cards/findings-card.ts';
import { DISMISS_REASONS, DismissReasonSchema, dismiss, reasonsFor } from '../dismissals.ts';
import { updateDraftResponse } from '../edits.ts';
import { rememberFix } from '../fix-followup.ts';
import { quietAddresses, quietableAddresses } from '../quiet-addresses.ts';
import { actionParameters } from '../event.ts';
import { navigate, notify } from '../responses.ts';
import type { Services } from '../services.ts';
import { schoolRules, schoolRulesMeta } from '../school-config.ts';
import { observe } from '../settings/diagnostics.ts';
import { recordCheck, recordDismissal, recordFix } from '../stats/recorder.ts';
import { checkDraft } from './check.ts';

export function composeOpen(event: unknown, services: Services): GoogleAppsScript.Card_Service.Card {
  const check = checkDraft(event, services);
  const card = findingsCard(services.card, check, schoolRulesMeta);
  // After the card is built: neither can stop or change what staff see.
  observe(services, { kind: 'composeOpen', event, savedDraft: check.savedDraft, contacts: check.contacts });
  recordCheck(services, check, true);
  return card;
}

function refreshed(event: unknown, services: Services, notification?: string): GoogleAppsScript.Card_Service.ActionResponse {
  const check = checkDraft(event, services);
  const card = findingsCard(services.card, check, schoolRulesMeta);
  observe(services, { kind: 'click', event, savedDraft: check.savedDraft, contacts: check.contacts });
  recordCheck(services, check);
  return navigate(services, (n) => n.popToRoot().updateCard(card), notification);
}

export function checkAgain(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  return refreshed(event, services);
}

// Without the sender's address a move that empties To has no safe response (edits.ts): say what to do.
const FIX_BY_HAND =
  'draftlint cannot tell your own address, so it cannot leave To empty safely. Put your own address in To, then move the other addresses to Bcc by hand.';

const FixParameters = z.object({
  ruleId: z.string().check(z.refine((id) => id in schoolRules)),
  fix: z.string().check(z.maxLength(4000)),
});

/**
 * Applies the fix a button offered, but only if checking the draft as it is now offers the very same fix:
 * the button's parameters say which fix was meant, never what to write into the draft.
 */
export function applyFix(
  event: unknown,
  services: Services,
): GoogleAppsScript.Card_Service.UpdateDraftActionResponse | GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, FixParameters);
  if (!params) return notify(services, 'That button is out of date. Press "Check again".');
  const check = checkDraft(event, services);
  const finding = check.report.findings.find((f) => f.ruleId === params.ruleId && f.fix && JSON.stringify(f.fix) === params.fix);
  if (!finding || !finding.fix) return notify(services, 'The draft has changed since it was checked. Press "Check again".');
  const response = updateDraftResponse(services.card, check.draft, finding.fix);
  if (!response) return notify(services, FIX_BY_HAND);
  rememberFix(services, finding.ruleId);
  observe(services, { kind: 'click', event, fixJson: response.printJson() });
  recordFix(services, check, finding);
  return response;
}

const RuleParameters = z.object({ ruleId: z.string().check(z.refine((id) => id in schoolRules)) });

/** The findings of one rule alone, for those the compose card had no room for. */
export function showRuleFindings(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, RuleParameters);
  if (!params) return notify(services, 'That button is out of date. Press "Check again".');
  const card = findingsCard(services.card, checkDraft(event, services), schoolRulesMeta, params.ruleId);
  return navigate(services, (n) => n.pushCard(card));
}

const DismissTarget = z.object({
  key: z.string().check(z.regex(/^[a-z-]{1,60}:[\w-]{16}$/)),
  draftId: z.string().check(z.regex(/^[\w-]{1,100}$/)),
});

export function showDismiss(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, DismissTarget);
  if (!params) return notify(services, 'That button is out of date. Press "Check again".');
  const card = dismissCard(services.card, params.key, params.draftId);
  return navigate(services, (n) => n.pushCard(card));
}

/**
 * Records the dismissal for this user and this draft, then shows the draft's findings without it. Only a
 * finding this check finds on this very draft can be dismissed and counted: a hand-made call with another
 * rule id, key or draft id changes nothing, so nobody can grow the statistics with findings never shown.
 */
export function dismissFinding(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, z.extend(DismissTarget, { reason: DismissReasonSchema }));
  if (!params) return notify(services, 'That button is out of date. Press "Check again".');
  const check = checkDraft(event, services);
  const finding = check.draftId === params.draftId ? check.report.findings.find((f) => check.keyOf(f) === params.key) : undefined;
  if (!finding || !check.draftId || reasonsFor(finding.ruleId).indexOf(params.reason) < 0)
    return notify(services, 'That warning is no longer on this draft, or was dismissed already. Press "Check again".');
  dismiss(services, check.user, check.draftId, params.key, params.reason);
  recordDismissal(services, check, finding, params.reason);
  // The card from the same check, less the finding: one check per click.
  const report = { ...check.report, findings: check.report.findings.filter((f) => f !== finding) };
  const card = findingsCard(services.card, { ...check, report, dismissedCount: check.dismissedCount + 1 }, schoolRulesMeta);
  const text = `Dismissed: ${DISMISS_REASONS[params.reason].toLowerCase()}.`;
  return navigate(services, (n) => n.popToRoot().updateCard(card), text);
}

/**
 * "Don't warn me again for this address": remembers the finding's addresses for this user (as fingerprints),
 * counts it as dismissed because "the recipient is right", and shows the draft's findings without it. As
 * with a dismissal, only a finding this check finds on this draft can be quieted.
 */
export function quietFinding(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, DismissTarget);
  if (!params) return notify(services, 'That button is out of date. Press "Check again".');
  const check = checkDraft(event, services);
  const finding = check.draftId === params.draftId ? check.report.findings.find((f) => check.keyOf(f) === params.key) : undefined;
  const addresses = finding && quietableAddresses(finding);
  if (!finding || !addresses) return notify(services, 'That warning is no longer on this draft. Press "Check again".');
  quietAddresses(services, check.user, addresses);
  recordDismissal(services, check, finding, 'rightRecipient');
  const report = { ...check.report, findings: check.report.findings.filter((f) => f !== finding) };
  const card = findingsCard(services.card, { ...check, report, quietedCount: check.quietedCount + 1 }, schoolRulesMeta);
  const text =
    addresses.length === 1
      ? `You will not be warned about ${addresses[0]} again.`
      : `You will not be warned about these ${addresses.length} addresses again.`;
  return navigate(services, (n) => n.popToRoot().updateCard(card), text);
}
