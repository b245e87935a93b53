// The compose card: a one-line summary, one section per finding (message, evidence, fix button, and the
// policy clause folded away), what was not checked, and a "Check again" footer. Builds no rule prose itself.
// Google ignores every widget past 100 on a card, so findings are added while they fit; the rest are
// counted in the summary and reached through one "Show all" button per rule (a card of that rule alone).
import { toBecomesSender, type Finding, type LintReport, type RulesMeta } from '../../rules/index.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { fixLabel } from '../edits.ts';
import type { Check } from '../check-result.ts';
import { quietableAddresses } from '../quiet-addresses.ts';
import { footer } from './buttons.ts';
import { escapeHtml } from './html.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const FIX_FUNCTION: EntryPointName = 'onApplyFix';
const CHECK_AGAIN_FUNCTION: EntryPointName = 'onCheckAgain';
const SHOW_DISMISS_FUNCTION: EntryPointName = 'onShowDismiss';
const QUIET_FUNCTION: EntryPointName = 'onQuietAddress';
const NEAR_MISS_FUNCTION: EntryPointName = 'onTellDpoNearMiss';
const SHOW_RULE_FUNCTION: EntryPointName = 'onShowRuleFindings';

// card.proto: "You can add up to 100 widgets per card. Any widgets beyond this limit are ignored."
const WIDGETS_PER_CARD = 100;
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

type Shown = Pick<
  Check,
  'report' | 'checkedWhat' | 'notice' | 'draftId' | 'dismissedCount' | 'quietedCount' | 'draft' | 'fixNotApplied' | 'keyOf'
>;

/** One finding's section, and how many widgets it holds (the card counts them against Google's 100). */
function findingSection(
  card: CardApi,
  f: Finding,
  check: Shown,
  rules: RulesMeta,
): { section: GoogleAppsScript.Card_Service.CardSection; widgets: number } {
  const look = LOOK[f.severity];
  const rule = rules[f.ruleId];
  const section = card
    .newCardSection()
    .setHeader(`${look.icon} ${escapeHtml(rule ? rule.description : f.ruleId)}`)
    .addWidget(card.newTextParagraph().setText(`<font color="${look.colour}"><b>${look.label}.</b></font> ${escapeHtml(f.message)}`));
  let shown = 1;
  if (f.fix && check.fixNotApplied === f.ruleId) {
    section.addWidget(
      card
        .newTextParagraph()
        .setText(`<font color="#c5221f"><b>The last click did not change the draft.</b></font> ${escapeHtml(NOT_APPLIED)}`),
    );
    shown++;
  }
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
  if (check.draftId && f.messageId !== 'ruleFailed') {
    const action = card
      .newAction()
      .setFunctionName(SHOW_DISMISS_FUNCTION)
      .setParameters({ key: check.keyOf(f), draftId: check.draftId });
    buttons.addButton(card.newTextButton().setText('Dismiss…').setOnClickAction(action));
    const addresses = quietableAddresses(f);
    if (addresses) {
      const quiet = card
        .newAction()
        .setFunctionName(QUIET_FUNCTION)
        .setParameters({ key: check.keyOf(f), draftId: check.draftId });
      const label = addresses.length === 1 ? "Don't warn me again for this address" : "Don't warn me again for these addresses";
      buttons.addButton(card.newTextButton().setText(label).setOnClickAction(quiet));
    }
    anyButton = true;
  }
  if (anyButton) {
    section.addWidget(buttons);
    shown++;
  }
  if (f.fix && toBecomesSender(check.draft, f.fix)) {
    section.addWidget(card.newTextParagraph().setText('<i>To will then hold only your own address, so no parent sees another.</i>'));
    shown++;
  }
  section.addWidget(card.newTextParagraph().setText(`<i>${escapeHtml(f.policy.section)}:</i> “${escapeHtml(f.policy.quote)}”`));
  return { section: section.setCollapsible(true).setNumUncollapsibleWidgets(shown), widgets: shown + 1 };
}

// Gmail applies a fix without telling the add-on; if the next check still offers it, it did not apply.
const NOT_APPLIED =
  'Gmail still shows these addresses where everyone can see them. Move them by hand: cut them from To or Cc and paste them into Bcc (with your own address in To), then press “Check again”.';

/** The findings that fit in `budget` widgets, in order; the first one always does (a card must say something). */
function fitting(card: CardApi, findings: Finding[], check: Shown, rules: RulesMeta, budget: number) {
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  let used = 0;
  for (const f of findings) {
    const { section, widgets } = findingSection(card, f, check, rules);
    if (used + widgets > budget) break;
    sections.push(section);
    used += widgets;
  }
  return sections;
}

/** "…and N more" with a button per rule whose findings were left off (each opens that rule's findings alone). */
function overflowSection(card: CardApi, rest: Finding[], rules: RulesMeta): GoogleAppsScript.Card_Service.CardSection {
  const perRule = new Map<string, number>();
  for (const f of rest) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const buttons = card.newButtonSet();
  for (const [ruleId, n] of perRule) {
    const name = rules[ruleId] ? rules[ruleId].description : ruleId;
    const action = card.newAction().setFunctionName(SHOW_RULE_FUNCTION).setParameters({ ruleId });
    buttons.addButton(
      card
        .newTextButton()
        .setText(`${n} more: ${name.length > 40 ? `${name.slice(0, 39)}…` : name}`)
        .setOnClickAction(action),
    );
  }
  return card
    .newCardSection()
    .addWidget(
      card
        .newTextParagraph()
        .setText(`…and ${rest.length} more finding${rest.length === 1 ? '' : 's'}, not shown here to keep the card within Gmail's limits.`),
    )
    .addWidget(buttons);
}

export function findingsCard(card: CardApi, check: Shown, rules: RulesMeta, onlyRule?: string): GoogleAppsScript.Card_Service.Card {
  const { report, checkedWhat } = check;
  const builder = card
    .newCardBuilder()
    .setName(onlyRule ? 'rule-findings' : 'findings')
    .setHeader(card.newCardHeader().setTitle('draftlint').setSubtitle('Staff ICT Code of Conduct check'));
  const summary = report.findings.length ? summaryLine(report) : `Nothing to fix. Checked: ${checkedWhat}.`;
  const head = card.newCardSection().addWidget(card.newTextParagraph().setText(`<b>${escapeHtml(summary)}</b>`));
  let used = 1;
  if (check.notice) {
    head.addWidget(card.newTextParagraph().setText(`<font color="#b06000">${escapeHtml(check.notice)}</font>`));
    used++;
  }
  if (check.dismissedCount) {
    const n = check.dismissedCount;
    head.addWidget(card.newTextParagraph().setText(`<i>${n} dismissed on this draft ${n === 1 ? 'is' : 'are'} not shown.</i>`));
    used++;
  }
  if (check.quietedCount) {
    const n = check.quietedCount;
    const what = n === 1 ? 'warning about an address' : 'warnings about addresses';
    head.addWidget(
      card.newTextParagraph().setText(`<i>${n} ${what} you asked not to be warned about again ${n === 1 ? 'is' : 'are'} not shown.</i>`),
    );
    used++;
  }
  builder.addSection(head);

  const notChecked = notCheckedSection(card, report, rules);
  const findings = onlyRule ? report.findings.filter((f) => f.ruleId === onlyRule) : report.findings;
  const nearMiss = report.findings.some((f) => f.severity !== 'info') ? nearMissSection(card) : undefined;
  // Room for the findings: what is left of 100 after the head, "Not checked", the near-miss button and an
  // overflow section (2 widgets).
  const budget = WIDGETS_PER_CARD - used - (notChecked ? 1 : 0) - (nearMiss ? 1 : 0) - 2;
  const shown = fitting(card, findings, check, rules, budget);
  shown.forEach((section) => builder.addSection(section));
  if (shown.length < findings.length) builder.addSection(overflowSection(card, findings.slice(shown.length), rules));
  if (nearMiss) builder.addSection(nearMiss);
  if (notChecked) builder.addSection(notChecked);
  const checkAgain = card.newAction().setFunctionName(CHECK_AGAIN_FUNCTION);
  return builder.setFixedFooter(footer(card, 'Check again', checkAgain)).build();
}

/** A near miss goes in the DPO's breach log too: one click starts the note, as a draft to review. */
function nearMissSection(card: CardApi): GoogleAppsScript.Card_Service.CardSection {
  const action = card.newAction().setFunctionName(NEAR_MISS_FUNCTION);
  const button = card
    .newTextButton()
    .setText('Tell the DPO about a near miss')
    .setComposeAction(action, card.ComposedEmailType.STANDALONE_DRAFT);
  return card.newCardSection().addWidget(card.newButtonSet().addButton(button));
}

function notCheckedSection(card: CardApi, report: LintReport, rules: RulesMeta): GoogleAppsScript.Card_Service.CardSection | undefined {
  if (!report.notChecked.length) return undefined;
  const lines = report.notChecked.map((n) => {
    const rule = rules[n.ruleId];
    return `• ${escapeHtml(rule ? rule.description : n.ruleId)}: ${escapeHtml(n.reason)}`;
  });
  return card
    .newCardSection()
    .setHeader('Not checked')
    .addWidget(card.newTextParagraph().setText(lines.join('<br>')));
}

/** Shown when a check could not finish: a short notice, never a stack trace, and the draft is untouched. */
export function problemCard(card: CardApi, notice: string): GoogleAppsScript.Card_Service.Card {
  return card
    .newCardBuilder()
    .setName('problem')
    .setHeader(card.newCardHeader().setTitle('draftlint').setSubtitle('Staff ICT Code of Conduct check'))
    .addSection(card.newCardSection().addWidget(card.newTextParagraph().setText(escapeHtml(notice))))
    .setFixedFooter(footer(card, 'Check again', card.newAction().setFunctionName(CHECK_AGAIN_FUNCTION)))
    .build();
}
