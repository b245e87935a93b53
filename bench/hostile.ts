// `npm run bench -- hostile`: every hostile input of issue 11 (test/helpers/hostile.ts), each checked in a
// child process of its own so that its time and its peak memory are its own. Reports the time, how much the
// process's peak resident memory grew during the check, and what draftlint said. A child over the time
// limit is stopped and reported as such. Budgets: an attachment ≤ 200 ms and ≤ 64 MB; a message ≤ 500 ms.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { builtInRules, lint, parseConfig } from '../rules/index.ts';
import type { Attachment, Draft } from '../rules/engine/types.ts';
import * as h from '../test/helpers/hostile.ts';

/** A draft to lint, or raw message bytes to parse first (parsing is then part of what is timed). */
type Case = { kind: 'attachment' | 'message'; build: () => Draft | Uint8Array };

const withFile = (name: string, bytes: Uint8Array): Draft => ({
  ...h.externalDraft({ text: 'Please see attached.' }),
  attachments: [h.attachmentOf(name, bytes) as Attachment],
});
const fromRaw = async (raw: Uint8Array): Promise<Draft> => {
  const parsed = await emlToDraft(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.draft;
};
const MB = 1024 * 1024;

export const cases: Record<string, Case> = {
  '1 docx of 2 MiB "<"': { kind: 'attachment', build: () => withFile('notes.docx', h.tagBombDocx()) },
  '1 xlsx of "<a" repeated': { kind: 'attachment', build: () => withFile('notes.xlsx', h.tagBombXlsx()) },
  '2 one 4 MiB member listed 300 times': { kind: 'attachment', build: () => withFile('notes.docx', h.duplicatedMemberDocx(300)) },
  '2 one 4 MiB member listed 16 times': { kind: 'attachment', build: () => withFile('notes.docx', h.duplicatedMemberDocx(16)) },
  '3 65,534 entries sharing one 8 MiB member': { kind: 'attachment', build: () => withFile('pupils.zip', h.sharedMemberZip()) },
  '3 20 entries sharing one 7z header bomb': { kind: 'attachment', build: () => withFile('pupils.zip', h.sharedHeaderBombZip()) },
  '4 64 xref streams of 16 MiB each': { kind: 'attachment', build: () => withFile('pupils.pdf', h.xrefStreamBombPdf()) },
  '4 64 tables of 9,990 empty subsections': { kind: 'attachment', build: () => withFile('pupils.pdf', h.emptySubsectionsPdf()) },
  '5 7z header unpacking to 16 MiB': { kind: 'attachment', build: () => withFile('pupils.7z', h.headerBomb7z()) },
  '6 ppt with a self-looping sector': { kind: 'attachment', build: () => withFile('pupils.ppt', h.loopingPpt()) },
  '7 unknown file starting 0x8c': { kind: 'attachment', build: () => withFile('pupils.dat', h.pgpTagLookalike(0x8c)) },
  '8 400 KB of identifiers': { kind: 'message', build: () => h.externalDraft({ text: h.identifierText(400_000) }) },
  '8 5 MB of identifiers': { kind: 'message', build: () => h.externalDraft({ text: h.identifierText(5 * MB) }) },
  '8 1 MB subject of identifiers': { kind: 'message', build: () => h.externalDraft({ text: 'Hello' }, h.identifierText(MB)) },
  '8 5 MB of dates of birth': { kind: 'message', build: () => h.externalDraft({ text: h.datesOfBirthText(5 * MB) }) },
  '9 400 KB of swearing': { kind: 'message', build: () => h.externalDraft({ text: h.swearingText(400_000) }) },
  '9 5 MB of swearing': { kind: 'message', build: () => h.externalDraft({ text: h.swearingText(5 * MB) }) },
  '10 10,000 addresses in To': { kind: 'message', build: () => h.manyRecipients(10_000) },
  '10 10,000 in each of To/Cc/Bcc': { kind: 'message', build: () => h.manyRecipients(10_000, ['to', 'cc', 'bcc']) },
  '10 100,000 in each of To/Cc/Bcc': { kind: 'message', build: () => h.manyRecipients(100_000, ['to', 'cc', 'bcc']) },
  '15 40,000 encoded words in a subject (parse + lint)': {
    kind: 'message',
    build: () => h.rawMessage({ To: 'parent@gmail.com', Subject: h.encodedWordsSubject() }),
  },
  '15 40,000 encoded words in a display name (parse + lint)': {
    kind: 'message',
    build: () => h.rawMessage({ To: `${h.encodedWordsSubject()} <parent@gmail.com>` }),
  },
  '15 a display name of 680 KB (parse + lint)': {
    kind: 'message',
    build: () => h.rawMessage({ To: `${'x'.repeat(680_000)} <parent@gmail.com>` }),
  },
  '16 700,000 empty MIME parts, 4.9 MB (parse + lint)': { kind: 'message', build: () => h.manyPartsMessage(700_000) },
};

/** What the check said, in a few words: the findings' rule ids and message ids, or the failure. */
function verdict(draft: Draft): string {
  const parsed = parseConfig({}, builtInRules);
  if (!parsed.ok) throw new Error('defaults');
  const report = lint(draft, parsed.config, builtInRules);
  const said = report.findings.map((f) => `${f.ruleId}:${f.messageId}${f.severity === 'error' ? '' : ` (${f.severity})`}`);
  return [...new Set(said)].join(', ') || 'no finding';
}

async function child(name: string): Promise<void> {
  const c = cases[name];
  const built = c.build();
  const before = process.resourceUsage().maxRSS;
  const t = performance.now();
  const draft = built instanceof Uint8Array ? await fromRaw(built) : built;
  const said = verdict(draft);
  const ms = performance.now() - t;
  const grew = (process.resourceUsage().maxRSS - before) / 1024;
  process.stdout.write(JSON.stringify({ ms, grew, said }));
}

export function benchHostile(limitSeconds = 60): void {
  console.log(`\nhostile inputs (issue 11), each in its own process, stopped after ${limitSeconds} s`);
  console.log('| input | time | peak memory growth | what draftlint says |\n|---|---|---|---|');
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(cases)) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--case', name], {
      encoding: 'utf8',
      timeout: limitSeconds * 1000,
      maxBuffer: 1 << 20,
    });
    if (run.error || run.status !== 0) {
      const why =
        run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
          ? `> ${limitSeconds} s (stopped)`
          : `failed: ${(run.stderr || '').trim().split('\n').slice(-2).join(' ')}`;
      console.log(`| ${name} | ${why} | | |`);
      continue;
    }
    const r = JSON.parse(run.stdout) as { ms: number; grew: number; said: string };
    console.log(`| ${name} | ${r.ms.toFixed(0)} ms | ${r.grew.toFixed(0)} MB | ${r.said} |`);
  }
}

const at = process.argv.indexOf('--case');
if (at >= 0) await child(process.argv[at + 1]);
