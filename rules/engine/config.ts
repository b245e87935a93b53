// The school's configuration: its zod schema, ESLint-shaped rule entries, defaults, and plain-English
// errors that name the JSON path. Parsed once at load; rules only ever see validated options.
import * as z from 'zod/mini';
import { personalMailDomains } from '../data/personal-mail-domains.ts';
import type { ActiveSeverity, AnyRule, Organisation, Severity } from './types.ts';
import { describeIssue, issueAt, type ConfigIssue } from './config-issues.ts';
import { described, domainList, emailList } from './schemas.ts';
import { domainOf } from '../lib/addresses.ts';
import { editDistance } from '../lib/edit-distance.ts';

/** A time zone name the platform knows (Apps Script's V8 and Node both have Intl's time zones). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch (_) {
    return false;
  }
}

const OrganisationInput = z.strictObject({
  /** Empty means "the sender's own domain", which is right for almost every school. */
  internalDomains: described(
    domainList,
    'School domains (one per line)',
    'Addresses on these domains are inside the school. Leave empty to use the sender’s own domain.',
  ),
  partnerDomains: described(
    domainList,
    'Partner domains (one per line)',
    'The local authority, the trust, the DfE: outside the school, but not parents.',
  ),
  personalMailDomains: z._default(
    z.strictObject({
      add: described(domainList, 'More personal-mail domains (one per line)', 'Added to the shipped list (gmail.com, hotmail.co.uk …).'),
      remove: described(domainList, 'Not personal-mail domains (one per line)', 'Taken off the shipped list.'),
    }),
    { add: [], remove: [] },
  ),
  groupAddresses: described(
    emailList,
    'Group addresses (one per line)',
    'Role and list addresses (office@, year7-parents@) that are not one person.',
  ),
  /** Head teacher, deputies, the SLT list: copying them into colleagues' e-mail tends to escalate. */
  seniorLeaders: described(
    emailList,
    'Senior leaders (one address per line)',
    'Head, deputies, the SLT list: copying them into colleagues’ e-mail is checked.',
  ),
  timeZone: described(
    z._default(z.string().check(z.refine(isTimeZone, { error: 'is not a time zone (write it like "Europe/London")' })), 'Europe/London'),
    'Time zone',
    'The school’s time zone, for the times on the settings and statistics cards.',
  ),
  termStarts: described(
    z._default(
      z
        .array(
          z
            .string()
            .check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'is not a date written as MM-DD (09-03 for 3 September)' })),
        )
        .check(z.minLength(1)),
      ['09-01', '01-01', '04-15'],
    ),
    'Term start dates (MM-DD, one per line)',
    'The first day of each term, every year: the DPO’s statistics compare a term with the one before it.',
  ),
  smallCount: described(
    z._default(z.int().check(z.minimum(1), z.maximum(50)), 5),
    'Smallest count shown to the DPO',
    'Statistics below this are shown as “fewer than N”, so that a small school’s figures cannot point at a person.',
  ),
  neverFlagNames: described(
    z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []),
    'Names never flagged (one per line)',
    'People’s and places’ names that look like flagged words (“Dick Whittington”).',
  ),
});

const Roles = z.strictObject({
  networkManagers: described(emailList, 'Network Managers (one address per line)', 'Who may change these settings.'),
  dpo: described(emailList, 'Data Protection Officer (one address per line)', 'Who sees the statistics.'),
});

const ConfigShape = z.strictObject({
  $schema: z.optional(z.string()),
  organisation: z._default(OrganisationInput, OrganisationInput.parse({})),
  roles: z._default(Roles, { networkManagers: [], dpo: [] }),
  rules: z._default(z.record(z.string(), z.unknown()), {}),
});

const SeverityInput = z.pipe(
  z.enum(['off', 'audit', 'info', 'warning', 'warn', 'error']),
  z.transform((s): Severity => (s === 'warn' ? 'warning' : s)),
);

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

export interface Config {
  organisation: z.output<typeof OrganisationInput>;
  roles: z.output<typeof Roles>;
  /** Every registered rule, with its severity and fully defaulted options. */
  rules: Record<string, RuleSetting>;
}

/** The schemas of the organisation and roles, for a settings form generated from them (as the rules' options are). */
export const sectionSchemas = { organisation: OrganisationInput, roles: Roles } as const;

/** A config written out as draftlint.config.json: every rule with its severity and all its options. */
export interface ConfigFile {
  organisation: Config['organisation'];
  roles: Config['roles'];
  rules: Record<string, [Severity, unknown]>;
}

/** The file that parses back to this config: what the settings store keeps and Export shows. */
export function toConfigFile(config: Config): ConfigFile {
  const rules: ConfigFile['rules'] = {};
  for (const id of Object.keys(config.rules)) rules[id] = [config.rules[id].severity, config.rules[id].options];
  return { organisation: config.organisation, roles: config.roles, rules };
}

export type ParseResult = { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] };
export type { ConfigIssue };

/**
 * Validates a config object (already parsed from JSON) against the schema and the given rules.
 * Never throws: every problem comes back as an issue with a JSON path and a plain-English message.
 */
export function parseConfig(raw: unknown, registry: Record<string, AnyRule>): ParseResult {
  const input = raw === undefined ? {} : raw;
  const shape = ConfigShape.safeParse(input, { reportInput: true });
  const issues: ConfigIssue[] = shape.success ? [] : shape.error.issues.map((i) => describeIssue(i, []));
  // The rules are checked even when the organisation or roles are wrong, so every problem is told at once.
  const given = shape.success ? shape.data.rules : plainObject(plainObject(input)?.rules) || {};
  const rules: Record<string, RuleSetting> = {};
  for (const id of Object.keys(registry)) {
    const rule = registry[id];
    rules[id] = { severity: rule.meta.defaultSeverity, options: rule.meta.options.parse({}) };
  }
  for (const id of Object.keys(given)) {
    const rule = registry[id];
    if (!rule) {
      issues.push(issueAt(['rules', id], unknownRuleMessage(id, Object.keys(registry))));
      continue;
    }
    const setting = parseRuleEntry(given[id], rule, ['rules', id], issues);
    if (setting) rules[id] = setting;
  }
  if (!shape.success || issues.length) return { ok: false, issues };
  return { ok: true, config: { organisation: shape.data.organisation, roles: shape.data.roles, rules } };
}

function plainObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** An option under a name it no longer has: one plain sentence saying what to write now. */
function renamedOptionIssues(given: unknown, rule: AnyRule, path: (string | number)[]): ConfigIssue[] {
  const renamed = rule.meta.renamedOptions;
  if (!renamed || !given || typeof given !== 'object') return [];
  return Object.keys(given)
    .filter((key) => Object.prototype.hasOwnProperty.call(renamed, key))
    .map((key) => issueAt([...path, key], `was renamed: write ${renamed[key]} instead`));
}

function parseRuleEntry(entry: unknown, rule: AnyRule, path: (string | number)[], issues: ConfigIssue[]): RuleSetting | undefined {
  const isTuple = Array.isArray(entry);
  if (isTuple && (entry.length < 1 || entry.length > 2)) {
    issues.push(issueAt(path, 'must be a severity, or [severity, {options}]'));
    return undefined;
  }
  const severityInput = isTuple ? entry[0] : entry;
  const severity = SeverityInput.safeParse(severityInput, { reportInput: true });
  const severityPath = isTuple ? [...path, 0] : path;
  if (!severity.success) {
    issues.push(...severity.error.issues.map((i) => describeIssue(i, severityPath)));
  }
  const given = isTuple && entry.length === 2 ? entry[1] : {};
  const renamed = renamedOptionIssues(given, rule, [...path, 1]);
  issues.push(...renamed);
  if (renamed.length) return undefined;
  const options = rule.meta.options.safeParse(given, { reportInput: true });
  if (!options.success) {
    issues.push(...options.error.issues.map((i) => describeIssue(i, [...path, 1])));
  }
  return severity.success && options.success ? { severity: severity.data, options: options.data } : undefined;
}

function unknownRuleMessage(id: string, known: string[]): string {
  const near = known.filter((k) => editDistance(id, k, 3) <= 3);
  const hint = near.length ? ` Did you mean "${near[0]}"?` : ` Known rules: ${known.join(', ')}.`;
  return `is not a draftlint rule.${hint}`;
}

/**
 * What the organisation of a draft depends on: nothing but the config when the internal domains are
 * configured, else the sender's domain too. The linter builds one organisation, and sets the rules up
 * once, per key.
 */
export function organisationKey(config: Config, senderAddress?: string): string {
  return config.organisation.internalDomains.length || !senderAddress ? '' : domainOf(senderAddress);
}

/**
 * The organisation the rules see for one draft. With no internal domains configured, the sender's
 * own domain is internal (unless it is a personal-mail provider), so a config-free run still tells
 * colleagues from parents.
 */
export function resolveOrganisation(config: Config, senderAddress?: string): Organisation {
  const o = config.organisation;
  const senderDomain = senderAddress ? domainOf(senderAddress) : '';
  const removed = new Set(o.personalMailDomains.remove);
  const personal = personalMailDomains.filter((d) => !removed.has(d)).concat(o.personalMailDomains.add);
  // A sender on gmail.com tells us nothing about who is inside the organisation.
  const inferred = senderDomain && personal.indexOf(senderDomain) < 0 ? [senderDomain] : [];
  const internal = o.internalDomains.length ? o.internalDomains : inferred;
  return {
    internalDomains: internal,
    partnerDomains: o.partnerDomains,
    // A school's own domain is never "personal", whatever the list says.
    personalMailDomains: personal.filter((d) => internal.indexOf(d) < 0),
    groupAddresses: o.groupAddresses,
    seniorLeaders: o.seniorLeaders,
    neverFlagNames: o.neverFlagNames,
  };
}

/** The severity a rule runs at, or undefined when it is off. */
export function activeSeverity(setting: RuleSetting, rule: AnyRule): ActiveSeverity | undefined {
  if (setting.severity === 'off') return undefined;
  // A rule on trial finds what it would find out of the box.
  return setting.severity === 'audit' ? rule.meta.defaultSeverity : setting.severity;
}
