// Test table for max-recipients: visible and total limits, Bcc counting only toward the total, large lists.
import { maxRecipients } from '../../rules/max-recipients.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const from = 'teacher@school.example';
const people = (n: number, domain = 'school.example') => Array.from({ length: n }, (_, i) => `person${i + 1}@${domain}`);

runRuleTests(maxRecipients, {
  valid: [
    { name: '20 visible recipients (the default limit)', draft: draftOf({ from, to: people(15), cc: people(20).slice(15) }) },
    { name: '20 visible and 30 in Bcc (50 in all)', draft: draftOf({ from, to: people(20), bcc: people(30, 'gmail.com') }) },
    { name: 'the same person twice counts once', draft: draftOf({ from, to: people(20), cc: ['person1@school.example'] }) },
    {
      name: 'a large list in Bcc is how it should be sent',
      draft: draftOf({ from, to: [from], bcc: ['all-parents@school.example'] }),
      options: { largeLists: ['all-parents@school.example'] },
    },
    {
      name: 'a group address is not "large" unless configured as such',
      draft: draftOf({ from, to: ['maths-dept@school.example'] }),
      organisation: { groupAddresses: ['maths-dept@school.example'] },
    },
    { name: 'raised limits', draft: draftOf({ from, to: people(40) }), options: { maxVisible: 40, maxTotal: 100 } },
  ],
  invalid: [
    {
      name: '21 visible recipients',
      draft: draftOf({ from, to: people(21) }),
      errors: [
        {
          messageId: 'tooManyVisible',
          severity: 'warning',
          message: '21 recipients can see each other in To/Cc (the limit is 20). Put them in Bcc, or write to a narrower list.',
        },
      ],
    },
    {
      name: '51 recipients, mostly in Bcc',
      draft: draftOf({ from, to: people(1), bcc: people(50, 'gmail.com') }),
      errors: [
        {
          messageId: 'tooManyTotal',
          severity: 'warning',
          message: 'This e-mail goes to 51 recipients (the limit is 50). Is every one of them the audience it is meant for?',
        },
      ],
    },
    {
      name: 'both limits at once',
      draft: draftOf({ from, to: people(30), cc: people(30, 'hotmail.co.uk') }),
      errors: [
        { messageId: 'tooManyVisible', severity: 'warning', message: /^60 recipients/ },
        { messageId: 'tooManyTotal', severity: 'warning', message: /goes to 60 recipients/ },
      ],
    },
    {
      name: 'an all-parents list in To: the fix moves the list to Bcc',
      draft: draftOf({ from, to: ['All Parents <All-Parents@school.example>'], cc: ['head@school.example'] }),
      options: { largeLists: ['all-parents@school.example'] },
      errors: [
        {
          messageId: 'largeList',
          severity: 'warning',
          message:
            'all-parents@school.example is a large mailing list in To: everyone on it can see it and reply to all. Put the list in Bcc, or choose a narrower list.',
          evidence: ['All Parents <all-parents@school.example>'],
        },
      ],
      output: draftOf({ from, to: [from], cc: ['head@school.example'], bcc: ['All Parents <all-parents@school.example>'] }),
    },
    {
      name: 'a large list in Cc',
      draft: draftOf({ from, to: ['head@school.example'], cc: ['allstaff@school.example'] }),
      options: { largeLists: ['allstaff@school.example'] },
      errors: [{ messageId: 'largeList', severity: 'warning', message: /in Cc:/ }],
      output: draftOf({ from, to: ['head@school.example'], bcc: ['allstaff@school.example'] }),
    },
  ],
});
