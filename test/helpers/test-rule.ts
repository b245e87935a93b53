// Metadata for the engine tests' stand-in rules: only what a test varies is written out (its id, the
// fields it reads, its default severity and messages); the rest is the same for every stand-in.
import * as z from 'zod/mini';
import type { ActiveSeverity, DraftField, RuleMeta } from '../../rules/engine/types.ts';

/** The policy clause every stand-in rule quotes. */
export const testPolicy = { section: 'Test', quote: 'A clause.' };

export function testMeta<N extends DraftField>(
  id: string,
  needs: N[],
  { defaultSeverity = 'info', messages = {} }: { defaultSeverity?: ActiveSeverity; messages?: Record<string, string> } = {},
): RuleMeta<object, N> {
  return { id, description: 'd', afterSending: 'a', policy: testPolicy, defaultSeverity, needs, options: z.strictObject({}), messages };
}
