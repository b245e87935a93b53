// Turns zod's validation issues into what a Network Manager can act on: a JSON path such as
// rules["max-recipients"][1].maxVisible and a sentence such as "must be at most 500 (found 1000)".
import type { z } from 'zod/mini';

export interface ConfigIssue {
  /** JSON path of the offending value, e.g. `organisation.partnerDomains[2]`. */
  path: string;
  /** The same path as keys, for a form that shows the message next to its field. */
  at: (string | number)[];
  message: string;
}

/** An issue at a path given as keys. */
export function issueAt(at: readonly PropertyKey[], message: string): ConfigIssue {
  const keys = at.map((k) => (typeof k === 'number' ? k : String(k)));
  return { path: formatPath(keys), at: keys, message };
}

type Issue = z.core.$ZodIssue & { input?: unknown };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += (out ? '.' : '') + String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

function found(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input)}`;
  if (typeof input === 'object') return 'an object';
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
};

function sizeMessage(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum);
  const inclusive = issue.inclusive !== false;
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  const bound = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than';
  const noun = issue.origin === 'string' || issue.origin === 'array' ? 'must have' : 'must be';
  return `${noun} ${bound} ${limit}${unit} (found ${found(issue.input)})`;
}

/** One issue as a ConfigIssue; `prefix` is the path of the value that was being parsed. */
export function describeIssue(issue: Issue, prefix: readonly PropertyKey[]): ConfigIssue {
  return issueAt([...prefix, ...issue.path], describeMessage(issue));
}

function describeMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] || issue.expected;
      if (issue.input === undefined) return `is missing: it must be ${expected}`;
      return `must be ${expected} (found ${found(issue.input)})`;
    }
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue);
    case 'unrecognized_keys':
      return `has a setting draftlint does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (found ${found(issue.input)})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)} (found ${found(issue.input)})`;
    default:
      // Formats, enums and custom checks carry the sentence written beside the schema.
      return issue.message;
  }
}

/** All issues as lines, for the CLI, the build and the Settings card. */
export function formatIssues(issues: readonly ConfigIssue[], source: string): string {
  const head = `${source}: the configuration has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`;
  return [head, ...issues.map((i) => `  - ${i.path}: ${i.message}`)].join('\n');
}
