// Every chosen detector over a text in one joint pass (text/joint-scan.ts) instead of one pass each, each
// candidate judged by its own detector: the same detections as running each detector's pattern over the
// text on its own, in a third of the time on ordinary mail. (A rule reading a draft has the engine's
// TextScans do the same, with the other rules' lists; this is for attachments and evidence.)
import { jointPlan, jointScan, type JointPlan } from '../text/joint-scan.ts';
import type { Detection, Detector, Judge } from './types.ts';

/** Plans by the detectors chosen (all of them, or a school's selection): a few, made once each. */
const plans = new WeakMap<readonly Detector[], JointPlan>();

function planFor(chosen: readonly Detector[]): JointPlan {
  let plan = plans.get(chosen);
  if (!plan) plans.set(chosen, (plan = jointPlan(chosen.map((d) => d.pattern))));
  return plan;
}

/**
 * Every detection of the chosen detectors (keep the array: its plan is made once per array), at most
 * `limit` per detector, in text order (ties in detector order). A detector stops once it has `limit`.
 */
export function scanDetectors(text: string, chosen: readonly Detector[], limit: number): Detection[] {
  const found = chosen.map((): Detection[] => []);
  const judges: (Judge | undefined)[] = [];
  jointScan(text, planFor(chosen), (k, candidate) => {
    const judged = (judges[k] ??= chosen[k].judgeIn(text))(candidate);
    for (const d of judged === undefined ? [] : Array.isArray(judged) ? judged : [judged]) if (found[k].length < limit) found[k].push(d);
    return found[k].length < limit;
  });
  return inTextOrder(found);
}

/** Each detector's detections (given in detector order) as one list in text order, ties in detector order. */
export function inTextOrder(perDetector: readonly (readonly Detection[])[]): Detection[] {
  const found: Detection[] = [];
  for (const list of perDetector) for (let i = 0; i < list.length; i++) found.push(list[i]);
  // Array sort is stable (ES2019): detections that start together keep the detectors' order.
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}
