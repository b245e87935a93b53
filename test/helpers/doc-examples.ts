// Reads the examples on a rule's doc page (docs/rules/<id>.md) so that they run as tests and cannot drift.
// An example is a line "**Flagged** — `messageId` (severity), …: what it shows" or "**Not flagged**: …"
// followed by a ```draft block: header lines (From, To, Cc, Bcc, Subject, Attachment, Options,
// Organisation), a blank line, then the body. "To: 21 addresses at school.example" stands for 21 distinct
// addresses; "Attachment: name (12 MB)" is a file of that size with no bytes read, "Attachment: name
// (test/fixtures/…)" the bytes of that file; "Known: a, b" the sender's known correspondents; "Content-Type: text/html" makes the body HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment, Draft } from '../../rules/index.ts';
import { draftOf } from './draft.ts';

export interface DocExample {
  /** The line that introduces the example, to name the test. */
  title: string;
  /** Expected findings as "messageId (severity)", in order; empty for "Not flagged". */
  expected: string[];
  draft: Draft;
  options?: Record<string, unknown>;
  organisation?: Record<string, unknown>;
}

const INTRO = /^\*\*(Flagged|Not flagged)\*\*(?: — (.+?))?: (.+)$/;
const EXPECTED = /`(\w+)` \((info|warning|error)\)/g;

export function docExamples(markdown: string, root: string): DocExample[] {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\*\*(Flagged|Not flagged)\*\*/.test(lines[i])) continue;
    // The introduction is a paragraph: it may wrap onto the lines below.
    let end = i;
    while (lines[end + 1]?.trim()) end++;
    const paragraph = lines.slice(i, end + 1).join(' ');
    const intro = INTRO.exec(paragraph)!;
    const open = lines.findIndex((line, j) => j > end && line.trim() !== '');
    if (lines[open] !== '```draft') throw new Error(`"${paragraph}" is not followed by a \`\`\`draft block`);
    const close = lines.indexOf('```', open + 1);
    if (close < 0) throw new Error(`the draft after "${paragraph}" is not closed`);
    const expected = intro[1] === 'Flagged' ? [...(intro[2] ?? '').matchAll(EXPECTED)].map((m) => `${m[1]} (${m[2]})`) : [];
    if (intro[1] === 'Flagged' && !expected.length) throw new Error(`"${lines[i]}" names no finding as \`id\` (severity)`);
    examples.push({ title: `${intro[1]}: ${intro[3]}`, expected, ...draftFrom(lines.slice(open + 1, close), root) });
    i = close;
  }
  return examples;
}

function draftFrom(block: string[], root: string): Omit<DocExample, 'title' | 'expected'> {
  const blank = block.indexOf('');
  const headers = blank < 0 ? block : block.slice(0, blank);
  const body = blank < 0 ? '' : block.slice(blank + 1).join('\n');
  const spec: Parameters<typeof draftOf>[0] = { from: 'teacher@silcoates.org.uk', to: [], cc: [], bcc: [], attachments: [] };
  let html = false;
  let options: Record<string, unknown> | undefined;
  let organisation: Record<string, unknown> | undefined;
  for (const header of headers) {
    const colon = header.indexOf(':');
    if (colon < 0) throw new Error(`not a header line: ${header}`);
    const name = header.slice(0, colon).trim().toLowerCase();
    const value = header.slice(colon + 1).trim();
    if (name === 'to' || name === 'cc' || name === 'bcc') spec[name] = addressesOf(value);
    else if (name === 'from') spec.from = value;
    else if (name === 'subject') spec.subject = value;
    else if (name === 'known') spec.known = addressesOf(value);
    else if (name === 'attachment') spec.attachments!.push(attachmentOf(value, root));
    else if (name === 'options') options = JSON.parse(value);
    else if (name === 'organisation') organisation = JSON.parse(value);
    else if (name === 'content-type') html = value === 'text/html';
    else throw new Error(`unknown header in a doc example: ${header}`);
  }
  if (html) {
    spec.html = body;
    spec.body = body.replace(/<[^>]*>/g, '');
  } else spec.body = body;
  return { draft: draftOf(spec), options, organisation };
}

function addressesOf(value: string): string[] {
  const many = /^(\d+) addresses at (\S+)$/.exec(value);
  if (many) return Array.from({ length: Number(many[1]) }, (_, i) => `person${i + 1}@${many[2]}`);
  // Commas inside a quoted display name do not occur in the examples; a plain split reads them all.
  return value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

function attachmentOf(value: string, root: string): Attachment {
  const m = /^(.+) \((.+)\)$/.exec(value);
  if (!m) throw new Error(`an attachment is "name (size or file)": ${value}`);
  const [, name, what] = m;
  const size = /^([\d.]+) MB$/.exec(what);
  if (size) return { name, contentType: 'application/octet-stream', size: Math.round(Number(size[1]) * 1024 * 1024) };
  const bytes = new Uint8Array(readFileSync(join(root, what)));
  return { name, contentType: 'application/octet-stream', size: bytes.length, bytes };
}
