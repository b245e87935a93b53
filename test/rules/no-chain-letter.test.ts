// Test table for no-chain-letter: strong phrases alone, weak phrases in pairs, ordinary school mail quiet.
import { noChainLetter } from '../../rules/no-chain-letter.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests(noChainLetter, {
  valid: [
    { name: 'asking a colleague to pass something on', draft: draftOf({ body: 'Could you pass this on to the Year 9 team? Thanks.' }) },
    { name: 'forwarding one e-mail to one person', draft: draftOf({ body: 'Please forward this to the bursar.' }) },
    {
      name: 'two ways of asking to pass it on are one request',
      draft: draftOf({ body: 'Could you pass this on to the Year 9 team? Please forward it to the bursar too, and spread the word.' }),
    },
    { name: 'a single weak phrase', draft: draftOf({ body: 'Please spread the word about the summer fair!' }) },
    { name: 'a chain in a maths lesson', draft: draftOf({ body: 'Year 8 built a food chain and a chain of paper clips.' }) },
  ],
  invalid: [
    {
      name: '"forward this to 10 people"',
      draft: draftOf({ body: 'Forward this to 10 people in the next hour or you will have bad luck for 7 years!' }),
      errors: [
        {
          messageId: 'chainLetter',
          severity: 'warning',
          message:
            'This looks like a chain letter or hoax ("Forward this to 10 people"). Do not forward it: delete it, or ask the Network Manager if you are unsure.',
        },
      ],
    },
    {
      name: 'in a forwarded part',
      draft: draftOf({
        body: 'Is this true??\n\n---------- Forwarded message ---------\nSend this to everyone in your address book. Microsoft will pay you $5.',
      }),
      errors: [{ messageId: 'chainLetter', severity: 'warning', message: /Send this to everyone in your address book/ }],
    },
    {
      name: 'number in words',
      draft: draftOf({ body: 'forward it to twenty friends' }),
      errors: [{ messageId: 'chainLetter', severity: 'warning' }],
    },
    {
      name: '"don\'t break the chain"',
      draft: draftOf({ body: "Don't break the chain." }),
      errors: [{ messageId: 'chainLetter', severity: 'warning' }],
    },
    {
      name: 'two different weak phrases',
      draft: draftOf({ body: 'VIRUS WARNING!! Pass it on to everyone.' }),
      errors: [{ messageId: 'chainLetter', severity: 'warning', message: /"VIRUS WARNING"/ }],
    },
  ],
});
