// The note to the DPO after a mistake (or a near miss), as a draft the member of staff reviews and sends:
// the fields UK school DPO services and the ICO ask for. When it was sent and noticed, the 72-hour point
// in the school's time zone, what kind of data went (from the findings: counts, never the values), how many
// people may be affected, who received it (the DPO needs that), what has been done (to tick), and the
// message by its date and subject. Pure: the callbacks hand it the findings and the times.
import type { Address, Finding, RulesMeta } from '../../rules/index.ts';
import { formatAddress } from '../../rules/index.ts';
import { when } from '../time.ts';

/** The ICO's deadline runs from when the school became aware: 72 hours. */
export const ICO_HOURS = 72;

export interface NoteFacts {
  /** Undefined for a near miss: it was caught before sending. */
  sent?: { at: number; subject: string };
  noticedAt: number;
  timeZone: string;
  recipients: Address[];
  findings: Finding[];
}

export interface DpoNote {
  subject: string;
  body: string;
}

const TICKS = [
  'Asked the recipient(s) to delete it and confirm that they have',
  'Sent it again to the right person (if it was meant for someone)',
  'Told my line manager',
  'Anything else:',
];

/** What kind of data, per finding: its check and what it said (identifiers in evidence are already masked). */
function whatWent(findings: Finding[], rules: RulesMeta): string[] {
  return findings.map((f) => `- ${rules[f.ruleId] ? rules[f.ruleId].description : f.ruleId}: ${f.message}`);
}

export function dpoNote(facts: NoteFacts, rules: RulesMeta): DpoNote {
  const at = (ms: number) => when(ms, facts.timeZone);
  const deadline = facts.noticedAt + ICO_HOURS * 3600 * 1000;
  const kind = facts.sent ? 'Possible data breach' : 'Near miss';
  const subject = facts.sent ? `${kind}: an e-mail I sent on ${at(facts.sent.at)}` : `${kind}: an e-mail caught before sending`;
  const lines = [
    facts.sent
      ? 'I think an e-mail I sent may be a personal-data breach. draftlint found the problems below.'
      : 'I nearly sent an e-mail that would have been a personal-data breach; draftlint caught it before it went. Reported as a near miss, for the log.',
    '',
    `Kind: ${kind}`,
    `When it was sent: ${facts.sent ? at(facts.sent.at) : 'not sent'}`,
    `When I noticed: ${at(facts.noticedAt)}`,
    facts.sent
      ? `72 hours from now (the ICO's deadline, if it must be reported): ${at(deadline)} (${facts.timeZone})`
      : 'The ICO deadline does not apply to a near miss, but it goes in the breach log.',
    '',
    'What may have gone, as draftlint found it:',
    ...whatWent(facts.findings, rules),
    '',
    `How many people received it: ${facts.recipients.length}`,
    'Who received it:',
    ...facts.recipients.map((a) => `- ${formatAddress(a)}`),
    '',
    'What I have done so far (put an x in each box that applies):',
    ...TICKS.map((t) => `[ ] ${t}`),
    '',
    facts.sent ? `The e-mail: sent ${at(facts.sent.at)}, subject "${facts.sent.subject}".` : 'The e-mail was not sent.',
    '',
    'Written with draftlint: please check it before you send it. draftlint has sent nothing and kept no copy.',
  ];
  return { subject, body: lines.join('\n') };
}
