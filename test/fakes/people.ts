// A typed fake of the People advanced service, as far as draftlint reads it: the user's "other contacts"
// and their contacts (connections), each one page at a time. It holds Google's documented limits, and is
// never kinder than them:
// - otherContacts.list (https://developers.google.com/people/api/rest/v1/otherContacts/list): `readMask`
//   is required, and with contact sources only emailAddresses, metadata, names, phoneNumbers and photos are
//   valid; `pageSize` is 1–1000 (default 100); more people than a page gives a `nextPageToken`.
// - people.connections.list (https://developers.google.com/people/api/rest/v1/people.connections/list):
//   `resourceName` must be "people/me", `personFields` is required, `pageSize` is 1–1000 (default 100).
// A service that is not enabled is `undefined` (Apps Script defines no `People` global), and `failWith`
// makes every call throw as a quota (429) or a revoked scope does.
import type { PeopleApi } from '../../addon/draft/correspondents.ts';

type Person = GoogleAppsScript.People.Schema.Person;
const OTHER_CONTACT_FIELDS = ['emailAddresses', 'metadata', 'names', 'phoneNumbers', 'photos'];
const PERSON_FIELDS = ['emailAddresses', 'names', 'phoneNumbers', 'photos', 'metadata', 'organizations', 'addresses', 'birthdays'];

function checkMask(mask: unknown, allowed: string[], name: string): void {
  if (typeof mask !== 'string' || !mask) throw new Error(`Invalid argument: ${name} is required.`);
  for (const field of mask.split(',')) if (allowed.indexOf(field) < 0) throw new Error(`Invalid ${name} path: "${field}".`);
}

function pageSizeOf(args: { pageSize?: number }): number {
  const size = args.pageSize === undefined || args.pageSize === 0 ? 100 : args.pageSize;
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw new Error('Invalid argument: pageSize must be between 1 and 1000.');
  return size;
}

/** "Name <address>" or an address as a Person with one e-mail address. */
export function person(text: string): Person {
  const m = /^(.*)<(.+)>$/.exec(text);
  const [name, address] = m ? [m[1].trim(), m[2].trim()] : ['', text.trim()];
  return { emailAddresses: [{ value: address }], ...(name && { names: [{ displayName: name }] }) };
}

export class FakePeople {
  calls = 0;
  private failure?: string;
  constructor(
    public otherContacts: Person[] = [],
    public connections: Person[] = [],
  ) {}

  failWith(message: string): void {
    this.failure = message;
  }

  private page(people: Person[], args: { pageSize?: number }) {
    this.calls++;
    if (this.failure) throw new Error(this.failure);
    const size = pageSizeOf(args);
    return { people: people.slice(0, size), ...(people.length > size && { nextPageToken: 'page-2' }) };
  }

  asReal(): PeopleApi {
    return {
      OtherContacts: {
        list: (args: { readMask?: string; pageSize?: number } = {}) => {
          checkMask(args.readMask, OTHER_CONTACT_FIELDS, 'readMask');
          const page = this.page(this.otherContacts, args);
          return { otherContacts: page.people, nextPageToken: page.nextPageToken };
        },
      },
      People: {
        Connections: {
          list: (resourceName: string, args: { personFields?: string; pageSize?: number } = {}) => {
            if (resourceName !== 'people/me') throw new Error(`Invalid resource name: ${resourceName}`);
            checkMask(args.personFields, PERSON_FIELDS, 'personFields');
            const page = this.page(this.connections, args);
            return { connections: page.people, nextPageToken: page.nextPageToken, totalPeople: this.connections.length };
          },
        },
      },
    } as PeopleApi;
  }
}
