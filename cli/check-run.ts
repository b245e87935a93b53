// The CLI's pass over its inputs: each message read, kept or skipped (--sent-only), checked by a linter set
// up once for the run, and handed to the formatter as it comes, so an mbox of any size streams. Unreadable
// inputs are named on stderr and the rest are still checked.
import { createLinter, builtInRules, resolveOrganisation, type Address, type Config } from '../rules/index.ts';
import { emlToDraft } from './eml-to-draft.ts';
import type { Formatter, Write } from './formats/result.ts';
import { readInputs } from './inputs.ts';
import { SentOnlyTally, gmailLabels, looksLikeAllMail, skipReason } from './sent-only.ts';

export interface RunOptions {
  config: Config;
  known?: Address[];
  sentOnly: boolean;
}

export interface RunOutcome {
  unreadable: number;
  errors: number;
}

export async function checkInputs(paths: string[], options: RunOptions, formatter: Formatter, stderr: Write): Promise<RunOutcome> {
  const linter = createLinter(options.config, builtInRules);
  const tally = options.sentOnly ? new SentOnlyTally() : undefined;
  const school = resolveOrganisation(options.config);
  let unreadable = 0;
  let errors = 0;
  let warnedAllMail = false;
  for await (const event of readInputs(paths)) {
    if (event.kind === 'unreadable') {
      unreadable++;
      stderr(`draftlint: cannot read ${event.file}: ${event.reason}\n`);
      continue;
    }
    const parsed = await emlToDraft(event.message.bytes);
    if (!parsed.ok) {
      unreadable++;
      stderr(`draftlint: cannot read ${event.message.file}: ${parsed.reason}\n`);
      continue;
    }
    if (parsed.unread) stderr(`draftlint: ${event.message.file}: ${parsed.unread}\n`);
    const labels = gmailLabels(parsed.labelHeader);
    if (tally) {
      const reason = skipReason(labels, parsed.draft, school);
      tally.count(reason);
      if (reason) continue;
    } else if (!warnedAllMail && looksLikeAllMail(labels)) {
      warnedAllMail = true;
      stderr(
        `draftlint: ${event.message.file} looks like a Google Takeout of all mail: incoming mail is being checked too. Add --sent-only to check only what the school sent.\n`,
      );
    }
    const report = linter.lint(options.known ? { ...parsed.draft, knownCorrespondents: options.known } : parsed.draft);
    errors += report.findings.filter((f) => f.severity === 'error').length;
    const { draft, sentAt } = parsed;
    await formatter.write({
      file: event.message.file,
      headers: { sentAt, from: draft.from, subject: draft.subject },
      findings: report.findings,
      notChecked: report.notChecked,
      audited: report.audited,
    });
  }
  if (tally) stderr(`draftlint: ${tally.line()}\n`);
  return { unreadable, errors };
}
