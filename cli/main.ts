// The draftlint command line: `draftlint check [--config FILE] [--format stylish|json] PATH...`.
// Exit 0: no errors found. 1: at least one finding of severity error. 2: usage error, bad config,
// or an input that could not be read (named on stderr; every other input is still checked).
import { parseArgs } from 'node:util';
import { builtInRules, createLinter } from '../rules/index.ts';
import { loadConfigFile } from './config-file.ts';
import { emlToDraft } from './eml-to-draft.ts';
import { jsonFormatter } from './formats/json.ts';
import type { Formatter, Write } from './formats/result.ts';
import { stylishFormatter } from './formats/stylish.ts';
import { readInputs } from './inputs.ts';

export const USAGE = `Usage: draftlint check [--config FILE] [--format stylish|json] PATH...

Checks e-mails against the Staff ICT Code of Conduct, as the Gmail add-on does.
PATH is an .eml file, an .mbox file, or a folder of them.

Options:
  --config FILE    config to use (default: ./draftlint.config.json, else built-in defaults)
  --format NAME    stylish (default, for people) or json (one array, for tools)
  --no-color       plain output even on a terminal
  -h, --help       show this help

Exit codes: 0 no errors · 1 errors found · 2 usage, config or unreadable input`;

export interface CliIo {
  stdout: Write;
  stderr: Write;
  cwd: string;
  colour: boolean;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'stylish' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`draftlint: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...paths] = args.positionals;
  if (args.values.help || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const usageError = (message: string) => {
    io.stderr(`draftlint: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  if (command !== 'check') return usageError(command ? `unknown command "${command}"` : 'no command given');
  if (!paths.length) return usageError('no PATH given: name an .eml, an .mbox or a folder');
  const format = args.values.format;
  if (format !== 'stylish' && format !== 'json') return usageError(`unknown format "${format}" (use stylish or json)`);

  const loaded = loadConfigFile(args.values.config, io.cwd);
  if (!loaded.ok) {
    io.stderr(`draftlint: ${loaded.message}\n`);
    return 2;
  }
  const formatter: Formatter =
    format === 'json' ? jsonFormatter(io.stdout) : stylishFormatter(io.stdout, io.colour && !args.values['no-color']);

  // Rules are set up once for the run (word lists compiled), then check each message.
  const linter = createLinter(loaded.config, builtInRules);
  let unreadable = 0;
  let errors = 0;
  for await (const event of readInputs(paths)) {
    if (event.kind === 'unreadable') {
      unreadable++;
      io.stderr(`draftlint: cannot read ${event.file}: ${event.reason}\n`);
      continue;
    }
    const parsed = await emlToDraft(event.message.bytes);
    if (!parsed.ok) {
      unreadable++;
      io.stderr(`draftlint: cannot read ${event.message.file}: ${parsed.reason}\n`);
      continue;
    }
    const report = linter.lint(parsed.draft);
    errors += report.findings.filter((f) => f.severity === 'error').length;
    await formatter.write({ file: event.message.file, findings: report.findings, notChecked: report.notChecked, audited: report.audited });
  }
  await formatter.close();
  return unreadable ? 2 : errors ? 1 : 0;
}
