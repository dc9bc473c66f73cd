import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { watchDataDir } from './watch.ts';

/** The data directory deleted and recreated under a running desk (a deploy swapping it) is followed again within a second. */

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

const article = (n: number) => `أمطار غزيرة تغمر قرى الإقليم\nقال مسؤول في الدفاع المدني إن الأمطار غمرت ${n} قرية.\n`;

describe('watching a data directory that is deleted and recreated', () => {
  it('sees files in the new directory within a second (the periodic rescan is a minute away)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'desk-watch-dir-'));
    roots.push(root);
    const dir = join(root, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, '130_a.txt'), article(12));
    const desk = await Desk.fromDirectory(dir);
    const said: string[] = [];
    const log = (_o: object, m: string) => void said.push(m);
    const watcher = watchDataDir(desk, dir, { debounceMs: 50, dirCheckMs: 100, logger: { info: log, warn: log } as never });
    try {
      await watcher.idle();
      rmSync(dir, { recursive: true });
      await new Promise((r) => setTimeout(r, 200));
      mkdirSync(dir);
      writeFileSync(join(dir, '131_b.txt'), article(30));
      const recreated = Date.now();
      while (!desk.getArticle('131')) {
        if (Date.now() - recreated > 3000) throw new Error('the file in the recreated directory was not seen within 3 s');
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(Date.now() - recreated).toBeLessThan(1000);
      await watcher.idle();
      // The new directory is the data directory now: the old article is gone, and later files arrive too.
      expect(desk.articles().map((a) => a.id)).toEqual(['131']);
      writeFileSync(join(dir, '132_c.txt'), article(7));
      for (let i = 0; i < 120 && !desk.getArticle('132'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(desk.getArticle('132')).toBeDefined();
      expect(said.some((w) => /data directory is back/.test(w))).toBe(true);
    } finally {
      watcher.close();
    }
  });
});
