// The draftlint command line: `draftlint check [--config FILE] [--format stylish|json|html] [-o FILE]
// [--known-recipients FILE] [--sent-only] PATH...`.
// Exit 0: no errors found. 1: at least one finding of severity error. 2: usage error, bad config,
// or an input that could not be read (named on stderr; every other input is still checked).
import { parseArgs } from 'node:util';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { builtInRules, rulesMeta } from '../rules/index.ts';
import { loadConfigFile } from './config-file.ts';
import { htmlFormatter } from './formats/html.ts';
import { jsonFormatter } from './formats/json.ts';
import type { Formatter, Write } from './formats/result.ts';
import { stylishFormatter } from './formats/stylish.ts';
import { checkInputs } from './check-run.ts';
import { readKnownRecipients } from './known-recipients.ts';
import { VERSION } from './version.ts';

export const USAGE = `Usage: draftlint check [--config FILE] [--format stylish|json|html] [-o FILE]
                      [--known-recipients FILE] [--sent-only] PATH...

Checks e-mails against the Staff ICT Code of Conduct, as the Gmail add-on does.
PATH is an .eml file, an .mbox file, or a folder of them.

Options:
  --config FILE    config to use (default: ./draftlint.config.json, else built-in defaults)
  --format NAME    stylish (default, for people), json (one array, for tools) or
                   html (one self-contained page: summary, charts, flagged messages)
  -o, --output FILE  write the report to FILE instead of the terminal
  --known-recipients FILE
                   who the sender has written to, for near misses of their addresses:
                   one address per line, or an .mbox of sent mail (its To, Cc and Bcc)
  --sent-only      check only what school accounts sent, in a Google export of mail:
                   Takeout's X-Gmail-Labels "Sent" (Chat, Spam and Trash left out), or
                   for a Vault export (no labels), a From inside the internal domains
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
        output: { type: 'string', short: 'o' },
        'known-recipients': { type: 'string' },
        'sent-only': { type: 'boolean', default: false },
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
  if (format !== 'stylish' && format !== 'json' && format !== 'html')
    return usageError(`unknown format "${format}" (use stylish, json or html)`);

  const loaded = loadConfigFile(args.values.config, io.cwd);
  if (!loaded.ok) {
    io.stderr(`draftlint: ${loaded.message}\n`);
    return 2;
  }
  const sentOnly = args.values['sent-only'] === true;
  if (sentOnly && !loaded.config.organisation.internalDomains.length)
    return usageError(
      '--sent-only needs organisation.internalDomains in the config, to tell the school’s sent mail in an export without Gmail labels',
    );
  const knownFile = args.values['known-recipients'];
  const known = knownFile ? await readKnownRecipients(resolve(io.cwd, knownFile)) : undefined;
  if (known && !known.ok) {
    io.stderr(`draftlint: --known-recipients: ${known.message}\n`);
    return 2;
  }
  if (known) io.stderr(`draftlint: ${known.note}\n`);
  const file = args.values.output ? fileWriter(resolve(io.cwd, args.values.output)) : undefined;
  const write = file ? file.write : io.stdout;
  const formatter: Formatter =
    format === 'json'
      ? jsonFormatter(write)
      : format === 'html'
        ? htmlFormatter(write, {
            inputs: paths,
            configSource: loaded.source,
            config: loaded.config,
            rules: rulesMeta(builtInRules),
            version: VERSION,
            sentOnly,
          })
        : stylishFormatter(write, !file && io.colour && !args.values['no-color']);

  const outcome = await checkInputs(paths, { config: loaded.config, known: known && known.known, sentOnly }, formatter, io.stderr);
  await formatter.close();
  if (file) await file.end();
  return outcome.unreadable ? 2 : outcome.errors ? 1 : 0;
}

/** A file to write the report to, with back-pressure like the terminal's. */
function fileWriter(path: string): { write: Write; end: () => Promise<void> } {
  const stream = createWriteStream(path);
  return {
    write: (text) => (stream.write(text) ? undefined : new Promise<void>((done) => stream.once('drain', () => done()))),
    end: () => new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done()))),
  };
}
