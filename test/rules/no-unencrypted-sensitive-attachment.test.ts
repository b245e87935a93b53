// Test table for no-unencrypted-sensitive-attachment, on fixtures made by real tools: content with
// personal data (error), a name or type that suggests it (warning), protection or content that cannot be
// told (warning: draftlint never guesses "safe").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noUnencryptedSensitiveAttachment } from '../../rules/no-unencrypted-sensitive-attachment.ts';
import type { Attachment } from '../../rules/engine/types.ts';
import { repoRoot } from '../helpers/corpus.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

function file(fixture: string, name = fixture, contentType = 'application/octet-stream'): Attachment {
  const bytes = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments', fixture)));
  return { name, contentType, size: bytes.length, bytes };
}
const to = ['parent@gmail.com'];
const from = 'senco@school.example';

runRuleTests(noUnencryptedSensitiveAttachment, {
  valid: [
    { name: 'a pupil list in an AES zip', draft: draftOf({ from, to, attachments: [file('pupils_aes.zip', 'Pupil list 7B.zip')] }) },
    {
      name: 'a password-protected spreadsheet',
      draft: draftOf({ from, to, attachments: [file('pupils_password.xlsx', 'SEN register.xlsx')] }),
    },
    { name: 'an encrypted PDF', draft: draftOf({ from, to, attachments: [file('minutes_user_password.pdf', 'Safeguarding report.pdf')] }) },
    {
      name: 'an ordinary document with no personal data',
      draft: draftOf({ from, to, attachments: [file('minutes.docx', 'PTA minutes.docx')] }),
    },
    {
      name: 'externalOnly, to colleagues',
      draft: draftOf({ from, to: ['office@school.example'], attachments: [file('pupils.csv', 'pupils.csv')] }),
      options: { externalOnly: true },
    },
    {
      name: 'a keyword the school removed',
      draft: draftOf({ from, to, attachments: [file('minutes_plain.pdf', 'Term reports.pdf')] }),
      options: { keywords: { remove: ['reports'] } },
    },
  ],
  invalid: [
    {
      name: 'a CSV of UPNs and dates of birth, not encrypted (error)',
      draft: draftOf({ from, to, attachments: [file('pupils.csv', 'class list.csv', 'text/csv')] }),
      errors: [
        { messageId: 'personalDataNotEncrypted', severity: 'error', message: /^"class list\.csv" holds 2 UPNs and is not encrypted/ },
      ],
    },
    {
      // 97 KB that inflates to 100 MB: only the first megabytes (maxContentMb) are read, and the UPN is there.
      name: 'a zip bomb dressed as a spreadsheet, a UPN at its start',
      draft: draftOf({ from, to, attachments: [file('bomb.xlsx', 'Year 8.xlsx')] }),
      errors: [{ messageId: 'personalDataNotEncrypted', severity: 'error', message: /holds 1 UPN and is not encrypted/ }],
    },
    {
      name: 'the same data in a plain spreadsheet',
      draft: draftOf({ from, to, attachments: [file('pupils.xlsx', 'Year 7.xlsx')] }),
      errors: [
        { messageId: 'personalDataNotEncrypted', severity: 'error', message: /holds 2 UPNs and is not encrypted: it has no password/ },
      ],
    },
    {
      name: 'a zip with one member not encrypted',
      draft: draftOf({ from, to, attachments: [file('mixed.zip', 'SEN files.zip')] }),
      errors: [
        {
          messageId: 'looksSensitiveNotEncrypted',
          severity: 'warning',
          message:
            /looks sensitive \(its name contains "sen"\) and is not encrypted: 1 of 2 files in the zip is not encrypted\. Put it in a password-protected zip \(7-Zip, AES-256\), and send the password separately/,
        },
      ],
    },
    {
      name: 'a name that suggests personal data on a plain PDF (warning)',
      draft: draftOf({ from, to, attachments: [file('minutes_plain.pdf', 'Safeguarding referral.pdf')] }),
      errors: [
        {
          messageId: 'looksSensitiveNotEncrypted',
          severity: 'warning',
          message: /its name contains "safeguarding"; its name contains "referral"/,
        },
      ],
    },
    {
      name: 'a damaged zip, or a file whose bytes were not read (warning)',
      draft: draftOf({
        from,
        to,
        attachments: [file('truncated.zip', 'Pupil list.zip'), { name: 'medical.pdf', contentType: 'application/pdf', size: 2000 }],
      }),
      errors: [
        {
          messageId: 'couldNotTell',
          severity: 'warning',
          message: /could not tell whether it is encrypted: the zip file is damaged or cut short/,
        },
        { messageId: 'couldNotTell', severity: 'warning', message: /"medical\.pdf" .*its contents were not read/ },
      ],
    },
    {
      // Its name says nothing, and its content, which would, cannot be read: that is said, not taken as clean.
      name: 'a damaged document whose content could not be checked (warning)',
      draft: draftOf({ from, to, attachments: [file('truncated.zip', 'notes.docx')] }),
      errors: [
        {
          messageId: 'couldNotCheck',
          severity: 'warning',
          message: /^draftlint could not check "notes\.docx" for personal data: the file is damaged or cut short\./,
        },
      ],
    },
    {
      name: 'a keyword the school added',
      draft: draftOf({ from, to, attachments: [file('minutes_plain.pdf', 'Young carers.pdf')] }),
      options: { keywords: { add: ['young carers'] } },
      errors: [{ messageId: 'looksSensitiveNotEncrypted', severity: 'warning' }],
    },
  ],
});
