// The sender's known correspondents for no-misdirected-recipient's near misses: their Google contacts and
// Gmail's "other contacts" (everyone they have written to), read with the People advanced service. Read
// only when an enabled rule wants them and the draft has a recipient outside the school, in at most
// PEOPLE_CALLS_PER_CHECK calls, handed to the check in memory and dropped with it: never stored or cached.
import {
  hasExternalRecipient,
  resolveOrganisation,
  wantsCorrespondents,
  type Address,
  type Config,
  type Draft,
} from '../../rules/index.ts';
import { schoolRules } from '../school-config.ts';

type People = GoogleAppsScript.People;
/** The People advanced service, as far as draftlint uses it (scopes contacts.readonly and contacts.other.readonly). */
export interface PeopleApi {
  OtherContacts: Pick<People['OtherContacts'], 'list'>;
  People: { Connections: Pick<People['People']['Connections'], 'list'> };
}

/** One page of each list: Google's largest page is 1,000 people (otherContacts.list, people.connections.list). */
export const PEOPLE_CALLS_PER_CHECK = 2;
const PAGE_SIZE = 1000;

/** How reading the contacts went, for the deployment diagnostics. */
export type ContactsOutcome = 'read' | 'partial' | 'notNeeded' | 'noPeople' | 'failed';

export const CONTACTS_NOT_READ =
  'Your contacts could not be read just now, so new recipients were not compared with the people you write to. Check the addresses yourself.';

type Person = GoogleAppsScript.People.Schema.Person;

function addressesOf(people: Person[] | undefined, into: Map<string, Address>): void {
  for (const person of people || []) {
    const name = person.names && person.names[0] && person.names[0].displayName;
    for (const email of person.emailAddresses || []) {
      const address = (email.value || '').trim().toLowerCase();
      if (!address || address.indexOf('@') < 0) continue;
      const shown = email.displayName || name;
      if (!into.has(address) || (shown && !into.get(address)!.name)) into.set(address, shown ? { address, name: shown } : { address });
    }
  }
}

export function readCorrespondents(
  people: PeopleApi | undefined,
  draft: Draft,
  config: Config,
): { known?: Address[]; outcome: ContactsOutcome } {
  const org = resolveOrganisation(config, draft.from && draft.from.address);
  if (!wantsCorrespondents(config, schoolRules) || !hasExternalRecipient(draft, org)) return { outcome: 'notNeeded' };
  if (!people) return { outcome: 'noPeople' };
  try {
    const found = new Map<string, Address>();
    const others = people.OtherContacts.list({ readMask: 'emailAddresses,names', pageSize: PAGE_SIZE });
    addressesOf(others.otherContacts, found);
    // Most recently changed first, so a school with more than 1,000 contacts keeps the ones in use.
    const connections = people.People.Connections.list('people/me', {
      personFields: 'emailAddresses,names',
      pageSize: PAGE_SIZE,
      sortOrder: 'LAST_MODIFIED_DESCENDING',
    });
    addressesOf(connections.connections, found);
    const partial = !!others.nextPageToken || !!connections.nextPageToken;
    return { known: [...found.values()], outcome: partial ? 'partial' : 'read' };
  } catch (error) {
    console.error(`draftlint could not read the contacts: ${error instanceof Error ? error.message : String(error)}`);
    return { outcome: 'failed' };
  }
}
