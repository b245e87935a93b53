// The one owner of the script's property store, which every user of the add-on shares and Google caps at
// 500 KB (https://developers.google.com/apps-script/guides/services/quotas): three namespaces, each with its
// key prefix and a byte budget, 428 KB together, so that no part can fill the store for the others and a
// write over its budget is refused with a plain error before Google's quota error could be thrown.
import type { ScriptStore } from './services.ts';

export const NAMESPACES = {
  settings: { prefix: 'draftlint.settings', budget: 120 * 1024 },
  statistics: { prefix: 'draftlint.stats', budget: 300 * 1024 },
  diagnostics: { prefix: 'draftlint.diagnostics', budget: 8 * 1024 },
} as const;
type NamespaceName = keyof typeof NAMESPACES;

/** A write that would take a namespace past its budget: nothing of it was written. */
export class OverBudget extends Error {
  constructor(
    readonly namespace: NamespaceName,
    readonly bytes: number,
    readonly budget: number,
  ) {
    super(`the ${namespace} would take ${Math.ceil(bytes / 1024)} KB of the script's store, over their ${budget / 1024} KB`);
  }
}

/** Bytes a property takes, as Google counts them: key and value in UTF-8. */
const propertyBytes = (key: string, value: string): number => utf8Length(key) + utf8Length(value);

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class Namespace {
  private readonly prefix: string;
  readonly budget: number;
  constructor(
    private readonly store: ScriptStore,
    readonly name: NamespaceName,
  ) {
    this.prefix = NAMESPACES[name].prefix;
    this.budget = NAMESPACES[name].budget;
  }
  private own(key: string): string {
    if (key !== this.prefix && !key.startsWith(`${this.prefix}.`)) throw new Error(`${key} is not a key of the ${this.name}`);
    return key;
  }
  /** One key: one property read, whatever else the store holds. */
  get(key: string): string | null {
    return this.store.getProperty(this.own(key));
  }
  /** Every key of this namespace, from one read of the store. */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const everything = this.store.getProperties();
    for (const key of Object.keys(everything)) if (key === this.prefix || key.startsWith(`${this.prefix}.`)) out[key] = everything[key];
    return out;
  }
  bytes(all: Record<string, string> = this.all()): number {
    return Object.keys(all).reduce((n, k) => n + propertyBytes(k, all[k]), 0);
  }
  /**
   * Writes values and deletes keys (null) together, after checking the namespace stays within its budget
   * counting what they replace; `current` is the namespace as just read, when the caller has it.
   */
  write(changes: Record<string, string | null>, current: Record<string, string> = this.all()): void {
    let bytes = this.bytes(current);
    for (const key of Object.keys(changes)) {
      this.own(key);
      if (current[key] !== undefined) bytes -= propertyBytes(key, current[key]);
      const value = changes[key];
      if (value !== null) bytes += propertyBytes(key, value);
    }
    if (bytes > this.budget) throw new OverBudget(this.name, bytes, this.budget);
    for (const key of Object.keys(changes)) {
      const value = changes[key];
      if (value === null) this.store.deleteProperty(key);
      else this.store.setProperty(key, value);
    }
  }
}

export const namespace = (store: ScriptStore, name: NamespaceName): Namespace => new Namespace(store, name);
