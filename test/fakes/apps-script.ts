// One place to build the Apps Script world for tests and for loading dist/Code.js in a Node vm:
// the fakes of the global services, and realistic compose events.
import { FakeCardService } from './card-service.ts';
import { FakeSession } from './session.ts';

export interface FakeWorld {
  CardService: FakeCardService;
  Session: FakeSession;
}

export function fakeWorld(userEmail = 'r.green@silcoates.org.uk'): FakeWorld {
  return { CardService: new FakeCardService(), Session: new FakeSession(userEmail) };
}

/** A compose event as Gmail sends it with draftAccess METADATA (recipients as plain address strings). */
export function composeEvent(recipients: { to?: string[]; cc?: string[]; bcc?: string[] }, parameters?: Record<string, string>) {
  return {
    commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', ...(parameters && { parameters }) },
    gmail: {
      toRecipients: recipients.to ?? [],
      ccRecipients: recipients.cc ?? [],
      bccRecipients: recipients.bcc ?? [],
    },
  };
}
