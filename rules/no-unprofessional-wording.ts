// no-unprofessional-wording: profanity, slurs, insults aimed at people, shouting, exasperated punctuation
// and text-speak in the author's own words (subject included; never the quoted reply). Lists are data
// (rules/data/wording.ts) that schools extend and trim; names on the never-flag list are never flagged.
// The model, the compiled lists, the hit finders and quoted speech live in rules/wording/.
import type { Report, Rule } from './engine/types.ts';
import { hasExternalRecipient } from './lib/addresses.ts';
import * as words from './data/wording.ts';
import { evidenceSnippet } from './text/evidence.ts';
import { linkSpans } from './text/links.ts';
import { blankSpans, outsideSpans, spansOf } from './text/spans.ts';
import { wordHits } from './wording/hits.ts';
import { compileLists } from './wording/lists.ts';
import { CATEGORIES, DEMOTE, STYLE, options, type Category, type Options } from './wording/model.ts';
import { insideSpan, isReplySubject, quotedSpans } from './wording/quoted.ts';

export const noUnprofessionalWording: Rule<Options, 'subject' | 'body' | 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-unprofessional-wording',
    description: 'Unprofessional wording: profanity, insults, slurs, shouting, text-speak',
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote:
        'E-mail content must be relevant and accurate, and any opinions or comments should be objective in nature and expressed professionally.',
    },
    defaultSeverity: 'error',
    needs: ['subject', 'body', 'to', 'cc', 'bcc'],
    options,
    renamedOptions: { addWords: '"words": { "add": { "insult": [...] } }', removeWords: '"words": { "remove": [...] }' },
    afterSending: 'If the wording could upset or offend, talk to your line manager about following it up with the recipient.',
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

  create(opts, org, memo, scans) {
    const lists = memo(`lists:${org.neverFlagNames.join('\n')}`, () => compileLists(opts, org.neverFlagNames));
    // Names and phrases are read with the other rules' lists, in the subject and the author's part.
    const read = (part: 'subject' | 'author') => ({
      names: scans.register(part, lists.names),
      phrases: scans.register(part, lists.phrases.pattern),
    });
    const subjectScans = read('subject');
    const authorScans = read('author');
    return (draft, context) => {
      const text = context.text();
      const internalOnly = !hasExternalRecipient(draft, org);
      // A reply's subject is the other party's: its tone (capitals, "???") is not the author's to answer for.
      const styleOfOthers = isReplySubject(text.subject.text);
      const byCategory = new Map<
        Category,
        { hits: Set<string>; evidence: string[]; shownUpTo: number; quotedOnly: boolean; inBody: boolean }
      >();
      for (const [where, n, scanned] of [
        ['Subject', text.subject, subjectScans],
        ['Message', text.author, authorScans],
      ] as const) {
        // Names never to flag, then links and addresses, are blanked out; phrases through them do not count.
        const names = spansOf(context.matches(scanned.names));
        const unnamed = blankSpans(n.text, names);
        const links = linkSpans(unnamed);
        const clean = blankSpans(unnamed, links);
        const phrases = outsideSpans(outsideSpans(context.matches(scanned.phrases).map(lists.phrases.phraseOf), names), links);
        const quoted = internalOnly && opts.quotedSpeechInternal !== 'normal' ? quotedSpans(clean) : [];
        for (const hit of wordHits(clean, phrases, opts, lists)) {
          if (!opts.categories[hit.category]) continue;
          if (STYLE.has(hit.category) && ((internalOnly && opts.styleHints === 'external') || (where === 'Subject' && styleOfOthers)))
            continue;
          const inQuote = insideSpan(quoted, hit.start, hit.end);
          if (inQuote && opts.quotedSpeechInternal === 'off') continue;
          const group = byCategory.get(hit.category) || {
            hits: new Set<string>(),
            evidence: [],
            shownUpTo: -1,
            quotedOnly: true,
            inBody: false,
          };
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
    };
  },
};
