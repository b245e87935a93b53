// no-contract-wording: the author's own words that could enter the school into a contract ("we accept
// your quote", "please proceed with the order"). A reminder of the purchase procedures, info by default.
import * as z from 'zod/mini';
import type { Rule } from './engine/types.ts';
import { contractPhrases } from './data/contract-wording.ts';
import { changedList, listChange, described } from './engine/schemas.ts';
import { evidenceSnippet } from './text/evidence.ts';
import { compilePhrases, literalPattern } from './text/phrases.ts';

const options = z.strictObject({
  /** Phrases to flag as plain words ("invoice us now"), added to the shipped list; or shipped ones taken off it. */
  phrases: described(
    listChange(z.string().check(z.trim(), z.minLength(3))),
    'Contract phrases',
    'Plain phrases to flag, added to the shipped list, or shipped phrases taken off it.',
  ),
});

type Options = z.output<typeof options>;

/** Phrases quoted at most: a reminder of the purchase procedures needs no more. */
const SHOWN = 3;

export const noContractWording: Rule<Options, 'body'> = {
  meta: {
    id: 'no-contract-wording',
    description: 'Wording that could commit the school to a contract',
    policy: {
      section: 'General Advice',
      quote:
        'Users must ensure that they do not inadvertently enter into contracts by e-mail, using the normal school purchase procedures instead.',
    },
    defaultSeverity: 'info',
    needs: ['body'],
    options,
    renamedOptions: { addPhrases: '"phrases": { "add": [...] }' },
    afterSending: 'The wording may read as agreeing to buy. Tell the school business manager before the supplier acts on it.',
    messages: {
      contractWording:
        '"{{phrase}}" could commit the school to a contract. Orders, quotes and bookings go through the school’s purchase procedures, not e-mail.',
    },
  },

  create(opts, _org, memo, scans) {
    // Shipped phrases are patterns; the school's are plain words, escaped to patterns before they join them.
    const phrases = memo('phrases', () =>
      compilePhrases(changedList(contractPhrases, { add: opts.phrases.add.map(literalPattern), remove: opts.phrases.remove })),
    );
    const inAuthor = scans.register('author', phrases.pattern, SHOWN);
    return (_draft, context) => {
      const text = context.text().author;
      return context
        .matches(inAuthor)
        .map(phrases.phraseOf)
        .map((m) => ({
          messageId: 'contractWording',
          data: { phrase: text.text.slice(m.start, m.end).replace(/\s+/g, ' ') },
          location: { field: 'body' as const, range: [m.start, m.end] as [number, number] },
          evidence: [evidenceSnippet(text, m.start, m.end)],
          suggestions: ['Ask the finance office to raise a purchase order, and reply that the order will follow from them.'],
        }));
    };
  },
};
