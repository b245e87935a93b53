// The DPO's statistics card: a period to choose, the drafts checked, a weekly chart with the same figures
// as text (weeks as "w/c 9 Nov"), then per rule: what was shown (and per 100 drafts), fixed in one click
// (only where a rule has a fix), dismissed with the reasons that make sense for it, its week-by-week trend,
// against the period before (this term against the last). Counts below the school's smallest count are
// "fewer than N". Counts only: nothing here names anyone; technical lines belong to the Network Manager.
import type { RulesMeta } from '../../rules/index.ts';
import { escapeHtml } from '../cards/html.ts';
import { DISMISS_REASONS, reasonsFor } from '../dismissals.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import {
  PERIODS,
  dismissedTotal,
  falseAlarmShare,
  fixRate,
  noReasons,
  percentWithChange,
  shownCount,
  weekLabel,
  type Period,
  type RuleFigures,
  type Summary,
  type WeekTotals,
} from './summary.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const SHOW: EntryPointName = 'onShowStats';
const EXPORT: EntryPointName = 'onExportStats';
const CSV: EntryPointName = 'onShowStatsCsv';

export const RECORDED =
  'What is recorded: for each week, rule and severity, how many findings were shown, fixed in one click, dismissed (with the reason chosen), audited, or found after sending by “Check what I sent”; how many drafts were checked, how often staff checked their sent mail, and how many notes to the DPO they started (after sending or for a near miss). What is never recorded: who wrote or received an e-mail, its subject, text or files. Each teacher’s own account keeps, for six hours, keyed fingerprints of the drafts it checked so that a draft counts once; the statistics hold none. Weeks older than two years are deleted.';

export interface StatsView {
  period: Period;
  now: Summary;
  before: Summary;
  series: WeekTotals[];
  /** Each rule's own weekly series, for its trend. */
  byRule: Record<string, WeekTotals[]>;
  /** A small trend chart (data: URL) for the rules shown most. */
  ruleCharts: Record<string, string>;
  /** Counts below this show as "fewer than N" (organisation.smallCount). */
  smallest: number;
  chartUrl?: string;
  /** Said at the top, e.g. what the export did. */
  notice?: string;
}

function button(card: CardApi, text: string, name: EntryPointName, parameters: Record<string, string>) {
  return card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(name).setParameters(parameters));
}

const line = (card: CardApi, label: string, text: string) => card.newDecoratedText().setTopLabel(label).setText(text).setWrapText(true);
const EMPTY: RuleFigures = {
  shown: 0,
  fixed: 0,
  dismissed: noReasons(),
  audited: 0,
  afterSending: 0,
};

/** "12 (8 per 100 drafts)", with small counts hidden. */
function perHundred(n: number, drafts: number, smallest: number): string {
  const count = shownCount(n, smallest);
  return drafts && n >= smallest ? `${count} (${Math.round((n / drafts) * 100)} per 100 drafts)` : count;
}

/** A rate only where both its counts are large enough to show (or the part is none): a rate must not reveal a small count. */
const rate = (value: number | undefined, before: number | undefined, part: number, whole: number, smallest: number) =>
  whole >= smallest && (part === 0 || part >= smallest) ? percentWithChange(value, before) : `— (too few to show a rate)`;

function ruleSection(card: CardApi, rules: RulesMeta, id: string, view: StatsView) {
  const now = view.now.rules[id] || EMPTY;
  const before = view.before.rules[id];
  const drafts = view.now.totals.drafts;
  const min = view.smallest;
  const section = card
    .newCardSection()
    .setHeader(escapeHtml(rules[id].description))
    .addWidget(line(card, `Shown (before: ${shownCount(before ? before.shown : 0, min)})`, perHundred(now.shown, drafts, min)));
  section.addWidget(
    rules[id].fixable
      ? line(
          card,
          'Fixed in one click (fixed ÷ shown)',
          `${shownCount(now.fixed, min)} · ${rate(fixRate(now), before && fixRate(before), now.fixed, now.shown, min)}`,
        )
      : line(card, 'Fixed in one click', 'no one-click fix for this rule'),
  );
  const reasons = reasonsFor(id).map((r) => `${DISMISS_REASONS[r].toLowerCase()} ${shownCount(now.dismissed[r], min)}`);
  section.addWidget(line(card, `Dismissed ${shownCount(dismissedTotal(now), min)}`, reasons.join(', ')));
  section.addWidget(
    line(
      card,
      'False alarms (÷ shown)',
      rate(falseAlarmShare(now), before && falseAlarmShare(before), now.dismissed.falseAlarm, now.shown, min),
    ),
  );
  if (now.afterSending) section.addWidget(line(card, 'Found after sending ("Check what I sent")', shownCount(now.afterSending, min)));
  const chart = view.ruleCharts[id];
  if (chart) section.addWidget(card.newImage().setImageUrl(chart).setAltText(`${rules[id].description}: findings shown per week`));
  const trend = (view.byRule[id] || []).map((w) => `${weekLabel(w.week)} ${shownCount(w.shown, min)}`);
  section.addWidget(line(card, 'Shown, week by week', trend.join(' · ') || 'no weeks'));
  if (now.audited) section.addWidget(line(card, 'Audited (on trial, not shown to staff)', shownCount(now.audited, min)));
  return section;
}

/** What staff did after sending, beside the compose-time figures: checks of sent mail, what they found, notes to the DPO. */
function afterSendingLine(card: CardApi, view: StatsView) {
  const a = view.now.totals.afterSending;
  const found = Object.keys(view.now.rules).reduce((n, id) => n + view.now.rules[id].afterSending, 0);
  const min = view.smallest;
  const text = `checks of sent mail ${shownCount(a.checks, min)} · found after sending ${shownCount(found, min)} · notes to the DPO ${shownCount(a.dpoNotes, min)} · near misses reported ${shownCount(a.nearMissNotes, min)}`;
  return line(card, 'After sending', text);
}

export function statsCard(card: CardApi, rules: RulesMeta, view: StatsView): GoogleAppsScript.Card_Service.Card {
  const compared = view.period === 'term' ? 'against the term before' : 'against the period before';
  const builder = card
    .newCardBuilder()
    .setName('statistics')
    .setHeader(card.newCardHeader().setTitle('draftlint statistics').setSubtitle(`${PERIODS[view.period]}, ${compared}`));
  const choose = card.newButtonSet();
  for (const p of Object.keys(PERIODS) as Period[]) {
    const b = button(card, PERIODS[p], SHOW, { period: p, update: 'true' });
    if (p === view.period) b.setTextButtonStyle(card.TextButtonStyle.FILLED);
    choose.addButton(b);
  }
  const top = card.newCardSection().addWidget(choose);
  if (view.notice) top.addWidget(card.newTextParagraph().setText(`<b>${escapeHtml(view.notice)}</b>`));
  const t = view.now.totals;
  const min = view.smallest;
  top
    .addWidget(line(card, 'Drafts checked', `${shownCount(t.drafts, min)} (before: ${shownCount(view.before.totals.drafts, min)})`))
    .addWidget(line(card, 'Drafts with something to fix before sending', perHundred(t.draftsWithError, t.drafts, min)))
    .addWidget(afterSendingLine(card, view));
  builder.addSection(top);

  const weekly = card.newCardSection().setHeader('Week by week');
  if (view.chartUrl)
    weekly.addWidget(card.newImage().setImageUrl(view.chartUrl).setAltText('Findings per week: shown, fixed, dismissed, audited'));
  // The same figures as text: the card works wherever the image does not.
  const rows = view.series.map(
    (w) =>
      `${weekLabel(w.week)}: shown ${shownCount(w.shown, min)} · fixed ${shownCount(w.fixed, min)} · dismissed ${shownCount(w.dismissed, min)} · audited ${shownCount(w.audited, min)}`,
  );
  weekly.addWidget(card.newTextParagraph().setText(rows.join('<br>') || 'No weeks in this period.'));
  builder.addSection(weekly);

  const ids = Object.keys(rules).filter((id) => view.now.rules[id] || view.before.rules[id]);
  if (!ids.length)
    builder.addSection(card.newCardSection().addWidget(card.newTextParagraph().setText('No findings were recorded in this period.')));
  for (const id of ids) builder.addSection(ruleSection(card, rules, id, view));

  builder.addSection(
    card
      .newCardSection()
      .setHeader('Export and privacy')
      .addWidget(
        card
          .newButtonSet()
          .addButton(button(card, 'Export to Google Sheet', EXPORT, { period: view.period }))
          .addButton(button(card, 'Copy as CSV', CSV, { period: view.period })),
      )
      .addWidget(card.newTextParagraph().setText(escapeHtml(RECORDED))),
  );
  return builder.build();
}

export function csvCard(card: CardApi, period: Period, csv: string): GoogleAppsScript.Card_Service.Card {
  return card
    .newCardBuilder()
    .setName('statistics-csv')
    .setHeader(card.newCardHeader().setTitle('Statistics as CSV').setSubtitle(PERIODS[period]))
    .addSection(
      card
        .newCardSection()
        .addWidget(
          card.newTextParagraph().setText('One row per week, rule, severity, outcome and dismissal reason. Copy it into a spreadsheet.'),
        )
        .addWidget(card.newTextInput().setFieldName('statistics.csv').setTitle('CSV').setMultiline(true).setValue(csv)),
    )
    .build();
}
