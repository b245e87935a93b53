// Test table for require-bcc-for-parents: who counts as a parent, families, options, and the Bcc fix.
import { requireBccForParents } from '../../rules/require-bcc-for-parents.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const from = 'Ms Teacher <teacher@school.example>';

runRuleTests(requireBccForParents, {
  valid: [
    { name: 'one parent in To', draft: draftOf({ from, to: ['parent@gmail.com'] }) },
    {
      name: 'many parents, all in Bcc',
      draft: draftOf({ from, to: ['teacher@school.example'], bcc: ['a@gmail.com', 'b@hotmail.co.uk', 'c@btinternet.com'] }),
    },
    {
      name: 'colleagues only (internal domain defaults to the sender’s)',
      draft: draftOf({ from, to: ['head@school.example', 'senco@school.example'], cc: ['office@school.example'] }),
    },
    {
      name: 'a subdomain of the school counts as internal',
      draft: draftOf({ from, to: ['a@pupils.school.example', 'b@pupils.school.example'] }),
    },
    {
      name: 'two parents of one child: shared surname in display names',
      draft: draftOf({ from, to: ['Jane Smith <jane.s@gmail.com>', 'Tom Smith <tommy1980@hotmail.com>'] }),
    },
    {
      name: 'two parents of one child: "Surname, First" display names',
      draft: draftOf({ from, to: ['Okafor, Ada <ada@gmail.com>', 'Okafor, Chidi <chidi@yahoo.co.uk>'] }),
    },
    {
      name: 'two parents of one child: surname only in the addresses',
      draft: draftOf({ from, to: ['jane.patel@gmail.com', 'rpatel77@sky.com'] }),
    },
    {
      name: 'external addresses that are not personal mail (default)',
      draft: draftOf({ from, to: ['sales@supplier.co.uk', 'office@otherschool.org.uk'] }),
    },
    {
      name: 'partner domains never count, even with countAllExternal',
      draft: draftOf({ from, to: ['a@la.gov.uk', 'b@la.gov.uk', 'c@trust.org.uk'] }),
      options: { countAllExternal: true },
      organisation: { partnerDomains: ['la.gov.uk', 'trust.org.uk'] },
    },
    {
      name: 'a group address on a personal domain is not a parent',
      draft: draftOf({ from, to: ['pta.committee@gmail.com', 'parent@gmail.com'] }),
      organisation: { groupAddresses: ['PTA.Committee@gmail.com'] },
    },
    {
      name: 'below a raised threshold',
      draft: draftOf({ from, to: ['a@gmail.com', 'b@gmail.com', 'c@gmail.com'] }),
      options: { minVisiblePersonal: 4 },
    },
    {
      name: 'the same parent twice is one address',
      draft: draftOf({ from, to: ['parent@gmail.com'], cc: ['Parent@Gmail.com'] }),
    },
    {
      name: 'a domain trimmed from the personal list',
      draft: draftOf({ from, to: ['a@sky.com', 'b@sky.com'] }),
      organisation: { personalMailDomains: { remove: ['sky.com'] } },
    },
  ],
  invalid: [
    {
      name: 'three parents in To, a colleague in Cc: only the parents move',
      draft: draftOf({
        from,
        to: ['Jane Smith <jane.smith@gmail.com>', 'ahmed.khan@btinternet.com', 'lee@hotmail.co.uk'],
        cc: ['Head of Year <hoy@school.example>'],
      }),
      errors: [
        {
          messageId: 'personalVisible',
          severity: 'error',
          message: "3 parents' personal e-mail addresses are visible in To/Cc: every recipient will see them all. Move them to Bcc.",
          evidence: ['Jane Smith <jane.smith@gmail.com>', 'ahmed.khan@btinternet.com', 'lee@hotmail.co.uk'],
        },
      ],
      // Every To address was a parent: To becomes the sender, never an empty list.
      output: draftOf({
        from,
        to: [from],
        cc: ['Head of Year <hoy@school.example>'],
        bcc: ['Jane Smith <jane.smith@gmail.com>', 'ahmed.khan@btinternet.com', 'lee@hotmail.co.uk'],
      }),
    },
    {
      name: 'parents split over To and Cc, existing Bcc kept',
      draft: draftOf({ from, to: ['colleague@school.example', 'a@yahoo.com'], cc: ['b@icloud.com'], bcc: ['c@gmail.com'] }),
      errors: [{ messageId: 'personalVisible', severity: 'error', message: /^2 parents'/ }],
      output: draftOf({ from, to: ['colleague@school.example'], cc: [], bcc: ['c@gmail.com', 'a@yahoo.com', 'b@icloud.com'] }),
    },
    {
      name: 'two parents of different families',
      draft: draftOf({ from, to: ['Jane Smith <jane@gmail.com>', 'Priya Shah <priya@outlook.com>'] }),
      errors: [{ messageId: 'personalVisible', severity: 'error' }],
      output: draftOf({ from, to: [from], bcc: ['Jane Smith <jane@gmail.com>', 'Priya Shah <priya@outlook.com>'] }),
    },
    {
      name: '"anna" and "annabel" are not one family',
      draft: draftOf({ from, to: ['anna@gmail.com', 'annabel@gmail.com'] }),
      errors: [{ messageId: 'personalVisible', severity: 'error' }],
      output: draftOf({ from, to: [from], bcc: ['anna@gmail.com', 'annabel@gmail.com'] }),
    },
    {
      name: 'a shared surname among more addresses than one family has',
      draft: draftOf({
        from,
        to: ['a.jones@gmail.com', 'b.jones@gmail.com', 'c.jones@gmail.com', 'd.jones@gmail.com', 'e.jones@gmail.com'],
      }),
      errors: [{ messageId: 'personalVisible', severity: 'error', message: /^5 parents'/ }],
      output: draftOf({
        from,
        to: [from],
        bcc: ['a.jones@gmail.com', 'b.jones@gmail.com', 'c.jones@gmail.com', 'd.jones@gmail.com', 'e.jones@gmail.com'],
      }),
    },
    {
      name: 'one family, when allowOneFamily is off',
      draft: draftOf({ from, to: ['Jane Smith <jane@gmail.com>', 'Tom Smith <tom@gmail.com>'] }),
      options: { allowOneFamily: false },
      errors: [{ messageId: 'personalVisible', severity: 'error' }],
      output: draftOf({ from, to: [from], bcc: ['Jane Smith <jane@gmail.com>', 'Tom Smith <tom@gmail.com>'] }),
    },
    {
      name: 'a domain added to the personal list',
      draft: draftOf({ from, to: ['a@familymail.example', 'b@familymail.example'] }),
      organisation: { personalMailDomains: { add: ['familymail.example'] } },
      errors: [{ messageId: 'personalVisible', severity: 'error' }],
      output: draftOf({ from, to: [from], bcc: ['a@familymail.example', 'b@familymail.example'] }),
    },
    {
      name: 'countAllExternal: work addresses of parents count too, partners do not',
      draft: draftOf({ from, to: ['dad@bigbank.co.uk', 'mum@gmail.com', 'officer@la.gov.uk'] }),
      options: { countAllExternal: true },
      organisation: { partnerDomains: ['la.gov.uk'] },
      errors: [{ messageId: 'externalVisible', severity: 'error', message: /^2 external e-mail addresses/ }],
      output: draftOf({ from, to: ['officer@la.gov.uk'], bcc: ['dad@bigbank.co.uk', 'mum@gmail.com'] }),
    },
    {
      name: 'no config and a sender on gmail.com: gmail.com is not taken for the school’s domain',
      draft: draftOf({ from: 'teacher@gmail.com', to: ['a@gmail.com', 'b@gmail.com'] }),
      errors: [{ messageId: 'personalVisible', severity: 'error' }],
      output: draftOf({ from: 'teacher@gmail.com', to: ['teacher@gmail.com'], bcc: ['a@gmail.com', 'b@gmail.com'] }),
    },
    {
      name: 'configured internal domains replace the sender default',
      draft: draftOf({ from: 'teacher@gmail.com', to: ['a@gmail.com', 'b@gmail.com', 'staff@school.example'] }),
      organisation: { internalDomains: ['school.example'] },
      errors: [{ messageId: 'personalVisible', severity: 'error', evidence: ['a@gmail.com', 'b@gmail.com'] }],
      output: draftOf({ from: 'teacher@gmail.com', to: ['staff@school.example'], bcc: ['a@gmail.com', 'b@gmail.com'] }),
    },
  ],
});
