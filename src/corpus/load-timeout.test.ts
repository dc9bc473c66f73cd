import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A read that never finishes (a stalled network mount) is simulated at the fs layer: the handle
// opens and stats like the real file, and its read never returns.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (path: string, flags?: number) => {
      const handle = await fs.open(path, flags);
      if (!String(path).includes('stalled')) return handle;
      return { stat: () => handle.stat(), readFile: () => new Promise<Buffer>(() => undefined), close: () => handle.close() };
    },
  };
});

const { loadArticleFile } = await import('./load.ts');
const dir = await mkdtemp(join(tmpdir(), 'corpus-timeout-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('time-bounded reads', () => {
  it('gives up on a read that never finishes, with a warning, instead of waiting forever', async () => {
    await writeFile(join(dir, '020_stalled.txt'), 'عنوان الخبر\nقال الوزير إن الوضع مستقر.\n');
    const started = Date.now();
    const { article, warning } = await loadArticleFile(join(dir, '020_stalled.txt'), { readTimeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(article).toBeUndefined();
    expect(warning).toEqual({ file: '020_stalled.txt', message: 'reading took longer than 100 ms (a stalled disk or network mount); skipped' });
  });
});
