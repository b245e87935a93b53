// A map that keeps only the entries used most recently: what a linter works out per sender organisation,
// per set of text plans or per recipient domain is kept for the next draft, and an mbox from thousands of
// senders, or a Bcc list of thousands of domains, still holds a bounded number of them.

export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * The entry used last, asked for again and again (one organisation's drafts, a list at one domain): it
   * is already the most recent, and moving it in the map each time (a delete and a set) leaves a hole the
   * map grows over: 300,000 addresses at gmail.com cost 45 ms and 45 MB that way.
   */
  private newest: { key: K; value: V } | undefined;

  /** `limit` entries at most: past it, the entry used longest ago is let go. */
  constructor(private readonly limit: number) {}

  /** The value kept for `key`, or the one `make` makes and keeps; either way `key` is now the most recent. */
  get(key: K, make: (key: K) => V): V {
    const newest = this.newest;
    if (newest && newest.key === key) return newest.value;
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
    this.newest = { key, value };
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
