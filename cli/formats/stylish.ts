// --format stylish (the default): ESLint's layout — findings grouped by file, then one summary line.
// Each finding also shows its evidence and the policy clause it rests on, since that is why staff should care.
import type { Finding } from '../../rules/index.ts';
import type { Formatter, MessageResult, Write } from './result.ts';

const COLOURS = { error: '31', warning: '33', info: '36', audit: '35', dim: '2', bold: '1', underline: '4' } as const;

export function stylishFormatter(out: Write, colour: boolean): Formatter {
  const paint = (code: keyof typeof COLOURS, text: string) => (colour ? `\x1b[${COLOURS[code]}m${text}\x1b[0m` : text);
  const totals = { error: 0, warning: 0, info: 0, audit: 0, fixable: 0, notChecked: 0, messages: 0 };

  // An audited finding is labelled "audit", whatever its severity would be: the rule is on trial.
  function line(f: Finding, label: 'audit' | Finding['severity'] = f.severity): string[] {
    const lines = [`  ${paint(label, label.padEnd(7))}  ${f.message}  ${paint('dim', f.ruleId)}`];
    for (const e of (f.evidence || []).slice(0, 3)) lines.push(`           ${paint('dim', e)}`);
    for (const s of f.suggestions || []) lines.push(`           → ${s}`);
    lines.push(`           ${paint('dim', `${f.policy.section}: “${f.policy.quote}”`)}`);
    return lines;
  }

  return {
    write(result: MessageResult) {
      totals.messages++;
      for (const f of result.findings) {
        totals[f.severity]++;
        if (f.fix) totals.fixable++;
      }
      totals.notChecked += result.notChecked.length;
      totals.audit += result.audited.length;
      if (!result.findings.length && !result.notChecked.length && !result.audited.length) return;
      const body = result.findings.flatMap((f) => line(f));
      for (const f of result.audited) body.push(...line(f, 'audit'));
      for (const n of result.notChecked) body.push(`  ${paint('dim', `${'skipped'.padEnd(7)}  ${n.reason}  ${n.ruleId}`)}`);
      return out(`\n${paint('underline', result.file)}\n${body.join('\n')}\n`);
    },
    close() {
      const problems = totals.error + totals.warning + totals.info;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const checked = `${plural(totals.messages, 'message')} checked`;
      const audit = totals.audit ? `  ${plural(totals.audit, 'finding')} of rules in audit mode (not shown to staff).\n` : '';
      if (problems === 0) {
        return out(`\n${paint('bold', `✔ No problems`)} (${checked})\n${audit}`);
      }
      const mark = totals.error ? paint('error', '✖') : paint('warning', '⚠');
      const summary = `${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info) in ${checked}`;
      const fixable = totals.fixable ? `  ${plural(totals.fixable, 'problem')} can be fixed with one click in the Gmail add-on.\n` : '';
      return out(`\n${mark} ${paint('bold', summary)}\n${fixable}${audit}`);
    },
  };
}
