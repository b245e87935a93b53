// One pass over a text for many patterns, instead of one pass each: patterns that share flags are joined
// into one "locator" regex that stops where some pattern may match, and there each pattern's own copy
// (sticky) decides. Every pattern gets exactly the matches its own global scan would give. A regex pays
// mostly per position it tries, so joining the personal-data detectors, or the word lists of several
// rules, costs little more than the longest of them alone (measured: bench/text.ts).
import { locatorRegex } from './locator.ts';

/**
 * A pattern's source made looser and group-free, for joining with others: capturing groups become
 * non-capturing (the joined regex numbers only its alternatives), and a back-reference becomes a copy of
 * the group it repeats, which matches at least what the original did. Named groups are refused.
 */
export function looseSource(source: string): string {
  const groups: [number, number][] = []; // content start and end of each capturing group, by number
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ')') {
      const g = open.pop();
      if (g !== undefined && g >= 0) groups[g][1] = i;
    } else if (c === '(') {
      if (source.startsWith('(?<', i) && /[A-Za-z]/.test(source[i + 3])) throw new Error(`pattern ${source}: no named groups`);
      open.push(source[i + 1] === '?' ? -1 : groups.push([i + 1, -1]) - 1);
    }
  }
  let out = '';
  inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const reference = c === '\\' && !inClass ? /^[1-9]\d*/.exec(source.slice(i + 1, i + 4)) : null;
    // "\8" with fewer groups is not a back-reference (JavaScript reads it as the character): left as it is.
    if (reference && groups[Number(reference[0]) - 1]) {
      const [from, to] = groups[Number(reference[0]) - 1];
      out += `(?:${looseSource(source.slice(from, to))})`;
      i += reference[0].length;
    } else if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else {
      if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      out += c === '(' && !inClass && source[i + 1] !== '?' ? '(?:' : c;
    }
  }
  return out;
}

export interface Group {
  /** Matches wherever some member's pattern does (see text/locator.ts). */
  locator: RegExp;
  /** Whether the locator's capture groups, one per member in order, say which member matched. */
  memberKnown: boolean;
  /** Each member's place in the plan's list of patterns, and its own pattern, sticky. */
  members: { index: number; sticky: RegExp }[];
}

/** How a list of patterns is read in one pass per set of flags. Made once per list (see jointPlan). */
export interface JointPlan {
  /** One per set of flags. */
  readonly groups: readonly Group[];
}

/** The plan for reading `patterns` together (their flags g and y aside, each keeps its own). */
export function jointPlan(patterns: readonly RegExp[]): JointPlan {
  const byFlags = new Map<string, number[]>();
  patterns.forEach((p, index) => {
    const flags = p.flags.replace(/[gy]/g, '');
    const same = byFlags.get(flags);
    if (same) same.push(index);
    else byFlags.set(flags, [index]);
  });
  const groups = Array.from(byFlags, ([flags, indexes]) => ({
    ...locatorRegex(
      indexes.map((i) => looseSource(patterns[i].source)),
      `${flags}g`,
    ),
    members: indexes.map((index) => ({ index, sticky: new RegExp(patterns[index].source, `${flags}y`) })),
  }));
  return { groups };
}

/**
 * Each pattern's matches in `text`, handed to `take(index, match)` in the order the pattern's own global
 * scan would find them; `take` returns false when it wants no more of that pattern. Where the locator
 * stops, the members are tried with their own pattern: every one, or when the locator says which matched,
 * that one and every later one (the locator did not try them there); a member's next match starts where its
 * last one ended (one further for an empty match); and the locator moves on one character, so no position
 * is passed over.
 */
export function jointScan(text: string, plan: JointPlan, take: Take): void {
  for (const group of plan.groups) scanGroup(text, group, take);
}

/** Called with each match of pattern `index`; false when no more of that pattern is wanted. */
export type Take = (index: number, match: RegExpExecArray) => boolean;

/** jointScan for the patterns of one group only (one of `plan.groups`), for a reader that needs only those. */
export function scanGroup(text: string, { locator, memberKnown, members }: Group, take: Take): void {
  const nextFrom = new Int32Array(members.length);
  const done = new Uint8Array(members.length);
  let active = members.length;
  locator.lastIndex = 0;
  for (let m = locator.exec(text); m && active > 0; m = locator.exec(text)) {
    const at = m.index;
    let first = 0;
    if (memberKnown) while (m[first + 1] === undefined) first++;
    for (let k = first; k < members.length; k++) {
      if (done[k] || at < nextFrom[k]) continue;
      const sticky = members[k].sticky;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      nextFrom[k] = at + Math.max(1, match[0].length);
      if (!take(members[k].index, match)) {
        done[k] = 1;
        active--;
      }
    }
    locator.lastIndex = at + 1;
  }
}
