// Test table for no-external-file-sharing: Drive links to outside addresses, in text and HTML hrefs.
import { noExternalFileSharing } from '../../rules/no-external-file-sharing.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const from = 'teacher@school.example';

runRuleTests(noExternalFileSharing, {
  valid: [
    {
      name: 'a Drive link to colleagues',
      draft: draftOf({ from, to: ['head@school.example'], body: 'https://docs.google.com/document/d/1abc/edit' }),
    },
    {
      name: 'a Form response link to parents (default)',
      draft: draftOf({
        from,
        to: ['p@gmail.com'],
        body: 'Please fill in https://docs.google.com/forms/d/e/1FAIp/viewform and https://forms.gle/abc123',
      }),
    },
    {
      name: 'other Google pages',
      draft: draftOf({ from, to: ['p@gmail.com'], body: 'See https://www.google.com/maps/place/School and https://calendar.google.com/x' }),
    },
    {
      name: 'a partner, when partners are treated as internal',
      draft: draftOf({ from, to: ['x@la.gov.uk'], body: 'https://drive.google.com/file/d/1' }),
      options: { partnersAreInternal: true },
      organisation: { partnerDomains: ['la.gov.uk'] },
    },
  ],
  invalid: [
    {
      name: 'a Docs link to a parent',
      draft: draftOf({
        from,
        to: ['p@gmail.com'],
        cc: ['head@school.example'],
        body: 'Report: https://docs.google.com/document/d/1abc/edit?usp=sharing',
      }),
      errors: [
        {
          messageId: 'driveLinkToExternal',
          severity: 'warning',
          message:
            'This e-mail shares 1 Google Drive link with someone outside the school (p@gmail.com). School files must not be shared with external accounts: attach a copy that is safe to send, or remove the link.',
          evidence: ['https://docs.google.com/document/d/1abc/edit?usp=sharing'],
        },
      ],
    },
    {
      name: 'a Drive link hidden behind link text in HTML, and a Sheets link without a scheme',
      draft: draftOf({
        from,
        bcc: ['coach@club.org'],
        html: '<p>See <a href="https://drive.google.com/drive/folders/XYZ">the folder</a> and docs.google.com/spreadsheets/d/1/edit</p>',
      }),
      errors: [{ messageId: 'driveLinkToExternal', severity: 'warning', message: /shares 2 Google Drive links/ }],
    },
    {
      name: 'a Form edit link, or any Form link when response links are not allowed',
      draft: draftOf({ from, to: ['p@gmail.com'], body: 'https://forms.gle/abc123' }),
      options: { allowFormResponseLinks: false },
      errors: [{ messageId: 'driveLinkToExternal', severity: 'warning' }],
    },
  ],
});
