import { mkdtempSync, writeFileSync, unlinkSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { reloadDesk } from './reload.ts';
import { watchDataDir, type IngestChange } from './watch.ts';

const ARTICLE = 'عنوان الخبر عن الزلزال\nقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت 40 ناجياً من تحت الأنقاض.\n';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-ingest-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the watcher');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('watchDataDir', () => {
  it('picks up added, changed and removed files without a rebuild', async () => {
    const dir = tempDir();
    const desk = await Desk.fromDirectory(dir);
    const changes: IngestChange[] = [];
    const watcher = watchDataDir(desk, dir, { debounceMs: 40, onChange: (c) => changes.push(c) });
    try {
      writeFileSync(join(dir, '101_quake.txt'), ARTICLE);
      await until(() => desk.getArticle('101') !== undefined);
      expect(desk.searchPassages('الأنقاض')[0]?.article.id).toBe('101');

      writeFileSync(join(dir, '101_quake.txt'), ARTICLE.replace('40 ناجياً', 'عشرات الناجين والجرحى'));
      await until(() => desk.searchPassages('الجرحى').length > 0);
      expect(desk.size).toBe(1);

      unlinkSync(join(dir, '101_quake.txt'));
      await until(() => desk.getArticle('101') === undefined);
      expect(changes.map((c) => c.type)).toEqual(['added', 'updated', 'removed']);
    } finally {
      watcher.close();
    }
  });

  it('retries a half-written file instead of indexing it broken, and reports a hopeless one', async () => {
    const dir = tempDir();
    const desk = await Desk.fromDirectory(dir);
    const changes: IngestChange[] = [];
    const watcher = watchDataDir(desk, dir, { debounceMs: 40, retries: 3, onChange: (c) => changes.push(c) });
    try {
      writeFileSync(join(dir, '102_partial.txt'), ''); // created empty, content follows
      await new Promise((r) => setTimeout(r, 60));
      writeFileSync(join(dir, '102_partial.txt'), ARTICLE);
      await until(() => desk.getArticle('102') !== undefined);
      expect(changes.filter((c) => c.type === 'skipped')).toEqual([]);

      writeFileSync(join(dir, '103_binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
      await until(() => changes.some((c) => c.type === 'skipped'));
      const skipped = changes.find((c) => c.type === 'skipped');
      expect(skipped).toMatchObject({ file: '103_binary.txt' });
      expect(desk.getArticle('103')).toBeUndefined();
      expect(desk.getArticle('102')).toBeDefined();
    } finally {
      watcher.close();
    }
  });

  it('does not crash when the data directory does not exist', async () => {
    const desk = new Desk();
    const warnings: string[] = [];
    const watcher = watchDataDir(desk, join(tmpdir(), 'no-such-desk-dir-xyz'), { logger: { info: () => undefined, warn: (_o: object, m: string) => void warnings.push(m) } as never });
    watcher.close();
    expect(warnings[0]).toMatch(/cannot watch/);
  });
});

describe('reloadDesk', () => {
  it('reports added, updated, removed and skipped files', async () => {
    const dir = tempDir();
    copyFileSync('data/articles/003_17f18ee68b87133c.txt', join(dir, '003_17f18ee68b87133c.txt'));
    writeFileSync(join(dir, '104_a.txt'), ARTICLE);
    const desk = await Desk.fromDirectory(dir);
    expect(desk.size).toBe(2);

    writeFileSync(join(dir, '104_a.txt'), `${ARTICLE}وأضاف أن عمليات البحث مستمرة.\n`);
    unlinkSync(join(dir, '003_17f18ee68b87133c.txt'));
    writeFileSync(join(dir, '105_b.txt'), ARTICLE);
    writeFileSync(join(dir, '106_empty.txt'), '');
    const report = await reloadDesk(desk, dir);
    expect(report.added).toEqual(['105']);
    expect(report.updated).toEqual(['104']);
    expect(report.removed).toEqual(['003']);
    expect(report.skipped.map((s) => s.file)).toEqual(['106_empty.txt']);
    expect(desk.articles().map((a) => a.id)).toEqual(['104', '105']);

    const again = await reloadDesk(desk, dir);
    expect(again).toMatchObject({ added: [], updated: [], removed: [] });
  });
});
