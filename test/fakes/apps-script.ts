// One place to build the Apps Script world for tests and for loading dist/Code.js in a Node vm: the
// fakes of the global services, the Services the triggers take, and realistic compose events.
import { bodyDecoder, gmailBytes, type Services } from '../../addon/services.ts';
import { FakeCache, FakeCacheService, FakeClock } from './cache.ts';
import { FakeCardService } from './card-service.ts';
import { FakeCharts } from './charts.ts';
import { FakePeople } from './people.ts';
import { FakeSheets } from './sheets.ts';
import { FakeDrafts, FakeGmailApp, FakeMessages, type SavedDraftSpec, type SentSpec } from './gmail.ts';
import { FakeLockService, LockState } from './lock.ts';
import { FakeProperties, FakePropertiesService } from './properties.ts';
import { FakeSession } from './session.ts';
import { FakeUtilities } from './utilities.ts';

export interface FakeWorld {
  CardService: FakeCardService;
  Session: FakeSession;
  Drafts: FakeDrafts;
  /** The user's sent mail (Users.Messages list/get), sharing nothing with Drafts but the clock. */
  Messages: FakeMessages;
  GmailApp: FakeGmailApp;
  PropertiesService: FakePropertiesService;
  LockService: FakeLockService;
  CacheService: FakeCacheService;
  Utilities: FakeUtilities;
  Charts: FakeCharts;
  /** The DPO's own Sheets (drive.file: files this app made for this user). */
  Sheets: FakeSheets;
  /** The user's contacts and "other contacts"; `undefined` when the People service is not enabled. */
  People?: FakePeople;
  clock: FakeClock;
  /** What every user of the deployment shares: pass it to another world to simulate a second user. */
  shared: SharedScript;
}

/** What one user's executions share: their own properties, cache and user lock. */
export interface UserStores {
  properties: FakeProperties;
  cache: FakeCache;
  lock: LockState;
}

/** The script-wide state: one property store, one lock, one cache and one clock for all users, and each user's own stores. */
export interface SharedScript {
  properties: FakeProperties;
  lock: LockState;
  cache: FakeCache;
  clock: FakeClock;
  /** By address: a second world for the same address is the same user in another execution. */
  users: Map<string, UserStores>;
}

export function sharedScript(): SharedScript {
  const clock = new FakeClock();
  return { properties: new FakeProperties(), lock: new LockState(), cache: new FakeCache(clock), clock, users: new Map() };
}

function userStores(shared: SharedScript, email: string): UserStores {
  let stores = shared.users.get(email);
  if (!stores)
    shared.users.set(email, (stores = { properties: new FakeProperties(), cache: new FakeCache(shared.clock), lock: new LockState() }));
  return stores;
}

/** One execution of the add-on for one user: a new world each call, sharing the script's and that user's stores. */
export function fakeWorld(
  options: { userEmail?: string; saved?: SavedDraftSpec[]; sent?: SentSpec[]; shared?: SharedScript; people?: FakePeople | null } = {},
): FakeWorld {
  const shared = options.shared ?? sharedScript();
  const email = options.userEmail ?? 'r.green@silcoates.org.uk';
  const user = userStores(shared, email);
  return {
    CardService: new FakeCardService(),
    Session: new FakeSession(email),
    Drafts: new FakeDrafts(options.saved ?? []),
    Messages: new FakeMessages(options.sent ?? [], () => shared.clock.now),
    GmailApp: new FakeGmailApp(),
    PropertiesService: new FakePropertiesService(shared.properties, user.properties),
    LockService: new FakeLockService(shared.lock, user.lock),
    CacheService: new FakeCacheService(shared.cache, user.cache),
    Utilities: new FakeUtilities(),
    Charts: new FakeCharts(),
    Sheets: new FakeSheets(),
    // The People service is enabled with no contacts unless a test says otherwise (null: not enabled).
    People: options.people === null ? undefined : (options.people ?? new FakePeople()),
    clock: shared.clock,
    shared,
  };
}

/** The globals Apps Script would have, for a vm context that runs dist/Code.js. */
export function appsScriptGlobals(world: FakeWorld, log: (m: string) => void = () => {}): Record<string, unknown> {
  return {
    CardService: world.CardService.asReal(),
    Session: world.Session.asReal(),
    Gmail: {
      Users: {
        Drafts: world.Drafts.asReal(),
        Messages: {
          list: world.Messages.list.bind(world.Messages),
          get: world.Messages.get.bind(world.Messages),
          Attachments: world.Drafts.attachments(),
        },
      },
    },
    GmailApp: world.GmailApp,
    PropertiesService: world.PropertiesService,
    LockService: world.LockService.asReal(),
    CacheService: world.CacheService,
    Utilities: world.Utilities.asReal(),
    Charts: world.Charts.asReal(),
    Sheets: { Spreadsheets: world.Sheets.asReal() },
    ...(world.People && { People: world.People.asReal() }),
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
    scriptProperties: world.PropertiesService.script.asReal(),
    scriptLock: () => world.LockService.getScriptLock(),
    userLock: () => world.LockService.getUserLock(),
    scriptCache: world.CacheService.getScriptCache(),
    userCache: world.CacheService.getUserCache(),
    now: () => world.clock.now,
    charts: world.Charts.asReal(),
    base64Encode: (bytes) => world.Utilities.base64Encode(bytes),
    hmac: (value, key) => world.Utilities.computeHmacSha256Signature(value, key),
    uuid: () => world.Utilities.getUuid(),
    sheets: world.Sheets.asReal(),
    people: world.People && world.People.asReal(),
    messages: world.Messages.asReal(),
    createDraft: (recipients, subject, body) => world.GmailApp.createDraft(recipients, subject, body),
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
