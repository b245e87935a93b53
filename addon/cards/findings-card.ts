// The compose card: a one-line summary, one section per finding (message, evidence, fix button, and the
// policy clause folded away), what was not checked, and a "Check again" footer. Builds no rule prose itself.
import type { Finding, LintReport, RulesMeta } from '../../rules/index.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { findingKey } from '../dismissals.ts';
import { fixLabel } from '../edits.ts';
import type { Check } from '../check-result.ts';
import { escapeHtml } from './html.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const FIX_FUNCTION: EntryPointName = 'onApplyFix';
const CHECK_AGAIN_FUNCTION: EntryPointName = 'onCheckAgain';
const SHOW_DISMISS_FUNCTION: EntryPointName = 'onShowDismiss';

// Gmail allows 100 sections a card; keep room for the summary, "not checked" and the overflow line.
const MAX_FINDING_SECTIONS = 90;
const MAX_EVIDENCE_LINES = 10;
/** Suggestions shown under a finding: the first few say what to write instead; the CLI lists them all. */
const MAX_SUGGESTIONS = 3;

const LOOK = {
  error: { icon: '⛔', colour: '#c5221f', label: 'Fix before sending' },
  warning: { icon: '⚠️', colour: '#b06000', label: 'Check before sending' },
  info: { icon: 'ℹ️', colour: '#1a73e8', label: 'Worth a look' },
} as const;

export function summaryLine(report: LintReport): string {
  const n = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  const parts: string[] = [];
  const errors = n('error');
  const warnings = n('warning');
  const infos = n('info');
  if (errors) parts.push(`${errors} thing${errors === 1 ? '' : 's'} to fix before you send`);
  if (warnings) parts.push(`${warnings} to check`);
  if (infos) parts.push(`${infos} to consider`);
  return parts.length ? parts.join(' · ') : 'Nothing to fix';
}

function findingSection(
  card: CardApi,
  f: Finding,
  draftId: string | undefined,
  rules: RulesMeta,
): GoogleAppsScript.Card_Service.CardSection {
  const look = LOOK[f.severity];
  const rule = rules[f.ruleId];
  const section = card
    .newCardSection()
    .setHeader(`${look.icon} ${escapeHtml(rule ? rule.description : f.ruleId)}`)
    .addWidget(card.newTextParagraph().setText(`<font color="${look.colour}"><b>${look.label}.</b></font> ${escapeHtml(f.message)}`));
  let shown = 1;
  const evidence = f.evidence || [];
  if (evidence.length) {
    const lines = evidence.slice(0, MAX_EVIDENCE_LINES).map(escapeHtml);
    if (evidence.length > MAX_EVIDENCE_LINES) lines.push(`…and ${evidence.length - MAX_EVIDENCE_LINES} more`);
    section.addWidget(card.newDecoratedText().setTopLabel('Found').setText(lines.join('<br>')).setWrapText(true));
    shown++;
  }
  // What to write instead ("Describe what was not done…"): the rule's words, as the CLI shows them.
  const suggestions = (f.suggestions || []).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length) {
    section.addWidget(card.newDecoratedText().setTopLabel('Instead').setText(suggestions.map(escapeHtml).join('<br>')).setWrapText(true));
    shown++;
  }
  const buttons = card.newButtonSet();
  let anyButton = false;
  if (f.fix) {
    const action = card
      .newAction()
      .setFunctionName(FIX_FUNCTION)
      .setParameters({ ruleId: f.ruleId, fix: JSON.stringify(f.fix) });
    buttons.addButton(
      card.newTextButton().setText(fixLabel(f.fix)).setTextButtonStyle(card.TextButtonStyle.FILLED).setOnClickAction(action),
    );
    anyButton = true;
  }
  // Dismissals are remembered per saved draft, so the button needs the draft to have been found.
  if (draftId && f.messageId !== 'ruleFailed') {
    const action = card
      .newAction()
      .setFunctionName(SHOW_DISMISS_FUNCTION)
      .setParameters({ key: findingKey(f), draftId });
    buttons.addButton(card.newTextButton().setText('Dismiss…').setOnClickAction(action));
    anyButton = true;
  }
  if (anyButton) {
    section.addWidget(buttons);
    shown++;
  }
  section.addWidget(card.newTextParagraph().setText(`<i>${escapeHtml(f.policy.section)}:</i> “${escapeHtml(f.policy.quote)}”`));
  return section.setCollapsible(true).setNumUncollapsibleWidgets(shown);
}

export function findingsCard(
  card: CardApi,
  check: Pick<Check, 'report' | 'checkedWhat' | 'notice' | 'draftId' | 'dismissedCount'>,
  rules: RulesMeta,
): GoogleAppsScript.Card_Service.Card {
  const { report, checkedWhat } = check;
  const builder = card
    .newCardBuilder()
    .setName('findings')
    .setHeader(card.newCardHeader().setTitle('draftlint').setSubtitle('Staff ICT Code of Conduct check'));
  const summary = report.findings.length ? summaryLine(report) : `Nothing to fix. Checked: ${checkedWhat}.`;
  const head = card.newCardSection().addWidget(card.newTextParagraph().setText(`<b>${escapeHtml(summary)}</b>`));
  if (check.notice) head.addWidget(card.newTextParagraph().setText(`<font color="#b06000">${escapeHtml(check.notice)}</font>`));
  if (check.dismissedCount) {
    head.addWidget(
      card
        .newTextParagraph()
        .setText(`<i>${check.dismissedCount} dismissed on this draft ${check.dismissedCount === 1 ? 'is' : 'are'} not shown.</i>`),
    );
  }
  builder.addSection(head);

  report.findings.slice(0, MAX_FINDING_SECTIONS).forEach((f) => builder.addSection(findingSection(card, f, check.draftId, rules)));
  if (report.findings.length > MAX_FINDING_SECTIONS) {
    const more = report.findings.length - MAX_FINDING_SECTIONS;
    builder.addSection(card.newCardSection().addWidget(card.newTextParagraph().setText(`…and ${more} more findings not shown.`)));
  }
  if (report.notChecked.length) {
    const lines = report.notChecked.map((n) => {
      const rule = rules[n.ruleId];
      return `• ${escapeHtml(rule ? rule.description : n.ruleId)}: ${escapeHtml(n.reason)}`;
    });
    builder.addSection(
      card
        .newCardSection()
        .setHeader('Not checked')
        .addWidget(card.newTextParagraph().setText(lines.join('<br>'))),
    );
  }
  const checkAgain = card.newTextButton().setText('Check again').setOnClickAction(card.newAction().setFunctionName(CHECK_AGAIN_FUNCTION));
  return builder.setFixedFooter(card.newFixedFooter().setPrimaryButton(checkAgain)).build();
}

/** Shown when a check could not finish: a short notice, never a stack trace, and the draft is untouched. */
export function problemCard(card: CardApi, notice: string): GoogleAppsScript.Card_Service.Card {
  return card
    .newCardBuilder()
    .setName('problem')
    .setHeader(card.newCardHeader().setTitle('draftlint').setSubtitle('Staff ICT Code of Conduct check'))
    .addSection(card.newCardSection().addWidget(card.newTextParagraph().setText(escapeHtml(notice))))
    .setFixedFooter(
      card
        .newFixedFooter()
        .setPrimaryButton(
          card.newTextButton().setText('Check again').setOnClickAction(card.newAction().setFunctionName(CHECK_AGAIN_FUNCTION)),
        ),
    )
    .build();
}
