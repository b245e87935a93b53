// The core data model: what a draft is, what a rule is, and what the engine reports.
// Everything here is plain data so that the add-on, the CLI and the tests can build and read it alike.
import type { Scan, TextScans } from './scan-types.ts';
import type { ZodMiniType } from 'zod/mini';

/**
 * `audit` is a trial run (as Purview's and Google DLP's test modes): the rule runs and its findings are
 * counted, at the rule's default severity, but never shown to staff and never change the CLI's exit code.
 */
export type Severity = 'off' | 'audit' | 'info' | 'warning' | 'error';
/** The severity of a finding. */
export type ActiveSeverity = Exclude<Severity, 'off' | 'audit'>;
export type DraftField = 'from' | 'to' | 'cc' | 'bcc' | 'subject' | 'body' | 'attachments';
export type RecipientField = 'to' | 'cc' | 'bcc';

/** One mailbox. `address` is always lower-cased; `name` is the display name as written. */
export interface Address {
  address: string;
  name?: string;
}

export interface Attachment {
  name: string;
  contentType: string;
  /** Declared size in bytes (what Gmail or the MIME part says), even when `bytes` are not loaded. */
  size: number;
  bytes?: Uint8Array;
  /** Where the shell can fetch the bytes if a rule needs them (the Gmail attachment id); opaque to rules. */
  source?: { messageId: string; attachmentId: string };
}

/**
 * The message being written. A field that could not be read is absent, never guessed: the compose
 * event gives recipients only, so `subject`, `body` and `attachments` stay undefined until the saved
 * draft has been read, and the engine reports the rules that needed them as "not checked".
 */
export interface Draft {
  from?: Address;
  to?: Address[];
  cc?: Address[];
  bcc?: Address[];
  subject?: string;
  body?: { text: string; html?: string };
  attachments?: Attachment[];
  /**
   * Who the sender has written to before (their contacts and Gmail's "other contacts"), when the shell could
   * read them; absent when it could not, and then the rules that compare with them say nothing. Never stored.
   */
  knownCorrespondents?: readonly Address[];
}

/** Text normalised for matching, remembering where each character came from (see text/normalise.ts). */
export interface Normalised {
  /** The text to match against. */
  text: string;
  /**
   * origin[i] is the index in `source` of text[i], and origin[text.length] is source.length. Absent when
   * nothing changed (plain ASCII, most mail): then positions are the same in both.
   */
  origin?: Int32Array;
  source: string;
}

/** A draft's text, prepared once for every content rule (see text/prepare.ts). */
export interface PreparedText {
  subject: Normalised;
  /** Everything sent: the author's text and what it quotes or forwards. */
  body: Normalised;
  /** Only what the author wrote. */
  author: Normalised;
  /** Link targets found in HTML hrefs (text links are found by the rules that need them). */
  hrefs: string[];
}

/** A link in a draft's text or hrefs (see text/links.ts). */
export interface Link {
  url: string;
  /** Lower-cased host name, e.g. "drive.google.com". */
  host: string;
  path: string;
}

/** What the engine hands a rule with each draft: the draft's text and links, prepared once for all rules. */
export interface CheckContext {
  text(): PreparedText;
  links(): Link[];
  /**
   * What a pattern the rule's setup registered (`TextScans.register`) found in this draft: its matches, in
   * the order and number its own global scan of that part of the text would give, up to its limit (or what
   * its reader made of them). Every registered pattern of a text is read in one pass, when first asked for.
   */
  matches<T>(scan: Scan<T>): readonly T[];
}

/** A draft on which the fields a rule declared in `needs` are guaranteed to be present. */
export type DraftWith<N extends DraftField> = Draft & Required<Pick<Draft, N>>;

/** Where a finding points: a field, and for text fields a 0-based, end-exclusive range. */
export interface Location {
  field: DraftField;
  range?: [number, number];
  /** For attachment findings: the file's name. */
  attachment?: string;
  /** For findings about particular recipients: their addresses ("Don't warn me again" remembers them). */
  addresses?: string[];
}

/** A change to the draft that a fix makes. Only what Gmail's UpdateDraft responses can do. */
export type DraftEdit =
  | { kind: 'moveRecipients'; to: 'bcc' | 'cc'; addresses: string[] }
  | { kind: 'replaceRecipient'; field: RecipientField; from: string; to: string };

/** The shared part of the config: who is inside the school, who is a known partner, and so on. */
export interface Organisation {
  internalDomains: string[];
  partnerDomains: string[];
  personalMailDomains: string[];
  groupAddresses: string[];
  seniorLeaders: string[];
  neverFlagNames: string[];
}

export interface PolicyClause {
  section: string;
  /** Verbatim from the Staff ICT Code of Conduct. A test checks it against the policy text. */
  quote: string;
}

export type MessageData = Record<string, string | number>;

/** What a rule returns: a message id and its data; the engine turns it into a `Finding`. */
export interface Report {
  messageId: string;
  data?: MessageData;
  location?: Location;
  evidence?: string[];
  fix?: DraftEdit;
  suggestions?: string[];
  /**
   * How many steps below the configured severity this report is (error → warning → info). Severity stays
   * configuration; a rule only says that this case is lesser than its strongest one (a file whose name
   * suggests pupil data, beside one whose content holds it).
   */
  demote?: 1 | 2;
}

export interface RuleMeta<Options, N extends DraftField> {
  /** kebab-case; equals the file name, the registry key and the doc page name. */
  id: string;
  description: string;
  policy: PolicyClause;
  defaultSeverity: ActiveSeverity;
  needs: readonly N[];
  /** Options schema; defaults live here, so `options.parse({})` gives the default options. */
  options: ZodMiniType<Options>;
  /**
   * What to do now when a message with this rule's finding has already gone (the add-on's "Check what I
   * sent"): plain words for staff, no placeholders.
   */
  afterSending: string;
  /** messageId → template with {{placeholders}}. Cards and the CLI never hold rule prose. */
  messages: Record<string, string>;
  /** Options that were renamed, with what to write now: a config using the old name is told so. */
  renamedOptions?: Record<string, string>;
  fixable?: true;
}

/**
 * The engine's memory of setup work that does not depend on who is sending, shared by one rule's setups
 * for every organisation of a linter: with no internal domains configured there is one organisation per
 * sender domain, and an mbox from 800 domains must not compile the word lists 800 times. `make` runs once
 * per key; a rule keys it by everything `make` reads besides the options (which are fixed per linter).
 */
export type SetupMemo = <T>(key: string, make: () => T) => T;

/** What a rule's setup returns: the check of one draft. */
export type Check<N extends DraftField> = (draft: DraftWith<N>, context: CheckContext) => Report[];

export interface Rule<Options = unknown, N extends DraftField = DraftField> {
  meta: RuleMeta<Options, N>;
  /**
   * Whether this rule would read the bytes of this attachment (known so far by its name, type and size).
   * A shell that must fetch bytes (the add-on) asks every enabled rule, so a new content rule needs no
   * change there.
   */
  wantsBytes?(attachment: Attachment, options: Options): boolean;
  /**
   * Whether this rule compares recipients with the sender's known correspondents (`Draft.knownCorrespondents`)
   * with these options; a shell reads them (the add-on: 2 People calls) only when some enabled rule does.
   */
  wantsCorrespondents?(options: Options): boolean;
  /**
   * The setup (ESLint's `create`): runs once per config and organisation, compiles what the options ask for
   * (word lists, phrase patterns), and returns the check of one draft. Pure: no clock, no I/O, no globals.
   * Work that does not depend on the organisation goes through `memo`, so it is done once per linter.
   * Patterns to find in the draft's text are registered with `scans`, so all rules' lists share a pass.
   */
  create(options: Options, org: Organisation, memo: SetupMemo, scans: TextScans): Check<N>;
}

/** Erases the option and field types so rules of every kind fit in one registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, DraftField>;

/**
 * What cards and formatters know of the rules (ESLint's `rulesMeta`): each rule's description, policy clause,
 * messages and options schema, by id. They are handed it, so they never import the registry itself.
 */
export type RulesMeta = Readonly<Record<string, AnyRule['meta']>>;

export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  messageId: string;
  message: string;
  policy: PolicyClause;
  location?: Location;
  evidence?: string[];
  fix?: DraftEdit;
  suggestions?: string[];
}

export interface NotChecked {
  ruleId: string;
  reason: string;
}

export interface LintReport {
  findings: Finding[];
  notChecked: NotChecked[];
  /** Findings of rules in audit mode: for statistics and the CLI's audit label, never for staff. */
  audited: Finding[];
}

export type { MatchReader, Scan, TextPart, TextScans } from './scan-types.ts';
