// `npm run fuzz -- --seconds N [--seed S]`: mutates the attachment fixtures, the hostile inputs and the MIME
// corpus (when ../shared/corpus is there) for N seconds and prints every input that broke a promise: an
// attachment check over 200 ms, a message parsed and linted over 500 ms, an exception, a "rule failed", or
// a file that is not protected made to look protected as another format. Each is saved under
// $TMPDIR/draftlint-fuzz-*/ to be replayed. Timings are wall-clock on this machine: the first inputs pay for
// V8's warm-up, so a slow one is run again before it is reported.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { protection } from '../rules/attachments/protection.ts';
import { builtInRules, createLinter, parseConfig } from '../rules/index.ts';
import * as h from '../test/helpers/hostile.ts';

const ATTACHMENT_MS = 200;
const MESSAGE_MS = 500;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' } } });
let seed = Number(values.seed ?? Date.now() % 2 ** 31);
const startSeed = seed;
/** mulberry32: repeatable from --seed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (n: number) => Math.floor(random() * n);

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, accept));
    else if (accept(name)) out.push(path);
  }
  return out;
}

const fixtureDir = join(root, 'test/fixtures/attachments');
const fixtures: { name: string; bytes: Uint8Array }[] = filesUnder(fixtureDir, (n) => !/\.(sh|py|java)$/.test(n)).map((path) => ({
  name: path.slice(fixtureDir.length + 1),
  bytes: new Uint8Array(readFileSync(path)),
}));
fixtures.push(
  { name: 'hostile: looping ppt', bytes: h.loopingPpt() },
  { name: 'hostile: 7z header bomb', bytes: h.headerBomb7z() },
  { name: 'hostile: empty subsections pdf', bytes: h.emptySubsectionsPdf(8, 500) },
  { name: 'hostile: xref stream bomb pdf', bytes: h.xrefStreamBombPdf(4) },
  { name: 'hostile: duplicated member docx', bytes: h.duplicatedMemberDocx(16) },
);
const messages = filesUnder(join(root, '..', 'shared', 'corpus', 'mime'), (n) => /\.(eml|msg|txt)$/i.test(n))
  .concat(filesUnder(join(root, 'examples'), (n) => n.endsWith('.eml')))
  .map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) }));
const verdicts = new Map(fixtures.map((f) => [f.name, protection(f.bytes)]));

/** One of the mutations a damaged download, a careless tool or an attacker makes. */
function mutate(input: Uint8Array): Uint8Array {
  const b = input.slice();
  switch (int(6)) {
    case 0: // overwrite bytes, favouring the head and tail the parsers read
      for (let k = 1 + int(8); k > 0; k--) {
        const where = random();
        b[where < 0.3 ? int(Math.min(512, b.length)) : where < 0.6 ? b.length - 1 - int(Math.min(2048, b.length)) : int(b.length)] =
          int(256);
      }
      return b;
    case 1: // cut short
      return b.subarray(0, int(b.length));
    case 2: {
      // a region repeated (duplicated directory entries, chained sections)
      const from = int(b.length);
      const piece = b.subarray(from, Math.min(b.length, from + 1 + int(4096)));
      const times = 1 + int(64);
      const out = new Uint8Array(b.length + piece.length * times);
      out.set(b.subarray(0, from));
      for (let i = 0; i < times; i++) out.set(piece, from + i * piece.length);
      out.set(b.subarray(from), from + piece.length * times);
      return out;
    }
    case 3: {
      // numbers made large: lengths, counts, offsets
      for (let k = 1 + int(4); k > 0; k--) {
        const at = int(Math.max(1, b.length - 4));
        b[at] = 0xff;
        b[at + 1] = 0xff;
        b[at + 2] = int(256);
        b[at + 3] = int(2) ? 0x7f : 0xff;
      }
      return b;
    }
    case 4: {
      // another file's bytes spliced in
      const other = pick(fixtures).bytes;
      const from = int(other.length);
      const piece = other.subarray(from, from + 1 + int(2048));
      const at = int(b.length);
      const out = new Uint8Array(b.length + piece.length);
      out.set(b.subarray(0, at));
      out.set(piece, at);
      out.set(b.subarray(at), at + piece.length);
      return out;
    }
    default: // ASCII digits: the PDF and mbox syntax is numbers in text
      for (let k = 1 + int(6); k > 0; k--) b[int(b.length)] = 0x30 + int(10);
      return b;
  }
}

const parsed = parseConfig({}, builtInRules);
if (!parsed.ok) throw new Error('defaults');
const linter = createLinter(parsed.config, builtInRules);
/** Where broken inputs are saved: made with the first one, so a clean run leaves nothing behind. */
let out: string | undefined;
const counts = { attachments: 0, messages: 0, overBudget: 0, threw: 0, ruleFailed: 0, fooled: 0 };
let slowestAttachment = { ms: 0, name: '' };
let slowestMessage = { ms: 0, name: '' };
let saved = 0;

function report(kind: keyof typeof counts, what: string, bytes: Uint8Array): void {
  counts[kind]++;
  const file = join((out ??= mkdtempSync(join(tmpdir(), 'draftlint-fuzz-'))), `${saved++}-${kind}.bin`);
  writeFileSync(file, bytes);
  console.log(`${kind}: ${what} (saved as ${file})`);
}

/** Times a check twice when the first run is over budget: the first runs pay for compiling. */
function timed(run: () => void): number {
  let t = performance.now();
  run();
  let ms = performance.now() - t;
  if (ms > ATTACHMENT_MS) {
    t = performance.now();
    run();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

async function fuzzMessage(): Promise<void> {
  const source = pick(messages);
  const bytes = mutate(source.bytes);
  const t = performance.now();
  const message = await emlToDraft(bytes);
  const findings = message.ok ? linter.lint(message.draft).findings : [];
  const ms = performance.now() - t;
  counts.messages++;
  if (ms > slowestMessage.ms) slowestMessage = { ms, name: source.name };
  if (ms > MESSAGE_MS) report('overBudget', `${source.name}: message took ${ms.toFixed(0)} ms`, bytes);
  const failed = findings.find((f) => f.messageId === 'ruleFailed');
  if (failed) report('ruleFailed', `${source.name}: ${failed.message}`, bytes);
}

function fuzzAttachment(): void {
  const source = pick(fixtures);
  const bytes = mutate(source.bytes);
  const draft = {
    ...h.externalDraft({ text: 'Attached.' }),
    attachments: [h.attachmentOf(pick(['pupils.xlsx', 'notes.docx', 'SEN.pdf', 'list.zip', 'data.bin']), bytes)],
  };
  const verdict = protection(bytes);
  let failed: string | undefined;
  const ms = timed(() => {
    failed = linter.lint(draft).findings.find((f) => f.messageId === 'ruleFailed')?.message;
  });
  if (failed) report('ruleFailed', `${source.name}: ${failed}`, bytes);
  counts.attachments++;
  if (ms > slowestAttachment.ms) slowestAttachment = { ms, name: source.name };
  if (ms > ATTACHMENT_MS) report('overBudget', `${source.name}: attachment took ${ms.toFixed(0)} ms`, bytes);
  const before = verdicts.get(source.name)!;
  // An empty file with another file spliced in is that other file: its verdict is its own.
  if (
    before.status !== 'protected' &&
    before.format !== 'empty file' &&
    verdict.status === 'protected' &&
    verdict.format !== before.format
  ) {
    report('fooled', `${source.name} (${before.format}, ${before.status}) now reads as protected ${verdict.format}`, bytes);
  }
}

const deadline = Date.now() + Number(values.seconds) * 1000;
console.log(
  `fuzzing for ${values.seconds} s with --seed ${startSeed}: ${fixtures.length} attachments, ${messages.length} messages to mutate`,
);
while (Date.now() < deadline) {
  try {
    if (messages.length && random() < 0.3) await fuzzMessage();
    else fuzzAttachment();
  } catch (error) {
    counts.threw++;
    console.log(`threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.log(`\n${counts.attachments} attachment mutants, ${counts.messages} message mutants in ${values.seconds} s`);
console.log(
  `over budget: ${counts.overBudget} · threw: ${counts.threw} · rule failed: ${counts.ruleFailed} · fooled into "protected": ${counts.fooled}`,
);
console.log(
  `slowest attachment: ${slowestAttachment.ms.toFixed(1)} ms (${slowestAttachment.name}); slowest message: ${slowestMessage.ms.toFixed(1)} ms (${slowestMessage.name})`,
);
