// no-chain-letter: chain letters and hoaxes ("forward this to 10 people", "don't break the chain").
// One strong phrase is enough; weak phrases count only in pairs, since each alone is ordinary mail.
import { described } from './engine/schemas.ts';
import * as z from 'zod/mini';
import type { Rule } from './engine/types.ts';
import { chainLetterStrong, chainLetterWeak } from './data/chain-letter.ts';
import { evidenceSnippet } from './text/evidence.ts';
import { compilePhrases } from './text/phrases.ts';

const options = z.strictObject({
  /** How many different weak phrases make a finding without a strong one. */
  minWeakPhrases: described(
    z._default(z.int().check(z.minimum(1), z.maximum(10)), 2),
    'Weak signs needed (phrases)',
    'How many different weaker chain-letter phrases together make a warning; one strong phrase always does.',
  ),
});

type Options = z.output<typeof options>;

// One pass over the text for both lists: the first patterns are the strong ones.
const phrases = compilePhrases(chainLetterStrong.concat(chainLetterWeak));
const isStrong = (index: number) => index < chainLetterStrong.length;

export const noChainLetter: Rule<Options, 'body'> = {
  meta: {
    id: 'no-chain-letter',
    description: 'Chain letters and hoaxes',
    policy: {
      section: 'E-mail › Misuse',
      quote: 'Do not forward chain letters / hoaxes or reply to spam. Consult the Network Manager if you are unsure, or delete the e-mail.',
    },
    defaultSeverity: 'warning',
    needs: ['body'],
    options,
    afterSending: 'Ask the recipients to delete it, and tell the Network Manager if it came to you from outside the school.',
    messages: {
      chainLetter:
        'This looks like a chain letter or hoax ("{{phrase}}"). Do not forward it: delete it, or ask the Network Manager if you are unsure.',
    },
  },

  create(opts, _org, _memo, scans) {
    const inBody = scans.register('body', phrases.pattern);
    return (_draft, context) => {
      const text = context.text();
      const hits = context.matches(inBody).map(phrases.phraseOf);
      const hit = hits.find((h) => isStrong(h.index));
      const weakHits = hits.filter((h) => !isStrong(h.index));
      const distinctWeak = new Set(weakHits.map((h) => h.index)).size;
      const first = hit || (distinctWeak >= opts.minWeakPhrases ? weakHits[0] : undefined);
      if (!first) return [];
      return [
        {
          messageId: 'chainLetter',
          data: { phrase: text.body.text.slice(first.start, first.end).replace(/\s+/g, ' ') },
          location: { field: 'body', range: [first.start, first.end] },
          evidence: [evidenceSnippet(text.body, first.start, first.end)],
        },
      ];
    };
  },
};
