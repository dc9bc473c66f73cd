/**
 * A map from feature ids (non-negative integers) to numbers, for a story's centre (story-index.ts
 * keeps there the story's row in each feature's posting, where its weight lives): an
 * open-addressing table (linear probing, backward-shift deletion) in two typed arrays. A story
 * looks up its row for each feature an article adds or removes; a Map's look-up cost three times
 * this one's and its entries a heap object each.
 * Iteration order is the table's, not insertion order: callers that walk it must not depend on it.
 */

const EMPTY = -1;
/** Grow past this share of slots in use: probe runs stay short. */
const MAX_LOAD = 0.5;

export class FeatureWeights {
  private keys: Int32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 8) {
    let size = 8;
    while (size < capacity / MAX_LOAD) size *= 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.values = new Float64Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The weight of a feature, or undefined when the table does not hold it. */
  get(id: number): number | undefined {
    const keys = this.keys;
    for (let i = this.home(id); ; i = (i + 1) & this.mask) {
      const key = keys[i]!;
      if (key === id) return this.values[i];
      if (key === EMPTY) return undefined;
    }
  }

  set(id: number, value: number): void {
    if ((this.count + 1) > this.keys.length * MAX_LOAD) this.grow();
    const keys = this.keys;
    let i = this.home(id);
    while (keys[i] !== EMPTY && keys[i] !== id) i = (i + 1) & this.mask;
    if (keys[i] === EMPTY) {
      keys[i] = id;
      this.count++;
    }
    this.values[i] = value;
  }

  delete(id: number): boolean {
    const keys = this.keys;
    let i = this.home(id);
    while (keys[i] !== id) {
      if (keys[i] === EMPTY) return false;
      i = (i + 1) & this.mask;
    }
    // Backward shift: later entries of the run move into the hole when their home allows it, so
    // look-ups never meet a gap inside a run (no tombstones).
    let hole = i;
    for (let j = (i + 1) & this.mask; keys[j] !== EMPTY; j = (j + 1) & this.mask) {
      const home = this.home(keys[j]!);
      // Entry j may fill the hole if its home does not lie cyclically in (hole, j].
      const movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
      if (!movable) continue;
      keys[hole] = keys[j]!;
      this.values[hole] = this.values[j]!;
      hole = j;
    }
    keys[hole] = EMPTY;
    this.count--;
    return true;
  }

  /** Each entry in the iterator's order, without a pair made per entry (a label walks a big story's whole centre). */
  forEach(visit: (value: number, id: number) => void): void {
    const keys = this.keys;
    const values = this.values;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) visit(values[i]!, keys[i]!);
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) yield [keys[i]!, this.values[i]!];
  }

  private home(id: number): number {
    // Fibonacci hashing: consecutive ids (a desk's vocabulary grows in order) spread over the table.
    return (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Float64Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, values[i]!);
  }
}
