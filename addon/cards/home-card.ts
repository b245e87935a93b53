// The home card (Gmail side panel outside a draft): what draftlint checks, how to use it, and which config is active.
import type { Config, RulesMeta } from '../../rules/index.ts';
import type { EntryPointName } from '../entry-point-name.ts';
import { escapeHtml } from './html.ts';

const SHOW_SETTINGS: EntryPointName = 'onShowSettings';
const SHOW_STATS: EntryPointName = 'onShowStats';
const CHECK_SENT: EntryPointName = 'onCheckSent';

type CardApi = GoogleAppsScript.Card_Service.CardService;

/** What the signed-in user may open from here, decided by the trigger. */
export interface HomeActions {
  settings: boolean;
  statistics: boolean;
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
    .addSection(afterAMistake(card))
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
    .addSection(staffActions(card, actions))
    .build();
}

/** "Check what I sent": for everyone, because mistakes get past Undo Send's 30 seconds. */
function afterAMistake(card: CardApi): GoogleAppsScript.Card_Service.CardSection {
  const buttons = card.newButtonSet();
  for (const [text, days] of [
    ['Check the last 24 hours', '1'],
    ['Check the last 3 days', '3'],
  ])
    buttons.addButton(
      card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(CHECK_SENT).setParameters({ days })),
    );
  return card
    .newCardSection()
    .setHeader('Sent something by mistake?')
    .addWidget(
      card
        .newTextParagraph()
        .setText(
          'Undo Send lasts 30 seconds at most. After that, draftlint can check what you sent in the last day or three, say what to do now, and start a note to the DPO, who has 72 hours to decide whether to report it.',
        ),
    )
    .addWidget(buttons);
}

/** Settings for a Network Manager, statistics for the DPO and Network Managers; a line for everyone else. */
function staffActions(card: CardApi, actions: HomeActions): GoogleAppsScript.Card_Service.CardSection {
  if (!actions.settings && !actions.statistics) {
    return card.newCardSection().addWidget(card.newTextParagraph().setText('Settings are changed by the Network Manager.'));
  }
  const buttons = card.newButtonSet();
  const add = (text: string, name: EntryPointName) =>
    buttons.addButton(card.newTextButton().setText(text).setOnClickAction(card.newAction().setFunctionName(name)));
  if (actions.settings) add('Settings', SHOW_SETTINGS);
  if (actions.statistics) add('Statistics', SHOW_STATS);
  return card
    .newCardSection()
    .setHeader(actions.settings ? 'Network Manager' : 'Data Protection Officer')
    .addWidget(buttons);
}
