// A typed fake of Apps Script's CacheService: a script cache shared by every simulated user and a cache
// per user, values up to 100 KB (larger ones throw, as the real put does), expiry on a clock the test moves.
import type { Fake } from './fake.ts';

export const CACHE_LIMITS = { valueBytes: 100 * 1024, maxSeconds: 21600 } as const;

/** The test's clock, in milliseconds; shared by every fake that expires things. */
export class FakeClock {
  constructor(public now = Date.UTC(2026, 10, 30, 9, 0, 0)) {}
  advance(seconds: number): void {
    this.now += seconds * 1000;
  }
}

export class FakeCache implements Fake<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove'> {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  constructor(private readonly clock: FakeClock) {}
  get(key: string) {
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= this.clock.now) return null;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds?: number) {
    if (new TextEncoder().encode(value).length > CACHE_LIMITS.valueBytes) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds ?? 600, CACHE_LIMITS.maxSeconds);
    this.entries.set(key, { value, expires: this.clock.now + seconds * 1000 });
  }
  remove(key: string) {
    this.entries.delete(key);
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
