// After a mistake, from Gmail: "Check what I sent" (the home card) and "Tell the DPO" (a sent message's
// finding, or a near miss from the compose card). The note is a draft the user reviews and sends:
// draftlint sends nothing itself. Each callback re-reads what it is about; a button's parameters only name
// it (a message id, a period), never what to write.
import * as z from 'zod/mini';
import type { Address, Draft } from '../../rules/index.ts';
import { actionParameters } from '../event.ts';
import { navigate, notify } from '../responses.ts';
import { schoolRulesMeta } from '../school-config.ts';
import type { Services } from '../services.ts';
import { settingsInForce } from '../settings/store.ts';
import { recordDpoNote, recordSentCheck } from '../stats/recorder.ts';
import { checkDraft } from '../triggers/check.ts';
import { readUserStore } from '../user-store.ts';
import { dpoNote, type DpoNote } from './dpo-note.ts';
import { NO_DPO, sentCard } from './sent-card.ts';
import { checkSent, readSent, type SentDays } from './sent-mail.ts';

const NO_GMAIL = 'draftlint cannot read your sent mail: the Gmail service is not enabled for it (ask the Network Manager).';
const OUT_OF_DATE = 'That button is out of date. Open “Check what I sent” again.';

const Period = z.object({ days: z.optional(z.enum(['1', '3'])), update: z.optional(z.literal('true')) });

export function checkSentMail(event: unknown, services: Services): GoogleAppsScript.Card_Service.ActionResponse {
  const params = actionParameters(event, Period);
  if (!params) return notify(services, OUT_OF_DATE);
  if (!services.messages) return notify(services, NO_GMAIL);
  const { config } = settingsInForce(services);
  let check;
  try {
    check = checkSent(services.messages, services, config, Number(params.days || '1') as SentDays);
  } catch (error) {
    console.error(`draftlint could not list sent mail: ${error instanceof Error ? error.message : String(error)}`);
    return notify(services, 'draftlint could not list your sent mail just now. Try again in a minute.');
  }
  const card = sentCard(services.card, check, schoolRulesMeta, config.organisation.timeZone, config.roles.dpo.length > 0);
  recordSentCheck(services, readUserStore(services), check.checked);
  return navigate(services, (n) => (params.update ? n.updateCard(card) : n.pushCard(card)));
}

/** The note as a draft to the DPO, opened in a compose window; a notice when that cannot be done. */
function openNote(
  services: Services,
  dpo: string[],
  note: DpoNote,
): GoogleAppsScript.Card_Service.ActionResponse | GoogleAppsScript.Card_Service.ComposeActionResponse {
  if (!dpo.length) return notify(services, NO_DPO);
  if (!services.createDraft) return notify(services, NO_GMAIL);
  try {
    const draft = services.createDraft(dpo.join(','), note.subject, note.body);
    return services.card.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  } catch (error) {
    console.error(`draftlint could not start the note to the DPO: ${error instanceof Error ? error.message : String(error)}`);
    return notify(
      services,
      `draftlint could not start the note just now. Write to ${dpo.join(', ')} yourself: what went, to whom, and when.`,
    );
  }
}

const everyoneOn = (d: Draft): Address[] => [...(d.to || []), ...(d.cc || []), ...(d.bcc || [])];

const MessageRef = z.object({ messageId: z.string().check(z.regex(/^[\w-]{1,100}$/)) });

export function tellDpo(event: unknown, services: Services) {
  const params = actionParameters(event, MessageRef);
  if (!params) return notify(services, OUT_OF_DATE);
  if (!services.messages) return notify(services, NO_GMAIL);
  const { config } = settingsInForce(services);
  let sent;
  try {
    sent = readSent(services.messages, services, config, params.messageId);
  } catch (_) {
    return notify(services, OUT_OF_DATE);
  }
  const facts = {
    sent: { at: sent.sentAt, subject: sent.draft.subject || '' },
    noticedAt: services.now(),
    timeZone: config.organisation.timeZone,
    recipients: everyoneOn(sent.draft),
    findings: sent.findings,
  };
  const response = openNote(services, config.roles.dpo, dpoNote(facts, schoolRulesMeta));
  if (config.roles.dpo.length) recordDpoNote(services, readUserStore(services), false);
  return response;
}

/** From the compose card: the draft as it is now, caught before sending. */
export function tellDpoNearMiss(event: unknown, services: Services) {
  const check = checkDraft(event, services);
  const { config } = settingsInForce(services);
  const facts = {
    noticedAt: services.now(),
    timeZone: config.organisation.timeZone,
    recipients: everyoneOn(check.draft),
    findings: check.report.findings,
  };
  const note = dpoNote(facts, schoolRulesMeta);
  const response = openNote(services, config.roles.dpo, note);
  if (config.roles.dpo.length) recordDpoNote(services, check.user, true);
  return response;
}
