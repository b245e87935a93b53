// Fills {{placeholder}} message templates, and holds the engine's own messages (the rules keep theirs in meta).
import type { DraftField, MessageData } from './types.ts';

export const engineMessages = {
  ruleFailed: 'This check could not run ({{error}}). The other checks ran as usual; please tell the Network Manager.',
  fieldsUnread: 'Needs the {{fields}}, which could not be read.',
} as const;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Replaces every {{name}}; a name without data is a bug in the rule, so it throws (and the rule "fails"). */
export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) {
      throw new Error(`message placeholder {{${name}}} has no value`);
    }
    return String(data[name]);
  });
}

/** The placeholder names a template uses, for the tests that check every message is fillable. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  template.replace(PLACEHOLDER, (_, name: string) => {
    names.push(name);
    return '';
  });
  return names;
}

const FIELD_NAMES: Record<DraftField, string> = {
  from: 'sender',
  to: 'To list',
  cc: 'Cc list',
  bcc: 'Bcc list',
  subject: 'subject',
  body: 'message text',
  attachments: 'attachments',
};

/** "subject and message text" — how a missing field is named to staff. */
export function describeFields(fields: readonly DraftField[]): string {
  const names = fields.map((f) => FIELD_NAMES[f]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}
