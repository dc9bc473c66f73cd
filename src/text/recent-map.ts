/**
 * A bounded memo of the keys asked for last (sentences read by several extraction steps, and again
 * when a later article repeats them): two generations of at most `limit` entries, the older
 * dropped whole when the newer is full; a hit in the older moves to the newer. A Map evicting its
 * first key one at a time would leave deleted slots at its front that every later eviction walks
 * past again, which costs more than the look-ups it saves once the limit is in the thousands.
 */
export class RecentMap<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
