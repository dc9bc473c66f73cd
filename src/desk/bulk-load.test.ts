import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Desk } from './desk.ts';
import { poolPlan, poolSize, workersStartRun, type BulkLoadOptions } from './bulk-load.ts';

const SEEDS = 'data/articles';
const root = mkdtempSync(join(tmpdir(), 'bulk-load-'));
const dir = join(root, 'articles');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The seed articles four times over (new numbers: four stories' worth of the same speakers, so
 * a worker's own speaker directory differs from the desk's), with an unreadable binary file, an
 * empty one and a duplicate id among them.
 */
beforeAll(() => {
  mkdirSync(dir);
  const seeds = readdirSync(SEEDS).sort();
  for (let round = 0; round < 4; round++) {
    seeds.forEach((file, i) => writeFileSync(join(dir, `${100 + round * 10 + i}_${file.replace(/^\d+_/, '')}`), readFileSync(join(SEEDS, file))));
  }
  writeFileSync(join(dir, '105_binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0xff, 0xfe]));
  writeFileSync(join(dir, '115_empty.txt'), '');
  writeFileSync(join(dir, '121_again.txt'), readFileSync(join(SEEDS, seeds[2]!)));
});

/** Everything a load decides: ids and their order, warnings, records, stories, the snapshot. */
function outcome(desk: Desk): string {
  return JSON.stringify({ ids: desk.articles().map((a) => a.id), newest: desk.articlesNewestFirst().map((a) => a.id), warnings: desk.warnings, snapshot: desk.toSnapshot() });
}

/**
 * Each load as at start-up: in a fresh module graph (extraction's caches outlive a desk and are
 * not what is compared here) and with fresh workers.
 */
async function load(loading: BulkLoadOptions): Promise<Desk> {
  rmSync(join(dir, '.desk-ids.json'), { force: true });
  vi.resetModules();
  const { Desk } = await import('./desk.ts');
  return Desk.fromDirectory(dir, { loading: { minFilesPerWorker: 1, keepWarmMs: 0, ...loading } });
}

const fixture = (name: string) => new URL(`../../tests/fixtures/${name}`, import.meta.url);

describe('bulk load on worker threads', () => {
  let inThread: string;
  beforeAll(async () => {
    const desk = await load({ workers: 0 });
    expect(desk.bulkLoadStats).toMatchObject({ workers: 0, fromWorkers: 0, inThread: 23 });
    expect(desk.size).toBe(21);
    inThread = outcome(desk);
  });

  it('gives the desk an in-thread load gives: same ids in file order, warnings, records, stories', async () => {
    // Runs of three files: both workers and the main thread take several.
    const desk = await load({ workers: 2, chunkFiles: 3 });
    const stats = desk.bulkLoadStats!;
    expect(stats.workers).toBe(2);
    expect(stats.fromWorkers).toBeGreaterThan(0);
    expect(stats.fromWorkers + stats.reExtracted + stats.inThread).toBeGreaterThanOrEqual(desk.size);
    expect(stats.notes).toEqual([]);
    expect(outcome(desk)).toBe(inThread);
    expect(desk.getArticle('121-2')?.file).toBe('121_again.txt');
  });

  it("keeps a broken file's message, in its place among the others", async () => {
    const desk = await load({ workers: 2, chunkFiles: 2 });
    const files = desk.warnings.map((w) => w.file);
    expect(files).toEqual(['105_binary.txt', '115_empty.txt', '121_again.txt']);
    expect(desk.warnings[0]!.message).toMatch(/^binary file .*; skipped$/);
    expect(desk.warnings[1]!.message).toBe('empty file; skipped');
    expect(desk.warnings[2]!.message).toMatch(/^duplicate id 121: also used by 121_\w+\.txt; loaded this file as 121-2$/);
    expect(outcome(desk)).toBe(inThread);
  });

  it('loads the files of a worker that stops in the main thread, losing none', async () => {
    const desk = await load({ workers: 1, chunkFiles: 8, workerEntry: fixture('dying-load-worker.ts') });
    expect(desk.bulkLoadStats!.notes.join()).toMatch(/stopped \(exit code 3\)/);
    expect(desk.bulkLoadStats!.fromWorkers).toBeGreaterThan(0);
    expect(outcome(desk)).toBe(inThread);
  });

  it('loads everything in the main thread when no worker can start', async () => {
    const desk = await load({ workers: 2, chunkFiles: 4, workerEntry: fixture('unstartable-load-worker.ts') });
    expect(desk.bulkLoadStats!.notes.join()).toMatch(/failed \(the extraction code cannot be loaded\)/);
    expect(desk.bulkLoadStats!.fromWorkers).toBe(0);
    expect(outcome(desk)).toBe(inThread);
  });
});

describe('poolSize', () => {
  it('starts no workers for a small directory, and never more than asked or the cap', () => {
    expect(poolSize(10, { workers: 4, minFilesPerWorker: 250 })).toBe(0);
    expect(poolSize(600, { workers: 4, minFilesPerWorker: 250 })).toBe(2);
    expect(poolSize(100_000, { maxWorkers: 3, maxLoadPerCore: Infinity })).toBeLessThanOrEqual(3);
    expect(poolSize(100_000, { maxLoadPerCore: Infinity })).toBeGreaterThanOrEqual(1);
    expect(poolSize(100_000, { workers: 0 })).toBe(0);
  });

  it('starts none on a machine already busy, unless workers are asked for', () => {
    expect(poolPlan(100_000, { maxLoadPerCore: -1 })).toMatchObject({ workers: 0, note: expect.stringMatching(/machine is busy \(load average [\d.]+ on \d+ cores/) });
    expect(poolPlan(100_000, { maxLoadPerCore: -1, workers: 2 })).toEqual({ workers: 2 });
    // Measured: other processes keep 1.9 of 2 cores busy (a sample that leaves this process out).
    expect(poolPlan(100_000, { maxLoadPerCore: 0.75, maxWorkers: 1 }, { busyCores: 1.9, source: 'sample' }).note).toMatch(/machine is busy \(sample 1\.9 on \d+ cores/);
  });

  it("does not count this process's own past work as the machine being busy", () => {
    // A load average of 1.8 left by the previous build says nothing when the sample finds the others idle.
    expect(poolPlan(100_000, { maxWorkers: 1 }, { busyCores: 0.1, source: 'sample' })).toEqual({ workers: 1 });
  });
});

describe('workersStartRun', () => {
  it("leaves the main thread the files it reads while the workers read the rest and it adds them", () => {
    // One worker, adding a read article costs 0.3 of reading it: the main thread reads 35%.
    expect(workersStartRun(100, 1, 0.3)).toBe(35);
    // More workers: the main thread reads less, and adding their results is most of its part.
    expect(workersStartRun(100, 3, 0.3)).toBe(3);
    // Never the whole load for one side: the main thread reads the first run, a worker the last.
    expect(workersStartRun(100, 4, 0.3)).toBe(1);
    expect(workersStartRun(2, 1, 0)).toBe(1);
  });
});
