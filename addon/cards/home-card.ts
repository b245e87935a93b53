// The home card (Gmail side panel outside a draft): what draftlint checks, how to use it, and which config is active.
import type { Config, RulesMeta } from '../../rules/index.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { escapeHtml } from './html.ts';

const SHOW_SETTINGS: EntryPointName = 'onShowSettings';

type CardApi = GoogleAppsScript.Card_Service.CardService;

/** What the signed-in user may open from here, decided by the trigger. */
export interface HomeActions {
  settings: boolean;
}

export function homeCard(card: CardApi, config: Config, rules: RulesMeta, actions: HomeActions): GoogleAppsScript.Card_Service.Card {
  // Rules on trial (audit) are not listed: staff see nothing of them.
  const enabled = Object.keys(config.rules).filter((id) => config.rules[id].severity !== 'off' && config.rules[id].severity !== 'audit');
  const checks = enabled.map((id) => `• ${escapeHtml(rules[id].description)} <i>(${config.rules[id].severity})</i>`);
  const org = config.organisation;
  const internal = org.internalDomains.length ? org.internalDomains.join(', ') : "the sender's own domain";
  return card
    .newCardBuilder()
    .setName('home')
    .setHeader(card.newCardHeader().setTitle('draftlint').setSubtitle('Checks your e-mail against the Staff ICT Code of Conduct'))
    .addSection(
      card
        .newCardSection()
        .setHeader('How to use it')
        .addWidget(
          card
            .newTextParagraph()
            .setText(
              'While writing an e-mail, open draftlint from the icon at the bottom of the draft. It lists what to fix, quotes the policy, and fixes what it can in one click. It never sends or blocks your e-mail.',
            ),
        ),
    )
    .addSection(
      card
        .newCardSection()
        .setHeader('What it checks')
        .addWidget(card.newTextParagraph().setText(checks.join('<br>') || 'No checks are switched on.')),
    )
    .addSection(
      card
        .newCardSection()
        .setHeader('School settings')
        .addWidget(card.newDecoratedText().setTopLabel('Internal domains').setText(escapeHtml(internal)).setWrapText(true))
        .addWidget(
          card
            .newDecoratedText()
            .setTopLabel('Partner domains')
            .setText(escapeHtml(org.partnerDomains.join(', ') || 'none'))
            .setWrapText(true),
        ),
    )
    .addSection(
      actions.settings
        ? card
            .newCardSection()
            .setHeader('Network Manager')
            .addWidget(
              card
                .newButtonSet()
                .addButton(card.newTextButton().setText('Settings').setOnClickAction(card.newAction().setFunctionName(SHOW_SETTINGS))),
            )
        : card.newCardSection().addWidget(card.newTextParagraph().setText('Settings are changed by the Network Manager.')),
    )
    .build();
}
