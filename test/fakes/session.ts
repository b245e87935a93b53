// A typed fake of Apps Script's Session: who is signed in. Apps Script can return "" for the address.
import type { Fake } from './fake.ts';

class FakeUser implements Fake<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail() {
    return this.email;
  }
}

export class FakeSession implements Fake<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser'> {
  constructor(private readonly email: string) {}
  getActiveUser() {
    return new FakeUser(this.email);
  }
  getEffectiveUser() {
    return new FakeUser(this.email);
  }
  asReal(): GoogleAppsScript.Base.Session {
    return this as unknown as GoogleAppsScript.Base.Session;
  }
}
