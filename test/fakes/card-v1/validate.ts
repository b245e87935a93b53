// The one check every card built in a test or drawn by the preview goes through (the CardService fake calls
// it from build()): the Card v1 schema from card.proto, then Google's documented limits. A card that fails
// throws with every problem listed. With DRAFTLINT_CARD_REPORT=FILE set, each card's figures and problems
// are appended to FILE as a JSON line instead (`npm run cards` uses it to report on the whole suite).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { cardType, checkMessage } from './schema.ts';
import { limitProblems, widgetsOf } from './limits.ts';

const CODE_JS = fileURLToPath(new URL('../../../dist/Code.js', import.meta.url));

let topLevel: Set<string> | undefined;

/** The functions Gmail can call: the top-level function declarations of the bundle `npm run build` wrote. */
export function bundleFunctions(): ReadonlySet<string> {
  if (topLevel) return topLevel;
  if (!existsSync(CODE_JS)) throw new Error('Card v1 validator: dist/Code.js is missing; run `npm run build` first (npm test does).');
  const program = parse(readFileSync(CODE_JS, 'utf8'), { ecmaVersion: 2019 });
  topLevel = new Set(program.body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [])));
  return topLevel;
}

export interface CardVerdict {
  name: string;
  widgets: number;
  sections: number;
  bytes: number;
  problems: string[];
}

export function validateCard(card: Record<string, unknown>): CardVerdict {
  const problems = [...checkMessage(cardType('Card'), card, 'card'), ...limitProblems(card, bundleFunctions())];
  return {
    name: typeof card.name === 'string' ? card.name : '(unnamed)',
    widgets: widgetsOf(card),
    sections: Array.isArray(card.sections) ? card.sections.length : 0,
    bytes: Buffer.byteLength(JSON.stringify(card)),
    problems,
  };
}

/** Throws unless the card is valid Card v1 within Google's limits (or records it, in report mode). */
export function assertValidCard(card: Record<string, unknown>): void {
  const verdict = validateCard(card);
  const report = process.env.DRAFTLINT_CARD_REPORT;
  if (report) {
    appendFileSync(report, `${JSON.stringify({ ...verdict, test: runningTest() })}\n`);
    return;
  }
  if (verdict.problems.length)
    throw new Error(`Card "${verdict.name}" is not valid Card v1 for a Gmail add-on:\n  ${verdict.problems.join('\n  ')}`);
}

/** The running test's file and name, when vitest is running one (for the report only; vitest's worker state). */
function runningTest(): string {
  type Task = { name?: string; file?: { name?: string } };
  const current = (globalThis as { __vitest_worker__?: { current?: Task } }).__vitest_worker__?.current;
  return current ? `${current.file?.name ?? ''} › ${current.name ?? ''}` : '';
}
