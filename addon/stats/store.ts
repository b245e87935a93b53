// Where the statistics live: one script property per ISO week ("draftlint.stats.2026-W49"), written
// under the script lock. Increments travel in batches: a batch that cannot go in at once (the lock is
// held, or a write fails) waits in the user's own properties and goes in with that user's next check. A
// week remembers the batches it took until their sender has let go of them, so a batch retried after a
// failure half-way is never counted twice, and none is ever dropped.
import { parseJson } from '../json.ts';
import { namespace, OverBudget, type Namespace } from '../script-store.ts';
import type { PropertyStore, ScriptStore, Services } from '../services.ts';
import { weekStart } from '../../rules/index.ts';
import { addWeek, emptyWeek, type WeekCounts } from './counting.ts';
import { decodeWeek, encodeWeek, type WeekRecord } from './week-format.ts';

const PREFIX = 'draftlint.stats.';
const WEEKS_INDEX = 'draftlint.stats.weeks';
const PENDING = 'draftlint.stats.pending';
/** A mark in the user's cache that nothing is waiting, so most checks skip reading the pending batches. */
const NOTHING_PENDING = 'draftlint.stats.nothingPending';
const LOCK_MILLIS = 300;
/** Two years of weeks, and a little more so a week is never cut while still in its period. */
export const KEPT_WEEKS = 105;
/** Batch ids a week keeps from senders that did not confirm: only failures leave them, so few are needed. */
const MAX_IN_FLIGHT = 100;

export const weekKey = (week: string) => `${PREFIX}${week}`;

export interface Batch {
  id: string;
  /** True once a write of it may have happened: from then on it is never merged with new increments. */
  attempted: boolean;
  weeks: Record<string, WeekCounts>;
}

/** Batches as they wait in the user's properties: each week in the compact week form, to stay under 9 KB. */
type WaitingBatch = Omit<Batch, 'weeks'> & { weeks: Record<string, string> };

function readPending(props: PropertyStore): Batch[] {
  const waiting = parseJson<WaitingBatch[]>(props.getProperty(PENDING));
  if (!Array.isArray(waiting)) return [];
  return waiting.map((b) => {
    const weeks: Record<string, WeekCounts> = {};
    for (const week of Object.keys(b.weeks || {})) {
      const { inFlight: _inFlight, ...counts } = decodeWeek(b.weeks[week]);
      weeks[week] = counts;
    }
    return { id: b.id, attempted: !!b.attempted, weeks };
  });
}

const newId = () => Math.random().toString(36).slice(2, 12);

/**
 * Sends this check's increments, with any that were waiting. Never throws for a busy lock: the batches wait.
 * A write that fails is thrown after the batches are put back to wait, so the caller can log it.
 */
export function send(services: Services, fresh: Record<string, WeekCounts>): void {
  const maybePending = services.userCache.get(NOTHING_PENDING) !== '1';
  const batches = maybePending ? readPending(services.userProperties) : [];
  if (Object.keys(fresh).length) {
    const last = batches[batches.length - 1];
    // New increments join a batch no write has touched yet; else they make a batch of their own.
    if (last && !last.attempted)
      for (const week of Object.keys(fresh)) last.weeks[week] = addWeek(last.weeks[week] || emptyWeek(), fresh[week]);
    else batches.push({ id: newId(), attempted: false, weeks: fresh });
  }
  if (!batches.length) {
    if (maybePending) services.userCache.put(NOTHING_PENDING, '1', 21600);
    return;
  }
  const lock = services.scriptLock();
  if (!lock.tryLock(LOCK_MILLIS)) {
    wait(services, batches);
    return;
  }
  try {
    const store = new WeekStore(namespace(services.scriptProperties, 'statistics'));
    while (batches.length) {
      batches[0].attempted = true;
      wait(services, batches); // before any week is written: a failure from here on is retried, never lost
      const touched = apply(store, batches[0], services.now());
      const done = batches.shift()!;
      wait(services, batches);
      letGo(store, done.id, touched);
    }
  } finally {
    lock.releaseLock();
  }
}

function wait(services: Services, batches: Batch[]): void {
  const waiting: WaitingBatch[] = batches.map((b) => {
    const weeks: Record<string, string> = {};
    for (const week of Object.keys(b.weeks)) weeks[week] = encodeWeek({ ...b.weeks[week], inFlight: [] });
    return { id: b.id, attempted: b.attempted, weeks };
  });
  services.userProperties.setProperty(PENDING, waiting.length ? JSON.stringify(waiting) : '');
  services.userCache.put(NOTHING_PENDING, batches.length ? '0' : '1', 21600);
}

/**
 * The statistics namespace as one flush writes it: single keys read as needed (a check's flush reads this
 * week's record, not the store), and a new key — a new week, once a week — written only after the whole
 * namespace is measured against its budget, the oldest weeks going first as they would at two years. A
 * week's record then grows within Google's 9 KB a value; the DPO card and export read all weeks at once.
 */
class WeekStore {
  private readonly seen: Record<string, string | null> = {};
  constructor(private readonly ns: Namespace) {}
  getProperty(key: string): string | null {
    if (!(key in this.seen)) this.seen[key] = this.ns.get(key);
    return this.seen[key];
  }
  setProperty(key: string, value: string): void {
    if (this.getProperty(key) === null) this.addKey(key, value);
    else this.ns.write({ [key]: value }, { [key]: this.seen[key] as string });
    this.seen[key] = value;
  }
  deleteProperty(key: string): void {
    this.ns.write({ [key]: null }, {});
    this.seen[key] = null;
  }
  private addKey(key: string, value: string): void {
    const current = this.ns.all();
    for (;;) {
      try {
        this.ns.write({ [key]: value }, current);
        return;
      } catch (error) {
        const oldest = Object.keys(current)
          .filter((k) => /^draftlint\.stats\.\d{4}-W\d{2}$/.test(k))
          .sort()[0];
        if (!(error instanceof OverBudget) || !oldest) throw error;
        this.ns.write({ [oldest]: null }, current);
        delete current[oldest];
        this.seen[oldest] = null;
      }
    }
  }
}

/** Adds a batch to its weeks, unless a week already holds it (a retry after a failure half-way). */
function apply(store: WeekStore, batch: Batch, now: number): Record<string, WeekRecord> {
  const touched: Record<string, WeekRecord> = {};
  for (const week of Object.keys(batch.weeks)) {
    const stored = store.getProperty(weekKey(week));
    const record = decodeWeek(stored);
    if (record.inFlight.indexOf(batch.id) < 0) {
      addWeek(record, batch.weeks[week]);
      record.inFlight = record.inFlight.concat(batch.id).slice(-MAX_IN_FLIGHT);
      if (!stored) rememberWeek(store, week, now);
      store.setProperty(weekKey(week), encodeWeek(record));
    }
    touched[week] = record;
  }
  return touched;
}

/** The sender has let go of the batch: the weeks need not remember its id any longer. */
function letGo(store: WeekStore, id: string, touched: Record<string, WeekRecord>): void {
  for (const week of Object.keys(touched)) {
    const record = touched[week];
    const at = record.inFlight.indexOf(id);
    if (at < 0) continue;
    record.inFlight.splice(at, 1);
    store.setProperty(weekKey(week), encodeWeek(record));
  }
}

/** Lists a new week, and deletes the weeks older than two years. */
function rememberWeek(store: WeekStore, week: string, now: number): void {
  const weeks = parseJson<string[]>(store.getProperty(WEEKS_INDEX)) || [];
  if (weeks.indexOf(week) < 0) weeks.push(week);
  const oldest = now - KEPT_WEEKS * 7 * 86400000;
  const kept = weeks.filter((w) => weekStart(w) >= oldest);
  for (const w of weeks) if (kept.indexOf(w) < 0) store.deleteProperty(weekKey(w));
  store.setProperty(WEEKS_INDEX, JSON.stringify(kept.sort()));
}

/** Every stored week (one read of the store), for the DPO's card and export. */
export function allWeeks(store: Pick<ScriptStore, 'getProperties'>): Record<string, WeekCounts> {
  const all = store.getProperties();
  const out: Record<string, WeekCounts> = {};
  for (const key of Object.keys(all)) {
    const m = /^draftlint\.stats\.(\d{4}-W\d{2})$/.exec(key);
    if (!m) continue;
    const { inFlight: _inFlight, ...counts } = decodeWeek(all[key]);
    out[m[1]] = counts;
  }
  return out;
}
