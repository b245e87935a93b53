// What changed between two versions of the settings, one line per setting, for the history (an admin
// audit trail): "rules.max-recipients.maxVisible 20 → 30", "organisation.partnerDomains + la.gov.uk".
import type { ConfigFile } from '../../rules/index.ts';
import { leaves, type Leaf } from './paths.ts';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function listChange(before: unknown[], after: unknown[]): string {
  const was = new Set(before.map(show));
  const now = new Set(after.map(show));
  const added = after.map(show).filter((x) => !was.has(x));
  const removed = before.map(show).filter((x) => !now.has(x));
  return (
    [added.length ? `+ ${added.join(', ')}` : '', removed.length ? `− ${removed.join(', ')}` : ''].filter(Boolean).join(' ') || 'reordered'
  );
}

export function describeChanges(before: ConfigFile, after: ConfigFile): string[] {
  const was = leaves(before);
  const now = leaves(after);
  const lines: string[] = [];
  for (const [path, value] of now) {
    const old: Leaf | undefined = was.get(path);
    if (show(old) === show(value)) continue;
    if (Array.isArray(value) && Array.isArray(old)) lines.push(`${path} ${listChange(old, value)}`);
    else lines.push(`${path} ${old === undefined ? '(new)' : show(old)} → ${show(value)}`);
  }
  return lines;
}
