// Test table for no-contract-wording: phrases that commit the school, in the author's own text only.
import { noContractWording } from '../../rules/no-contract-wording.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests(noContractWording, {
  valid: [
    { name: 'asking for a quote', draft: draftOf({ body: 'Could you send us a quote for 30 chairs?' }) },
    { name: 'passing a quote to the bursar', draft: draftOf({ body: 'I have the quote; the bursar will raise a purchase order.' }) },
    { name: 'the phrase only in the quoted reply', draft: draftOf({ body: 'Thanks.\n\n> We accept your quote.' }) },
    { name: 'accepting an invitation', draft: draftOf({ body: 'We are happy to accept your invitation to the concert.' }) },
  ],
  invalid: [
    {
      name: '"we accept your quote"',
      draft: draftOf({ body: 'Hello Dave, we accept your quote of £2,400 for the minibus service.' }),
      errors: [
        {
          messageId: 'contractWording',
          severity: 'info',
          message:
            '"we accept your quote" could commit the school to a contract. Orders, quotes and bookings go through the school’s purchase procedures, not e-mail.',
        },
      ],
    },
    {
      name: '"please proceed with the order"',
      draft: draftOf({ body: 'Please proceed with the order.' }),
      errors: [{ messageId: 'contractWording', severity: 'info', message: /^"Please proceed with the order"/ }],
    },
    {
      name: '"I agree to the terms"',
      draft: draftOf({ body: 'I agree to the terms and conditions.' }),
      errors: [{ messageId: 'contractWording', severity: 'info' }],
    },
    {
      name: '"consider this confirmation of our booking"',
      draft: draftOf({ body: 'Please consider this confirmation of our booking for 12 March.' }),
      errors: [{ messageId: 'contractWording', severity: 'info' }],
    },
    {
      name: 'a phrase the school added',
      draft: draftOf({ body: 'You may invoice us now.' }),
      options: { phrases: { add: ['invoice us now'] } },
      errors: [{ messageId: 'contractWording', severity: 'info' }],
    },
  ],
});
