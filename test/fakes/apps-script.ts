// One place to build the Apps Script world for tests and for loading dist/Code.js in a Node vm: the
// fakes of the global services, the Services the triggers take, and realistic compose events.
import { bodyDecoder, gmailBytes, type Services } from '../../addon/services.ts';
import { FakeCardService } from './card-service.ts';
import { FakeDrafts, type SavedDraftSpec } from './gmail.ts';
import { FakePropertiesService } from './properties.ts';
import { FakeSession } from './session.ts';
import { FakeUtilities } from './utilities.ts';

export interface FakeWorld {
  CardService: FakeCardService;
  Session: FakeSession;
  Drafts: FakeDrafts;
  PropertiesService: FakePropertiesService;
  Utilities: FakeUtilities;
}

export function fakeWorld(options: { userEmail?: string; saved?: SavedDraftSpec[] } = {}): FakeWorld {
  return {
    CardService: new FakeCardService(),
    Session: new FakeSession(options.userEmail ?? 'r.green@silcoates.org.uk'),
    Drafts: new FakeDrafts(options.saved ?? []),
    PropertiesService: new FakePropertiesService(),
    Utilities: new FakeUtilities(),
  };
}

/** The globals Apps Script would have, for a vm context that runs dist/Code.js. */
export function appsScriptGlobals(world: FakeWorld, log: (m: string) => void = () => {}): Record<string, unknown> {
  return {
    CardService: world.CardService.asReal(),
    Session: world.Session.asReal(),
    Gmail: { Users: { Drafts: world.Drafts.asReal(), Messages: { Attachments: world.Drafts.attachments() } } },
    PropertiesService: world.PropertiesService,
    Utilities: world.Utilities.asReal(),
    console: { log() {}, error: log },
  };
}

/** The Services the triggers take, built on the fakes (what appsScriptServices() builds in Apps Script). */
export function fakeServices(world: FakeWorld): Services {
  return {
    card: world.CardService.asReal(),
    userEmail: () => world.Session.getActiveUser().getEmail(),
    drafts: world.Drafts.asReal(),
    decode: bodyDecoder(world.Utilities.asReal()),
    bytes: gmailBytes(world.Utilities.asReal()),
    attachments: world.Drafts.attachments(),
    userProperties: world.PropertiesService.user.asReal(),
  };
}

/** A compose event as Gmail sends it with draftAccess METADATA (recipients as plain address strings). */
export function composeEvent(
  recipients: { to?: string[]; cc?: string[]; bcc?: string[] },
  parameters?: Record<string, string>,
  subject?: string,
) {
  return {
    commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', ...(parameters && { parameters }) },
    gmail: {
      toRecipients: recipients.to ?? [],
      ccRecipients: recipients.cc ?? [],
      bccRecipients: recipients.bcc ?? [],
      ...(subject !== undefined && { subject }),
    },
  };
}
