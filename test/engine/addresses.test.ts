// Mailbox parsing, as Gmail's compose event and test tables write recipients.
import { describe, expect, it } from 'vitest';
import { forEachRecipient, formatAddress, isUnderAny, parseMailbox, underAnyOf } from '../../rules/lib/addresses.ts';

describe('parseMailbox', () => {
  it.each([
    ['Jane@Gmail.com', { address: 'jane@gmail.com' }],
    ['  <jane@gmail.com> ', { address: 'jane@gmail.com' }],
    ['Jane Smith <jane@gmail.com>', { address: 'jane@gmail.com', name: 'Jane Smith' }],
    ['"Smith, Jane" <jane@gmail.com>', { address: 'jane@gmail.com', name: 'Smith, Jane' }],
    ['"<b>Boss</b>" <a@gmail.com>', { address: 'a@gmail.com', name: '<b>Boss</b>' }],
    ['"Say \\"hi\\"" <a@gmail.com>', { address: 'a@gmail.com', name: 'Say "hi"' }],
  ])('%s', (text, expected) => expect(parseMailbox(text)).toEqual(expected));

  it.each(['', 'Jane Smith', 'jane at gmail.com', '<>', 'a@b c@d'])('rejects %j instead of guessing', (text) => {
    expect(parseMailbox(text)).toBeUndefined();
  });

  it('formats names that need quoting the way a header would', () => {
    expect(formatAddress({ address: 'a@b.c', name: 'Lee, Daniel' })).toBe('"Lee, Daniel" <a@b.c>');
    expect(formatAddress({ address: 'a@b.c', name: 'Jane Smith' })).toBe('Jane Smith <a@b.c>');
    expect(formatAddress({ address: 'a@b.c' })).toBe('a@b.c');
  });
});

describe('domains under a list', () => {
  const list = ['school.org.uk', 'gmail.com'];
  const cases: [string, boolean][] = [
    ['school.org.uk', true],
    ['mail.school.org.uk', true],
    ['a.b.gmail.com', true],
    ['myschool.org.uk', false], // ends with the text, not under the domain
    ['org.uk', false],
    ['gmail.com.evil.example', false],
  ];
  it('answers the same through the set as through the list', () => {
    const isUnder = underAnyOf(list);
    for (const [domain, expected] of cases) {
      expect(isUnder(domain), domain).toBe(expected);
      expect(isUnderAny(domain, list), domain).toBe(expected);
    }
  });
});

describe('forEachRecipient', () => {
  it('visits the fields asked for, in draft order, each recipient with its field; a field not read is skipped', () => {
    const draft = {
      to: [{ address: 'a@x.example' }, { address: 'b@x.example' }],
      cc: [{ address: 'c@x.example' }],
      bcc: [{ address: 'd@x.example' }],
    };
    const seen: string[] = [];
    forEachRecipient(draft, ['cc', 'to'], (r, field) => seen.push(`${field}:${r.address}`));
    expect(seen).toEqual(['cc:c@x.example', 'to:a@x.example', 'to:b@x.example']);
    seen.length = 0;
    forEachRecipient({ to: [{ address: 'a@x.example' }] }, ['to', 'cc', 'bcc'], (r, field) => seen.push(`${field}:${r.address}`));
    expect(seen).toEqual(['to:a@x.example']);
  });
});
