// DEFLATE with a ceiling, for every place an attachment's own bytes say how much to inflate (zip members,
// PDF cross-reference streams): a zip bomb must cost the bytes we asked for, not the gigabyte it holds,
// and every byte inflated is spent from the check's work budget.
import { Inflate } from 'fflate';
import type { WorkBudget } from './budget.ts';

/** Input per step: DEFLATE inflates at most 1032:1, so one step overshoots the ceiling by 1 MB at most. */
const STEP = 1024;

/**
 * Inflates DEFLATE data in small steps and stops once `maxOut` bytes are out, so a zip bomb (a megabyte
 * that inflates to a gigabyte) costs no more than the bytes asked for. `complete` says whether it all fit.
 * Undefined when the data is not DEFLATE; BudgetSpent when the check's budget runs out on the way.
 */
export function inflateUpTo(data: Uint8Array, maxOut: number, budget: WorkBudget): { bytes: Uint8Array; complete: boolean } | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    parts.push(chunk);
    total += chunk.length;
    ended = final;
  });
  for (let at = 0; at < data.length && total <= maxOut && !ended; at += STEP) {
    const before = total;
    try {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    } catch (_) {
      return undefined;
    }
    // What the step inflated is paid for at once.
    budget.spend('inflatedBytes', Math.min(total, maxOut + 1) - Math.min(before, maxOut + 1));
  }
  const bytes = new Uint8Array(Math.min(total, maxOut));
  let at = 0;
  for (const p of parts) {
    if (at >= bytes.length) break;
    bytes.set(p.subarray(0, bytes.length - at), at);
    at += p.length;
  }
  return { bytes, complete: ended && total <= maxOut };
}
