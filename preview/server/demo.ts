// A term of statistics from a scripted school, for `npm start`: so the DPO's card, its charts and the export
// can be seen without a Google account. Thirteen weeks of a 60-staff secondary school, written through the
// real statistics store (batches, lock, week format), with an INSET week, a half-term and a parents' trip
// letter week, and the wording rule's false alarms falling after the Network Manager tuned it.
import { countKey, emptyWeek, type WeekCounts } from '../../addon/stats/counting.ts';
import { send } from '../../addon/stats/store.ts';
import { isoWeek } from '../../rules/index.ts';
import { fakeServices, fakeWorld, type SharedScript } from '../../test/fakes/apps-script.ts';
import type { SentSpec } from '../../test/fakes/gmail.ts';

const WEEKS = 13;
/** A school week's checks: fewer in an INSET week (3) and none in half-term (7); a trip letter in week 9. */
const ACTIVITY = [1, 1, 0.6, 1, 1, 1, 0, 1, 1.1, 1, 1, 1, 0.9];

/** Deterministic noise, so the demo is the same every time. */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

function demoWeek(w: number): WeekCounts {
  const week = emptyWeek();
  const a = ACTIVITY[w];
  if (!a) return week;
  const n = (base: number, salt: number) => Math.round(base * a * (0.8 + 0.4 * noise(w * 31 + salt)));
  week.drafts = n(900, 1);
  week.draftsWithError = n(25, 2);
  const add = (rule: string, severity: string, outcome: 'shown' | 'fixed' | 'dismissed' | 'audited', count: number, reason?: string) => {
    if (count > 0) week.counts[countKey(rule, severity, outcome, reason as never)] = count;
  };
  const parents = n(w === 8 ? 40 : 12, 3);
  add('require-bcc-for-parents', 'error', 'shown', parents);
  add('require-bcc-for-parents', 'error', 'fixed', Math.round(parents * 0.8));
  add('require-bcc-for-parents', 'error', 'dismissed', Math.round(parents * 0.1), 'oneFamily');
  add('no-unencrypted-sensitive-attachment', 'error', 'shown', n(6, 4));
  add('no-unencrypted-sensitive-attachment', 'error', 'dismissed', n(1, 5), 'protectedAnotherWay');
  add('no-personal-data-to-external', 'error', 'shown', n(5, 6));
  const wording = n(30, 7);
  add('no-unprofessional-wording', 'info', 'shown', wording);
  add('no-unprofessional-wording', 'info', 'dismissed', Math.round(wording * (w < 5 ? 0.3 : 0.08)), 'falseAlarm');
  const blanket = n(8, 8);
  add('max-recipients', 'warning', 'shown', blanket);
  add('max-recipients', 'warning', 'fixed', Math.min(blanket, n(5, 9)));
  const lookalike = n(2, 10);
  add('no-lookalike-recipient', 'warning', 'shown', lookalike);
  add('no-lookalike-recipient', 'warning', 'fixed', Math.min(lookalike, n(2, 11)));
  add('no-contract-wording', 'info', 'audited', n(9, 12));
  return week;
}

/** Writes the demo term into a fresh deployment's store, ending with the current week. */
export function seedDemoTerm(shared: SharedScript): void {
  const services = fakeServices(fakeWorld({ userEmail: 'demo.teacher@silcoates.org.uk', shared }));
  const end = shared.clock.now;
  shared.clock.now = end - (WEEKS - 1) * 7 * 86400000;
  for (let w = 0; w < WEEKS; w++) {
    send(services, { [isoWeek(shared.clock.now)]: demoWeek(w) });
    shared.clock.advance(7 * 86400);
  }
  shared.clock.now = end;
}

/**
 * What everyone in the preview "sent" today, for "Check what I sent": a trip letter with the parents in To
 * two hours ago, and two ordinary messages to colleagues.
 */
export function demoSentMail(now: number): SentSpec[] {
  const minutes = (n: number) => now - n * 60_000;
  return [
    {
      id: 'sent-trip',
      sentAt: minutes(120),
      to: ['Jane Smith <jane.smith84@gmail.com>', 'ahmed.khan@btinternet.com', '"Lee, Daniel" <dlee@hotmail.co.uk>'],
      subject: 'Year 7 trip: coach times',
      text: 'Dear parents,\n\nThe coach leaves at 8:30 on Friday and is back by 4.\n\nMr Green',
    },
    {
      id: 'sent-cover',
      sentAt: minutes(45),
      to: ['a.khan@silcoates.org.uk'],
      subject: 'Cover on Thursday',
      text: 'Thanks for covering P3.',
    },
    {
      id: 'sent-minutes',
      sentAt: minutes(10),
      to: ['hoy7@silcoates.org.uk'],
      subject: 'Minutes',
      text: 'The minutes are in the shared drive.',
    },
  ];
}
