import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each file read notes how many event-loop turns have passed: between two reads the loop must have turned.
const turnsAtRead: number[] = [];
let turns = 0;
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readFileSync: ((...args: Parameters<typeof fs.readFileSync>) => {
      if (typeof args[0] === 'number') turnsAtRead.push(turns);
      return fs.readFileSync(...args);
    }) as typeof fs.readFileSync,
  };
});

const { loadCorpus } = await import('./load.ts');
const dir = await mkdtemp(join(tmpdir(), 'corpus-slices-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading in slices', () => {
  it('gives the event loop a turn between files (a /reload in a running bot keeps answering)', async () => {
    for (let i = 0; i < 10; i++) await writeFile(join(dir, `${String(300 + i)}_a.txt`), 'عنوان الخبر\nقال الوزير إن الوضع مستقر في العاصمة.\n');
    let done = false;
    const tick = (): void => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const { articles } = await loadCorpus(dir, { sliceMs: 0 });
    done = true;
    expect(articles).toHaveLength(10);
    expect(turnsAtRead).toHaveLength(10);
    for (let i = 1; i < turnsAtRead.length; i++) expect(turnsAtRead[i]).toBeGreaterThan(turnsAtRead[i - 1]!);
  });
});
