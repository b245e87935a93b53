// The homepage trigger: the side panel outside a draft.
import { homeCard } from '../cards/home-card.ts';
import { schoolConfig, schoolRulesMeta } from '../school-config.ts';
import type { Services } from '../services.ts';

export function homepage(_event: unknown, services: Services): GoogleAppsScript.Card_Service.Card {
  return homeCard(services.card, schoolConfig(), schoolRulesMeta);
}
