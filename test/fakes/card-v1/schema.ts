// Card v1 as Google defines it: loads `google/apps/card/v1/card.proto` from the pinned google-proto-files
// package (never a copy in this repo) with protobufjs, and walks a card's JSON strictly against it.
// protobufjs's own Type.verify() is not enough: it ignores unknown keys and wants enum numbers, not names.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';

const CARD_PACKAGE = 'google.apps.card.v1';

let loaded: protobuf.Root | undefined;

/** The proto, loaded once per process, with comments kept (they carry "Required" and the availability tags). */
export function cardProto(): protobuf.Root {
  if (loaded) return loaded;
  const base = dirname(createRequire(import.meta.url).resolve('google-proto-files/package.json'));
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(base, target);
  root.loadSync('google/apps/card/v1/card.proto', { alternateCommentMode: true });
  root.resolveAll();
  loaded = root;
  return root;
}

// The proto tags every message and field with where it is available; the last paragraph of its comment
// reads "[Google Chat apps](…):" for Chat only, "[Google Workspace add-ons](…):" for add-ons only.
const CHAT_ONLY = /\[Google Chat apps\]\([^)]*\):\s*$/;

/** Chat-only: the field, or the message or enum it holds, is tagged for Chat apps alone. */
function chatOnly(field: protobuf.Field): boolean {
  const own = field.comment ?? '';
  const type = field.resolvedType?.comment ?? '';
  return CHAT_ONLY.test(own) || CHAT_ONLY.test(type);
}

/** "Required." at the start of a field's comment: proto3 cannot say it, so Google's comments do. */
const isRequired = (field: protobuf.Field) => /^Required\./.test(field.comment ?? '');

const INT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64']);

type Problems = string[];

function checkScalar(field: protobuf.Field, value: unknown, at: string, problems: Problems): void {
  const { type } = field;
  if (type === 'string' || type === 'bytes') {
    if (typeof value !== 'string') problems.push(`${at}: ${type} expected, got ${JSON.stringify(value)}`);
  } else if (type === 'bool') {
    if (typeof value !== 'boolean') problems.push(`${at}: bool expected, got ${JSON.stringify(value)}`);
  } else if (INT_TYPES.has(type)) {
    if (typeof value !== 'number' || !Number.isInteger(value)) problems.push(`${at}: integer expected, got ${JSON.stringify(value)}`);
  } else if (type === 'float' || type === 'double') {
    if (typeof value !== 'number') problems.push(`${at}: number expected, got ${JSON.stringify(value)}`);
  } else problems.push(`${at}: scalar type ${type} not understood by the validator`);
}

function checkValue(field: protobuf.Field, value: unknown, at: string, problems: Problems): void {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) {
    if (typeof value !== 'string' || !(value in resolved.values)) {
      problems.push(`${at}: ${JSON.stringify(value)} is not a value of ${resolved.name} (${Object.keys(resolved.values).join(', ')})`);
    } else if (/_UNSPECIFIED$/.test(value)) problems.push(`${at}: ${value} is the "don't use" value of ${resolved.name}`);
  } else if (resolved instanceof protobuf.Type) checkMessage(resolved, value, at, problems);
  else checkScalar(field, value, at, problems);
}

/** Every problem of `json` as a message of `type`: unknown or Chat-only fields, oneofs, required fields, JSON types. */
export function checkMessage(type: protobuf.Type, json: unknown, at: string, problems: Problems = []): Problems {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push(`${at}: object expected for ${type.name}, got ${JSON.stringify(json)}`);
    return problems;
  }
  const object = json as Record<string, unknown>;
  for (const [key, value] of Object.entries(object)) {
    const field = type.fields[key];
    const here = `${at}.${key}`;
    if (!field) {
      problems.push(`${here}: unknown field of ${type.fullName}`);
      continue;
    }
    if (chatOnly(field)) problems.push(`${here}: available for Google Chat apps only, not for add-ons`);
    if (field.repeated) {
      if (!Array.isArray(value)) problems.push(`${here}: list expected`);
      else value.forEach((item, i) => checkValue(field, item, `${here}[${i}]`, problems));
    } else checkValue(field, value, here, problems);
  }
  for (const oneof of type.oneofsArray) {
    const set = oneof.oneof.filter((name) => name in object);
    if (set.length > 1) problems.push(`${at}: oneof ${oneof.name} has ${set.join(', ')}`);
  }
  for (const field of type.fieldsArray) if (isRequired(field) && !(field.name in object)) problems.push(`${at}: ${field.name} is required`);
  return problems;
}

/** A message type of the card package by its short name ('Card', 'Widget' …). */
export const cardType = (name: string): protobuf.Type => cardProto().lookupType(`${CARD_PACKAGE}.${name}`);
