import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/wait.ts';
import { loadDeskWithSnapshot } from './snapshot.ts';

const temp = tempDirs('desk-');

/** A data directory with some of the seed articles. */
function seeds(files: (names: string[]) => string[]): string {
  const dir = temp('desk-slot-data-');
  for (const f of files(readdirSync('data/articles').sort())) copyFileSync(join('data/articles', f), join(dir, f));
  return dir;
}

describe('snapshot slots', () => {
  it('switching data directories and back restarts from each one’s own snapshot, with no "stale" warning', async () => {
    const cacheDir = temp('desk-slot-cache-');
    const all = seeds((names) => names);
    const some = seeds((names) => names.slice(0, 2));
    expect((await loadDeskWithSnapshot(all, { cacheDir })).source).toBe('rebuild');
    expect((await loadDeskWithSnapshot(some, { cacheDir })).source).toBe('rebuild');
    const back = await loadDeskWithSnapshot(all, { cacheDir });
    expect(back.source).toBe('snapshot');
    expect(back.warnings).toEqual([]);
    expect(back.desk.size).toBe(5);
    const again = await loadDeskWithSnapshot(some, { cacheDir });
    expect([again.source, again.desk.size]).toEqual(['snapshot', 2]);
  });
});
