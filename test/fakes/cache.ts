// A typed fake of Apps Script's CacheService, no kinder than Google's reference page
// (https://developers.google.com/apps-script/reference/cache/cache): keys up to 250 characters, values up
// to 100 KB ("Argument too large" otherwise), expiry at most 21,600 s (6 hours; default 600 s), and at most
// 1,000 items per cache. What happens at the cap is undocumented; a published experiment ("Exploring Apps
// Script CacheService Limits", justin.poehnelt.com) saw about 10 % of the oldest entries evicted, which is
// what this fake does. Google also says a cached value may be gone before it expires, so a test can switch
// on `forgetful` and the code must still be right, only slower.
import type { Fake } from './fake.ts';

export const CACHE_LIMITS = { keyChars: 250, valueBytes: 100 * 1024, maxSeconds: 21600, defaultSeconds: 600, items: 1000 } as const;

/** The test's clock, in milliseconds; shared by every fake that expires things. */
export class FakeClock {
  constructor(public now = Date.UTC(2026, 10, 30, 9, 0, 0)) {}
  advance(seconds: number): void {
    this.now += seconds * 1000;
  }
}

export class FakeCache implements Fake<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove'> {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  /** When true, every entry is gone by the time it is read (Google: items may be evicted before they expire). */
  forgetful = false;
  /** Calls made, for tests that hold the add-on to a budget of cache calls. */
  calls = 0;
  constructor(private readonly clock: FakeClock) {}

  private checkKey(key: string): void {
    if (typeof key !== 'string') throw new TypeError('Cache keys must be strings.');
    if (key.length > CACHE_LIMITS.keyChars) throw new Error('Argument too large: key');
  }
  get(key: string) {
    this.calls++;
    this.checkKey(key);
    const entry = this.entries.get(key);
    if (this.forgetful || !entry || entry.expires <= this.clock.now) return null;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds?: number) {
    this.calls++;
    this.checkKey(key);
    if (typeof value !== 'string') throw new TypeError('Cache values must be strings.');
    if (new TextEncoder().encode(value).length > CACHE_LIMITS.valueBytes) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds ?? CACHE_LIMITS.defaultSeconds, CACHE_LIMITS.maxSeconds);
    this.entries.delete(key); // a rewrite counts as the newest entry
    this.entries.set(key, { value, expires: this.clock.now + seconds * 1000 });
    if (this.entries.size > CACHE_LIMITS.items) this.evictOldest(Math.ceil(CACHE_LIMITS.items / 10));
  }
  remove(key: string) {
    this.calls++;
    this.checkKey(key);
    this.entries.delete(key);
  }
  private evictOldest(n: number): void {
    for (const key of [...this.entries.keys()].slice(0, n)) this.entries.delete(key);
  }
  /** Everything held, unexpired, for privacy scans: the real contents, not a stand-in. */
  dump(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, e] of this.entries) if (e.expires > this.clock.now) out[k] = e.value;
    return out;
  }
  get size(): number {
    return this.entries.size;
  }
  asReal(): GoogleAppsScript.Cache.Cache {
    return this as unknown as GoogleAppsScript.Cache.Cache;
  }
}

export class FakeCacheService implements Fake<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache'> {
  constructor(
    readonly script: FakeCache,
    readonly user: FakeCache,
  ) {}
  getScriptCache() {
    return this.script.asReal();
  }
  getUserCache() {
    return this.user.asReal();
  }
}
