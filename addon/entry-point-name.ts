// The names Gmail may call, as a type: a card that names a callback outside addon/entrypoints.ts does not compile.
import type { entryPoints } from './entrypoints.ts';

export type EntryPointName = keyof typeof entryPoints;
