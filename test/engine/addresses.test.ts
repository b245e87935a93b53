// Mailbox parsing, as Gmail's compose event and test tables write recipients.
import { describe, expect, it } from 'vitest';
import { formatAddress, parseMailbox } from '../../rules/lib/addresses.ts';

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
