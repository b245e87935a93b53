// Records what a check, a fix or a dismissal adds to the statistics. Runs after the card is built and never
// throws: a failure is logged, never shown to staff. It works on the user's own store the check already read
// (user-store.ts), so a check with nothing new costs no call at all and one with something new one write;
// the increments wait there and go to the script store (under the lock, stats/store.ts) at most every
// FLUSH_MINUTES per user — at that user's next check or home-card open once that time has passed.
// A draft counts once: at the first check that knows its Gmail draft id, under a keyed fingerprint of that id.
// Until Gmail has saved it, what the checks of this compose session find is held in the session (so recipient
// edits, a fix and Check again before Gmail saves change nothing), and goes in when the draft id is found — or,
// for a draft never saved, once, when the next compose session opens.
import type { Finding } from '../../rules/index.ts';
import type { Check } from '../check-result.ts';
import type { DismissReason } from '../dismissals.ts';
import type { Services } from '../services.ts';
import { isoWeek } from '../../rules/index.ts';
import { readUserStore, userFingerprint, writeUserStore, type UserStore } from '../user-store.ts';
import {
  addWeek,
  countAfterSending,
  countCheck,
  countDismissal,
  countFix,
  decodeMemory,
  emptyWeek,
  encodeMemory,
  isEmpty,
  mergeMemory,
  newMemory,
  type DraftMemory,
  type WeekCounts,
} from './counting.ts';
import { send } from './store.ts';
import { decodeWeek, encodeWeek } from './week-format.ts';

/** How long increments wait in the user's store before going to the script store. */
export const FLUSH_MINUTES = 10;
/** Waiting increments past this size go at once, so the user's store stays under 9 KB. */
const MAX_WAITING_CHARS = 1500;
/** How long a flush waits for this user's other execution: short, it runs after the card. */
const LOCK_MILLIS = 200;

type Event = { draftId?: string; opening?: boolean; count: (memory: DraftMemory) => WeekCounts };

/** The increments of one event, given the session and the drafts already counted; updates the store. */
function apply(services: Services, store: UserStore, event: Event): { week: WeekCounts; latest?: string } {
  const week = emptyWeek();
  const drafts = (store.m ||= {});
  // A new compose session: a draft that was never saved goes in now, once.
  if (event.opening) {
    const previous = store.s;
    if (previous && previous.memory && !previous.draft) addWeek(week, mergeMemory(newMemory(), decodeMemory(previous.memory)));
    store.s = {};
  }
  const session = (store.s ||= {});
  const draft = event.draftId ? userFingerprint(services, store, `id:${event.draftId}`) : session.draft;
  if (!draft) {
    const memory = session.memory ? decodeMemory(session.memory) : newMemory();
    event.count(memory); // held in the session until the draft is found
    session.memory = encodeMemory(memory);
    return { week };
  }
  // The draft is known: what the session counted before it was found joins it, each thing once.
  const memory = drafts[draft] ? decodeMemory(drafts[draft]) : newMemory();
  if (session.memory) addWeek(week, mergeMemory(memory, decodeMemory(session.memory)));
  store.s = { draft };
  addWeek(week, event.count(memory));
  delete drafts[draft]; // re-insert last: the order is the age order
  drafts[draft] = encodeMemory(memory);
  return { week, latest: draft };
}

/** Adds a week's increments to those waiting in the store. */
function wait(store: UserStore, week: string, counts: WeekCounts, now: number): void {
  const waiting = (store.a ||= {});
  const { inFlight: _inFlight, ...before } = waiting[week] ? decodeWeek(waiting[week]) : { ...emptyWeek(), inFlight: [] };
  waiting[week] = encodeWeek({ ...addWeek(before, counts), inFlight: [] });
  if (!store.t) store.t = now;
}

const isDue = (services: Services, store: UserStore) =>
  !!store.a &&
  Object.keys(store.a).length > 0 &&
  (!store.t || services.now() - store.t >= FLUSH_MINUTES * 60000 || JSON.stringify(store.a).length > MAX_WAITING_CHARS);

/**
 * Sends this user's waiting increments to the script store, under the user's own lock and from a fresh read
 * of their store, so two overlapping executions of one user never send the same increments twice.
 */
function flush(services: Services): void {
  const lock = services.userLock();
  if (!lock.tryLock(LOCK_MILLIS)) return; // another execution of this user is at it: it will send them
  try {
    const store = readUserStore(services);
    if (!isDue(services, store)) return;
    const weeks: Record<string, WeekCounts> = {};
    for (const week of Object.keys(store.a!)) {
      const { inFlight: _inFlight, ...counts } = decodeWeek(store.a![week]);
      weeks[week] = counts;
    }
    delete store.a;
    delete store.t;
    // First, so these increments can never be sent twice; send() parks them among the user's waiting batches
    // before it writes any week, so only a failure to read those batches could lose them.
    writeUserStore(services, store);
    send(services, weeks);
  } finally {
    lock.releaseLock();
  }
}

function record(services: Services, store: UserStore, event: Event): void {
  try {
    const before = JSON.stringify(store);
    const { week, latest } = apply(services, store, event);
    if (!isEmpty(week)) wait(store, isoWeek(services.now()), week, services.now());
    if (JSON.stringify(store) !== before) writeUserStore(services, store, latest);
    if (isDue(services, store)) flush(services);
  } catch (error) {
    console.error(`draftlint statistics: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A check; `opening` when it is the compose window's first (a new compose session). */
export function recordCheck(services: Services, check: Check, opening = false): void {
  record(services, check.user, { draftId: check.draftId, opening, count: (memory) => countCheck(memory, check) });
}

export function recordFix(services: Services, check: Check, finding: Finding): void {
  record(services, check.user, { draftId: check.draftId, count: (memory) => countFix(memory, finding) });
}

export function recordDismissal(services: Services, check: Check, finding: Finding, reason: DismissReason): void {
  record(services, check.user, { draftId: check.draftId, count: (memory) => countDismissal(memory, finding, reason) });
}

/** Counts one week's increments made by `change` for this user, outside any compose session; never throws. */
function recordOutsideDrafts(
  services: Services,
  store: UserStore,
  change: (week: WeekCounts, memories: Record<string, string>) => void,
): void {
  try {
    const week = emptyWeek();
    change(week, (store.m ||= {}));
    wait(store, isoWeek(services.now()), week, services.now());
    writeUserStore(services, store);
    if (isDue(services, store)) flush(services);
  } catch (error) {
    console.error(`draftlint statistics: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A "Check what I sent": the run, and each kind of finding once per sent message, however often the user
 * checks again (the message's memory is kept like a draft's, under a keyed fingerprint of its id).
 */
export function recordSentCheck(services: Services, store: UserStore, messages: { id: string; findings: Finding[] }[]): void {
  recordOutsideDrafts(services, store, (week, memories) => {
    week.afterSending.checks = 1;
    for (const m of messages) {
      if (!m.findings.length) continue;
      const key = userFingerprint(services, store, `sent:${m.id}`);
      const memory = memories[key] ? decodeMemory(memories[key]) : newMemory();
      addWeek(week, countAfterSending(memory, m.findings));
      delete memories[key]; // re-insert last: the order is the age order
      memories[key] = encodeMemory(memory);
    }
  });
}

/** A note to the DPO started: after sending, or for a near miss caught before. No content, no identity. */
export function recordDpoNote(services: Services, store: UserStore, nearMiss: boolean): void {
  recordOutsideDrafts(services, store, (week) => {
    if (nearMiss) week.afterSending.nearMissNotes = 1;
    else week.afterSending.dpoNotes = 1;
  });
}

/** On the home card: this user's waiting increments go to the script store once they are due. */
export function flushWaiting(services: Services): void {
  try {
    if (isDue(services, readUserStore(services))) flush(services);
  } catch (error) {
    console.error(`draftlint statistics: ${error instanceof Error ? error.message : String(error)}`);
  }
}
