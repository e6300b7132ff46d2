/** A cache that empties itself when full: its keys come from user input, so it must not grow without limit. */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  /** Stores and returns the value. */
  set(key: K, value: V): V {
    if (this.values.size >= this.capacity) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
