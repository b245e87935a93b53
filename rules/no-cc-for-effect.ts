// no-cc-for-effect: a senior leader copied into an e-mail between colleagues, the policy's example of using
// Cc or Bcc for organisational politics. A gentle question, not a block: copying the head in is sometimes
// right and staff know when. Hidden copying (Bcc) gets a firmer word and a one-click move to open Cc.
import * as z from 'zod/mini';
import type { Address, Report, Rule } from './engine/types.ts';
import { describeList, formatAddress, isInternal } from './lib/addresses.ts';

const options = z.strictObject({});

type Options = z.output<typeof options>;

function audience(to: Address[]): string {
  return to.length === 1 ? 'a colleague' : `${to.length} colleagues`;
}

export const noCcForEffect: Rule<Options, 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-cc-for-effect',
    description: 'A senior leader copied into an e-mail between colleagues',
    policy: {
      section: 'E-mail › General Advice',
      quote: "Do not use the 'cc:' or 'Bcc:' for organisational politics e.g. copying in a recipient's superior for effect.",
    },
    defaultSeverity: 'info',
    // Not the sender: an e-mail whose sender cannot be read is still checked, its sender taken for staff.
    needs: ['to', 'cc', 'bcc'],
    options,
    afterSending: 'Nothing to undo. Next time, copy a senior leader only when they need to act.',
    messages: {
      copied: 'You are copying {{leaders}} into an e-mail to {{audience}}. Do they need to act on it? If not, leave them out.',
      hiddenCopy:
        'You are copying {{leaders}} in secret (Bcc) into an e-mail to {{audience}}. Hidden copying is what the policy means by organisational politics. If they need to see it, copy them openly (Cc); if not, leave them out.',
    },
    fixable: true,
  },

  create(_opts, org) {
    return (draft) => {
      const leaders = new Set(org.seniorLeaders);
      const sender = draft.from ? draft.from.address : '';
      // Senior leaders writing, mail to a senior leader, and mail leaving the school are all out of scope.
      if (!leaders.size || leaders.has(sender) || !draft.to.length) return [];
      const everyone = [...draft.to, ...draft.cc, ...draft.bcc];
      if (draft.to.some((a) => leaders.has(a.address)) || everyone.some((a) => !isInternal(a.address, org))) return [];
      const copied = (list: Address[]) => list.filter((a) => leaders.has(a.address) && a.address !== sender);
      const inCc = copied(draft.cc);
      const visible = new Set(inCc.map((a) => a.address));
      const inBcc = copied(draft.bcc).filter((a) => !visible.has(a.address));
      // One finding for open copies (a question), one for hidden ones (firmer, with the move to Cc).
      const about = (leadersCopied: Address[], field: 'cc' | 'bcc'): Report => ({
        messageId: field === 'cc' ? 'copied' : 'hiddenCopy',
        data: { leaders: describeList(leadersCopied.map(formatAddress)), audience: audience(draft.to) },
        location: { field },
        evidence: leadersCopied.map(formatAddress),
        ...(field === 'bcc' && {
          fix: { kind: 'moveRecipients' as const, to: 'cc' as const, addresses: leadersCopied.map((a) => a.address) },
        }),
      });
      const reports: Report[] = [];
      if (inCc.length) reports.push(about(inCc, 'cc'));
      if (inBcc.length) reports.push(about(inBcc, 'bcc'));
      return reports;
    };
  },
};
