// Address helpers shared by the recipient rules: parsing a mailbox string, and deciding whether an
// address is internal, a partner's, a group list or on a personal-mail provider.
import type { Address, Draft, Organisation, RecipientField } from '../engine/types.ts';

/** The part after the last "@", lower-cased; "" when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** The part before the last "@" as written; the whole address when there is none. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at);
}

/**
 * isUnderAny for a long list asked many times: a set, and the domain's parents looked up in it, so each
 * question costs the domain's few labels, not the list's length.
 */
export function underAnyOf(domains: readonly string[]): (domain: string) => boolean {
  const set = new Set(domains);
  return (domain) => {
    for (let d = domain; ;) {
      if (set.has(d)) return true;
      const dot = d.indexOf('.');
      if (dot < 0) return false;
      d = d.slice(dot + 1);
    }
  };
}

/** True when `domain` is one of `domains` or a subdomain of one (pupils.school.org.uk is school.org.uk). */
export function isUnderAny(domain: string, domains: readonly string[]): boolean {
  for (const d of domains) {
    // "x.school.org.uk" ends with "." + d, tested without building that string for every address.
    if (domain === d || (domain.length > d.length && domain.charCodeAt(domain.length - d.length - 1) === 46 && domain.endsWith(d)))
      return true;
  }
  return false;
}

export function isInternal(address: string, org: Organisation): boolean {
  return isUnderAny(domainOf(address), org.internalDomains);
}

export function isPartner(address: string, org: Organisation): boolean {
  return isUnderAny(domainOf(address), org.partnerDomains);
}

export function isGroup(address: string, org: Organisation): boolean {
  return org.groupAddresses.indexOf(address.toLowerCase()) >= 0;
}

/**
 * The recipients outside the school (To, Cc and Bcc), in draft order, without repeats. Partners are
 * outside the school too; `exceptPartners` leaves them out for rules where a partner is a fit recipient.
 */
export function externalRecipients(draft: Draft, org: Organisation, exceptPartners = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const { address: a } of draft[field] || []) {
      if (seen.has(a)) continue;
      seen.add(a);
      if (!isInternal(a, org) && !(exceptPartners && isPartner(a, org))) out.push(a);
    }
  }
  return out;
}

/** Whether any recipient is outside the school: stops at the first, for rules that need only that. */
export function hasExternalRecipient(draft: Draft, org: Organisation, exceptPartners = false): boolean {
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const { address: a } of draft[field] || []) if (!isInternal(a, org) && !(exceptPartners && isPartner(a, org))) return true;
  }
  return false;
}

/** "a@x.com", "a@x.com and b@y.com", "a@x.com, b@y.com and 3 others": for messages. */
export function describeList(items: string[], max = 2): string {
  if (items.length <= max) return items.length === 2 ? `${items[0]} and ${items[1]}` : items.join('');
  const more = items.length - max;
  return `${items.slice(0, max).join(', ')} and ${more} other${more === 1 ? '' : 's'}`;
}

const BARE = /^\s*<?\s*([^\s<>"]+@[^\s<>"]+?)\s*>?\s*$/;
const NAMED = /^([^]*)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;

/**
 * Parses one mailbox as Gmail and mail headers write it: `a@b`, `<a@b>`, `Name <a@b>` or
 * `"Name, with <odd> characters" <a@b>`. Returns undefined for anything else rather than guessing.
 */
export function parseMailbox(text: string): Address | undefined {
  const bare = BARE.exec(text);
  if (bare) return { address: bare[1].toLowerCase() };
  const named = NAMED.exec(text);
  if (!named) return undefined;
  let name = named[1].trim();
  if (name.length >= 2 && name[0] === '"' && name[name.length - 1] === '"') name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  return name ? { address: named[2].toLowerCase(), name } : { address: named[2].toLowerCase() };
}

/**
 * Calls `visit` with each recipient of the given fields and the field it stands in, in draft order. No list
 * is built: a draft can hold 300,000 recipients, and a pair object for each was a fifth of checking them.
 */
export function forEachRecipient(
  draft: Draft,
  fields: readonly RecipientField[],
  visit: (recipient: Address, field: RecipientField) => void,
): void {
  for (const field of fields) {
    const list = draft[field];
    if (list) for (let i = 0; i < list.length; i++) visit(list[i], field);
  }
}

/** "Name <address>" or just the address, for evidence lines; a name with a comma is quoted, as in a header. */
export function formatAddress(a: Address): string {
  if (!a.name) return a.address;
  const name = /[",;<>@()]/.test(a.name) ? JSON.stringify(a.name) : a.name;
  return `${name} <${a.address}>`;
}
