// The two answers a button callback gives Gmail: a notification alone, or a move between cards (push,
// update, pop) with an optional notification.
import type { Services } from './services.ts';

type Response = GoogleAppsScript.Card_Service.ActionResponse;

export function notify(services: Services, text: string): Response {
  return services.card.newActionResponseBuilder().setNotification(services.card.newNotification().setText(text)).build();
}

export function navigate(services: Services, change: (n: GoogleAppsScript.Card_Service.Navigation) => void, text?: string): Response {
  const navigation = services.card.newNavigation();
  change(navigation);
  const builder = services.card.newActionResponseBuilder().setNavigation(navigation);
  if (text) builder.setNotification(services.card.newNotification().setText(text));
  return builder.build();
}
