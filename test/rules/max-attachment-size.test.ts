// Test table for max-attachment-size: per-file and total limits from declared sizes, no bytes needed.
import { maxAttachmentSize } from '../../rules/max-attachment-size.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const MB = 1024 * 1024;
const file = (name: string, mb: number) => ({ name, contentType: 'application/pdf', size: Math.round(mb * MB) });

runRuleTests(maxAttachmentSize, {
  valid: [
    { name: 'no attachments', draft: draftOf({}) },
    { name: 'exactly 10 MB, and 20 MB in all', draft: draftOf({ attachments: [file('a.pdf', 10), file('b.pdf', 10)] }) },
    { name: 'raised limits', draft: draftOf({ attachments: [file('video.mp4', 24)] }), options: { maxFileMb: 25, maxTotalMb: 25 } },
  ],
  invalid: [
    {
      name: 'one file over the limit',
      draft: draftOf({ attachments: [file('Sports day.mov', 14.5), file('notes.pdf', 0.2)] }),
      errors: [
        {
          messageId: 'fileTooLarge',
          severity: 'warning',
          message:
            '"Sports day.mov" is 15 MB, over the 10 MB limit for one file. Share it from your school Google Drive with colleagues instead, or ask the Network Manager.',
          evidence: ['Sports day.mov (15 MB)'],
        },
      ],
    },
    {
      name: 'several files, each allowed, too much together',
      draft: draftOf({ attachments: [file('a.pdf', 8), file('b.pdf', 8), file('c.pdf', 6.5)] }),
      errors: [
        {
          messageId: 'totalTooLarge',
          severity: 'warning',
          message: /^The attachments come to 23 MB, over the 20 MB limit for one e-mail \(3 files\)/,
        },
      ],
    },
    {
      name: 'a 25 MB file: over both limits, said once, for the file',
      draft: draftOf({ attachments: [file('scan.pdf', 25)] }),
      errors: [{ messageId: 'fileTooLarge', severity: 'warning', message: /^"scan\.pdf" is 25 MB, over the 10 MB limit for one file/ }],
    },
    {
      name: 'a 25 MB file and a small one: the file, and the total of both',
      draft: draftOf({ attachments: [file('scan.pdf', 25), file('notes.pdf', 0.5)] }),
      errors: [
        { messageId: 'fileTooLarge', severity: 'warning' },
        {
          messageId: 'totalTooLarge',
          severity: 'warning',
          message: /^The attachments come to 26 MB, over the 20 MB limit for one e-mail \(2 files\)/,
        },
      ],
    },
    {
      name: 'a lowered limit',
      draft: draftOf({ attachments: [file('photo.jpg', 2.5)] }),
      options: { maxFileMb: 2, maxTotalMb: 5 },
      errors: [{ messageId: 'fileTooLarge', severity: 'warning', message: /is 2\.5 MB, over the 2 MB limit/ }],
    },
  ],
});
