// A map that keeps only the entries used most recently: what a linter works out per sender organisation,
// per set of text plans or per recipient domain is kept for the next draft, and an mbox from thousands of
// senders, or a Bcc list of thousands of domains, still holds a bounded number of them.

export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  /** `limit` entries at most: past it, the entry used longest ago is let go. */
  constructor(private readonly limit: number) {}

  /** The value kept for `key`, or the one `make` makes and keeps; either way `key` is now the most recent. */
  get(key: K, make: (key: K) => V): V {
    const entries = this.entries;
    let value: V;
    if (entries.has(key)) {
      value = entries.get(key) as V; // V itself may include undefined
      entries.delete(key); // a Map iterates in insertion order: the most recently used goes last
    } else {
      value = make(key);
      if (entries.size >= this.limit) entries.delete(entries.keys().next().value as K);
    }
    entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
