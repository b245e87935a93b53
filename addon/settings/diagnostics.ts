// Deployment diagnostics: what the first live deployment must settle, measured from real use with no
// content kept. The shape of the events Gmail sends (field names and list lengths, never values), how often
// the saved draft was found at once and how often "not saved yet" became "found" on Check again, and the
// JSON a recipient fix produced with every address replaced by a1@…, a2@…. Counts gather in the script
// cache (no property read per check) and go to script properties at most every 10 minutes, under the lock.
import type { SavedDraftOutcome } from '../check-result.ts';
import type { ContactsOutcome } from '../draft/correspondents.ts';
import { parseJson } from '../json.ts';
import { namespace } from '../script-store.ts';
import type { ScriptCache, Services } from '../services.ts';

const PENDING = 'draftlint.diagnostics.pending';
const STORED = 'draftlint.diagnostics';
const NOT_SAVED_MARK = 'draftlint.diagnostics.notSaved';
const FLUSH_AFTER_MS = 10 * 60 * 1000;
const MAX_PATHS = 40;
const MAX_FIX_JSON = 3000;

export interface Diagnostics {
  since: number;
  /** Field paths of the last compose-open and button-click events, lists with their lengths. */
  composeEvent?: string[];
  clickEvent?: string[];
  savedDraft: Partial<Record<SavedDraftOutcome, number>>;
  /** How reading the sender's contacts went (absent in diagnostics stored before the near-miss check). */
  contacts?: Partial<Record<ContactsOutcome, number>>;
  /** A check that found the draft after this user's previous check found it not saved yet. */
  notSavedThenFound: number;
  fixJson?: string;
}

const empty = (now: number): Diagnostics => ({ since: now, savedDraft: {}, notSavedThenFound: 0 });

function parse(text: string | null): Diagnostics | undefined {
  const value = parseJson<Diagnostics>(text);
  return value && typeof value.since === 'number' && value.savedDraft ? value : undefined;
}

/** The event's shape: every field path, lists as "path[n]", no value of any kind; bounded. */
export function eventShape(event: unknown): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (paths.length >= MAX_PATHS) return;
    if (Array.isArray(value)) paths.push(`${path}[${value.length}]`);
    else if (value && typeof value === 'object' && depth < 4) {
      for (const key of Object.keys(value).sort()) walk((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    } else paths.push(path);
  };
  walk(event, '', 0);
  return paths;
}

/** A fix's JSON with every e-mail address replaced by a1@…, a2@… (the same address, the same stand-in). */
export function anonymisedJson(json: string): string {
  const names = new Map<string, string>();
  const out = json.replace(/[^\s"'<>,;:@]+@[^\s"'<>,;]+/g, (address) => {
    const key = address.toLowerCase();
    if (!names.has(key)) names.set(key, `a${names.size + 1}@…`);
    return names.get(key)!;
  });
  return out.length > MAX_FIX_JSON ? `${out.slice(0, MAX_FIX_JSON)}…` : out;
}

export interface Observation {
  kind: 'composeOpen' | 'click';
  event: unknown;
  savedDraft?: SavedDraftOutcome;
  contacts?: ContactsOutcome;
  fixJson?: string;
}

function pending(cache: ScriptCache, now: number): Diagnostics {
  return parse(cache.get(PENDING)) || empty(now);
}

/**
 * Records one check. Runs after the card is built and never throws: diagnostics must not cost staff a
 * check. The cache's read-modify-write can lose a count when two checks land at once; these are
 * diagnostics, and a lock per check would cost more than they are worth.
 */
export function observe(services: Services, seen: Observation): void {
  try {
    const now = services.now();
    const d = pending(services.scriptCache, now);
    if (seen.kind === 'composeOpen') d.composeEvent = eventShape(seen.event);
    else d.clickEvent = eventShape(seen.event);
    if (seen.savedDraft) {
      d.savedDraft[seen.savedDraft] = (d.savedDraft[seen.savedDraft] || 0) + 1;
      const marked = services.userCache.get(NOT_SAVED_MARK);
      if (seen.savedDraft === 'notSaved') services.userCache.put(NOT_SAVED_MARK, '1', 600);
      else if (marked && seen.savedDraft === 'found') {
        d.notSavedThenFound++;
        services.userCache.remove(NOT_SAVED_MARK);
      }
    }
    if (seen.contacts) d.contacts = addCount(d.contacts || {}, seen.contacts, 1);
    if (seen.fixJson) d.fixJson = anonymisedJson(seen.fixJson);
    services.scriptCache.put(PENDING, JSON.stringify(d), 21600);
    if (now - d.since >= FLUSH_AFTER_MS) flush(services, d);
  } catch (error) {
    console.error(`draftlint diagnostics: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Adds the pending counts to the stored ones, if the lock can be had at once; else they wait for the next check. */
function flush(services: Services, d: Diagnostics): void {
  const lock = services.scriptLock();
  if (!lock.tryLock(100)) return;
  try {
    const ns = namespace(services.scriptProperties, 'diagnostics');
    const text = ns.get(STORED);
    const stored = parse(text) || empty(d.since);
    ns.write({ [STORED]: JSON.stringify(merge(stored, d)) }, text === null ? {} : { [STORED]: text });
    services.scriptCache.remove(PENDING);
  } finally {
    lock.releaseLock();
  }
}

function addCount<K extends string>(counts: Partial<Record<K, number>>, key: K, n: number): Partial<Record<K, number>> {
  counts[key] = (counts[key] || 0) + n;
  return counts;
}

function sum<K extends string>(a: Partial<Record<K, number>> = {}, b: Partial<Record<K, number>> = {}): Partial<Record<K, number>> {
  const out = { ...a };
  for (const key of Object.keys(b) as K[]) addCount(out, key, b[key] || 0);
  return out;
}

function merge(stored: Diagnostics, d: Diagnostics): Diagnostics {
  return {
    since: stored.since,
    composeEvent: d.composeEvent || stored.composeEvent,
    clickEvent: d.clickEvent || stored.clickEvent,
    savedDraft: sum(stored.savedDraft, d.savedDraft),
    contacts: sum(stored.contacts, d.contacts),
    notSavedThenFound: stored.notSavedThenFound + d.notSavedThenFound,
    fixJson: d.fixJson || stored.fixJson,
  };
}

function contactsLine(c: Partial<Record<ContactsOutcome, number>>): string {
  return `Contacts for near misses: read ${c.read || 0}, first 1,000 only ${c.partial || 0}, not needed ${c.notNeeded || 0}, People service off ${c.noPeople || 0}, failed ${c.failed || 0}.`;
}

/** Stored and pending together, as lines for the settings card. */
export function diagnosticsLines(services: Services): string[] {
  const stored = parse(services.scriptProperties.getProperty(STORED));
  const waiting = parse(services.scriptCache.get(PENDING));
  const d = stored && waiting ? merge(stored, waiting) : stored || waiting;
  if (!d) return ['Nothing recorded yet: open draftlint in a draft to start.'];
  const counts = d.savedDraft;
  const checks = Object.keys(counts).reduce((n, k) => n + (counts[k as SavedDraftOutcome] || 0), 0);
  const lines = [
    `Since ${new Date(d.since).toISOString().slice(0, 10)}: ${checks} checks read the saved draft.`,
    `Saved draft: found ${counts.found || 0}, not saved yet ${counts.notSaved || 0}, ambiguous ${counts.ambiguous || 0}, no recipients ${counts.noRecipients || 0}, Gmail service off ${counts.noGmail || 0}, failed ${counts.failed || 0}.`,
    `"Not saved yet" then found on Check again: ${d.notSavedThenFound}.`,
    contactsLine(d.contacts || {}),
    `Last compose event: ${(d.composeEvent || ['none yet']).join(', ')}`,
    `Last button event: ${(d.clickEvent || ['none yet']).join(', ')}`,
    `Last recipient fix sent to Gmail: ${d.fixJson || 'none yet'}`,
  ];
  return lines;
}
