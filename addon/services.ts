// The Apps Script services the triggers use, passed in so that each piece can be tested with typed fakes.
export interface Services {
  card: GoogleAppsScript.Card_Service.CardService;
  /** The signed-in user's address, or "" when Apps Script will not say (it can be blank for consumer accounts). */
  userEmail(): string;
}

export function appsScriptServices(): Services {
  return {
    card: CardService,
    userEmail: () => {
      try {
        return Session.getActiveUser().getEmail() || '';
      } catch (_) {
        return '';
      }
    },
  };
}
