// A typed fake of Apps Script's LockService: one script lock shared by every simulated user (as the real
// one is, "regardless of the identity of the user"). A test can have another user hold it, so tryLock
// returns false, as it would after waiting out its timeout.
import type { Fake } from './fake.ts';

/** The lock's state, shared between the worlds of two simulated users. */
export class ScriptLockState {
  holder: FakeLock | undefined;
  /** Times tryLock was refused: the code under test must cope, not wait forever. */
  refusals = 0;
}

export class FakeLock implements Fake<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock'> {
  constructor(private readonly state: ScriptLockState) {}
  tryLock(_timeoutInMillis: number) {
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

export class FakeLockService implements Fake<GoogleAppsScript.Lock.LockService, 'getScriptLock'> {
  constructor(readonly state = new ScriptLockState()) {}
  getScriptLock() {
    return new FakeLock(this.state).asReal();
  }
  /** Another user's execution takes the lock (and keeps it until the test releases it). */
  heldByAnotherUser(): FakeLock {
    const other = new FakeLock(this.state);
    other.tryLock(0);
    return other;
  }
  asReal(): GoogleAppsScript.Lock.LockService {
    return this as unknown as GoogleAppsScript.Lock.LockService;
  }
}
