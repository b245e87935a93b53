// The Apps Script services the triggers use, passed in so that each piece can be tested with typed fakes.
import type { MessagesApi } from './after-send/sent-mail.ts';
import type { PeopleApi } from './draft/correspondents.ts';
import type { DraftsApi } from './draft/find-draft.ts';
import type { BodyDecoder } from './draft/payload.ts';

export type PropertyStore = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;
/** The script's store, shared by every user of the add-on: settings and their history, diagnostics. */
export type ScriptStore = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties'>;
export type ScriptLock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;
export type ScriptCache = Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove'>;
export type ChartsApi = Pick<GoogleAppsScript.Charts.Charts, 'newColumnChart' | 'newDataTable' | 'ColumnType'>;
type Spreadsheets = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
/** The Sheets advanced service, as far as the DPO's export uses it (with the drive.file scope). */
export type SheetsApi = Pick<Spreadsheets, 'create' | 'batchUpdate'> & { Values: Pick<Spreadsheets['Values'], 'append'> };

export interface Services {
  card: GoogleAppsScript.Card_Service.CardService;
  /** The signed-in user's address, or "" when Apps Script will not say (it can be blank for consumer accounts). */
  userEmail(): string;
  /** The Gmail advanced service's drafts, or undefined when the service is not enabled. */
  drafts?: DraftsApi;
  /** The Gmail advanced service's attachment download, for the few files a rule needs to open. */
  attachments?: Pick<GoogleAppsScript.Gmail.Collection.Users.Messages.AttachmentsCollection, 'get'>;
  decode: BodyDecoder;
  /** Gmail data (base64url text or signed Byte[]) as signed bytes. */
  bytes: (data: string | number[]) => number[];
  /** This user's own property store: dismissed findings per draft. */
  userProperties: PropertyStore;
  scriptProperties: ScriptStore;
  /** The lock every user's executions share; taken with a short tryLock, never waited on for long. */
  scriptLock(): ScriptLock;
  /** This user's own lock: their overlapping executions (a compose open and a quick Check again) take turns. */
  userLock(): ScriptLock;
  /** The cache every user's executions share: the settings in force, so a check rarely reads properties. */
  scriptCache: ScriptCache;
  /** This user's own cache: short-lived marks such as "the last check found the draft not saved yet". */
  userCache: ScriptCache;
  /** Milliseconds since 1970 (Date.now()): passed in so tests can move time. */
  now(): number;
  /** Apps Script's Charts, for the statistics' weekly PNG; absent where it cannot run (the card shows text). */
  charts?: ChartsApi;
  base64Encode(bytes: number[]): string;
  /** A keyed fingerprint: HMAC-SHA-256 of `value` under `key` (Utilities.computeHmacSha256Signature). */
  hmac(value: string, key: string): number[];
  /** A random UUID (Utilities.getUuid), for the per-user secret behind the user's own fingerprints. */
  uuid(): string;
  /** The Sheets advanced service, for the DPO's export; absent when it is not enabled. */
  sheets?: SheetsApi;
  /** The People advanced service, for the sender's contacts (near misses); absent when it is not enabled. */
  people?: PeopleApi;
  /** The Gmail advanced service's messages, for "Check what I sent" (gmail.readonly); absent when not enabled. */
  messages?: MessagesApi;
  /**
   * A standalone draft for a compose action (GmailApp.createDraft, which Google's compose-action guide allows
   * under gmail.addons.current.action.compose): the note to the DPO, opened for the user to review and send.
   */
  createDraft?: (recipients: string, subject: string, body: string) => GoogleAppsScript.Gmail.GmailDraft;
}

type Utils = Pick<GoogleAppsScript.Utilities.Utilities, 'base64DecodeWebSafe' | 'newBlob'>;

/** The advanced service hands body and attachment data over as base64url text or as signed Byte[]. */
export function gmailBytes(utilities: Utils): (data: string | number[]) => number[] {
  return (data) => (typeof data === 'string' ? utilities.base64DecodeWebSafe(data) : data);
}

/** Body data to text with Apps Script's Utilities, in the part's charset. */
export function bodyDecoder(utilities: Utils): BodyDecoder {
  const toBytes = gmailBytes(utilities);
  return (data, charset) => {
    const bytes = toBytes(data);
    try {
      return utilities.newBlob(bytes).getDataAsString(charset);
    } catch (_) {
      return utilities.newBlob(bytes).getDataAsString('UTF-8'); // an unknown charset name: read it as UTF-8
    }
  };
}

export function appsScriptServices(): Services {
  const gmail = typeof Gmail === 'undefined' ? undefined : Gmail;
  return {
    card: CardService,
    userEmail: () => {
      try {
        return Session.getActiveUser().getEmail() || '';
      } catch (_) {
        return '';
      }
    },
    drafts: gmail && gmail.Users ? gmail.Users.Drafts : undefined,
    attachments: gmail && gmail.Users && gmail.Users.Messages ? gmail.Users.Messages.Attachments : undefined,
    decode: bodyDecoder(Utilities),
    bytes: gmailBytes(Utilities),
    userProperties: PropertiesService.getUserProperties(),
    scriptProperties: PropertiesService.getScriptProperties(),
    scriptLock: () => LockService.getScriptLock(),
    userLock: () => LockService.getUserLock(),
    scriptCache: CacheService.getScriptCache(),
    userCache: CacheService.getUserCache(),
    now: () => Date.now(),
    charts: typeof Charts === 'undefined' ? undefined : Charts,
    base64Encode: (bytes) => Utilities.base64Encode(bytes),
    hmac: (value, key) => Utilities.computeHmacSha256Signature(value, key),
    uuid: () => Utilities.getUuid(),
    sheets: typeof Sheets === 'undefined' || !Sheets ? undefined : Sheets.Spreadsheets,
    people: typeof People === 'undefined' || !People ? undefined : People,
    messages: gmail && gmail.Users && gmail.Users.Messages ? gmail.Users.Messages : undefined,
    createDraft: (recipients, subject, body) => GmailApp.createDraft(recipients, subject, body),
  };
}
