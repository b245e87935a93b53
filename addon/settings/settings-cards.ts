// The Network Manager's settings, a card per task, each within Google's 100 widgets: the Settings home
// (organisation and roles at the top, then one row per rule with its severity and whether the school
// changed it), one card per rule, and Organisation & roles. Each form card knows its fields, and its Save
// carries which page it was and the newest stored version, so a save changes only what the card showed.
import type { RulesMeta } from '../../rules/index.ts';
import { footer } from '../cards/buttons.ts';
import { escapeHtml } from '../cards/html.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { addField, notice, paragraph, problemLine } from './field-widgets.ts';
import { organisationFields, roleFields, ruleFields, type Field } from './form-fields.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const SHOW_PAGE: EntryPointName = 'onShowSettingsPage';
const SAVE: EntryPointName = 'onSaveSettings';

/** Everything a settings card shows, by settings path. */
export interface SettingsView {
  /** The newest stored version: what a Save is compared against. */
  version: number;
  /** "Version 4, saved by … on …" or "the bundled draftlint.config.json". */
  source: string;
  notices: string[];
  values: Record<string, string[]>;
  /** The bundled file's value of each field, as the hint says it. */
  bundled: Record<string, string>;
  problems: Record<string, string[]>;
  /** Settings paths the school has changed from the bundled file. */
  changed: string[];
  severities: Record<string, string>;
}

/** The pages a settings card can be: 'organisation' or 'rule:<id>'. */
export function pageFields(page: string, rules: RulesMeta): Field[] | undefined {
  if (page === 'organisation') return organisationFields().concat(roleFields());
  const id = page.startsWith('rule:') ? page.slice(5) : '';
  return rules[id] ? ruleFields(id, rules) : undefined;
}

const action = (card: CardApi, name: EntryPointName, parameters: Record<string, string>) =>
  card.newAction().setFunctionName(name).setParameters(parameters);
const changedUnder = (view: SettingsView, prefix: string) => view.changed.some((p) => p.startsWith(prefix));
const problemsUnder = (view: SettingsView, prefix: string) =>
  Object.keys(view.problems).some((p) => p.startsWith(prefix) && view.problems[p].length);

function header(card: CardApi, title: string, view: SettingsView) {
  return card.newCardHeader().setTitle(title).setSubtitle(view.source);
}

function noticeSection(card: CardApi, view: SettingsView): GoogleAppsScript.Card_Service.CardSection | undefined {
  const unplaced = view.problems[''] || [];
  if (!view.notices.length && !unplaced.length) return undefined;
  const section = card.newCardSection();
  for (const n of view.notices) section.addWidget(notice(card, n));
  for (const p of unplaced) section.addWidget(problemLine(card, p));
  return section;
}

export function settingsHomeCard(
  card: CardApi,
  rules: RulesMeta,
  view: SettingsView,
  diagnostics: boolean,
): GoogleAppsScript.Card_Service.Card {
  const builder = card
    .newCardBuilder()
    .setName('settings')
    .setHeader(header(card, 'draftlint settings', view));
  const top = noticeSection(card, view);
  if (top) builder.addSection(top);
  const internal = (view.values['organisation.internalDomains'] || [''])[0].split('\n').filter(Boolean);
  const org = card
    .newCardSection()
    .setHeader('Organisation &amp; roles')
    .addWidget(
      card
        .newDecoratedText()
        .setTopLabel(changedUnder(view, 'organisation.') || changedUnder(view, 'roles.') ? 'School domains · changed' : 'School domains')
        .setText(escapeHtml(internal.join(', ') || "the sender's own domain"))
        .setWrapText(true)
        .setOnClickAction(action(card, SHOW_PAGE, { page: 'organisation' })),
    )
    .addWidget(
      card.newButtonSet().addButton(
        card
          .newTextButton()
          .setText('Organisation & roles')
          .setOnClickAction(action(card, SHOW_PAGE, { page: 'organisation' })),
      ),
    );
  builder.addSection(org);
  const list = card
    .newCardSection()
    .setHeader('Rules')
    .addWidget(
      paragraph(
        card,
        'Each rule checks one part of the Code of Conduct. Open one to change how staff are told, or to trial it in <b>audit</b>.',
      ),
    );
  for (const id of Object.keys(rules)) {
    const marks = [view.severities[id] || rules[id].defaultSeverity];
    if (changedUnder(view, `rules.${id}.`)) marks.push('changed');
    if (problemsUnder(view, `rules.${id}.`)) marks.push('⚠ needs attention');
    list.addWidget(
      card
        .newDecoratedText()
        .setTopLabel(marks.join(' · '))
        .setText(escapeHtml(rules[id].description))
        .setWrapText(true)
        .setOnClickAction(action(card, SHOW_PAGE, { page: `rule:${id}` })),
    );
  }
  builder.addSection(list);
  const more = card
    .newButtonSet()
    .addButton(
      card
        .newTextButton()
        .setText('History')
        .setOnClickAction(action(card, SHOW_PAGE, { page: 'history' })),
    )
    .addButton(
      card
        .newTextButton()
        .setText('Export or import')
        .setOnClickAction(action(card, SHOW_PAGE, { page: 'transfer' })),
    );
  if (diagnostics)
    more.addButton(
      card
        .newTextButton()
        .setText('Deployment diagnostics')
        .setOnClickAction(action(card, SHOW_PAGE, { page: 'diagnostics' })),
    );
  builder.addSection(card.newCardSection().setHeader('More').addWidget(more));
  return builder.build();
}

/** A rule's card, or Organisation & roles: the page's fields with their help, problems beside them, and Save. */
export function settingsPageCard(card: CardApi, rules: RulesMeta, page: string, view: SettingsView): GoogleAppsScript.Card_Service.Card {
  const fields = pageFields(page, rules) || [];
  const id = page.slice(5);
  const title = page === 'organisation' ? 'Organisation & roles' : rules[id].description;
  const builder = card
    .newCardBuilder()
    .setName(page === 'organisation' ? 'settings-organisation' : 'settings-rule')
    .setHeader(header(card, title, view));
  const top = noticeSection(card, view);
  if (top) builder.addSection(top);
  const intro =
    page === 'organisation'
      ? 'Who is inside the school, who is a partner, and who may change settings or see the statistics. Addresses in the bundled draftlint.config.json keep their role whatever is saved here.'
      : `<i>${escapeHtml(rules[id].policy.section)}:</i> “${escapeHtml(rules[id].policy.quote)}”`;
  const section = card.newCardSection().addWidget(paragraph(card, intro));
  for (const field of fields)
    addField(card, section, field, view.values[field.path] || [], view.problems[field.path] || [], view.bundled[field.path] || '');
  builder.addSection(section);
  const changed = fields.some((f) => view.changed.indexOf(f.path) >= 0);
  if (changed) {
    const reset = card
      .newTextButton()
      .setText('Back to the bundled settings')
      .setOnClickAction(action(card, SAVE, { version: String(view.version), page, reset: 'yes' }));
    builder.addSection(
      card
        .newCardSection()
        .addWidget(paragraph(card, 'This page differs from the bundled draftlint.config.json.'))
        .addWidget(card.newButtonSet().addButton(reset)),
    );
  }
  return builder.setFixedFooter(footer(card, 'Save', action(card, SAVE, { version: String(view.version), page }))).build();
}
