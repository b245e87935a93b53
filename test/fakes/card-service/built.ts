// The base of every CardService fake builder: it records what was built twice over, as the fake's own JSON
// (`toJSON`, which the tests and the preview read) and as Card v1 JSON (`toCardV1`, what Google's
// CardService would produce from the same calls, field names as in card.proto's JSON mapping).
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Anything the fake built can turn itself into JSON; real objects passed in are rejected. */
export function json(value: unknown): Json {
  if (value instanceof Built) return value.toJSON();
  if (Array.isArray(value)) return value.map(json);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Json;
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = json(v);
    return out;
  }
  throw new TypeError(`CardService fake: cannot record ${typeof value}`);
}

export abstract class Built {
  protected readonly fields: Record<string, unknown> = {};
  constructor(readonly kind: string) {}
  protected set(key: string, value: unknown): this {
    this.fields[key] = value;
    return this;
  }
  protected push(key: string, value: unknown): this {
    ((this.fields[key] as unknown[]) ??= []).push(value);
    return this;
  }
  toJSON(): JsonObject {
    const out: JsonObject = { type: this.kind };
    for (const [k, v] of Object.entries(this.fields)) out[k] = json(v);
    return out;
  }
  /** The Card v1 JSON of this object (its message, or for a widget the Widget with its oneof set). */
  abstract toCardV1(): JsonObject;
  /** The v1 JSON of fields, leaving out those never set (proto3 JSON omits unset fields). */
  protected v1(mapping: Record<string, string>): JsonObject {
    const out: JsonObject = {};
    for (const [from, to] of Object.entries(mapping)) if (this.fields[from] !== undefined) out[to] = cardV1Of(this.fields[from]);
    return out;
  }
}

export function cardV1Of(value: unknown): Json {
  if (value instanceof Built) return value.toCardV1();
  if (Array.isArray(value)) return value.map(cardV1Of);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = cardV1Of(v);
    return out;
  }
  return json(value);
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string`);
  return value;
}

/** "#1a73e8" as google.type.Color (0–1 floats), as card.proto's Button.color takes it. */
export function colourOf(hex: string): JsonObject {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`A colour must be #rrggbb, not ${JSON.stringify(hex)}`);
  const channel = (h: string) => Math.round((parseInt(h, 16) / 255) * 1000) / 1000;
  return { red: channel(m[1]), green: channel(m[2]), blue: channel(m[3]) };
}
