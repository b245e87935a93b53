// The engine's side of `TextScans`: the patterns one organisation's rule setups registered, the joint plans
// that read them (made once per linter for each list of patterns, not once per organisation), and for each
// draft their matches, found in one pass per text the first time any rule asks.
import { jointPlan, jointScan, type JointPlan } from '../text/joint-scan.ts';
import type { Normalised, PreparedText, Scan, TextPart, TextScans } from './types.ts';

/** Joint plans a linter keeps, by the patterns they read (an mbox's organisations share a few). */
const KEPT_PLANS = 16;

/** A linter's joint plans, keyed by the identity of the patterns they read, most recently used last. */
export class PlanCache {
  private readonly ids = new WeakMap<RegExp, number>();
  private nextId = 0;
  private readonly plans = new Map<string, JointPlan>();

  planFor(patterns: readonly RegExp[]): JointPlan {
    const key = patterns.map((p) => this.idOf(p)).join(',');
    let plan = this.plans.get(key);
    if (plan) this.plans.delete(key);
    else plan = jointPlan(patterns);
    if (this.plans.size >= KEPT_PLANS) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, plan);
    return plan;
  }

  private idOf(pattern: RegExp): number {
    let id = this.ids.get(pattern);
    if (id === undefined) this.ids.set(pattern, (id = this.nextId++));
    return id;
  }
}

/** What the scans of one text need: the registered scans read in it, and their plan. */
interface TextPlan {
  scans: Scan[];
  plan: JointPlan;
}

const PARTS: readonly TextPart[] = ['subject', 'author', 'body'];

/** The scans one organisation's setups registered; handed to each setup, then to each draft's context. */
export class OrganisationScans implements TextScans {
  private readonly scans: Scan[] = [];
  /** By the parts read together: "author" and "body" are one text when nothing is quoted. */
  private readonly textPlans = new Map<string, TextPlan>();

  constructor(private readonly plans: PlanCache) {}

  register(part: TextPart, pattern: RegExp, limit = Infinity): Scan {
    const scan = { part, pattern, limit };
    this.scans.push(scan);
    return scan;
  }

  /** The matches of each registered scan in one draft, found the first time one of a text's is asked for. */
  forDraft(text: () => PreparedText): (scan: Scan) => readonly RegExpExecArray[] {
    const found = new Map<Scan, RegExpExecArray[]>();
    return (scan) => {
      let matches = found.get(scan);
      if (!matches) {
        if (this.scans.indexOf(scan) < 0) throw new Error('a scan asked for was not registered by this setup');
        const prepared = text();
        this.readText(prepared, prepared[scan.part], found);
        matches = found.get(scan)!;
      }
      return matches;
    };
  }

  /** Every scan of the parts that are this very text, in one joint pass. */
  private readText(prepared: PreparedText, target: Normalised, found: Map<Scan, RegExpExecArray[]>): void {
    const parts = PARTS.filter((p) => prepared[p] === target);
    const { scans, plan } = this.textPlan(parts.join('+'), parts);
    const lists = scans.map((): RegExpExecArray[] => []);
    for (let k = 0; k < scans.length; k++) found.set(scans[k], lists[k]);
    if (!scans.length) return;
    jointScan(target.text, plan, (k, match) => {
      if (lists[k].length < scans[k].limit) lists[k].push(match);
      return lists[k].length < scans[k].limit;
    });
  }

  private textPlan(key: string, parts: TextPart[]): TextPlan {
    let textPlan = this.textPlans.get(key);
    if (!textPlan) {
      const scans = this.scans.filter((s) => parts.indexOf(s.part) >= 0);
      textPlan = { scans, plan: this.plans.planFor(scans.map((s) => s.pattern)) };
      this.textPlans.set(key, textPlan);
    }
    return textPlan;
  }
}
