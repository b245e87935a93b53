// The Network Manager's other settings cards: Export (what the school changed, and the whole file in force
// for the CLI), Import (paste, see what would change, then merge or replace), History with Restore, and
// the deployment diagnostics.
import type { ConfigFile } from '../../rules/index.ts';
import { escapeHtml } from '../cards/html.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { paragraph, problemLine } from './field-widgets.ts';
import type { Overrides } from './overrides.ts';
import type { VersionInfo } from './store.ts';

type CardApi = GoogleAppsScript.Card_Service.CardService;

const IMPORT: EntryPointName = 'onImportSettings';
const RESTORE: EntryPointName = 'onRestoreSettings';
export const IMPORT_FIELD = 'import.json';
/** The history card shows this many versions (each a section of two widgets, within Google's 100). */
const HISTORY_SHOWN = 30;

const button = (card: CardApi, text: string, name: EntryPointName, parameters: Record<string, string>) =>
  card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(name).setParameters(parameters));

function textBox(card: CardApi, name: string, title: string, value: string) {
  return card.newTextInput().setFieldName(name).setTitle(title).setMultiline(true).setValue(value);
}

/** What the import would change, before it is saved. */
interface ImportPreview {
  text: string;
  changes: string[];
  problems: string[];
}

export function transferCard(
  card: CardApi,
  version: number,
  source: string,
  overrides: Overrides,
  file: ConfigFile,
  preview?: ImportPreview,
): GoogleAppsScript.Card_Service.Card {
  const exported = card
    .newCardSection()
    .setHeader('Export')
    .addWidget(
      paragraph(
        card,
        'What the school changed from the bundled file, then the whole file in force. Try it on exported mail: <i>npx draftlint check --config draftlint.config.json sent.mbox</i>',
      ),
    )
    .addWidget(textBox(card, 'export.overrides', 'What the school changed', JSON.stringify(overrides, null, 1)))
    .addWidget(textBox(card, 'export.json', 'draftlint.config.json in force', JSON.stringify(file, null, 1)));
  const v = String(version);
  const imported = card
    .newCardSection()
    .setHeader('Import')
    .addWidget(
      paragraph(
        card,
        'Paste draftlint.config.json, or part of one (a rule, the roles). What it names is merged into the settings; the rest stays as it is. You see the changes before anything is saved.',
      ),
    )
    .addWidget(textBox(card, IMPORT_FIELD, 'draftlint.config.json to import', preview ? preview.text : ''));
  if (preview) {
    for (const p of preview.problems) imported.addWidget(problemLine(card, p));
    if (!preview.problems.length)
      imported.addWidget(
        card
          .newDecoratedText()
          .setTopLabel(
            preview.changes.length
              ? `${preview.changes.length} change${preview.changes.length === 1 ? '' : 's'} if saved`
              : 'Nothing would change',
          )
          .setText(preview.changes.map(escapeHtml).join('<br>') || 'The settings already say this.')
          .setWrapText(true),
      );
  }
  const buttons = card.newButtonSet().addButton(button(card, 'Show the changes', IMPORT, { version: v, mode: 'preview' }));
  if (preview && !preview.problems.length && preview.changes.length)
    buttons.addButton(button(card, 'Save these changes', IMPORT, { version: v, mode: 'merge' }));
  buttons.addButton(button(card, 'Replace all settings with this file', IMPORT, { version: v, mode: 'replace' }));
  imported.addWidget(buttons);
  return card
    .newCardBuilder()
    .setName('settings-transfer')
    .setHeader(card.newCardHeader().setTitle('Export or import').setSubtitle(source))
    .addSection(exported)
    .addSection(imported)
    .build();
}

export function historyCard(
  card: CardApi,
  versions: VersionInfo[],
  current: number,
  when: (ms: number) => string,
): GoogleAppsScript.Card_Service.Card {
  const builder = card
    .newCardBuilder()
    .setName('settings-history')
    .setHeader(
      card
        .newCardHeader()
        .setTitle('Settings history')
        .setSubtitle(`${versions.length} saved version${versions.length === 1 ? '' : 's'} kept`),
    );
  if (!versions.length)
    builder.addSection(
      card.newCardSection().addWidget(paragraph(card, 'Nothing has been saved yet: the bundled draftlint.config.json is in force.')),
    );
  for (const v of versions.slice(0, HISTORY_SHOWN)) {
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
    if (v.version !== current)
      section.addWidget(
        card.newButtonSet().addButton(button(card, 'Restore', RESTORE, { restore: String(v.version), version: String(current) })),
      );
    builder.addSection(section);
  }
  if (versions.length > HISTORY_SHOWN)
    builder.addSection(card.newCardSection().addWidget(paragraph(card, `…and ${versions.length - HISTORY_SHOWN} older versions.`)));
  return builder.build();
}

export function diagnosticsCard(card: CardApi, lines: string[]): GoogleAppsScript.Card_Service.Card {
  return card
    .newCardBuilder()
    .setName('settings-diagnostics')
    .setHeader(card.newCardHeader().setTitle('Deployment diagnostics').setSubtitle('What Gmail really sends, measured from use'))
    .addSection(
      card
        .newCardSection()
        .addWidget(paragraph(card, 'No content is kept: field names, list lengths and counts.'))
        .addWidget(paragraph(card, lines.map(escapeHtml).join('<br>') || 'Nothing measured yet.')),
    )
    .build();
}
