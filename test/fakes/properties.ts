// A typed fake of Apps Script's PropertiesService: string values only, at most 9 KB a value and 500 KB a
// store (the real limits), and a count of reads so tests can hold the add-on to its budget.
import type { Fake } from './fake.ts';

export const PROPERTY_LIMITS = { valueBytes: 9 * 1024, storeBytes: 500 * 1024 } as const;

const bytes = (s: string) => new TextEncoder().encode(s).length;

export class FakeProperties implements Fake<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties'
> {
  reads = 0;
  /** Writes and deletes, for tests that count what recording costs. */
  writes = 0;
  /** The key of every read, '*' for getProperties: tests tell the check's reads from the recording's. */
  readonly readKeys: string[] = [];
  readonly values = new Map<string, string>();

  getProperty(key: string) {
    this.reads++;
    this.readKeys.push(key);
    return this.values.has(key) ? this.values.get(key)! : null;
  }
  getProperties() {
    this.reads++;
    this.readKeys.push('*');
    return Object.fromEntries(this.values);
  }
  setProperty(key: string, value: string) {
    if (typeof value !== 'string') throw new TypeError('Property values must be strings.');
    if (bytes(key) + bytes(value) > PROPERTY_LIMITS.valueBytes) throw new Error('Argument too large: value');
    const total = Array.from(this.values).reduce((n, [k, v]) => (k === key ? n : n + bytes(k) + bytes(v)), 0) + bytes(key) + bytes(value);
    if (total > PROPERTY_LIMITS.storeBytes) throw new Error('You have exceeded the property storage quota.');
    this.values.set(key, value);
    this.writes++;
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  /** Everything stored, for privacy scans: the real contents, not a stand-in. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  deleteProperty(key: string) {
    this.writes++;
    this.values.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  asReal(): GoogleAppsScript.Properties.Properties {
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export class FakePropertiesService implements Fake<
  GoogleAppsScript.Properties.PropertiesService,
  'getUserProperties' | 'getScriptProperties'
> {
  /** The script store is one for all users, the user store one per user across their executions. */
  constructor(
    readonly script = new FakeProperties(),
    readonly user = new FakeProperties(),
  ) {}
  getUserProperties() {
    return this.user.asReal();
  }
  getScriptProperties() {
    return this.script.asReal();
  }
}
