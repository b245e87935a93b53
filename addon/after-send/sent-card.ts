// The card of "Check what I sent": what was checked, then each message with a finding — when it went, its
// subject, what went wrong and what to do now (each rule's own words) — with "Tell the DPO". Messages are
// added while they fit in Google's 100 widgets; the rest are counted.
import type { RulesMeta } from '../../rules/index.ts';
import { footer } from '../cards/buttons.ts';
import { escapeHtml } from '../cards/html.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { when } from '../time.ts';
import { SENT_DAYS, type SentCheck, type SentMessage } from './sent-mail.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;
const CHECK_SENT: EntryPointName = 'onCheckSent';
const TELL_DPO: EntryPointName = 'onTellDpo';
// card.proto: "You can add up to 100 widgets per card."; the head and the footer's room are kept.
const WIDGET_ROOM = 94;

export const periodName = (days: number) => (days === 1 ? 'the last 24 hours' : `the last ${days} days`);

export function summaryOf(check: SentCheck): string {
  const withFindings = check.checked.filter((m) => m.findings.length).length;
  const period = periodName(check.days);
  if (!check.listed) return `You sent nothing in ${period}.`;
  const read = `${check.checked.length} message${check.checked.length === 1 ? '' : 's'} sent in ${period}`;
  const found = withFindings ? `${withFindings} need${withFindings === 1 ? 's' : ''} your attention` : `nothing found in ${read}`;
  const more = check.notChecked ? ` · ${check.notChecked}${check.moreThanListed ? '+' : ''} more not checked` : '';
  return withFindings ? `Checked ${read}: ${found}${more}.` : `${found.charAt(0).toUpperCase()}${found.slice(1)}${more}.`;
}

/** What staff should do instead of "Tell the DPO" when draftlint does not know the DPO's address. */
export const NO_DPO =
  'draftlint does not know the DPO’s address: tell your line manager and the school’s data protection lead now, and ask the Network Manager to add the DPO in Settings › Organisation & roles.';

function messageSection(card: CardApi, m: SentMessage, rules: RulesMeta, timeZone: string, dpoKnown: boolean) {
  const section = card
    .newCardSection()
    .setHeader(`${escapeHtml(when(m.sentAt, timeZone))} · ${escapeHtml(m.draft.subject || '(no subject)')}`);
  const advice = new Set<string>();
  for (const f of m.findings) {
    section.addWidget(
      card.newTextParagraph().setText(`<b>${escapeHtml(rules[f.ruleId]?.description ?? f.ruleId)}.</b> ${escapeHtml(f.message)}`),
    );
    if (rules[f.ruleId]) advice.add(rules[f.ruleId].afterSending);
  }
  section.addWidget(
    card
      .newDecoratedText()
      .setTopLabel('What to do now')
      .setText([...advice].map(escapeHtml).join('<br>'))
      .setWrapText(true),
  );
  if (dpoKnown) {
    const action = card.newAction().setFunctionName(TELL_DPO).setParameters({ messageId: m.id });
    const button = card.newTextButton().setText('Tell the DPO').setComposeAction(action, card.ComposedEmailType.STANDALONE_DRAFT);
    section.addWidget(card.newButtonSet().addButton(button));
  } else section.addWidget(card.newTextParagraph().setText(`<i>${escapeHtml(NO_DPO)}</i>`));
  return section;
}

export function sentCard(card: CardApi, check: SentCheck, rules: RulesMeta, timeZone: string, dpoKnown: boolean) {
  const builder = card
    .newCardBuilder()
    .setName('sent')
    .setHeader(card.newCardHeader().setTitle('What you sent').setSubtitle(`Checked against the Staff ICT Code of Conduct`));
  const head = card.newCardSection().addWidget(card.newTextParagraph().setText(`<b>${escapeHtml(summaryOf(check))}</b>`));
  const other = SENT_DAYS.find((d) => d !== check.days)!;
  const switchPeriod = card
    .newAction()
    .setFunctionName(CHECK_SENT)
    .setParameters({ days: String(other) });
  head.addWidget(
    card.newButtonSet().addButton(
      card
        .newTextButton()
        .setText(`Check ${periodName(other)}`)
        .setOnClickAction(switchPeriod),
    ),
  );
  builder.addSection(head);
  let used = 2;
  let left = 0;
  for (const m of check.checked.filter((x) => x.findings.length)) {
    // A paragraph per finding, then "What to do now" and the DPO line: counted before the section is built.
    const widgets = m.findings.length + 2;
    if (used + widgets > WIDGET_ROOM) {
      left++;
      continue;
    }
    builder.addSection(messageSection(card, m, rules, timeZone, dpoKnown));
    used += widgets;
  }
  if (left)
    builder.addSection(
      card.newCardSection().addWidget(card.newTextParagraph().setText(`…and ${left} more messages with findings: check a shorter period.`)),
    );
  const again = card
    .newAction()
    .setFunctionName(CHECK_SENT)
    .setParameters({ days: String(check.days) });
  return builder.setFixedFooter(footer(card, 'Check again', again)).build();
}
