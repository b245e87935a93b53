// Expands the CLI's PATH arguments into messages: an .eml is one message, an .mbox many (streamed),
// a folder every .eml and .mbox below it, in a stable order. Only regular files are opened.
import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { splitMbox } from './mbox.ts';

export interface MessageInput {
  /** `path` for an .eml; `path#N` (N from 1) for the Nth message of an mbox. */
  file: string;
  bytes: Uint8Array;
}

export type InputEvent = { kind: 'message'; message: MessageInput } | { kind: 'unreadable'; file: string; reason: string };

async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) for (const f of await listFolder(path)) files.push(f);
    else if (/\.(eml|mbox)$/i.test(e.name)) files.push(path);
  }
  return files;
}

/** An mbox by name, or a file that is not named .eml and starts with an mbox "From " line. */
async function isMbox(path: string): Promise<boolean> {
  if (/\.mbox$/i.test(path)) return true;
  if (/\.eml$/i.test(path)) return false;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    return head.toString('latin1') === 'From ';
  } finally {
    await handle.close();
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function* readInputs(paths: string[]): AsyncGenerator<InputEvent> {
  for (const path of paths) {
    let files: string[];
    try {
      files = (await stat(path)).isDirectory() ? await listFolder(path) : [path];
    } catch (error) {
      yield { kind: 'unreadable', file: path, reason: reasonOf(error) };
      continue;
    }
    for (const file of files) {
      try {
        // Only regular files are read: a pipe named .eml would block the run forever with no output.
        if (!(await stat(file)).isFile()) {
          yield { kind: 'unreadable', file, reason: 'not a regular file (a pipe, socket or device)' };
          continue;
        }
        if (await isMbox(file)) {
          let n = 0;
          for await (const bytes of splitMbox(createReadStream(file))) {
            yield { kind: 'message', message: { file: `${file}#${++n}`, bytes } };
          }
          if (n === 0) yield { kind: 'unreadable', file, reason: 'no messages found in this mbox' };
        } else {
          yield { kind: 'message', message: { file, bytes: await readFile(file) } };
        }
      } catch (error) {
        yield { kind: 'unreadable', file, reason: reasonOf(error) };
      }
    }
  }
}
