// no-unprofessional-wording: profanity, slurs, insults aimed at people, shouting, exasperated punctuation
// and text-speak in the author's own words (subject included; never the quoted reply). Lists are data
// (rules/data/wording.ts) that schools extend and trim; names on the never-flag list are never flagged.
import * as z from 'zod/mini';
import type { Report, Rule } from './engine/types.ts';
import { hasExternalRecipient } from './lib/addresses.ts';
import { tokenize, WordMatcher, type Tokens, type WordHit } from './lib/word-matcher.ts';
import * as words from './data/wording.ts';
import { evidenceSnippet } from './text/evidence.ts';
import { compilePhrases, literalPattern } from './text/phrases.ts';
import { prepareText } from './text/prepare.ts';
import { withoutLinks } from './text/links.ts';

const CATEGORIES = ['slur', 'profanity', 'insult', 'mildProfanity', 'shouting', 'punctuation', 'textSpeak'] as const;
type Category = (typeof CATEGORIES)[number];

/** Steps below the configured severity: slurs and obscenity at it, insults one lower, the rest info. */
/**
 * Hits of one kind looked at, per field: past this the finding is made and nothing more can change it but
 * its list of words, which shows four. Keeps 5 MB of swearing from costing a hit object per word.
 */
const ENOUGH = 10_000;

const DEMOTE: Record<Category, 0 | 1 | 2> = { slur: 0, profanity: 0, insult: 1, mildProfanity: 2, shouting: 2, punctuation: 2, textSpeak: 2 };

const wordList = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);
const options = z.strictObject({
  categories: z._default(
    z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, z._default(z.boolean(), true)])) as Record<Category, z.ZodMiniDefault<z.ZodMiniBoolean>>),
    Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  ),
  /**
   * `add`: more words, by category (a word must say what kind it is); `remove`: words and phrases never
   * flagged, whatever their category.
   */
  words: z._default(
    z.strictObject({
      add: z._default(z.strictObject({ profanity: wordList, slur: wordList, insult: wordList, mildProfanity: wordList, textSpeak: wordList }), {
        profanity: [],
        slur: [],
        insult: [],
        mildProfanity: [],
        textSpeak: [],
      }),
      remove: wordList,
    }),
    { add: { profanity: [], slur: [], insult: [], mildProfanity: [], textSpeak: [] }, remove: [] },
  ),
  /** Acronyms that are never shouting, added to the school list (GCSE, SENCO, INSET …). */
  acronyms: wordList,
  /** How many words in capitals in a row read as shouting. */
  minShoutingWords: z._default(z.int().check(z.minimum(2), z.maximum(20)), 4),
  /**
   * Words inside quotation marks in an e-mail to colleagues only: a pupil's words recorded verbatim in
   * a safeguarding note. "info" reports them at info at most; "off" not at all; "normal" as any words.
   */
  quotedSpeechInternal: z._default(z.enum(['info', 'off', 'normal']), 'info'),
  /**
   * Where the style hints (shouting, "!!!", text-speak, emoji) apply: "external", to e-mail with a recipient
   * outside the school (colleagues write "???" to each other, and it matters little); "everywhere".
   * Slurs, obscenity, insults and swearing are flagged everywhere either way.
   */
  styleHints: z._default(z.enum(['external', 'everywhere']), 'external'),
});

/** The categories that are matters of style, not of respect. */
const STYLE: ReadonlySet<Category> = new Set<Category>(['shouting', 'punctuation', 'textSpeak']);

type Options = z.output<typeof options>;

interface Entry {
  category: Category;
  /** Insults that count only when aimed at a person. */
  aim?: 'adjective' | 'noun';
  /** Also a name: not flagged written with a capital ("Dick Smith", "Offa's Dyke"). */
  unlessName?: boolean;
  /** Only in lower case ("ur", not "Ur"), or all capitals. */
  lowerOnly?: boolean;
}

interface Hit {
  category: Category;
  start: number;
  end: number;
  text: string;
}

const unapostrophe = (w: string) => w.toLowerCase().replace(/['’]/g, '');
const PERSON_SUBJECTS = new Set(words.personSubjects.map(unapostrophe));
const PERSON_NOUNS = new WordMatcher<true>().add(words.personNouns, true);
const LINKING = new Set(words.linkingWords);
const SHOUTING_MARKERS = new Set(words.shoutingMarkers);

function buildMatcher(opts: Options): WordMatcher<Entry> {
  const m = new WordMatcher<Entry>()
    .add(words.insultAdjectives, { category: 'insult', aim: 'adjective' })
    .add(words.insultTargetedNouns, { category: 'insult', aim: 'noun' })
    .add(words.insultNouns, { category: 'insult' })
    .add(words.textSpeak, { category: 'textSpeak', lowerOnly: true })
    .add(words.mildProfanity, { category: 'mildProfanity' })
    .add(words.mildUnlessName, { category: 'mildProfanity', unlessName: true })
    .add(words.profanityUnlessName, { category: 'profanity', unlessName: true })
    .add(words.profanity, { category: 'profanity' })
    .add(words.slursUnlessName, { category: 'slur', unlessName: true })
    .add(words.slurs, { category: 'slur' });
  for (const category of ['profanity', 'slur', 'insult', 'mildProfanity', 'textSpeak'] as const) m.add(opts.words.add[category], { category });
  return m.remove(opts.words.remove);
}

interface Compiled {
  matcher: WordMatcher<Entry>;
  phrases: ReturnType<typeof compilePhrases>;
  phraseCategory: Category[];
}

// Compiling the lists costs more than checking a draft: once per options object (one per config).
const compiledFor = new WeakMap<Options, Compiled>();
function compiled(opts: Options): Compiled {
  let cache = compiledFor.get(opts);
  if (!cache) {
    const removed = new Set(opts.words.remove.map((w) => w.toLowerCase()));
    const phrases: [string, Category][] = [
      ...words.slurPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [literalPattern(p), 'slur']),
      ...words.insultPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'insult']),
      ...words.mildPhrases.filter((p) => !removed.has(p)).map((p): [string, Category] => [p, 'mildProfanity']),
    ];
    cache = { matcher: buildMatcher(opts), phrases: compilePhrases(phrases.map((p) => p[0])), phraseCategory: phrases.map((p) => p[1]) };
    compiledFor.set(opts, cache);
  }
  return cache;
}

const acronymsFor = new WeakMap<readonly string[], Set<string>>();
function acronymSet(extra: string[]): Set<string> {
  let set = acronymsFor.get(extra);
  if (!set) acronymsFor.set(extra, (set = new Set(words.schoolAcronyms.concat(extra).map((a) => a.toUpperCase()))));
  return set;
}

const namesFor = new WeakMap<readonly string[], RegExp>();

/** The text with safe names ("Dick Whittington", "Hell's Kitchen") and the school's names blanked out, same length. */
function withoutNames(text: string, names: readonly string[]): string {
  let re = namesFor.get(names);
  if (!re) {
    const all = words.safeNames.concat(names).map(literalPattern).map((p) => p.replace(/ /g, '\\s+'));
    namesFor.set(names, (re = new RegExp(`\\b(?:${all.join('|')})\\b`, 'gi')));
  }
  return text.replace(re, (m) => ' '.repeat(m.length));
}

function isTitleCase(raw: string): boolean {
  return /^[A-Z][a-z'’]*$/.test(raw);
}

/**
 * An insult is aimed at a person when a person stands just before it with only linking words between
 * ("you are so useless", "he's a complete muppet"), or, for an adjective, when a person noun follows
 * ("lazy boy", "stupid people").
 */
function aimedAtPerson(tokens: Tokens, i: number, aim: 'adjective' | 'noun'): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = tokens.at(k).word;
    if (PERSON_SUBJECTS.has(w) || (aim === 'noun' && w === 'what' && k === i - 2)) return true;
    // "Your son is lazy", "the boys were useless": a person noun, then linking words.
    if (k < i - 1 && PERSON_NOUNS.lookup(tokens.at(k))) return true;
    // "Graham is a total loser": a name, then "is" or "was", then linking words.
    if (aim === 'noun' && (w === 'is' || w === 'was') && k > 0 && isTitleCase(tokens.at(k - 1).raw)) return true;
    if (!LINKING.has(w)) break;
  }
  return aim === 'adjective' && i + 1 < tokens.length && PERSON_NOUNS.lookup(tokens.at(i + 1)) !== undefined;
}

function wordHits(text: string, opts: Options, acronyms: Set<string>): Hit[] {
  const { matcher, phrases, phraseCategory } = compiled(opts);
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  // Phrases first: "cock-up" is mild, "what a joke" an insult; a word inside a phrase is not counted again.
  const phraseHits = phrases.find(text); // in text order, never overlapping (one global regex)
  for (const p of phraseHits) hits.push({ category: phraseCategory[p.index], start: p.start, end: p.end, text: p.text });
  // Words come in text order too (the matcher walks the tokens): one pointer over the phrases says how far
  // they cover, so each word is checked against them in constant time, however many there are.
  let next = 0;
  let coveredUntil = -1;
  const inPhrase = (start: number) => {
    for (; next < phraseHits.length && phraseHits[next].start <= start; next++) coveredUntil = Math.max(coveredUntil, phraseHits[next].end);
    return start < coveredUntil;
  };
  const seen = new Map<Category, number>();
  const keep = (entry: Entry) => {
    const n = seen.get(entry.category) ?? 0;
    seen.set(entry.category, n + 1);
    return n < ENOUGH;
  };
  for (const h of matcher.find(text, tokens, keep) as WordHit<Entry>[]) {
    const raw = h.text;
    if (inPhrase(h.start)) continue;
    if (h.entry.unlessName && isTitleCase(raw)) continue;
    if (h.entry.lowerOnly && raw !== raw.toLowerCase() && raw !== raw.toUpperCase()) continue;
    if (h.entry.aim && !aimedAtPerson(tokens, h.tokenIndex, h.entry.aim)) continue;
    hits.push({ category: h.entry.category, start: h.start, end: h.end, text: raw });
  }
  // Appended one by one: spreading a million hits into push() overflows the stack.
  for (const h of shouting(text, tokens, opts, acronyms)) hits.push(h);
  for (const h of punctuationAndEmoji(text)) hits.push(h);
  return hits;
}

const isCapsWord = (tokens: Tokens, i: number, acronyms: Set<string>) => {
  if (!tokens.mayBeCapitals(i)) return false;
  const word = tokens.at(i).raw.replace(/[!|+*]+$/, ''); // "AGAIN!!!": the marks belong to the punctuation check
  return /^[A-Z][A-Z'’]*[A-Z]$/.test(word) && !acronyms.has(word.replace(/['’]S$/, ''));
};

/**
 * Shouting, as people write it: a run of words in capitals that reads as a sentence (it holds "YOU",
 * "PLEASE", "NOT" …) and follows an ordinary word on the same line ("please DO NOT PARK IN THE STAFF car
 * park") or ends in "!"; or a whole message in capitals. Headings and banners at the start of a line,
 * names ("THE WALL STREET JOURNAL") and code (CONFIG_SND_USB) are not shouting; nor are school acronyms.
 */
function shouting(text: string, tokens: Tokens, opts: Options, acronyms: Set<string>): Hit[] {
  const caps = new Uint8Array(tokens.length);
  let capsCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isCapsWord(tokens, i, acronyms)) {
      caps[i] = 1;
      capsCount++;
    }
  }
  const words = tokens.length; // every token has a letter (see tokenize)
  if (words >= 8 && capsCount / words >= 0.8) {
    const first = tokens.start(caps.indexOf(1));
    const last = tokens.end(caps.lastIndexOf(1));
    return [{ category: 'shouting', start: first, end: last, text: `${text.slice(first, Math.min(last, first + 40))}…` }];
  }
  if (capsCount < opts.minShoutingWords) return [];
  const hits: Hit[] = [];
  // The token before the run is an ordinary word on the same line, separated by spaces only.
  const followsProse = (i: number) => i > 0 && !caps[i - 1] && /[a-z]/.test(tokens.at(i - 1).raw) && /^ +$/.test(text.slice(tokens.end(i - 1), tokens.start(i)));
  let i = 0;
  while (i < tokens.length) {
    if (!caps[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && caps[j] && /^[ ,]{1,2}$/.test(text.slice(tokens.end(j - 1), tokens.start(j)))) j++;
    const run = [];
    for (let k = i; k < j; k++) run.push(tokens.at(k));
    const long = run.filter((t) => t.raw.length >= 4).length;
    const end = run[run.length - 1].end;
    const sentence = run.some((t) => SHOUTING_MARKERS.has(t.raw.replace(/’/g, "'")));
    if (run.length >= opts.minShoutingWords && long >= 2 && sentence && (followsProse(i) || text[end] === '!')) {
      hits.push({ category: 'shouting', start: run[0].start, end, text: run.map((t) => t.raw).join(' ') });
    }
    i = j;
  }
  return hits;
}

const PUNCTUATION = /[!?]{3,}/g;

function punctuationAndEmoji(text: string): Hit[] {
  const hits: Hit[] = [];
  PUNCTUATION.lastIndex = 0;
  for (let m = PUNCTUATION.exec(text); m && hits.length < ENOUGH; m = PUNCTUATION.exec(text)) hits.push({ category: 'punctuation', start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const emoji of words.hostileEmoji) {
    for (let at = text.indexOf(emoji); at >= 0; at = text.indexOf(emoji, at + emoji.length)) {
      hits.push({ category: emoji === '🖕' ? 'profanity' : 'textSpeak', start: at, end: at + emoji.length, text: emoji });
    }
  }
  return hits;
}

/** Spans between quotation marks (straight or curly), each within one paragraph; in order, never overlapping. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /"[^"\n]{1,500}"|“[^”\n]{1,500}”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether [start, end) lies inside one of the spans: a binary search, since there can be many of both. */
function insideSpan(spans: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] > start) hi = mid - 1;
    else lo = mid + 1;
  }
  return hi >= 0 && end <= spans[hi][1];
}

export const noUnprofessionalWording: Rule<Options, 'subject' | 'body' | 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-unprofessional-wording',
    description: 'Unprofessional wording: profanity, insults, slurs, shouting, text-speak',
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote: 'E-mail content must be relevant and accurate, and any opinions or comments should be objective in nature and expressed professionally.',
    },
    defaultSeverity: 'error',
    needs: ['subject', 'body', 'to', 'cc', 'bcc'],
    options,
    renamedOptions: { addWords: '"words": { "add": { "insult": [...] } }', removeWords: '"words": { "remove": [...] }' },
    messages: {
      slur: 'Discriminatory language ({{words}}). It has no place in school e-mail, whoever it is about or quotes.',
      profanity: 'Obscene or profane language ({{words}}). Anything in an e-mail can be disclosed to the person it is about.',
      insult: 'Insulting or contemptuous wording ({{words}}). Describe the behaviour or the gap, not the person.',
      mildProfanity: 'Swearing ({{words}}) reads as unprofessional in school e-mail.',
      shouting: 'Words in capitals read as shouting ({{words}}). Use bold, or a short sentence, for emphasis.',
      punctuation: 'Repeated punctuation ({{words}}) reads as exasperated. One mark is enough.',
      textSpeak: 'Text-speak or emoji ({{words}}) is too casual for school e-mail. Write it out in full.',
    },
  },

  check(draft, opts, org) {
    const text = prepareText(draft);
    const internalOnly = !hasExternalRecipient(draft, org);
    const acronyms = acronymSet(opts.acronyms);
    const byCategory = new Map<Category, { hits: Set<string>; evidence: string[]; shownUpTo: number; quotedOnly: boolean; inBody: boolean }>();
    for (const [where, n] of [['Subject', text.subject], ['Message', text.author]] as const) {
      const clean = withoutLinks(withoutNames(n.text, org.neverFlagNames));
      const quoted = internalOnly && opts.quotedSpeechInternal !== 'normal' ? quotedSpans(clean) : [];
      for (const hit of wordHits(clean, opts, acronyms)) {
        if (!opts.categories[hit.category]) continue;
        if (internalOnly && opts.styleHints === 'external' && STYLE.has(hit.category)) continue;
        const inQuote = insideSpan(quoted, hit.start, hit.end);
        if (inQuote && opts.quotedSpeechInternal === 'off') continue;
        const group = byCategory.get(hit.category) || { hits: new Set<string>(), evidence: [], shownUpTo: -1, quotedOnly: true, inBody: false };
        group.inBody = group.inBody || where === 'Message';
        group.quotedOnly = group.quotedOnly && inQuote;
        group.hits.add(hit.text);
        // One context line covers the hits near each other ("lazy and clueless").
        if (group.evidence.length < 5 && (where === 'Subject' || hit.start > group.shownUpTo)) {
          group.evidence.push(`${where}: ${evidenceSnippet(n, hit.start, hit.end)}`);
          if (where === 'Message') group.shownUpTo = hit.end + 40;
        }
        byCategory.set(hit.category, group);
      }
    }
    const reports: Report[] = [];
    for (const category of CATEGORIES) {
      const group = byCategory.get(category);
      if (!group) continue;
      const hits = Array.from(group.hits);
      const quoted = hits.slice(0, 4).map((w) => `“${w}”`);
      const suggestions = hits.map((w) => words.insultSuggestions[w.toLowerCase()]).filter((s): s is string => !!s);
      const demote = group.quotedOnly ? 2 : DEMOTE[category];
      reports.push({
        messageId: category,
        data: { words: quoted.join(', ') + (hits.length > 4 ? ' …' : '') },
        location: { field: group.inBody ? 'body' : 'subject' },
        evidence: group.evidence,
        ...(suggestions.length && { suggestions }),
        ...(demote && { demote }),
      });
    }
    return reports;
  },
};
