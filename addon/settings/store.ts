// Where the Network Manager's settings live: the settings namespace of the script's store (script-store.ts),
// as versions of the school's overrides on the bundled draftlint.config.json (overrides.ts), each with who
// saved it and what changed. The newest version is always the one in force: an override that stopped
// fitting after an upgrade is left out on its own and named, so nothing locks the Network Manager out.
// Writes happen under the script lock and are compare-and-set; history is bounded by the namespace's bytes,
// oldest first, never the version in force. A check reads the settings through the script cache, and on a
// miss reads only the settings' index key (which holds small overrides inline), never the whole store.
import { schoolConfig, schoolRules } from '../school-config.ts';
import { parseJson } from '../json.ts';
import { namespace, OverBudget, type Namespace } from '../script-store.ts';
import type { Services } from '../services.ts';
import { toConfigFile } from '../../rules/index.ts';
import { describeChanges } from './changes.ts';
import { resolve, valuesNamed, overrideFor, type Overrides, type Resolved } from './overrides.ts';
import { leaves } from './paths.ts';

const INDEX = 'draftlint.settings';
const recordKey = (v: number) => `draftlint.settings.v${v}`;
const chunkKey = (v: number, i: number) => `draftlint.settings.v${v}.${i}`;
const CACHE_KEY = 'draftlint.settings.inForce';
/** Long enough that a busy school reads the store a few times an hour, short enough to heal a bad cache. */
const CACHE_SECONDS = 600;
/** Overrides this short live in the index itself, so a check on a cold cache reads one key. */
const INLINE_CHARS = 6000;
/** Characters per chunk: the stored text is ASCII (asciiJson), and a value must stay under 9 KB with its key. */
const CHUNK_CHARS = 8000;
/** How long a save waits for another save to finish before saying so: well inside Gmail's 30 s. */
const LOCK_MILLIS = 5000;

export interface VersionInfo {
  version: number;
  /** Milliseconds since 1970. */
  at: number;
  /** The Network Manager's address: the history is an admin audit trail. */
  by: string;
  changes: string[];
}

interface Index {
  current: number;
  /** Oldest first. */
  versions: number[];
  /** The current version's overrides, when short. */
  inline?: string;
}

export interface SettingsInForce extends Resolved {
  /** The newest stored version (always the one in force); 0 before anything was saved. */
  version: number;
  overrides: Overrides;
  /** Said at the top of the settings cards when the stored settings could not be read at all. */
  notice?: string;
}

/** JSON with every character beyond ASCII escaped, so that a chunk's size in bytes is its length. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readIndex(text: string | null | undefined): Index {
  const raw = parseJson(text ?? undefined) as Partial<Index> | undefined;
  const versions = raw && Array.isArray(raw.versions) ? raw.versions.filter((v): v is number => typeof v === 'number') : [];
  return {
    current: raw && typeof raw.current === 'number' ? raw.current : 0,
    versions,
    ...(raw && typeof raw.inline === 'string' && { inline: raw.inline }),
  };
}

/**
 * Overrides from stored text. A version saved by an earlier draftlint held the whole file; it becomes
 * the overrides of what it set differently from the bundled file, so an upgrade keeps the school's choices.
 */
export function overridesFrom(text: string | undefined): Overrides | undefined {
  const raw = parseJson(text) as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  if (raw.overrides && typeof raw.overrides === 'object') return raw.overrides as Overrides;
  const bundled = leaves(toConfigFile(schoolConfig()));
  const out: Overrides = {};
  for (const [path, value] of valuesNamed(raw)) {
    const override = overrideFor(bundled.get(path), value);
    if (override) out[path] = override;
  }
  return out;
}

function inForce(version: number, overrides: Overrides, notice?: string): SettingsInForce {
  return { ...resolve(schoolConfig(), overrides, schoolRules), version, overrides, ...(notice && { notice }) };
}

const UNREADABLE =
  'The saved settings could not be read, so the bundled draftlint.config.json is in force. Save again to store them afresh.';

/** A version's overrides from its record's chunks (one read each, through `get`). */
function readVersion(version: number, get: (key: string) => string | null | undefined): Overrides | undefined {
  const record = parseJson(get(recordKey(version)) ?? undefined) as { chunks?: number } | undefined;
  if (!record || typeof record.chunks !== 'number') return undefined;
  let text = '';
  for (let i = 0; i < record.chunks; i++) {
    const chunk = get(chunkKey(version, i));
    if (chunk === null || chunk === undefined) return undefined; // a torn write
    text += chunk;
  }
  return overridesFrom(text);
}

/** The current version's overrides: inline in the index when short, else from its chunks. */
function currentOverrides(index: Index, get: (key: string) => string | null | undefined): Overrides | undefined {
  return index.inline !== undefined ? overridesFrom(index.inline) : readVersion(index.current, get);
}

/** The settings a check runs with: the script cache answers most checks; a miss reads the index key. */
export function settingsInForce(services: Services): SettingsInForce {
  const cached = parseJson(services.scriptCache.get(CACHE_KEY) ?? undefined) as { version?: number; text?: string } | undefined;
  if (cached && typeof cached.version === 'number') {
    const overrides = cached.version === 0 ? {} : overridesFrom(cached.text);
    if (overrides) return inForce(cached.version, overrides);
  }
  const ns = namespace(services.scriptProperties, 'settings');
  const index = readIndex(ns.get(INDEX));
  if (!index.current) return remember(services, inForce(0, {}));
  const overrides = currentOverrides(index, (k) => ns.get(k));
  return overrides ? remember(services, inForce(index.current, overrides)) : inForce(0, {}, UNREADABLE);
}

function remember(services: Services, settings: SettingsInForce): SettingsInForce {
  try {
    services.scriptCache.put(
      CACHE_KEY,
      JSON.stringify({ version: settings.version, text: asciiJson({ overrides: settings.overrides }) }),
      CACHE_SECONDS,
    );
  } catch (_) {
    // Over the cache's 100 KB: every check then reads the index, which is still within budget.
  }
  return settings;
}

/** The saved versions, newest first, with who saved each and what changed. */
export function history(services: Services): VersionInfo[] {
  const all = namespace(services.scriptProperties, 'settings').all();
  return readIndex(all[INDEX])
    .versions.slice()
    .reverse()
    .flatMap((v) => {
      const info = parseJson(all[recordKey(v)]) as Omit<VersionInfo, 'version'> | undefined;
      return info && typeof info.at === 'number' ? [{ ...info, version: v }] : [];
    });
}

/** The overrides of one kept version, to restore it. */
export function versionOverrides(services: Services, version: number): Overrides | undefined {
  const all = namespace(services.scriptProperties, 'settings').all();
  return readIndex(all[INDEX]).versions.indexOf(version) < 0 ? undefined : readVersion(version, (k) => all[k]);
}

export type SaveResult =
  | { ok: true; version: number; changes: string[] }
  | { ok: false; kind: 'invalid'; problems: { path: string; message: string }[] }
  | { ok: false; kind: 'conflict'; by: string; at: number; version: number }
  | { ok: false; kind: 'busy' }
  | { ok: false; kind: 'tooLarge'; message: string };

/** A version's record stays well under 9 KB however much changed: the first lines and a count. */
function boundedChanges(changes: string[]): string[] {
  const shown = changes.slice(0, 12).map((c) => (c.length > 200 ? `${c.slice(0, 199)}…` : c));
  if (changes.length > shown.length) shown.push(`…and ${changes.length - shown.length} more changes`);
  return shown;
}

/** The writes of a new version: its chunks, then its record, then the index that makes it current. */
function versionWrites(version: number, overrides: Overrides, info: Omit<VersionInfo, 'version'>, versions: number[]) {
  const text = asciiJson({ overrides });
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const writes: Record<string, string | null> = {};
  for (let i = 0; i < chunks; i++) writes[chunkKey(version, i)] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  writes[recordKey(version)] = asciiJson({ ...info, chunks });
  writes[INDEX] = JSON.stringify({ current: version, versions, ...(text.length <= INLINE_CHARS && { inline: text }) });
  return writes;
}

/** Deletes of the oldest versions (never `keep`) until the namespace fits its budget with `writes`. */
function trimHistory(ns: Namespace, all: Record<string, string>, writes: Record<string, string | null>, versions: number[], keep: number) {
  const after = { ...all };
  for (const k of Object.keys(writes))
    if (writes[k] === null) delete after[k];
    else after[k] = writes[k] as string;
  const kept = versions.slice();
  while (ns.bytes(after) > ns.budget && kept.length > 1) {
    const oldest = kept.find((v) => v !== keep)!;
    kept.splice(kept.indexOf(oldest), 1);
    for (const k of Object.keys(after))
      if (k === recordKey(oldest) || k.startsWith(`${recordKey(oldest)}.`)) {
        delete after[k];
        writes[k] = null;
      }
  }
  return kept;
}

/**
 * Saves overrides as the next version, if nobody saved since `baseVersion` (the newest stored version
 * when the card was drawn) and every override it changes fits. What it leaves alone may stay broken.
 */
export function saveOverrides(services: Services, next: Overrides, baseVersion: number, by: string, note?: string): SaveResult {
  const lock = services.scriptLock();
  if (!lock.tryLock(LOCK_MILLIS)) return { ok: false, kind: 'busy' };
  try {
    const ns = namespace(services.scriptProperties, 'settings');
    const all = ns.all();
    const index = readIndex(all[INDEX]);
    if (index.current !== baseVersion) {
      const info = parseJson(all[recordKey(index.current)]) as { by?: string; at?: number } | undefined;
      return { ok: false, kind: 'conflict', by: info?.by ?? 'someone', at: info?.at ?? 0, version: index.current };
    }
    const before = index.current ? currentOverrides(index, (k) => all[k]) : {};
    const was = inForce(index.current, before ?? {});
    const now = inForce(0, next);
    const changed = (path: string) => JSON.stringify(next[path]) !== JSON.stringify((before ?? {})[path]);
    const problems = now.broken.filter((b) => changed(b.path));
    if (problems.length) return { ok: false, kind: 'invalid', problems };
    const changes = describeChanges(toConfigFile(was.config), toConfigFile(now.config));
    if (note) changes.unshift(note);
    const version = Math.max(index.current, ...index.versions, 0) + 1;
    const info = { at: services.now(), by, changes: boundedChanges(changes) };
    const writes = versionWrites(version, next, info, index.versions.concat(version));
    const kept = trimHistory(ns, all, writes, index.versions.concat(version), version);
    delete writes[INDEX];
    writes[INDEX] = versionWrites(version, next, info, kept)[INDEX]; // the index last: a torn save leaves the old one in force
    ns.write(writes, all);
    remember(services, inForce(version, next));
    return { ok: true, version, changes };
  } catch (error) {
    if (error instanceof OverBudget) return { ok: false, kind: 'tooLarge', message: error.message };
    throw error;
  } finally {
    lock.releaseLock();
  }
}
