// Compose-window triggers: open (check the draft), "Check again", and apply a fix. Each one re-reads the
// recipients from its own event, so a fix is only ever computed from the draft as it is now.
import * as z from 'zod';
import { builtInRules, lint } from '../../rules/index.ts';
import { describeFields } from '../../rules/engine/messages.ts';
import type { DraftField, LintReport } from '../../rules/engine/types.ts';
import { findingsCard } from '../cards/findings-card.ts';
import { updateDraftResponse } from '../edits.ts';
import { actionParameters, draftFromEvent } from '../event.ts';
import { schoolConfig } from '../school-config.ts';
import type { Services } from '../services.ts';

const READ_FIELDS: DraftField[] = ['to', 'cc', 'bcc'];

function check(event: unknown, services: Services): { report: LintReport; draft: ReturnType<typeof draftFromEvent> } {
  const draft = draftFromEvent(event, services.userEmail());
  return { draft, report: lint(draft, schoolConfig(), builtInRules) };
}

function cardFor(event: unknown, services: Services): GoogleAppsScript.Card_Service.Card {
  const { draft, report } = check(event, services);
  const read = READ_FIELDS.filter((f) => draft[f] !== undefined);
  return findingsCard(services.card, report, read.length ? `the ${describeFields(read)}` : 'nothing could be read');
}

export function composeOpen(event: unknown, services: Services): GoogleAppsScript.Card_Service.Card {
  return cardFor(event, services);
}

export function checkAgain(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  return services.card
    .newActionResponseBuilder()
    .setNavigation(services.card.newNavigation().updateCard(cardFor(event, services)))
    .build();
}

const FixParameters = z.object({ ruleId: z.string().refine((id) => id in builtInRules), fix: z.string().max(4000) });

function notify(services: Services, text: string): GoogleAppsScript.Card_Service.ActionResponse {
  return services.card.newActionResponseBuilder().setNotification(services.card.newNotification().setText(text)).build();
}

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
  const { draft, report } = check(event, services);
  const finding = report.findings.find((f) => f.ruleId === params.ruleId && f.fix && JSON.stringify(f.fix) === params.fix);
  if (!finding || !finding.fix) return notify(services, 'The draft has changed since it was checked. Press "Check again".');
  return updateDraftResponse(services.card, draft, finding.fix);
}
