#!/usr/bin/env node
// Entry point for `npx draftlint`: runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');

// `draftlint check big.mbox | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const writer = (stream) => (text) =>
  stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', resolve));

process.exitCode = await main(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  cwd: process.cwd(),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
