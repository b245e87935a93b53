// One pass over a text for many patterns, instead of one pass each: patterns that share flags are joined
// into one "locator" regex that stops where some pattern may match, and there each pattern's own copy
// (sticky) decides. Every pattern gets exactly the matches its own global scan would give. A regex pays
// mostly per position it tries, so joining the personal-data detectors, or the word lists of several
// rules, costs little more than the longest of them alone (measured: bench/text.ts). A pattern that has
// all the matches it wants leaves the locator, so the pass no longer stops wherever only it would match.
import { RecentlyUsed } from '../lib/recently-used.ts';
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

/** A locator and what its capture groups say (see text/locator.ts). */
interface Locating {
  locator: RegExp;
  /** Whether its capture groups, one per place in `places`, say which member matched. */
  memberKnown: boolean;
  /** The members it looks for, by their place in the group, in order. */
  places: readonly number[];
}

export interface Group {
  /** Matches wherever some member's pattern does (see text/locator.ts). */
  all: Locating;
  /** Each member's place in the plan's list of patterns, its own pattern, sticky, and its loose source. */
  members: { index: number; sticky: RegExp; source: string }[];
  flags: string;
  /**
   * Locators for the members still wanted once some have all the matches they want, by which are done:
   * a detector stops at 10,000 identifiers, and a locator that still stopped at each of its matches spent
   * nine tenths of a 5 MB message of identifiers finding matches nobody wanted. Made when first needed.
   */
  narrowed: RecentlyUsed<string, Locating>;
}

/** Locators for different sets of members done, kept per group (there are seldom more than one or two). */
const KEPT_NARROWED = 8;

/** How a list of patterns is read in one pass per set of flags. Made once per list (see jointPlan). */
export interface JointPlan {
  /** One per set of flags. */
  readonly groups: readonly Group[];
}

/** The locator for the members at `places` of a group, sources and flags given. */
function locating(sources: readonly string[], places: readonly number[], flags: string): Locating {
  return {
    ...locatorRegex(
      places.map((p) => sources[p]),
      `${flags}g`,
    ),
    places,
  };
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
  const groups = Array.from(byFlags, ([flags, indexes]): Group => {
    const members = indexes.map((index) => ({
      index,
      sticky: new RegExp(patterns[index].source, `${flags}y`),
      source: looseSource(patterns[index].source),
    }));
    const sources = members.map((m) => m.source);
    return {
      all: locating(
        sources,
        members.map((_, place) => place),
        flags,
      ),
      members,
      flags,
      narrowed: new RecentlyUsed(KEPT_NARROWED),
    };
  });
  return { groups };
}

/** The locator for the members of `group` not yet done. */
function narrowedFor(group: Group, done: Uint8Array): Locating {
  return group.narrowed.get(done.join(''), () => {
    const places: number[] = [];
    for (let k = 0; k < done.length; k++) if (!done[k]) places.push(k);
    return locating(
      group.members.map((m) => m.source),
      places,
      group.flags,
    );
  });
}

/**
 * Each pattern's matches in `text`, handed to `take(index, match)` in the order the pattern's own global
 * scan would find them; `take` returns false when it wants no more of that pattern. Where the locator
 * stops, the members are tried with their own pattern: every one, or when the locator says which matched,
 * that one and every later one (the locator did not try them there); a member's next match starts where its
 * last one ended (one further for an empty match); and the locator moves on one character, so no position
 * is passed over. Once a member is done, the locator is one for the members left.
 */
export function jointScan(text: string, plan: JointPlan, take: Take): void {
  for (const group of plan.groups) scanGroup(text, group, take);
}

/** Called with each match of pattern `index`; false when no more of that pattern is wanted. */
export type Take = (index: number, match: RegExpExecArray) => boolean;

/** jointScan for the patterns of one group only (one of `plan.groups`), for a reader that needs only those. */
export function scanGroup(text: string, group: Group, take: Take): void {
  const members = group.members;
  const nextFrom = new Int32Array(members.length);
  const done = new Uint8Array(members.length);
  let active = members.length;
  let { locator, memberKnown, places } = group.all;
  locator.lastIndex = 0;
  for (let m = locator.exec(text); m && active > 0; m = locator.exec(text)) {
    const at = m.index;
    let first = 0;
    if (memberKnown) {
      let g = 0;
      while (m[g + 1] === undefined) g++;
      first = places[g];
    }
    let finished = false;
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
        finished = true;
      }
    }
    if (finished && active > 0) ({ locator, memberKnown, places } = narrowedFor(group, done));
    locator.lastIndex = at + 1;
  }
}
