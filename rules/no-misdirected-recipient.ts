// no-misdirected-recipient: mail about to reach the wrong person, the data breach schools report most.
// Two signs: the greeting names someone none of the recipients is ("Dear Mrs Khan" to Tom Wright), and a
// recipient the sender has never written to is a slip away from one they have (jane.smith84 for
// jane.smith48, or the same name at another address). Known correspondents come with the draft from the
// shell (the sender's contacts); without them the second part says nothing.
import * as z from 'zod/mini';
import type { Address, Draft, Organisation, RecipientField, Report, Rule } from './engine/types.ts';
import { described } from './engine/schemas.ts';
import { describeList, formatAddress, isInternal, forEachRecipient, underAnyOf } from './lib/addresses.ts';
import { COMPARISON_BUDGET, indexCorrespondents } from './lib/correspondents.ts';
import { readGreeting } from './lib/greeting.ts';
import { nameFits, profileOf } from './lib/names.ts';

const options = z.strictObject({
  checkGreeting: described(
    z._default(z.boolean(), true),
    'Compare the greeting with the recipients',
    'Warn when "Dear Mrs Khan" goes to recipients whose names and addresses all name other people.',
  ),
  checkNearMiss: described(
    z._default(z.boolean(), true),
    'Compare new recipients with people the sender writes to',
    'Warn when a recipient the sender has never written to is a slip away from someone they have.',
  ),
});

type Options = z.output<typeof options>;

const sameAs = (sender: Address | undefined) => (a: Address) => !sender || a.address !== sender.address;

/** The greeting compared with the recipients outside the school it is presumably written to. */
function greetingReport(draft: Draft, authorText: string, org: Organisation): Report | undefined {
  const greeting = readGreeting(authorText);
  if (!greeting) return undefined;
  const notSender = sameAs(draft.from);
  const inFields = (fields: RecipientField[]) => {
    const out: Address[] = [];
    forEachRecipient(draft, fields, (a) => {
      if (notSender(a)) out.push(a);
    });
    return out;
  };
  const everyone = inFields(['to', 'cc', 'bcc']);
  const greeted = inFields(['to', 'cc']).filter((a) => !isInternal(a.address, org));
  // Mail only to colleagues stays in the school; and a recipient whose name and address say nothing could be anyone.
  if (!greeted.length || greeted.some((a) => !profileOf(a).informative)) return undefined;
  for (const a of everyone) {
    const profile = profileOf(a);
    if (greeting.names.some((name) => nameFits(name, profile))) return undefined;
  }
  return {
    messageId: 'greetingMismatch',
    data: { greeting: greeting.text, recipients: describeList(greeted.map(formatAddress)) },
    location: { field: 'to', addresses: greeted.map((a) => a.address) },
    evidence: [greeting.text, ...greeted.map(formatAddress)],
  };
}

/** Each new recipient outside the school compared with the sender's known correspondents. */
function nearMissReports(draft: Draft, known: readonly Address[], org: Organisation, isPersonal: (d: string) => boolean): Report[] {
  const index = indexCorrespondents(known);
  let comparisons = 0;
  const spend = () => ++comparisons <= COMPARISON_BUDGET;
  const reports: Report[] = [];
  let notCompared = 0;
  forEachRecipient(draft, ['to', 'cc', 'bcc'], (recipient, field) => {
    if (isInternal(recipient.address, org) || index.has(recipient.address) || !sameAs(draft.from)(recipient)) return;
    if (comparisons > COMPARISON_BUDGET) {
      notCompared++;
      return;
    }
    const near = index.nearest(recipient, isPersonal, spend);
    if (!near) {
      if (comparisons > COMPARISON_BUDGET) notCompared++;
      return;
    }
    const knownList = describeList(near.known.map((k) => k.address));
    const report: Report = {
      messageId: near.kind,
      data: { address: recipient.address, known: knownList, name: recipient.name || '' },
      location: { field, addresses: [recipient.address] },
      evidence: [formatAddress(recipient), ...near.known.map(formatAddress)],
    };
    if (near.known.length === 1) report.fix = { kind: 'replaceRecipient', field, from: recipient.address, to: near.known[0].address };
    reports.push(report);
  });
  // Fail closed: recipients left uncompared are said, never passed as fine.
  if (notCompared) reports.push({ messageId: 'notAllCompared', data: { count: notCompared }, location: { field: 'to' } });
  return reports;
}

export const noMisdirectedRecipient: Rule<Options, 'to' | 'cc' | 'bcc'> = {
  meta: {
    id: 'no-misdirected-recipient',
    description: 'Mail that may be going to the wrong person',
    policy: {
      section: 'E-mail › Confidentiality / GDPR',
      quote:
        'E-mail which is confidential or of a sensitive nature should not be sent unless appropriate precautions are taken to ensure that distribution is limited to relevant parties only.',
    },
    defaultSeverity: 'warning',
    // The greeting needs the text too; without it (not saved yet) only the addresses are compared.
    needs: ['to', 'cc', 'bcc'],
    options,
    afterSending:
      'It may have reached the wrong person. Ask them to delete it without reading on and to confirm by e-mail that they have, then tell the DPO.',
    messages: {
      greetingMismatch: 'The greeting says “{{greeting}}”, but this e-mail is going to {{recipients}}. Is it going to the right person?',
      nearMiss: 'You have never written to {{address}}; you have written to {{known}}. Did you mean them?',
      sameName: 'You have never written to {{address}}; you have written to {{name}} at {{known}}. Did you mean that address?',
      notAllCompared:
        '{{count}} new recipients could not be compared with the people you write to (too many for one check): check these addresses yourself.',
    },
    fixable: true,
  },

  wantsCorrespondents: (opts) => opts.checkNearMiss,

  create(opts, org) {
    const isPersonal = underAnyOf(org.personalMailDomains);
    return (draft, context) => {
      const reports: Report[] = [];
      if (opts.checkGreeting && draft.body) {
        const greeting = greetingReport(draft, context.text().author.source, org);
        if (greeting) reports.push(greeting);
      }
      if (opts.checkNearMiss && draft.knownCorrespondents) {
        reports.push(...nearMissReports(draft, draft.knownCorrespondents, org, isPersonal));
      }
      return reports;
    };
  },
};
