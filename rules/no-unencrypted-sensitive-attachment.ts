// no-unencrypted-sensitive-attachment: an attachment that holds, or looks as if it holds, personal data and
// is not protected by a password or key. Error when its content holds personal data; warning when only its
// name or type suggests it; warning too when draftlint cannot tell (a damaged file, one it does not know,
// or one that would take more than the check's work budget): it never guesses "protected".
import * as z from 'zod/mini';
import type { Attachment, Report, Rule } from './engine/types.ts';
import { WorkBudget, attachmentBudget } from './attachments/budget.ts';
import { protection } from './attachments/protection.ts';
import { sensitivity } from './attachments/sensitive.ts';
import { sensitiveFileWords } from './data/sensitive-file-names.ts';
import { changedList, listChange, described } from './engine/schemas.ts';
import { hasExternalRecipient } from './lib/addresses.ts';

const options = z.strictObject({
  /** Words in a file name that suggest personal data: added to, or taken from, the shipped list. */
  keywords: described(
    listChange(z.string().check(z.trim(), z.minLength(2))),
    'File-name words',
    'Words in a file name that suggest personal data: added to, or taken from, the shipped list.',
  ),
  /** Check only e-mails with a recipient outside the school (the policy asks for all). */
  externalOnly: described(
    z._default(z.boolean(), false),
    'Only e-mail going outside the school',
    'The policy asks for encryption on all e-mail; switch on to check only e-mail with an outside recipient.',
  ),
  /** How much of a file's text to search for personal data, in MB. */
  maxContentMb: described(
    z._default(z.number().check(z.minimum(0.1), z.maximum(25)), 2),
    'Text searched in each file (MB)',
    'How much of a file’s text is read for personal data; beyond it the file is judged by what was read.',
  ),
});

type Options = z.output<typeof options>;

function keywordsOf(opts: Options): string[] {
  return changedList(sensitiveFileWords, opts.keywords);
}

/** How to protect a file of this format, in the words staff would follow. */
function howToProtect(format: string): string {
  if (/Office|Word|Excel|PowerPoint|OpenDocument/.test(format))
    return 'Use Office’s “Encrypt with password” (LibreOffice: “Save with password”), or put it in a password-protected zip (7-Zip, AES-256)';
  if (format === 'PDF') return 'Save it with a password to open it, or put it in a password-protected zip (7-Zip, AES-256)';
  return 'Put it in a password-protected zip (7-Zip, AES-256)';
}

function report(a: Attachment, opts: Options): Report | undefined {
  // One budget for the whole check of this file: its content and its protection.
  const maxContentBytes = opts.maxContentMb * 1024 * 1024;
  const budget = attachmentBudget(maxContentBytes);
  const s = sensitivity(a, keywordsOf(opts), maxContentBytes, budget);
  const looksSensitive = s.content.length > 0 || s.outward.length > 0;
  if (!looksSensitive && !s.unread) return undefined;
  const p = a.bytes ? protection(a.bytes, budget) : { status: 'unknown' as const, format: 'file', detail: 'its contents were not read' };
  if (p.status === 'protected') return undefined;
  const base = { location: { field: 'attachments' as const, attachment: a.name }, evidence: [`${a.name}: ${p.format}, ${p.detail}`] };
  if (!looksSensitive) {
    // Its content is what would say whether it is sensitive, and it could not be read: say so.
    return { ...base, messageId: 'couldNotCheck', data: { name: a.name, detail: s.unread! }, demote: 1 };
  }
  if (p.status === 'unknown') {
    return {
      ...base,
      messageId: 'couldNotTell',
      data: { name: a.name, why: s.content.length ? `it holds ${s.content.join(', ')}` : s.outward[0], detail: p.detail },
      demote: 1,
    };
  }
  const how = howToProtect(p.format);
  if (s.content.length)
    return { ...base, messageId: 'personalDataNotEncrypted', data: { name: a.name, what: s.content.join(', '), detail: p.detail, how } };
  return {
    ...base,
    messageId: 'looksSensitiveNotEncrypted',
    data: { name: a.name, why: s.outward.join('; '), detail: p.detail, how },
    demote: 1,
  };
}

export const noUnencryptedSensitiveAttachment: Rule<Options, 'attachments' | 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-unencrypted-sensitive-attachment',
    description: 'Attachments with personal data that are not encrypted',
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote: 'E-mailed content or files (attachments) containing sensitive data should be encrypted; get help from the Network Manager.',
    },
    defaultSeverity: 'error',
    needs: ['attachments', 'to', 'cc', 'bcc'],
    options,
    renamedOptions: { addKeywords: '"keywords": { "add": [...] }', removeKeywords: '"keywords": { "remove": [...] }' },
    afterSending:
      'A file with personal data left the school without a password. Ask the recipients to delete it and confirm, and tell the DPO what the file held.',
    messages: {
      personalDataNotEncrypted:
        '"{{name}}" holds {{what}} and is not encrypted: {{detail}}. {{how}}, and send the password separately (by phone, not in this e-mail).',
      looksSensitiveNotEncrypted:
        '"{{name}}" looks sensitive ({{why}}) and is not encrypted: {{detail}}. {{how}}, and send the password separately (by phone, not in this e-mail).',
      couldNotTell:
        '"{{name}}" looks sensitive ({{why}}), but draftlint could not tell whether it is encrypted: {{detail}}. Make sure it is password-protected before sending.',
      couldNotCheck:
        'draftlint could not check "{{name}}" for personal data: {{detail}}. If it holds personal data, make sure it is password-protected before sending.',
    },
  },

  // The bytes of a file whose name or type already suggests personal data: the add-on fetches only these,
  // to stay within Gmail's time and call budgets.
  wantsBytes(a, opts) {
    return sensitivity({ ...a, bytes: undefined }, keywordsOf(opts), 0, new WorkBudget()).outward.length > 0;
  },

  create(opts, org) {
    return (draft) => {
      if (opts.externalOnly && !hasExternalRecipient(draft, org)) return [];
      return draft.attachments.map((a) => report(a, opts)).filter((r): r is Report => r !== undefined);
    };
  },
};
