// Reads an mbox as `draftlint check` does (split, postal-mime, draft) and checks nothing: the baseline the
// CLI bench compares the check with, in its own process and, bundled like the CLI, in a fresh one.
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { splitMbox } from '../cli/mbox.ts';

export async function readMbox(file: string): Promise<void> {
  for await (const bytes of splitMbox(createReadStream(file))) await emlToDraft(bytes);
}

/**
 * The same messages read by postal-mime as published (Node's own Blob, no draft): what the CLI's ×1.4 budget
 * was set against, before cli/chunk-blob.ts and the splitter made the CLI's reading five times cheaper
 * (docs/performance.md).
 */
export async function readMboxPublished(file: string): Promise<void> {
  for await (const bytes of splitMbox(createReadStream(file))) await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
}

// Run as a script (the bundle in a fresh process): read the mbox named on the command line.
if (process.argv[1] === fileURLToPath(import.meta.url)) await readMbox(process.argv[2]);
