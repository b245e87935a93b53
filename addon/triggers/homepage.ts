// The homepage trigger: the side panel outside a draft, with the settings in force, and the Settings
// button for a Network Manager (the button is a convenience: every settings callback checks again). After
// the card, this user's statistics waiting to be stored go in, if they are due.
import { homeCard } from '../cards/home-card.ts';
import { schoolConfig, schoolRulesMeta } from '../school-config.ts';
import type { Services } from '../services.ts';
import { hasRole } from '../settings/roles.ts';
import { settingsInForce } from '../settings/store.ts';
import { flushWaiting } from '../stats/recorder.ts';

export function homepage(_event: unknown, services: Services): GoogleAppsScript.Card_Service.Card {
  const { config } = settingsInForce(services);
  const networkManager = hasRole('networkManagers', services.userEmail(), config, schoolConfig());
  const dpo = hasRole('dpo', services.userEmail(), config, schoolConfig());
  const card = homeCard(services.card, config, schoolRulesMeta, { settings: networkManager, statistics: networkManager || dpo });
  flushWaiting(services); // after the card: this user's waiting statistics go in once they are due
  return card;
}
