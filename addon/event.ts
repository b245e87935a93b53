// Reads what Gmail passes to a compose trigger or button callback, validated with zod: the recipient
// lists (new `gmail.*` fields or the deprecated `draftMetadata.*`) and the button's parameters.
// Nothing here trusts the event's shape; a field that is missing stays missing.
import * as z from 'zod/mini';
import { parseMailbox, type Address, type Draft } from '../rules/index.ts';

const recipientList = z.optional(z.array(z.string()));
const recipients = {
  toRecipients: recipientList,
  ccRecipients: recipientList,
  bccRecipients: recipientList,
  subject: z.optional(z.string()),
};

const ComposeEvent = z.object({
  commonEventObject: z.optional(z.object({ parameters: z.optional(z.record(z.string(), z.string())) })),
  gmail: z.optional(z.object(recipients)),
  draftMetadata: z.optional(z.object(recipients)),
});

export type ComposeEventInput = z.input<typeof ComposeEvent>;

function toAddresses(list: string[]): Address[] {
  const out: Address[] = [];
  for (const text of list) {
    const parsed = parseMailbox(text);
    if (parsed) out.push(parsed);
  }
  return out;
}

/**
 * The recipients the compose window shows, as a Draft. With draftAccess METADATA Gmail sends the
 * lists; whether it omits an empty list or sends [] is unconfirmed, so once any list is present the
 * absent ones are read as empty. With no list at all, the recipients stay unread ("not checked").
 */
export function draftFromEvent(event: unknown, senderEmail: string): Draft {
  const parsed = ComposeEvent.safeParse(event);
  const e = parsed.success ? parsed.data : {};
  const source = e.gmail && (e.gmail.toRecipients || e.gmail.ccRecipients || e.gmail.bccRecipients) ? e.gmail : e.draftMetadata;
  const draft: Draft = {};
  if (senderEmail.indexOf('@') > 0) draft.from = { address: senderEmail.toLowerCase() };
  if (source && (source.toRecipients || source.ccRecipients || source.bccRecipients)) {
    draft.to = toAddresses(source.toRecipients || []);
    draft.cc = toAddresses(source.ccRecipients || []);
    draft.bcc = toAddresses(source.bccRecipients || []);
  }
  return draft;
}

/**
 * The subject, when Gmail sends one (undocumented `gmail.subject`, or the older `draftMetadata.subject`);
 * undefined otherwise, and then the saved draft is matched on recipients alone.
 */
export function subjectFromEvent(event: unknown): string | undefined {
  const parsed = ComposeEvent.safeParse(event);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  return (e.gmail && e.gmail.subject) ?? (e.draftMetadata && e.draftMetadata.subject);
}

/** The parameters a button set on its action, checked against `schema`; undefined when they do not fit. */
export function actionParameters<T>(event: unknown, schema: z.ZodMiniType<T>): T | undefined {
  const parsed = ComposeEvent.safeParse(event);
  const params = parsed.success && parsed.data.commonEventObject ? parsed.data.commonEventObject.parameters : undefined;
  const result = schema.safeParse(params || {});
  return result.success ? result.data : undefined;
}

const FormEvent = z.object({
  commonEventObject: z.optional(
    z.object({
      formInputs: z.optional(z.record(z.string(), z.object({ stringInputs: z.optional(z.object({ value: z.array(z.string()) })) }))),
    }),
  ),
});

/**
 * The values of a card's inputs, by field name (`commonEventObject.formInputs`): a text input gives one
 * value, a checkbox group one per ticked box, and a field left empty or unticked is absent.
 */
export function formInputs(event: unknown): Record<string, string[]> {
  const parsed = FormEvent.safeParse(event);
  const inputs = parsed.success && parsed.data.commonEventObject ? parsed.data.commonEventObject.formInputs : undefined;
  const out: Record<string, string[]> = {};
  if (!inputs) return out;
  for (const name of Object.keys(inputs)) {
    const string = inputs[name].stringInputs;
    if (string) out[name] = string.value;
  }
  return out;
}
