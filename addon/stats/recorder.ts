// Records what a check, a fix or a dismissal adds to the statistics. Runs after the card is built and
// never throws: a failure is logged, never shown to staff, and the increments wait for the next check.
// What was already counted on a draft is this user's own memory, in their cache, under fingerprints
// that expire with it; it is not statistics.
import type { Finding } from '../../rules/index.ts';
import type { Check } from '../check-result.ts';
import { userFingerprints, type DismissReason } from '../dismissals.ts';
import { parseJson } from '../json.ts';
import type { Services } from '../services.ts';
import { isoWeek } from '../../rules/index.ts';
import { countCheck, countDismissal, countFix, isEmpty, newMemory, type DraftMemory, type WeekCounts } from './counting.ts';
import { send } from './store.ts';

const MEMORY = 'draftlint.stats.memory';
/** Drafts remembered per user: enough for a morning's e-mail; an older draft checked again counts again. */
const MAX_DRAFTS = 40;
/** The cache's longest life: a draft reopened the next day is a new piece of work. */
const MEMORY_SECONDS = 21600;

type Memories = Record<string, DraftMemory>;

/**
 * A draft's fingerprints, the one to keep first: its id when the saved draft was found, and its recipients.
 * A new draft is first checked before Gmail has saved it (known by its recipients only) and then found:
 * the memory made under its recipients carries over to its id, so it still counts once.
 */
function draftFingerprints(services: Services, check: Pick<Check, 'draftId' | 'draft'>): string[] {
  const list = (['to', 'cc', 'bcc'] as const).map((f) =>
    (check.draft[f] || [])
      .map((a) => a.address)
      .sort()
      .join(','),
  );
  const fingerprint = userFingerprints(services);
  const byRecipients = fingerprint(`to:${list.join(';')}`);
  return check.draftId ? [fingerprint(`id:${check.draftId}`), byRecipients] : [byRecipients];
}

function readMemories(services: Services): Memories {
  const value = parseJson<Memories>(services.userCache.get(MEMORY));
  return value && typeof value === 'object' ? value : {};
}

function writeMemories(services: Services, memories: Memories, latest: string): void {
  const { [latest]: current, ...others } = memories;
  const kept = Object.keys(others).slice(-(MAX_DRAFTS - 1));
  const out: Memories = {};
  for (const key of kept) out[key] = others[key];
  out[latest] = current; // last: the order is the age order
  services.userCache.put(MEMORY, JSON.stringify(out), MEMORY_SECONDS);
}

function record(services: Services, fingerprints: string[], count: (memory: DraftMemory) => WeekCounts): void {
  try {
    const memories = readMemories(services);
    const known = fingerprints.filter((f) => memories[f])[0];
    const memory = known ? memories[known] : newMemory();
    const week = count(memory);
    for (const f of fingerprints) delete memories[f];
    memories[fingerprints[0]] = memory;
    writeMemories(services, memories, fingerprints[0]);
    send(services, isEmpty(week) ? {} : { [isoWeek(services.now())]: week });
  } catch (error) {
    console.error(`draftlint statistics: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function recordCheck(services: Services, check: Check, keyOf: (f: Finding) => string): void {
  record(services, draftFingerprints(services, check), (memory) => countCheck(memory, check, keyOf));
}

export function recordFix(services: Services, check: Check, finding: Finding, key: string): void {
  record(services, draftFingerprints(services, check), (memory) => countFix(memory, key, finding));
}

export function recordDismissal(services: Services, draftId: string, key: string, severityNow: string, reason: DismissReason): void {
  record(services, [userFingerprints(services)(`id:${draftId}`)], (memory) => countDismissal(memory, key, severityNow, reason));
}
