// RecentlyUsed: what a linter keeps per organisation, per text plan and per recipient domain stays bounded,
// and what is used keeps its place.
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../rules/lib/recently-used.ts';

describe('RecentlyUsed', () => {
  it('makes a value once while it is kept, and never holds more than its limit', () => {
    const made: string[] = [];
    const kept = new RecentlyUsed<string, string>(3);
    const get = (key: string) => kept.get(key, (k) => (made.push(k), k.toUpperCase()));
    expect([get('a'), get('b'), get('a'), get('c')]).toEqual(['A', 'B', 'A', 'C']);
    expect(made).toEqual(['a', 'b', 'c']);
    for (let n = 0; n < 1000; n++) get(`k${n}`);
    expect(kept.size).toBe(3);
  });

  it('lets go of the entry used longest ago, not the one made first', () => {
    const made: string[] = [];
    const kept = new RecentlyUsed<string, number>(2);
    const get = (key: string) => kept.get(key, (k) => (made.push(k), k.length));
    get('school'); // made first ...
    get('partner');
    get('school'); // ... but used since
    get('stranger'); // lets go of "partner"
    get('school');
    get('partner');
    expect(made).toEqual(['school', 'partner', 'stranger', 'partner']);
  });

  it('keeps an undefined value as a value (a domain that is no slip), not as a miss', () => {
    let made = 0;
    const kept = new RecentlyUsed<string, undefined>(4);
    for (let n = 0; n < 5; n++) kept.get('gmail.com', () => void made++);
    expect(made).toBe(1);
  });
});
