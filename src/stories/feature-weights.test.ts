import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic.ts';
import { FeatureWeights } from './feature-weights.ts';

describe('feature weights table', () => {
  it('answers like a Map through thousands of random sets and deletes (runs that wrap, holes refilled)', () => {
    const rand = seededRandom(11);
    const table = new FeatureWeights();
    const map = new Map<number, number>();
    for (let step = 0; step < 20_000; step++) {
      // Few distinct ids, so deletions hit long probe runs and the table wraps around its end.
      const id = Math.floor(rand() * 300);
      if (rand() < 0.4) expect(table.delete(id)).toBe(map.delete(id));
      else {
        const value = rand();
        table.set(id, value);
        map.set(id, value);
      }
      if (step % 97 === 0) for (let k = 0; k < 300; k++) expect(table.get(k)).toBe(map.get(k));
    }
    expect(table.size).toBe(map.size);
    expect(new Map(table)).toEqual(map);
  });

  it('holds nothing for an id it never had, even next to ids it has', () => {
    const table = new FeatureWeights();
    table.set(0, 1.5);
    table.set(8, 2.5);
    expect(table.get(16)).toBeUndefined();
    expect(table.delete(16)).toBe(false);
    expect([...table].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 1.5],
      [8, 2.5],
    ]);
  });
});
