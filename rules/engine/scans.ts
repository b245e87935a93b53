// The engine's side of `TextScans`: the patterns one organisation's rule setups registered, the plans that
// read them (made once per linter for each list of registrations, not once per organisation), and for each
// draft what they found, read in one pass per text and set of flags the first time any rule asks.
import { RecentlyUsed } from '../lib/recently-used.ts';
import { jointPlan, looseSource, scanGroup, type JointPlan } from '../text/joint-scan.ts';
import type { MatchReader, PreparedText, Scan, TextPart, TextScans } from './types.ts';

/** Text plans a linter keeps (an mbox's organisations register the same few lists). */
const KEPT_PLANS = 16;

/** How the scans of one text are read: their plan, and for each of its groups the scans it reads. */
interface TextPlan {
  plan: JointPlan;
  /** Per group of the plan, per member (in the group's order), the scan's number in the organisation. */
  groupScans: number[][];
  /** Per scan number, the group that reads it. */
  groupOfScan: number[];
  /** Per pattern of the plan, its place among its group's members. */
  placeInGroup: number[];
}

/** The text a plan reads: "author" and "body" are one text when nothing is quoted. */
type TextKey = 'subject' | 'author' | 'body' | 'author+body';

/**
 * A linter's text plans, shared by its organisations: setups that register the same patterns (the same
 * objects, from the rules' memos) in the same parts and order get the same plan, made once, not once per
 * organisation (a config-free mbox has one organisation per sender domain). The most recently used are kept.
 */
export class PlanCache {
  private readonly ids = new WeakMap<RegExp, number>();
  private nextId = 0;
  private readonly plans = new RecentlyUsed<string, Map<TextKey, TextPlan>>(KEPT_PLANS);

  /**
   * A short name for registering `pattern` in `part`: the same for the same pattern object. A pattern is
   * checked the first time it is seen, so one the joint scan cannot join (a named group) fails the setup
   * that registers it, not every rule that reads the same text.
   */
  registration(part: TextPart, pattern: RegExp): string {
    let id = this.ids.get(pattern);
    if (id === undefined) {
      looseSource(pattern.source);
      this.ids.set(pattern, (id = this.nextId++));
    }
    return `${part}:${id},`;
  }

  /** The text plans of setups that made these registrations (their names joined), by text: one lookup per organisation. */
  plansFor(registrations: string): Map<TextKey, TextPlan> {
    return this.plans.get(registrations, () => new Map());
  }
}

function makeTextPlan(key: TextKey, scans: readonly Scan<unknown>[]): TextPlan {
  const parts = key.split('+');
  const numbers = scans.map((_, k) => k).filter((k) => parts.indexOf(scans[k].part) >= 0);
  const plan = jointPlan(numbers.map((k) => scans[k].pattern));
  const groupScans = plan.groups.map((g) => g.members.map((m) => numbers[m.index]));
  const groupOfScan: number[] = [];
  const placeInGroup: number[] = [];
  plan.groups.forEach((g, n) =>
    g.members.forEach((m, i) => {
      groupOfScan[numbers[m.index]] = n;
      placeInGroup[m.index] = i;
    }),
  );
  return { plan, groupScans, groupOfScan, placeInGroup };
}

/** A scan as registered: with the registry that holds it and its number there, so a draft finds it at once. */
interface Registered<T> extends Scan<T> {
  readonly owner: OrganisationScans;
  readonly number: number;
}

/** The scans one organisation's setups registered; handed to each setup, then to each draft's context. */
export class OrganisationScans implements TextScans {
  private readonly scans: Scan<unknown>[] = [];
  /** The registrations' names, in order (see PlanCache.registration). */
  private registrations = '';
  /** The plans of each text, shared with every organisation whose setups registered the same (see PlanCache). */
  private textPlans: Map<TextKey, TextPlan> | undefined;

  constructor(private readonly plans: PlanCache) {}

  register<T>(part: TextPart, pattern: RegExp, limit = Infinity, read?: MatchReader<T>): Scan<T> {
    if (this.textPlans) throw new Error('patterns are registered in the setup, before the first draft');
    const name = this.plans.registration(part, pattern); // first: a pattern it refuses is never kept
    const scan: Registered<T> = { part, pattern, limit, read, owner: this, number: this.scans.length };
    this.scans.push(scan as Scan<unknown>);
    this.registrations += name;
    return scan;
  }

  /** What each registered scan found in one draft, read the first time a scan of its group is asked for. */
  forDraft(text: () => PreparedText): <T>(scan: Scan<T>) => readonly T[] {
    // One slot per scan from the start: an array filled at scattered indexes would keep changing its layout.
    const found: (unknown[] | undefined)[] = this.scans.map(() => undefined);
    return <T>(scan: Scan<T>) => {
      if ((scan as Registered<T>).owner !== this) throw new Error('a scan asked for was not registered by this setup');
      const n = (scan as Registered<T>).number;
      if (!found[n]) this.readGroupOf(n, text(), found);
      return found[n] as T[];
    };
  }

  /**
   * The scans read with scan `n`: those of the same flags, in every part that is this very text, in one
   * pass. A group nobody asks for is never read (the detectors' digits, when only the wording is wanted).
   */
  private readGroupOf(n: number, prepared: PreparedText, found: (unknown[] | undefined)[]): void {
    const part = this.scans[n].part;
    const target = prepared[part];
    const { plan, groupScans, groupOfScan, placeInGroup } = this.textPlan(
      part !== 'subject' && prepared.author === prepared.body ? 'author+body' : part,
    );
    const groupIndex = groupOfScan[n];
    const numbers = groupScans[groupIndex];
    const lists = numbers.map((k) => (found[k] = [] as unknown[]));
    const readers: ((match: RegExpExecArray) => unknown)[] = [];
    scanGroup(target.text, plan.groups[groupIndex], (index, match) => {
      const i = placeInGroup[index];
      const { limit, read } = this.scans[numbers[i]];
      const list = lists[i];
      if (!read) {
        if (list.length < limit) list.push(match); // (a match is an array itself: never spread)
        return list.length < limit;
      }
      // A reader is made the first time its pattern matches: most texts have none of most patterns.
      const made = (readers[i] ??= read(target.text))(match);
      if (Array.isArray(made)) for (let j = 0; j < made.length && list.length < limit; j++) list.push(made[j]);
      else if (made !== undefined) list.push(made);
      return list.length < limit;
    });
  }

  private textPlan(key: TextKey): TextPlan {
    const plans = (this.textPlans ??= this.plans.plansFor(this.registrations));
    let textPlan = plans.get(key);
    if (!textPlan) plans.set(key, (textPlan = makeTextPlan(key, this.scans)));
    return textPlan;
  }
}
