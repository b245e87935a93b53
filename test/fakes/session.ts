// A typed fake of Apps Script's Session: who is signed in. Apps Script can return "" for the address.
type Fake<T, K extends keyof T> = { [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never };

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
