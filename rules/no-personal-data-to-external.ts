// no-personal-data-to-external: pupil or staff identifiers (UPN, ULN, NHS, NI, card, bank, passport,
// date of birth, home address) in an e-mail that leaves the school; special-category words beside an
// identifier; and identifiers in any subject line, which shows in notifications and search.
import * as z from 'zod/mini';
import type { Report, Rule } from './engine/types.ts';
import { byDetector, chosenDetectors, detectorIds, detectorLabel, inTextOrder, startsNear, type Detection } from './detect/index.ts';
import { CONFIDENCE_RANK } from './detect/types.ts';
import { specialCategoryWords } from './data/special-category.ts';
import { changedList, listChange, described } from './engine/schemas.ts';
import { describeList, externalRecipients, hasExternalRecipient } from './lib/addresses.ts';
import { evidenceSnippet } from './text/evidence.ts';
import type { Normalised } from './text/normalise.ts';
import { compilePhrases, literalPattern } from './text/phrases.ts';

const options = z.strictObject({
  /** The lowest confidence reported: "medium" = check digit or keyword; "high" = both. */
  minConfidence: described(
    z._default(z.enum(['low', 'medium', 'high']), 'medium'),
    'Lowest confidence reported',
    'medium: a valid check digit or a keyword beside it; high: both; low: the pattern alone.',
  ),
  /** Identifiers to look for; leave out any the school does not want checked. */
  detectors: described(
    z._default(z.array(z.enum(detectorIds)), [...detectorIds]),
    'Identifiers looked for',
    'Untick any the school does not want checked.',
  ),
  /** Partner domains (local authority, trust) count as outside the school unless this is true. */
  partnersAreInternal: described(
    z._default(z.boolean(), false),
    'Treat partner organisations as inside the school',
    'When off, personal data sent to partner domains (the local authority, the trust) is flagged too.',
  ),
  specialCategoryWords: described(
    listChange(z.string().check(z.trim(), z.minLength(2))),
    'Special-category words',
    'Health, SEN or safeguarding words that make an identifier beside them more serious: added to, or taken from, the shipped list.',
  ),
  /** Also warn about identifiers in the subject of internal e-mail. */
  checkInternalSubjects: described(
    z._default(z.boolean(), true),
    'Check subjects of e-mail between colleagues',
    'Subjects show in every inbox and notification, so an identifier there is flagged even inside the school.',
  ),
});

type Options = z.output<typeof options>;

/** Matches of one identifier past which the count no longer matters: the e-mail plainly holds personal data. */
const ENOUGH = 10_000;

/** Evidence lines with every identifier in sight masked, not only the one the line is about. */
function evidence(text: Normalised, found: Detection[], where: string): string[] {
  return found.slice(0, 5).map((d) => `${where}: ${evidenceSnippet(text, d.start, d.end)}`);
}

export const noPersonalDataToExternal: Rule<Options, 'to' | 'cc' | 'bcc' | 'subject' | 'body'> = {
  meta: {
    id: 'no-personal-data-to-external',
    description: 'Pupil or staff personal data going outside the school',
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote:
        'E-mail which is confidential or of a sensitive nature should not be sent unless appropriate precautions are taken to ensure that distribution is limited to relevant parties only.',
    },
    defaultSeverity: 'error',
    needs: ['to', 'cc', 'bcc', 'subject', 'body'],
    options,
    afterSending:
      'Personal data went outside the school. If the recipient should not have it, ask them to delete it and confirm, and tell the DPO.',
    messages: {
      identifiers:
        'This e-mail holds {{what}} and goes outside the school (to {{external}}). Remove them, or send them encrypted (ask the Network Manager).',
      specialCategory:
        'This e-mail mentions "{{word}}" beside personal details and goes outside the school (to {{external}}). Check that every recipient needs it, and send it securely.',
      identifierInSubject:
        'The subject line holds {{what}}. Subjects show in notifications, inbox lists and search: move it into the message.',
    },
  },

  create(opts, org, memo, scans) {
    const specialWords = memo('specialWords', () =>
      compilePhrases(changedList(specialCategoryWords, opts.specialCategoryWords).map(literalPattern)),
    );
    // Each detector's candidates, judged, at the lowest confidence (the weak ones mask evidence and support
    // special-category words), read with the other rules' lists.
    const chosen = chosenDetectors(opts.detectors);
    const read = (part: 'subject' | 'body') => chosen.map((d) => scans.register(part, d.pattern, ENOUGH, (text) => d.judgeIn(text)));
    const [inSubjectScans, inBodyScans] = [read('subject'), read('body')];
    return (draft, context) => {
      const text = context.text();
      const reports: Report[] = [];
      const outside = hasExternalRecipient(draft, org, opts.partnersAreInternal);
      if (!outside && !(opts.checkInternalSubjects && text.subject.text)) return reports;
      const subjectAll = inTextOrder(inSubjectScans.map((s) => context.matches(s)));
      const bodyAll = inTextOrder(inBodyScans.map((s) => context.matches(s)));
      // A detector that stopped at ENOUGH in either field: its count is a floor ("10000 UPNs or more").
      const stopped = new Set<string>();
      for (const all of [subjectAll, bodyAll]) for (const [id, hits] of byDetector(all)) if (hits.length >= ENOUGH) stopped.add(id);
      const reportable = (d: Detection) => CONFIDENCE_RANK[d.confidence] >= CONFIDENCE_RANK[opts.minConfidence];
      const inSubject = subjectAll.filter(reportable);
      const inBody = bodyAll.filter(reportable);

      if (outside) {
        // Listed only for a message, so an e-mail to 300,000 people with nothing to report never lists them.
        const external = () => describeList(externalRecipients(draft, org, opts.partnersAreInternal));
        const fromSubject = new Set(inSubject);
        for (const [id, hits] of byDetector(inSubject.concat(inBody))) {
          const subjectHits = hits.filter((h) => fromSubject.has(h));
          const bodyHits = hits.filter((h) => !fromSubject.has(h));
          reports.push({
            messageId: 'identifiers',
            data: { what: detectorLabel(id, hits.length, stopped.has(id)), external: external() },
            location: { field: subjectHits.length ? 'subject' : 'body' },
            evidence: evidence(text.subject, subjectHits, 'Subject').concat(evidence(text.body, bodyHits, 'Message')),
          });
        }
        if (!inBody.length && bodyAll.length) {
          // Special-category words only matter next to someone identifiable: any identifier-like match,
          // even one too weak to report by itself.
          const word = specialWords.find(text.body.text).find((w) => startsNear(bodyAll, w.start, 300));
          if (word) {
            reports.push({
              messageId: 'specialCategory',
              data: { word: word.text, external: external() },
              location: { field: 'body', range: [word.start, word.end] },
              evidence: [`Message: ${evidenceSnippet(text.body, word.start, word.end)}`],
              demote: 1,
            });
          }
        }
      } else if (inSubject.length) {
        for (const [id, hits] of byDetector(inSubject)) {
          reports.push({
            messageId: 'identifierInSubject',
            data: { what: detectorLabel(id, hits.length, stopped.has(id)) },
            location: { field: 'subject' },
            evidence: evidence(text.subject, hits, 'Subject'),
            demote: 1,
          });
        }
      }
      return reports;
    };
  },
};
