// The DPO's statistics card: a period to choose, the drafts checked, each rule's figures with its fix rate
// and false-alarm share against the period before, a weekly chart as a PNG and the same figures as text,
// the export buttons, and what is and is not recorded. Counts only: nothing here names anyone.
import type { RulesMeta } from '../../rules/index.ts';
import { escapeHtml } from '../cards/html.ts';
import { DISMISS_REASONS, type DismissReason } from '../dismissals.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import {
  PERIODS,
  dismissedTotal,
  falseAlarmShare,
  fixRate,
  percentWithChange,
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
  'What is recorded: for each week, rule and severity, how many findings were shown, fixed in one click, dismissed (with the reason chosen) or audited, and how many drafts were checked. What is never recorded: who wrote or received an e-mail, its subject, text or files. Each teacher’s own account keeps, for six hours, keyed fingerprints of the drafts it checked so that a draft counts once; the statistics hold none. Weeks older than two years are deleted.';

export interface StatsView {
  period: Period;
  now: Summary;
  before: Summary;
  series: WeekTotals[];
  chartUrl?: string;
  /** Said at the top, e.g. what the export did. */
  notice?: string;
}

function button(card: CardApi, text: string, name: EntryPointName, parameters: Record<string, string>) {
  return card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(name).setParameters(parameters));
}

const line = (card: CardApi, label: string, text: string) => card.newDecoratedText().setTopLabel(label).setText(text).setWrapText(true);

function reasons(f: RuleFigures): string {
  return (Object.keys(DISMISS_REASONS) as DismissReason[]).map((r) => `${DISMISS_REASONS[r].toLowerCase()} ${f.dismissed[r]}`).join(', ');
}

export function statsCard(card: CardApi, rules: RulesMeta, view: StatsView): GoogleAppsScript.Card_Service.Card {
  const builder = card
    .newCardBuilder()
    .setName('statistics')
    .setHeader(card.newCardHeader().setTitle('draftlint statistics').setSubtitle(`${PERIODS[view.period]}, against the period before`));
  const choose = card.newButtonSet();
  for (const p of Object.keys(PERIODS) as Period[]) {
    const b = button(card, PERIODS[p], SHOW, { period: p, update: 'true' });
    if (p === view.period) b.setTextButtonStyle(card.TextButtonStyle.FILLED);
    choose.addButton(b);
  }
  const top = card.newCardSection().addWidget(choose);
  if (view.notice) top.addWidget(card.newTextParagraph().setText(`<b>${escapeHtml(view.notice)}</b>`));
  const t = view.now.totals;
  top
    .addWidget(line(card, 'Drafts checked', `${t.drafts} (before: ${view.before.totals.drafts})`))
    .addWidget(line(card, 'Drafts with something to fix before sending', String(t.draftsWithError)))
    .addWidget(line(card, 'Drafts whose text could not be read', `not saved yet ${t.unread.notSaved}, ambiguous ${t.unread.ambiguous}`))
    .addWidget(
      line(
        card,
        'Rules that failed',
        Object.keys(t.rulesFailed).length
          ? Object.keys(t.rulesFailed)
              .map((id) => `${escapeHtml(id)} ${t.rulesFailed[id]}`)
              .join(', ')
          : 'none',
      ),
    );
  builder.addSection(top);

  const weekly = card.newCardSection().setHeader('Week by week');
  if (view.chartUrl)
    weekly.addWidget(card.newImage().setImageUrl(view.chartUrl).setAltText('Findings per week: shown, fixed, dismissed, audited'));
  // The same figures as text: the card works wherever the image does not.
  const rows = view.series.map((w) => `${w.week}: shown ${w.shown} · fixed ${w.fixed} · dismissed ${w.dismissed} · audited ${w.audited}`);
  weekly.addWidget(card.newTextParagraph().setText(rows.join('<br>') || 'No weeks in this period.'));
  builder.addSection(weekly);

  const ids = Object.keys(rules).filter((id) => view.now.rules[id] || view.before.rules[id]);
  if (!ids.length)
    builder.addSection(card.newCardSection().addWidget(card.newTextParagraph().setText('No findings were recorded in this period.')));
  for (const id of ids) {
    const now = view.now.rules[id] || {
      shown: 0,
      fixed: 0,
      dismissed: { oneFamily: 0, protectedAnotherWay: 0, notApplicable: 0, falseAlarm: 0 },
      audited: 0,
    };
    const before = view.before.rules[id];
    builder.addSection(
      card
        .newCardSection()
        .setHeader(escapeHtml(rules[id].description))
        .addWidget(line(card, 'Shown · fixed · audited', `${now.shown} · ${now.fixed} · ${now.audited}`))
        .addWidget(line(card, `Dismissed ${dismissedTotal(now)}`, reasons(now)))
        .addWidget(line(card, 'Fix rate (fixed ÷ shown)', percentWithChange(fixRate(now), before && fixRate(before))))
        .addWidget(
          line(
            card,
            'False alarms (dismissed as false alarm ÷ shown)',
            percentWithChange(falseAlarmShare(now), before && falseAlarmShare(before)),
          ),
        ),
    );
  }

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
