import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Tests may run as root, which reads any file; an unreadable file is simulated at the fs layer.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (path: string, flags?: string) => {
      if (String(path).includes('locked')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return fs.open(path, flags);
    },
  };
});

const { loadCorpus } = await import('./load.ts');
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
});
