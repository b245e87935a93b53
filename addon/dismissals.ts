// Findings a member of staff dismissed, with a reason, per draft: kept in their own user properties so
// the same warning does not come back on "Check again". Only rule ids and hashes are stored, never text.
import * as z from 'zod/mini';
import type { Finding } from '../rules/index.ts';
import { fnv1a } from './fingerprint.ts';
import { parseJson } from './json.ts';
import type { PropertyStore } from './services.ts';

export const DISMISS_REASONS = {
  oneFamily: 'They are one family',
  protectedAnotherWay: 'Protected another way',
  notApplicable: 'Does not apply here',
  falseAlarm: 'False alarm',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;
export const DismissReasonSchema = z.enum(Object.keys(DISMISS_REASONS) as [DismissReason, ...DismissReason[]]);

const PROPERTY = 'draftlint.dismissed';
// Property values are limited to 9 KB; stay well below by forgetting the oldest drafts first.
const MAX_BYTES = 8000;

const Stored = z.record(z.string(), z.record(z.string(), DismissReasonSchema));
type Store = z.output<typeof Stored>;

export function findingKey(f: Finding): string {
  return `${f.ruleId}:${fnv1a(`${f.messageId}\n${(f.evidence || []).join('\n')}`)}`;
}

function read(props: PropertyStore): Store {
  // A damaged value loses the dismissals, never the check.
  const parsed = Stored.safeParse(parseJson(props.getProperty(PROPERTY)) ?? {});
  return parsed.success ? parsed.data : {};
}

/** The keys dismissed on this draft (one property read). */
export function dismissedOn(props: PropertyStore, draftId: string): Set<string> {
  return new Set(Object.keys(read(props)[draftId] || {}));
}

export function dismiss(props: PropertyStore, draftId: string, key: string, reason: DismissReason): void {
  const store = read(props);
  const forDraft = store[draftId] || {};
  delete store[draftId]; // re-insert last: object order is the age order used for pruning
  store[draftId] = { ...forDraft, [key]: reason };
  let json = JSON.stringify(store);
  for (const oldest of Object.keys(store)) {
    if (json.length <= MAX_BYTES || oldest === draftId) break;
    delete store[oldest];
    json = JSON.stringify(store);
  }
  props.setProperty(PROPERTY, json);
}
