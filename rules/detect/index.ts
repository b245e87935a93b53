// The personal-data detectors, one module per identifier, and the one entry point every rule uses
// (the content rule and the attachment rule share it): all detections at or above a confidence.
import { bank } from './bank.ts';
import { card } from './card.ts';
import { dateOfBirth, homeAddress, passport } from './keyword-bound.ts';
import { nhs } from './nhs.ts';
import { nino } from './nino.ts';
import { inTextOrder, scanDetectors } from './scan.ts';
import { CONFIDENCE_RANK, type Confidence, type Detection, type Detector } from './types.ts';
import { uln } from './uln.ts';
import { upn } from './upn.ts';

export const detectors: readonly Detector[] = [upn, uln, nhs, nino, card, bank, passport, dateOfBirth, homeAddress];

export const detectorIds = detectors.map((d) => d.id) as [string, ...string[]];

/** The detectors of a selection (a rule's option, the same array for every draft), chosen once. */
const selections = new WeakMap<readonly string[], readonly Detector[]>();

/** The detectors a selection of ids names, in the shipped order: the same array for the same selection. */
export function chosenDetectors(only?: readonly string[]): readonly Detector[] {
  let chosen = only ? selections.get(only) : detectors;
  if (!chosen) selections.set(only!, (chosen = detectors.filter((d) => only!.indexOf(d.id) >= 0)));
  return chosen;
}

/**
 * Every detection at or above `minConfidence`, in text order. Each detector stops after `limit` matches of
 * any confidence: past some thousands the count says nothing more, and a text made of identifiers would
 * otherwise cost a detection object per 14 bytes.
 */
export function findPersonalData(text: string, minConfidence: Confidence, only?: readonly string[], limit = Infinity): Detection[] {
  const rank = CONFIDENCE_RANK[minConfidence];
  return scanDetectors(text, chosenDetectors(only), limit).filter((d) => CONFIDENCE_RANK[d.confidence] >= rank);
}

/** "1 UPN", "3 UPNs"; "1000 UPNs or more" when a detector stopped at its limit (`more`). */
export function detectorLabel(id: string, count: number, more = false): string {
  if (more) return `${detectorLabel(id, count)} or more`;
  const d = detectors.find((x) => x.id === id);
  const [one, many] = d ? d.label : [id, id];
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** Detections grouped by detector, each group in the order found. */
export function byDetector(found: Detection[]): Map<string, Detection[]> {
  const by = new Map<string, Detection[]>();
  for (const d of found) {
    const list = by.get(d.detector);
    if (list) list.push(d);
    else by.set(d.detector, [d]);
  }
  return by;
}

/** Whether some detection (sorted by start) starts within `distance` of `at`: a binary search. */
export function startsNear(sorted: Detection[], at: number, distance: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at - distance) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start <= at + distance;
}

export type { Confidence, Detection, Detector };
export { inTextOrder };
