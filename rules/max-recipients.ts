// max-recipients: blanket e-mail. Too many people visible in To/Cc, too many recipients in all, or a
// large mailing list (all staff, all parents) in To/Cc where every reply-all reaches everyone.
import * as z from 'zod/mini';
import type { Report, Rule } from './engine/types.ts';
import { emailList, described } from './engine/schemas.ts';
import { formatAddress, forEachRecipient } from './lib/addresses.ts';

const options = z
  .strictObject({
    /** People visible to each other in To + Cc. */
    maxVisible: described(
      z._default(z.int().check(z.minimum(1), z.maximum(10000)), 20),
      'Most recipients who can see each other (To and Cc)',
      'More than this many in To and Cc together is flagged; Bcc does not count.',
    ),
    /** Everyone the e-mail goes to, Bcc included. */
    maxTotal: described(
      z._default(z.int().check(z.minimum(1), z.maximum(10000)), 50),
      'Most recipients in all (To, Cc and Bcc)',
      'Everyone the e-mail goes to; at least the number above.',
    ),
    /** List addresses that reach many people (all-staff@, year7-parents@). Only these count as large. */
    largeLists: described(
      emailList,
      'Large mailing lists (one address per line)',
      'List addresses that reach many people, such as all-staff@; one in To or Cc is flagged.',
    ),
  })
  .check(z.refine((o) => o.maxTotal >= o.maxVisible, { error: 'maxTotal must be at least maxVisible', path: ['maxTotal'] }));

type Options = z.output<typeof options>;

export const maxRecipients: Rule<Options, 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'max-recipients',
    description: 'Blanket e-mail: too many recipients, or a large list in To/Cc',
    policy: {
      section: 'General Advice',
      quote: 'Avoid blanket e-mailing at all costs. Make sure your recipients are restricted to your target audience only.',
    },
    defaultSeverity: 'warning',
    needs: ['to', 'cc', 'bcc'],
    options,
    afterSending:
      'Everyone on the list can see who else received it and reply to all. Ask the recipients not to reply to all; if personal addresses were visible, tell the DPO.',
    messages: {
      tooManyVisible:
        '{{count}} recipients can see each other in To/Cc (the limit is {{limit}}). Put them in Bcc, or write to a narrower list.',
      tooManyTotal: 'This e-mail goes to {{count}} recipients (the limit is {{limit}}). Is every one of them the audience it is meant for?',
      largeList:
        '{{list}} is a large mailing list in {{field}}: everyone on it can see it and reply to all. Put the list in Bcc, or choose a narrower list.',
    },
    fixable: true,
  },

  create(opts) {
    return (draft) => {
      const reports: Report[] = [];
      // Distinct addresses, visible ones first: one set serves both counts (a list of 300,000 is hashed once).
      const seen = new Set<string>();
      const largeLists = new Set(opts.largeLists);
      forEachRecipient(draft, ['to', 'cc'], (recipient, field) => {
        seen.add(recipient.address);
        if (!largeLists.has(recipient.address)) return;
        reports.push({
          messageId: 'largeList',
          data: { list: recipient.address, field: field === 'to' ? 'To' : 'Cc' },
          location: { field },
          evidence: [formatAddress(recipient)],
          fix: { kind: 'moveRecipients', to: 'bcc', addresses: [recipient.address] },
        });
      });
      const visibleCount = seen.size;
      for (const r of draft.bcc || []) seen.add(r.address);
      const total = seen.size;
      if (visibleCount > opts.maxVisible) {
        reports.push({ messageId: 'tooManyVisible', data: { count: visibleCount, limit: opts.maxVisible } });
      }
      if (total > opts.maxTotal) reports.push({ messageId: 'tooManyTotal', data: { count: total, limit: opts.maxTotal } });
      return reports;
    };
  },
};
