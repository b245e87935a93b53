// The Network Manager's cards: the settings form (one folded section per rule, then the organisation and
// roles, each field generated from its schema and named by its settings path, with its problem shown
// beside it), the export and import cards, and the history with Restore.
import type { ConfigFile, RulesMeta } from '../../rules/index.ts';
import { footer } from '../cards/buttons.ts';
import { escapeHtml } from '../cards/html.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { allFields, organisationFields, roleFields, ruleFields, widgetValue, type Field } from './form-fields.ts';
import { leaves } from './paths.ts';
import type { VersionInfo } from './store.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;
type Section = GoogleAppsScript.Card_Service.CardSection;

const SAVE: EntryPointName = 'onSaveSettings';
const SHOW_EXPORT: EntryPointName = 'onShowExport';
const SHOW_IMPORT: EntryPointName = 'onShowImport';
const IMPORT: EntryPointName = 'onImportSettings';
const SHOW_HISTORY: EntryPointName = 'onShowHistory';
const RESTORE: EntryPointName = 'onRestoreSettings';
export const IMPORT_FIELD = 'import.json';
const RED = '#c5221f';

/** What the form shows: the values (as stored, or as the person typed them) and the problems by path. */
export interface SettingsForm {
  /** The version the form was opened on: saving over a newer one is refused. */
  version: number;
  values: Record<string, string[]>;
  problems: Record<string, string[]>;
  /** Said at the top: a fallback to an older version, a conflict, how many problems stopped the save. */
  notices: string[];
  /** "Version 4, saved by … on …" or "the bundled draftlint.config.json". */
  source: string;
  /** Deployment diagnostics, as lines. */
  diagnostics: string[];
}

/** The form's values from a config file. */
export function valuesOf(file: ConfigFile, rules: RulesMeta): Record<string, string[]> {
  const current = leaves(file);
  const values: Record<string, string[]> = {};
  for (const field of allFields(rules)) values[field.path] = widgetValue(field, current.get(field.path));
  return values;
}

export function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const paragraph = (card: CardApi, html: string) => card.newTextParagraph().setText(html);
/** A problem, in red, where the Network Manager will see it: next to its field, or at the top. */
const problemLine = (card: CardApi, text: string) => paragraph(card, `<font color="${RED}">⛔ ${escapeHtml(text)}</font>`);

function fieldWidgets(card: CardApi, section: Section, field: Field, form: SettingsForm): void {
  const value = form.values[field.path] || [];
  if (field.kind === 'severity' || field.kind === 'boolean' || field.kind === 'choice' || field.kind === 'choices') {
    const input = card
      .newSelectionInput()
      .setFieldName(field.path)
      .setTitle(field.label)
      .setType(field.kind === 'choices' ? card.SelectionInputType.CHECK_BOX : card.SelectionInputType.DROPDOWN);
    for (const choice of field.choices || []) input.addItem(choice, choice, value.indexOf(choice) >= 0);
    section.addWidget(input);
    section.addWidget(paragraph(card, `<font color="#5f6368">${escapeHtml(field.hint)}</font>`));
  } else {
    const input = card
      .newTextInput()
      .setFieldName(field.path)
      .setTitle(field.label)
      .setHint(field.hint)
      .setMultiline(field.kind === 'lines' || field.kind === 'json');
    if (value.length) input.setValue(value[0]);
    section.addWidget(input);
  }
  for (const problem of form.problems[field.path] || []) {
    section.addWidget(problemLine(card, problem));
  }
}

function fieldsSection(card: CardApi, header: string, intro: string[], fields: Field[], form: SettingsForm, folded: boolean): Section {
  const section = card.newCardSection().setHeader(header);
  for (const line of intro) section.addWidget(paragraph(card, line));
  for (const field of fields) fieldWidgets(card, section, field, form);
  // A section with a problem stays open, so the message is seen next to its field.
  const hasProblem = fields.some((f) => (form.problems[f.path] || []).length);
  if (folded && !hasProblem) section.setCollapsible(true).setNumUncollapsibleWidgets(intro.length + 1);
  return section;
}

function button(card: CardApi, text: string, name: EntryPointName, parameters: Record<string, string> = {}) {
  return card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(name).setParameters(parameters));
}

export function settingsCard(card: CardApi, rules: RulesMeta, form: SettingsForm): GoogleAppsScript.Card_Service.Card {
  const version = { version: String(form.version) };
  const builder = card
    .newCardBuilder()
    .setName('settings')
    .setHeader(card.newCardHeader().setTitle('draftlint settings').setSubtitle(form.source));
  const notices = form.notices.slice();
  const unplaced = form.problems[''] || [];
  if (notices.length || unplaced.length) {
    const top = card.newCardSection();
    for (const n of notices) top.addWidget(paragraph(card, `<font color="${RED}"><b>${escapeHtml(n)}</b></font>`));
    for (const p of unplaced) top.addWidget(problemLine(card, p));
    builder.addSection(top);
  }
  builder.addSection(
    card
      .newCardSection()
      .addWidget(
        paragraph(
          card,
          'Every check staff run uses these settings within 10 minutes of saving. Set a rule to <b>audit</b> to trial it: it runs and is counted in the statistics, but staff see nothing.',
        ),
      )
      .addWidget(
        card
          .newButtonSet()
          .addButton(button(card, 'Export JSON', SHOW_EXPORT))
          .addButton(button(card, 'Import JSON', SHOW_IMPORT, version))
          .addButton(button(card, 'History', SHOW_HISTORY, version)),
      ),
  );
  for (const id of Object.keys(rules)) {
    const meta = rules[id];
    const intro = [`<b>${escapeHtml(id)}</b>: ${escapeHtml(meta.description)}`];
    const section = fieldsSection(card, escapeHtml(meta.description), intro, ruleFields(id, rules), form, true);
    section.addWidget(paragraph(card, `<i>${escapeHtml(meta.policy.section)}:</i> “${escapeHtml(meta.policy.quote)}”`));
    builder.addSection(section);
  }
  builder.addSection(
    fieldsSection(
      card,
      'Organisation',
      ['Who is inside the school, who is a partner, and the lists every rule reads.'],
      organisationFields(),
      form,
      true,
    ),
  );
  builder.addSection(
    fieldsSection(
      card,
      'Roles',
      [
        'Network Managers change these settings; the DPO sees the statistics. Addresses in the bundled draftlint.config.json keep their role whatever is saved here.',
      ],
      roleFields(),
      form,
      true,
    ),
  );
  if (form.diagnostics.length) {
    builder.addSection(
      card
        .newCardSection()
        .setHeader('Deployment diagnostics')
        .setCollapsible(true)
        .setNumUncollapsibleWidgets(1)
        .addWidget(paragraph(card, 'What Gmail really sends, measured from use; no content is kept.'))
        .addWidget(paragraph(card, form.diagnostics.map(escapeHtml).join('<br>'))),
    );
  }
  return builder.setFixedFooter(footer(card, 'Save', card.newAction().setFunctionName(SAVE).setParameters(version))).build();
}

/** The settings in force as draftlint.config.json text, to copy and try on real mail with the CLI. */
export function exportCard(card: CardApi, file: ConfigFile, source: string): GoogleAppsScript.Card_Service.Card {
  return card
    .newCardBuilder()
    .setName('settings-export')
    .setHeader(card.newCardHeader().setTitle('Export settings').setSubtitle(source))
    .addSection(
      card
        .newCardSection()
        .addWidget(
          paragraph(
            card,
            'Copy this into <b>draftlint.config.json</b>, then try it on exported mail: <i>npx draftlint check --config draftlint.config.json sent.mbox</i>',
          ),
        )
        .addWidget(
          card
            .newTextInput()
            .setFieldName('export.json')
            .setTitle('draftlint.config.json')
            .setMultiline(true)
            .setValue(JSON.stringify(file, null, 2)),
        ),
    )
    .build();
}

export function importCard(card: CardApi, version: number, text: string, problems: string[]): GoogleAppsScript.Card_Service.Card {
  const section = card
    .newCardSection()
    .addWidget(
      paragraph(card, 'Paste a whole draftlint.config.json. It is checked as Save checks the form, and stored only if it is valid.'),
    )
    .addWidget(card.newTextInput().setFieldName(IMPORT_FIELD).setTitle('draftlint.config.json').setMultiline(true).setValue(text));
  for (const p of problems) section.addWidget(problemLine(card, p));
  section.addWidget(card.newButtonSet().addButton(button(card, 'Import', IMPORT, { version: String(version) })));
  return card
    .newCardBuilder()
    .setName('settings-import')
    .setHeader(card.newCardHeader().setTitle('Import settings'))
    .addSection(section)
    .build();
}

export function historyCard(card: CardApi, versions: VersionInfo[], current: number): GoogleAppsScript.Card_Service.Card {
  const builder = card
    .newCardBuilder()
    .setName('settings-history')
    .setHeader(card.newCardHeader().setTitle('Settings history').setSubtitle(`The last ${versions.length} saved versions`));
  if (!versions.length) {
    builder.addSection(
      card.newCardSection().addWidget(paragraph(card, 'Nothing has been saved yet: the bundled draftlint.config.json is in force.')),
    );
  }
  for (const v of versions) {
    const section = card
      .newCardSection()
      .setHeader(`Version ${v.version}${v.version === current ? ' (in force)' : ''}`)
      .addWidget(
        card
          .newDecoratedText()
          .setTopLabel(`${when(v.at)} · ${escapeHtml(v.by)}`)
          .setText(v.changes.map(escapeHtml).join('<br>') || 'no change')
          .setWrapText(true),
      );
    if (v.version !== current) {
      section.addWidget(
        card.newButtonSet().addButton(button(card, 'Restore', RESTORE, { restore: String(v.version), version: String(current) })),
      );
    }
    builder.addSection(section);
  }
  return builder.build();
}
