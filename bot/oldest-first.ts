/**
 * Keeps a Map within a number of keys by deleting its oldest (first inserted) keys, in amortised
 * constant time per key deleted.
 */
export class OldestFirst<K> {
  private cursor: IterableIterator<K>;

  constructor(private readonly map: Map<K, unknown>) {
    this.cursor = map.keys();
  }

  /** Deletes the oldest keys until at most `max` remain. */
  trim(max: number): void {
    // One iterator for the map's life, not `map.keys().next()` each time: a fresh iterator starts
    // at the table's beginning and steps over every slot deleted since it was last compacted, so
    // a map kept full walked tens of thousands of them per key (32 µs at 100 000 keys). Every key
    // behind this cursor has been deleted by it; a key set again moves behind the newest, ahead
    // of it.
    while (this.map.size > max) {
      let next = this.cursor.next();
      if (next.done) {
        this.cursor = this.map.keys();
        next = this.cursor.next();
      }
      this.map.delete(next.value as K);
    }
  }
}
