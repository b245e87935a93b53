// Test table for no-personal-data-to-external: identifiers to outside addresses, special-category words,
// identifiers in subjects, placeholders and internal mail that must stay quiet, and masked evidence.
import { noPersonalDataToExternal } from '../../rules/no-personal-data-to-external.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const from = 'senco@school.example';
const parent = 'parent@gmail.com';

runRuleTests(noPersonalDataToExternal, {
  valid: [
    {
      name: 'identifiers to colleagues only',
      draft: draftOf({ from, to: ['office@school.example'], body: 'UPN B801200005001, NHS 943 476 5919' }),
    },
    {
      name: 'published placeholders to a parent',
      draft: draftOf({ from, to: [parent], body: 'NI number QQ 12 34 56 A; ULN 9999999999; NHS 999 000 0000; card 4111 1111 1111 1111' }),
    },
    { name: 'a near miss (wrong check letter)', draft: draftOf({ from, to: [parent], body: 'UPN Q207000016049' }) },
    {
      name: 'a bare NI-shaped code with no keyword (low confidence)',
      draft: draftOf({ from, to: [parent], body: 'Our room code is AB 12 34 56 C.' }),
    },
    {
      name: 'phone numbers and invoice numbers',
      draft: draftOf({ from, to: [parent], body: 'Call 0113 496 0000 or 07700 900123. Invoice 123456789.' }),
    },
    {
      name: 'a special-category word with nobody identifiable',
      draft: draftOf({ from, to: [parent], body: 'Our safeguarding policy and child protection procedures are on the website.' }),
    },
    {
      name: 'a partner, when partners are treated as internal',
      draft: draftOf({ from, to: ['officer@la.gov.uk'], body: 'UPN B801200005001' }),
      options: { partnersAreInternal: true },
      organisation: { partnerDomains: ['la.gov.uk'] },
    },
    { name: 'a detector switched off', draft: draftOf({ from, to: [parent], body: 'UPN B801200005001' }), options: { detectors: ['nhs'] } },
    {
      name: 'internal subject checks switched off',
      draft: draftOf({ from, to: ['office@school.example'], subject: 'UPN B801200005001' }),
      options: { checkInternalSubjects: false },
    },
  ],
  invalid: [
    {
      name: 'a UPN to a parent, masked in the evidence',
      draft: draftOf({ from, to: [parent], body: "Hello, Amira's UPN is B801200005001 for the form." }),
      errors: [
        {
          messageId: 'identifiers',
          severity: 'error',
          message:
            'This e-mail holds 1 UPN and goes outside the school (to parent@gmail.com). Remove them, or send them encrypted (ask the Network Manager).',
          evidence: ["Message: Hello, Amira's UPN is B80120000•••• for the form."],
        },
      ],
    },
    {
      name: 'several kinds: one finding per kind, in the subject and the body',
      draft: draftOf({
        from,
        to: ['officer@la.gov.uk'],
        subject: 'Pupil B801200005001',
        body: 'UPN P207000016049. NHS number 943 476 5919. Card 4539 1488 0343 6467 exp 09/28.',
      }),
      organisation: { partnerDomains: ['la.gov.uk'] },
      errors: [
        {
          messageId: 'identifiers',
          severity: 'error',
          message: /holds 2 UPNs and goes outside the school \(to officer@la\.gov\.uk\)/,
          evidence: ['Subject: Pupil B80120000••••', 'Message: UPN P20700001••••. NHS number 943 476 ••••. Card •••• 6467…'],
        },
        { messageId: 'identifiers', severity: 'error', message: /1 NHS number/ },
        { messageId: 'identifiers', severity: 'error', message: /1 payment card number/ },
      ],
    },
    {
      name: 'a date of birth and a home address beside their keywords',
      draft: draftOf({
        from,
        to: ['a@gmail.com', 'b@gmail.com', 'c@yahoo.com'],
        body: 'DOB: 03/04/2015. She lives at 12 Oak Road, Leeds LS6 2AB.',
      }),
      errors: [
        {
          messageId: 'identifiers',
          severity: 'error',
          message: /1 date of birth and goes outside the school \(to a@gmail\.com, b@gmail\.com and 1 other\)/,
        },
        { messageId: 'identifiers', severity: 'error', message: /1 home address/ },
      ],
    },
    {
      name: 'a safeguarding word beside a weak identifier goes to an outside address',
      draft: draftOf({ from, to: ['social.worker@gmail.com'], body: 'Re the child protection meeting: pupil ref AB 12 34 56 C.' }),
      errors: [
        {
          messageId: 'specialCategory',
          severity: 'warning',
          message:
            'This e-mail mentions "child protection" beside personal details and goes outside the school (to social.worker@gmail.com). Check that every recipient needs it, and send it securely.',
        },
      ],
    },
    {
      name: 'a school-added special-category word',
      draft: draftOf({ from, to: [parent], body: 'Young carer assessment for pupil ref AB 12 34 56 C.' }),
      options: { specialCategoryWords: { add: ['young carer'] } },
      errors: [{ messageId: 'specialCategory', severity: 'warning', message: /"Young carer"/ }],
    },
    {
      name: 'an identifier in the subject of an internal e-mail',
      draft: draftOf({ from, to: ['office@school.example'], subject: 'NHS number 943 476 5919 for the trip', body: 'see subject' }),
      errors: [
        {
          messageId: 'identifierInSubject',
          severity: 'warning',
          message: 'The subject line holds 1 NHS number. Subjects show in notifications, inbox lists and search: move it into the message.',
          evidence: ['Subject: NHS number 943 476 ••••• for the trip'.replace('•••••', '••••')],
        },
      ],
    },
    {
      name: 'an identifier hidden in HTML behind zero-width characters and full-width digits',
      draft: draftOf({ from, to: [parent], html: '<p>UPN: B8012\u200b0000５001</p>' }),
      errors: [{ messageId: 'identifiers', severity: 'error', message: /1 UPN/ }],
    },
  ],
});
