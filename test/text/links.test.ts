// Looking links up by domain (hostLookup): the host or a parent of it, never a look-alike that merely ends
// the same way, a path prefix read case-insensitively, and the first listed entry when several match.
import { describe, expect, it } from 'vitest';
import { hostLookup, type Link } from '../../rules/text/links.ts';

const link = (host: string, path = ''): Link => ({ url: `https://${host}${path}`, host, path });

describe('hostLookup', () => {
  const lookup = hostLookup([
    { domain: 'dropbox.com', value: 'Dropbox' },
    { domain: 'icloud.com/iclouddrive', value: 'iCloud Drive' },
    { domain: 'school.sharepoint.com', value: 'our SharePoint' },
    { domain: 'sharepoint.com', value: 'SharePoint' },
  ]);

  it.each([
    ['the domain itself', link('dropbox.com', '/s/x'), 'Dropbox'],
    ['a host under it', link('www.dl.dropbox.com'), 'Dropbox'],
    ['a path prefix, whatever its case', link('www.icloud.com', '/iCloudDrive/abc'), 'iCloud Drive'],
    ['the first listed of two that match', link('school.sharepoint.com', '/x'), 'our SharePoint'],
    ['the parent when the first does not match', link('other.sharepoint.com'), 'SharePoint'],
  ])('finds %s', (_, l, expected) => expect(lookup(l)).toBe(expected));

  it.each([
    ['a host that only ends the same way', link('notdropbox.com')],
    ['a path outside the prefix', link('icloud.com', '/mail')],
    ['an unrelated host', link('example.org')],
  ])('finds nothing for %s', (_, l) => expect(lookup(l)).toBeUndefined());

  it('keeps the first of two entries for one host, not the last', () => {
    expect(
      hostLookup([
        { domain: 'a.com', value: 1 },
        { domain: 'a.com', value: 2 },
      ])(link('a.com')),
    ).toBe(1);
  });
});
