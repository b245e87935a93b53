// Where the Network Manager's settings live: script properties (one store for every user of the add-on),
// as versioned draftlint.config.json text in chunks under the 9 KB value limit, the last 20 versions kept
// with who saved each and what changed. Writes happen under the script lock and are compare-and-set; a
// compose check reads the settings in force through the script cache, and on a miss with one property read.
import { parseConfig, toConfigFile, type Config, type ConfigFile, type ConfigIssue } from '../../rules/index.ts';
import { schoolConfig, schoolRules } from '../school-config.ts';
import { parseJson } from '../json.ts';
import type { ScriptStore, Services } from '../services.ts';
import { describeChanges } from './changes.ts';

const INDEX = 'draftlint.settings';
const versionKey = (v: number) => `draftlint.settings.v${v}`;
const chunkKey = (v: number, i: number) => `draftlint.settings.v${v}.${i}`;
const CACHE_KEY = 'draftlint.settings.inForce';
/** Long enough that a busy school reads the properties a few times an hour, short enough to heal a bad cache. */
const CACHE_SECONDS = 600;
/** Characters per chunk: the stored text is ASCII (see asciiJson), and a value must stay under 9 KB with its key. */
export const CHUNK_CHARS = 8000;
const KEPT_VERSIONS = 20;
/** How long a save waits for another save to finish before saying so: well inside Gmail's 30 s. */
const LOCK_MILLIS = 5000;

export interface VersionInfo {
  version: number;
  /** Milliseconds since 1970. */
  at: number;
  /** The Network Manager's address: the history is an admin audit trail. */
  by: string;
  changes: string[];
  chunks: number;
}

interface Index {
  current: number;
  /** Oldest first. */
  versions: number[];
}

export interface SettingsInForce {
  config: Config;
  /** The stored version in force; 0 for the bundled draftlint.config.json. */
  version: number;
  /** Said at the top of the settings card when the newest saved settings could not be used. */
  notice?: string;
}

/** JSON with every character beyond ASCII escaped, so that a chunk's size in bytes is its length. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readIndex(all: Record<string, string>): Index {
  const raw = parseJson(all[INDEX]) as Partial<Index> | undefined;
  const versions = raw && Array.isArray(raw.versions) ? raw.versions.filter((v): v is number => typeof v === 'number') : [];
  return { current: raw && typeof raw.current === 'number' ? raw.current : 0, versions };
}

function readInfo(all: Record<string, string>, version: number): VersionInfo | undefined {
  const info = parseJson(all[versionKey(version)]) as VersionInfo | undefined;
  return info && typeof info.chunks === 'number' ? { ...info, version } : undefined;
}

function readText(all: Record<string, string>, info: VersionInfo): string | undefined {
  let text = '';
  for (let i = 0; i < info.chunks; i++) {
    const chunk = all[chunkKey(info.version, i)];
    if (chunk === undefined) return undefined; // a torn write: treat the version as unreadable
    text += chunk;
  }
  return text;
}

function configOf(text: string | undefined): { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] } | undefined {
  const raw = parseJson(text);
  return raw === undefined ? undefined : parseConfig(raw, schoolRules);
}

/**
 * The settings in force from the whole store (one read): the newest saved version that still validates,
 * or else the bundled file. A version that stopped validating (an upgrade renamed an option) is skipped
 * and named, never used half-way.
 */
function inForceFrom(all: Record<string, string>): SettingsInForce & { text?: string } {
  const index = readIndex(all);
  const newestFirst = index.versions.filter((v) => v <= index.current).reverse();
  for (const version of newestFirst) {
    const info = readInfo(all, version);
    const text = info && readText(all, info);
    const parsed = configOf(text);
    if (parsed && parsed.ok) {
      const notice =
        version === index.current
          ? undefined
          : `The newest saved settings (version ${index.current}) do not validate with this version of draftlint, so version ${version} is in force. Open them, correct what is marked and save.`;
      return { config: parsed.config, version, text, ...(notice && { notice }) };
    }
  }
  const notice = index.current
    ? 'No saved settings validate with this version of draftlint, so the bundled draftlint.config.json is in force. Correct what is marked and save.'
    : undefined;
  return { config: schoolConfig(), version: 0, ...(notice && { notice }) };
}

/**
 * The settings a check runs with. The script cache answers most checks with no property read; on a miss
 * the store is read once (getProperties) and the answer cached for every user.
 */
export function settingsInForce(services: Services): SettingsInForce {
  const cached = parseJson(services.scriptCache.get(CACHE_KEY)) as { version: number; text?: string; notice?: string } | undefined;
  if (cached && typeof cached.version === 'number') {
    const notice = cached.notice ? { notice: cached.notice } : {};
    if (cached.version === 0) return { config: schoolConfig(), version: 0, ...notice };
    const parsed = configOf(cached.text);
    if (parsed && parsed.ok) return { config: parsed.config, version: cached.version, ...notice };
  }
  const found = inForceFrom(services.scriptProperties.getProperties());
  remember(services, found);
  return { config: found.config, version: found.version, ...(found.notice && { notice: found.notice }) };
}

function remember(services: Services, found: SettingsInForce & { text?: string }): void {
  try {
    services.scriptCache.put(CACHE_KEY, JSON.stringify({ version: found.version, text: found.text, notice: found.notice }), CACHE_SECONDS);
  } catch (_) {
    // Over the cache's 100 KB: every check then reads the store once, which is still within budget.
  }
}

/** The saved versions, newest first, with who saved each and what changed. */
export function history(store: ScriptStore): VersionInfo[] {
  const all = store.getProperties();
  return readIndex(all)
    .versions.slice()
    .reverse()
    .map((v) => readInfo(all, v))
    .filter((info): info is VersionInfo => !!info);
}

/** The text of one saved version, to restore it. */
export function versionFile(store: ScriptStore, version: number): unknown {
  const all = store.getProperties();
  const info = readInfo(all, version);
  return info ? parseJson(readText(all, info)) : undefined;
}

export type SaveResult =
  | { ok: true; version: number; changes: string[] }
  | { ok: false; kind: 'invalid'; issues: ConfigIssue[] }
  | { ok: false; kind: 'conflict'; by: string; at: number; version: number }
  | { ok: false; kind: 'busy' };

/**
 * Saves a config as the next version, if it validates and nobody saved since `baseVersion` (the version
 * the form was opened on). An invalid config is never stored. The chunks and the version's record are
 * written before the index that makes them current, so a failure half-way leaves the old settings in force.
 */
export function saveSettings(services: Services, raw: unknown, baseVersion: number, by: string, note?: string): SaveResult {
  const parsed = parseConfig(raw, schoolRules);
  if (!parsed.ok) return { ok: false, kind: 'invalid', issues: parsed.issues };
  const lock = services.scriptLock();
  if (!lock.tryLock(LOCK_MILLIS)) return { ok: false, kind: 'busy' };
  try {
    const store = services.scriptProperties;
    const all = store.getProperties();
    const index = readIndex(all);
    if (index.current !== baseVersion) {
      const info = readInfo(all, index.current);
      return { ok: false, kind: 'conflict', by: info ? info.by : 'someone', at: info ? info.at : 0, version: index.current };
    }
    const before = inForceFrom(all);
    const file: ConfigFile = toConfigFile(parsed.config);
    const changes = describeChanges(toConfigFile(before.config), file);
    if (note) changes.unshift(note);
    const version = Math.max(index.current, ...index.versions, 0) + 1;
    const text = asciiJson(file);
    const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
    for (let i = 0; i < chunks; i++) store.setProperty(chunkKey(version, i), text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
    const info: Omit<VersionInfo, 'version'> = { at: services.now(), by, changes: boundedChanges(changes), chunks };
    store.setProperty(versionKey(version), asciiJson(info));
    const versions = index.versions.concat(version);
    const kept = versions.slice(-KEPT_VERSIONS);
    store.setProperty(INDEX, JSON.stringify({ current: version, versions: kept }));
    forget(store, all, new Set(kept));
    remember(services, { config: parsed.config, version, text });
    return { ok: true, version, changes };
  } finally {
    lock.releaseLock();
  }
}

/** A version's record stays well under 9 KB however much changed: the first lines and a count. */
function boundedChanges(changes: string[]): string[] {
  const shown = changes.slice(0, 12).map((c) => (c.length > 200 ? `${c.slice(0, 199)}…` : c));
  if (changes.length > shown.length) shown.push(`…and ${changes.length - shown.length} more changes`);
  return shown;
}

/** Deletes the records and chunks of versions no longer kept (and any left by a torn write). */
function forget(store: ScriptStore, all: Record<string, string>, kept: Set<number>): void {
  for (const key of Object.keys(all)) {
    const m = /^draftlint\.settings\.v(\d+)(?:\.\d+)?$/.exec(key);
    if (m && !kept.has(Number(m[1]))) store.deleteProperty(key);
  }
}
