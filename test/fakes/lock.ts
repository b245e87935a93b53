// A typed fake of Apps Script's LockService: one script lock shared by every user ("A code section guarded
// by a script lock cannot be executed simultaneously regardless of the identity of the user",
// https://developers.google.com/apps-script/reference/lock/lock-service) and one user lock per user
// ("prevents concurrent access … by the current user"). Apps Script runs a user's executions at the same
// time too (up to 30, quotas page), so a test can make another execution — the same user's or another's —
// run its whole course at the moment this one asks for a lock (`beforeNextLock`), or hold the lock so that
// tryLock fails, as it would after waiting out its timeout.
import type { Fake } from './fake.ts';

/** One lock's state, shared by every execution that can contend for it. */
export class LockState {
  holder: FakeLock | undefined;
  /** Times tryLock was refused: the code under test must cope, not wait forever. */
  refusals = 0;
  /** Times tryLock was called, for tests that count what a check costs. */
  attempts = 0;
  private interleaved: (() => void)[] = [];

  /** Runs `other` (a whole other execution) when the next tryLock is called, before that lock is taken. */
  beforeNextLock(other: () => void): void {
    this.interleaved.push(other);
  }
  runInterleaved(): void {
    const waiting = this.interleaved;
    this.interleaved = [];
    for (const run of waiting) run();
  }
}

export class FakeLock implements Fake<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock'> {
  constructor(private readonly state: LockState) {}
  tryLock(_timeoutInMillis: number) {
    this.state.attempts++;
    this.state.runInterleaved();
    if (this.state.holder && this.state.holder !== this) {
      this.state.refusals++;
      return false;
    }
    this.state.holder = this;
    return true;
  }
  releaseLock() {
    if (this.state.holder === this) this.state.holder = undefined;
  }
  hasLock() {
    return this.state.holder === this;
  }
  asReal(): GoogleAppsScript.Lock.Lock {
    return this as unknown as GoogleAppsScript.Lock.Lock;
  }
}

export class FakeLockService implements Fake<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getUserLock'> {
  constructor(
    readonly state = new LockState(),
    readonly user = new LockState(),
  ) {}
  /** A new Lock object each call, as Apps Script gives one per execution. */
  getScriptLock() {
    return new FakeLock(this.state).asReal();
  }
  getUserLock() {
    return new FakeLock(this.user).asReal();
  }
  /** Another user's execution takes the script lock (and keeps it until the test releases it). */
  heldByAnotherUser(): FakeLock {
    const other = new FakeLock(this.state);
    other.tryLock(0);
    return other;
  }
  asReal(): GoogleAppsScript.Lock.LockService {
    return this as unknown as GoogleAppsScript.Lock.LockService;
  }
}
