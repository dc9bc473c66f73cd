import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Tests may run as root, which reads any file; an unreadable file is simulated at the fs layer
// (the directory loader reads synchronously, live ingestion asynchronously: both are covered).
const denied = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    openSync: (path: string, flags?: string) => {
      if (String(path).includes('locked')) throw denied(path);
      return fs.openSync(path, flags ?? 'r');
    },
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (path: string, flags?: string) => {
      if (String(path).includes('locked')) throw denied(path);
      return fs.open(path, flags);
    },
  };
});

const { loadArticleFile, loadCorpus } = await import('./load.ts');
const dir = await mkdtemp(join(tmpdir(), 'corpus-perm-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('unreadable files', () => {
  it('warns "permission denied" for the file and loads the others', async () => {
    await writeFile(join(dir, '001_ok.txt'), 'عنوان الخبر\nقال الوزير إن الوضع مستقر.\n');
    await writeFile(join(dir, '002_locked.txt'), 'عنوان الخبر\nقال الوزير إن الوضع مستقر.\n');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['001']);
    expect(warnings).toEqual([{ file: '002_locked.txt', message: 'permission denied; skipped' }]);
  });

  it('says the same when a single file arrives (live ingestion)', async () => {
    await writeFile(join(dir, '003_locked.txt'), 'عنوان الخبر\nقال الوزير إن الوضع مستقر.\n');
    expect(await loadArticleFile(join(dir, '003_locked.txt'))).toEqual({ warning: { file: '003_locked.txt', message: 'permission denied; skipped' } });
  });
});
