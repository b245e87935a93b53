// The wording rule's model: the categories of wording, how far below the configured severity each sits,
// which are matters of style, the rule's options, and the shapes of list entries and hits.
import * as z from 'zod/mini';
import { described } from '../engine/schemas.ts';

export const CATEGORIES = ['slur', 'profanity', 'insult', 'mildProfanity', 'shouting', 'punctuation', 'textSpeak'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Steps below the configured severity: slurs and obscenity at it, insults one lower, the rest info. */
export const DEMOTE: Record<Category, 0 | 1 | 2> = {
  slur: 0,
  profanity: 0,
  insult: 1,
  mildProfanity: 2,
  shouting: 2,
  punctuation: 2,
  textSpeak: 2,
};

/**
 * Hits of one kind looked at, per field: past this the finding is made and nothing more can change it but
 * its list of words, which shows four. Keeps 5 MB of swearing from costing a hit object per word.
 */
export const ENOUGH = 10_000;

const wordList = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);
/** What each category's switch says on the settings card. */
const CATEGORY_TEXT: Record<Category, [string, string]> = {
  slur: ['Slurs', 'Words that demean people for who they are: flagged at the rule’s severity.'],
  profanity: ['Obscenity', 'Strong swearing: flagged at the rule’s severity.'],
  insult: ['Insults aimed at people', '“Idiot”, “useless”: flagged one step below the rule’s severity.'],
  mildProfanity: ['Mild swearing', '“Bloody”, “crap”: flagged as info.'],
  shouting: ['Shouting in capitals', 'Several words in capitals in a row: flagged as info.'],
  punctuation: ['Runs of ! and ?', '“!!!” and “???”: flagged as info.'],
  textSpeak: ['Text-speak and emoji', '“u”, “gr8”, angry emoji: flagged as info.'],
};

export const options = z.strictObject({
  categories: z._default(
    z.strictObject(
      Object.fromEntries(CATEGORIES.map((c) => [c, described(z._default(z.boolean(), true), ...CATEGORY_TEXT[c])])) as Record<
        Category,
        z.ZodMiniDefault<z.ZodMiniBoolean>
      >,
    ),
    Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  ),
  /**
   * `add`: more words, by category (a word must say what kind it is); `remove`: words and phrases never
   * flagged, whatever their category.
   */
  words: z._default(
    z.strictObject({
      add: z._default(
        z.strictObject({
          profanity: described(wordList, 'More obscenities (one per line)', 'Added to the shipped list of obscenity.'),
          slur: described(wordList, 'More slurs (one per line)', 'Added to the shipped list of slurs.'),
          insult: described(wordList, 'More insults (one per line)', 'Added to the shipped list of insults.'),
          mildProfanity: described(wordList, 'More mild swearing (one per line)', 'Added to the shipped list of mild swearing.'),
          textSpeak: described(wordList, 'More text-speak (one per line)', 'Added to the shipped list of text-speak.'),
        }),
        {
          profanity: [],
          slur: [],
          insult: [],
          mildProfanity: [],
          textSpeak: [],
        },
      ),
      remove: described(wordList, 'Words never flagged (one per line)', 'Words and phrases taken off every list, whatever their category.'),
    }),
    { add: { profanity: [], slur: [], insult: [], mildProfanity: [], textSpeak: [] }, remove: [] },
  ),
  /** Acronyms that are never shouting, added to the school list (GCSE, SENCO, INSET …). */
  acronyms: described(wordList, 'Acronyms that are not shouting (one per line)', 'Added to the school list (GCSE, SENCO, INSET …).'),
  /** How many words in capitals in a row read as shouting. */
  minShoutingWords: described(
    z._default(z.int().check(z.minimum(2), z.maximum(20)), 4),
    'Words in capitals that read as shouting',
    'How many words in capitals in a row make a shouting hint.',
  ),
  /**
   * Words inside quotation marks in an e-mail to colleagues only: a pupil's words recorded verbatim in
   * a safeguarding note. "info" reports them at info at most; "off" not at all; "normal" as any words.
   */
  quotedSpeechInternal: described(
    z._default(z.enum(['info', 'off', 'normal']), 'info'),
    'Quoted words in e-mail to colleagues',
    'A pupil’s words recorded in quotation marks: info at most, off, or treated as any words (normal).',
  ),
  /**
   * Where the style hints (shouting, "!!!", text-speak, emoji) apply: "external", to e-mail with a recipient
   * outside the school (colleagues write "???" to each other, and it matters little); "everywhere".
   * Slurs, obscenity, insults and swearing are flagged everywhere either way.
   */
  styleHints: described(
    z._default(z.enum(['external', 'everywhere']), 'external'),
    'Where style hints apply',
    'Shouting, “!!!”, text-speak and emoji: only in e-mail going outside the school (external), or everywhere.',
  ),
});

/** The categories that are matters of style, not of respect. */
export const STYLE: ReadonlySet<Category> = new Set<Category>(['shouting', 'punctuation', 'textSpeak']);

export type Options = z.output<typeof options>;

export interface Entry {
  category: Category;
  /** Insults that count only when aimed at a person. */
  aim?: 'adjective' | 'noun';
  /** Also a name: not flagged written with a capital ("Dick Smith", "Offa's Dyke"). */
  unlessName?: boolean;
  /** Only in lower case ("ur", not "Ur"), or all capitals. */
  lowerOnly?: boolean;
}

export interface Hit {
  category: Category;
  start: number;
  end: number;
  text: string;
}
