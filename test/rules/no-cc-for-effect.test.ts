// Test table for no-cc-for-effect: a senior leader copied into an e-mail between colleagues, asked about
// gently (info); copied in secret, asked more firmly, with a one-click move to open Cc.
import { noCcForEffect } from '../../rules/no-cc-for-effect.ts';
import { draftOf } from '../helpers/draft.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const organisation = { internalDomains: ['school.example'], seniorLeaders: ['head@school.example', 'slt@school.example'] };
const from = 'r.green@school.example';
const colleague = 'j.bloggs@school.example';
const head = 'Head Teacher <head@school.example>';

runRuleTests(noCcForEffect, {
  valid: [
    { name: 'no senior leaders configured (the default): says nothing', draft: draftOf({ from, to: [colleague], cc: [head] }) },
    { name: 'colleagues only', draft: draftOf({ from, to: [colleague], cc: ['office@school.example'] }), organisation },
    {
      name: 'the head in To: the e-mail is for them',
      draft: draftOf({ from, to: [colleague, head], cc: ['slt@school.example'] }),
      organisation,
    },
    {
      name: 'the only To recipient is another senior leader',
      draft: draftOf({ from, to: ['slt@school.example'], cc: [head] }),
      organisation,
    },
    {
      name: 'a parent complaint copied to the head: the mail goes outside the school',
      draft: draftOf({ from, to: ['parent@gmail.com'], cc: [head] }),
      organisation,
    },
    {
      name: 'an outside address in Bcc makes it outside mail too',
      draft: draftOf({ from, to: [colleague], cc: [head], bcc: ['governor@gmail.com'] }),
      organisation,
    },
    {
      name: 'the sender is a senior leader',
      draft: draftOf({ from: 'head@school.example', to: [colleague], cc: ['slt@school.example'] }),
      organisation,
    },
    { name: 'no To at all (a draft addressed only by Cc)', draft: draftOf({ from, cc: [head] }), organisation },
  ],
  invalid: [
    {
      name: 'the head in Cc of a reply to a colleague (info, a question, no fix)',
      draft: draftOf({ from, to: [colleague], cc: [head] }),
      organisation,
      errors: [
        {
          messageId: 'copied',
          severity: 'info',
          message:
            'You are copying Head Teacher <head@school.example> into an e-mail to a colleague. Do they need to act on it? If not, leave them out.',
          evidence: ['Head Teacher <head@school.example>'],
        },
      ],
    },
    {
      name: 'two senior leaders in Cc of an e-mail to three colleagues',
      draft: draftOf({ from, to: [colleague, 'a@school.example', 'b@school.example'], cc: [head, 'slt@school.example'] }),
      organisation,
      errors: [
        {
          messageId: 'copied',
          severity: 'info',
          message: /^You are copying Head Teacher <head@school\.example> and slt@school\.example into an e-mail to 3 colleagues\./,
        },
      ],
    },
    {
      name: 'the head in Bcc: the firmer message, and the fix moves them to Cc',
      draft: draftOf({ from, to: [colleague], cc: ['office@school.example'], bcc: [head] }),
      organisation,
      errors: [
        {
          messageId: 'hiddenCopy',
          severity: 'info',
          message: /^You are copying Head Teacher <head@school\.example> in secret \(Bcc\) into an e-mail to a colleague\. Hidden copying/,
        },
      ],
      output: draftOf({ from, to: [colleague], cc: ['office@school.example', head], bcc: [] }),
    },
    {
      name: 'one leader in Cc and another in Bcc: one question each, the fix for the hidden one only',
      draft: draftOf({ from, to: [colleague], cc: ['slt@school.example'], bcc: [head] }),
      organisation,
      errors: [
        { messageId: 'copied', severity: 'info' },
        { messageId: 'hiddenCopy', severity: 'info' },
      ],
    },
    {
      name: 'subdomains are inside the school; leaders are matched whatever their case',
      draft: draftOf({ from, to: ['j@staff.school.example'], bcc: ['HEAD@School.Example'] }),
      organisation,
      errors: [{ messageId: 'hiddenCopy', severity: 'info', evidence: ['head@school.example'] }],
      output: draftOf({ from, to: ['j@staff.school.example'], cc: ['head@school.example'], bcc: [] }),
    },
  ],
});
