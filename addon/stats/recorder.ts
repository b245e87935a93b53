// Records what a check, a fix or a dismissal adds to the statistics. Runs after the card is built and
// never throws: a failure is logged, never shown to staff, and the increments wait for the next check.
// A draft counts once: at the first check that knows its Gmail draft id, under a keyed fingerprint of that
// id. Until Gmail has saved it, what the checks of this compose session find is held in the session (so
// recipient edits, a fix and Check again before Gmail saves change nothing), and goes in when the draft id
// is found — or, for a draft never saved, once, when the next compose session opens. This memory is the
// user's own, in their cache, and is not statistics.
import type { Finding } from '../../rules/index.ts';
import type { Check } from '../check-result.ts';
import { userFingerprints, type DismissReason } from '../dismissals.ts';
import { parseJson } from '../json.ts';
import type { Services } from '../services.ts';
import { isoWeek } from '../../rules/index.ts';
import {
  addWeek,
  countCheck,
  countDismissal,
  countFix,
  emptyWeek,
  isEmpty,
  mergeMemory,
  newMemory,
  type DraftMemory,
  type WeekCounts,
} from './counting.ts';
import { send } from './store.ts';

const MEMORY = 'draftlint.stats.memory';
/** Drafts remembered per user: enough for a morning's e-mail; an older draft checked again counts again. */
const MAX_DRAFTS = 40;
/** The cache's longest life: a draft reopened the next day is a new piece of work. */
const MEMORY_SECONDS = 21600;

/** This compose session: the draft it is, once known; before that, what its checks counted. */
interface Session {
  draft?: string;
  memory?: DraftMemory;
}
interface Memories {
  drafts: Record<string, DraftMemory>;
  session?: Session;
}

function readMemories(services: Services): Memories {
  const value = parseJson<Memories>(services.userCache.get(MEMORY));
  return value && typeof value === 'object' && value.drafts && typeof value.drafts === 'object' ? value : { drafts: {} };
}

function writeMemories(services: Services, memories: Memories, latest?: string): void {
  const drafts: Record<string, DraftMemory> = {};
  const keys = Object.keys(memories.drafts).filter((k) => k !== latest);
  for (const key of keys.slice(-(MAX_DRAFTS - 1))) drafts[key] = memories.drafts[key];
  if (latest) drafts[latest] = memories.drafts[latest]; // last: the order is the age order
  services.userCache.put(MEMORY, JSON.stringify({ drafts, ...(memories.session && { session: memories.session }) }), MEMORY_SECONDS);
}

type Event = { draftId?: string; opening?: boolean; count: (memory: DraftMemory) => WeekCounts };

/** The increments of one event, given the session and the drafts already counted; updates both. */
function apply(services: Services, memories: Memories, event: Event): { week: WeekCounts; latest?: string } {
  const week = emptyWeek();
  // A new compose session: a draft that was never saved goes in now, once.
  if (event.opening) {
    const previous = memories.session;
    if (previous && previous.memory && !previous.draft) addWeek(week, mergeMemory(newMemory(), previous.memory));
    memories.session = {};
  }
  const session = (memories.session ||= {});
  const draft = event.draftId ? userFingerprints(services)(`id:${event.draftId}`) : session.draft;
  if (!draft) {
    event.count((session.memory ||= newMemory())); // held in the session until the draft is found
    return { week };
  }
  // The draft is known: what the session counted before it was found joins it, each thing once.
  const memory = (memories.drafts[draft] ||= newMemory());
  if (session.memory) addWeek(week, mergeMemory(memory, session.memory));
  memories.session = { draft };
  addWeek(week, event.count(memory));
  return { week, latest: draft };
}

function record(services: Services, event: Event): void {
  try {
    const memories = readMemories(services);
    const { week, latest } = apply(services, memories, event);
    writeMemories(services, memories, latest);
    send(services, isEmpty(week) ? {} : { [isoWeek(services.now())]: week });
  } catch (error) {
    console.error(`draftlint statistics: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A check; `opening` when it is the compose window's first (a new compose session). */
export function recordCheck(services: Services, check: Check, opening = false): void {
  record(services, { draftId: check.draftId, opening, count: (memory) => countCheck(memory, check) });
}

export function recordFix(services: Services, check: Check, finding: Finding): void {
  record(services, { draftId: check.draftId, count: (memory) => countFix(memory, finding) });
}

export function recordDismissal(services: Services, draftId: string, finding: Finding, reason: DismissReason): void {
  record(services, { draftId, count: (memory) => countDismissal(memory, finding, reason) });
}
