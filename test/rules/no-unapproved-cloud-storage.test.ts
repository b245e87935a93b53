// Test table for no-unapproved-cloud-storage: links to other cloud storage, one finding per service.
import { noUnapprovedCloudStorage } from '../../rules/no-unapproved-cloud-storage.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests(noUnapprovedCloudStorage, {
  valid: [
    { name: 'Google Drive', draft: draftOf({ to: ['a@school.example'], body: 'https://drive.google.com/file/d/1' }) },
    {
      name: 'a word that merely contains a service name',
      draft: draftOf({ body: 'The dropbox by the office door; we transfer pupils at 3pm; boxing club.' }),
    },
    {
      name: 'the school’s own SharePoint, when allowed',
      draft: draftOf({ body: 'https://school.sharepoint.com/sites/staff' }),
      options: { services: { remove: ['school.sharepoint.com'] } },
    },
    { name: 'an e-mail address at a cloud provider is not a link to storage', draft: draftOf({ body: 'Write to parent@icloud.com' }) },
  ],
  invalid: [
    {
      name: 'a Dropbox link',
      draft: draftOf({ body: 'Photos: https://www.dropbox.com/s/abc123/trip.zip?dl=0' }),
      errors: [
        {
          messageId: 'unapprovedStorage',
          severity: 'warning',
          message:
            'This e-mail links to Dropbox. Google Drive is the school’s only approved cloud storage: share the file from your school Google Drive instead.',
          evidence: ['https://www.dropbox.com/s/abc123/trip.zip?dl=0'],
        },
      ],
    },
    {
      name: 'WeTransfer short link and OneDrive without a scheme, even to colleagues',
      draft: draftOf({ to: ['a@school.example'], body: 'https://we.tl/t-AbC and 1drv.ms/u/s!abc' }),
      errors: [
        { messageId: 'unapprovedStorage', severity: 'warning', message: /links to WeTransfer/ },
        { messageId: 'unapprovedStorage', severity: 'warning', message: /links to OneDrive/ },
      ],
    },
    {
      name: 'a service the school added, in an HTML href',
      draft: draftOf({ html: '<a href="https://files.example-share.net/x">download</a>' }),
      options: { services: { add: [{ host: 'example-share.net', name: 'ExampleShare' }] } },
      errors: [{ messageId: 'unapprovedStorage', severity: 'warning', message: /links to ExampleShare/ }],
    },
  ],
});
