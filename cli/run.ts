// The process around the CLI: real stdout/stderr with back-pressure, a closed pipe taken as the reader's
// choice, and the exit code. Run by cli/bin.mjs, bundled (dist/cli.mjs) or through tsx.
import { main } from './main.ts';

// `draftlint check big.mbox | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const writer = (stream: NodeJS.WriteStream) => (text: string) =>
  stream.write(text) ? undefined : new Promise<void>((resolve) => stream.once('drain', () => resolve()));

process.exitCode = await main(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  cwd: process.cwd(),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
