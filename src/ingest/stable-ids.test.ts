import { mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs, until } from '../../tests/wait.ts';
import { describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { loadDeskWithSnapshot } from '../desk/snapshot.ts';
import { IdRegistry, REGISTRY_FILE } from './id-registry.ts';
import { reloadDesk } from './reload.ts';
import { watchDataDir } from './watch.ts';

const QUAKE = 'زلزال يضرب المدينة\nقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت 40 ناجياً من تحت الأنقاض.\n';
const FLOOD = 'فيضانات في الجنوب\nأعلنت وزارة الداخلية أن السيول جرفت عشرات المنازل في القرى الجنوبية.\n';
const BUDGET = 'الموازنة العامة\nقال وزير المالية إن العجز سينخفض إلى 3 في المئة العام المقبل.\n';

const tempDir = tempDirs('desk-ids-');


const idsByFile = (desk: Desk) => Object.fromEntries(desk.articles().map((a) => [a.file, a.id]));

describe('stable article ids', () => {
  it('keeps the id of a file added while running after a restart, and the old article keeps its own', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '003_later-name.txt'), QUAKE);
    const desk = await Desk.fromDirectory(dir);
    const watcher = watchDataDir(desk, dir, { debounceMs: 30 });
    try {
      // Sorts before the file already there: loaded from scratch it would have taken 003.
      writeFileSync(join(dir, '003_earlier-name.txt'), FLOOD);
      await until(() => desk.size === 2);
      await watcher.idle();
    } finally {
      watcher.close();
    }
    expect(idsByFile(desk)).toEqual({ '003_later-name.txt': '003', '003_earlier-name.txt': '003-2' });

    const restarted = await Desk.fromDirectory(dir);
    expect(idsByFile(restarted)).toEqual({ '003_later-name.txt': '003', '003_earlier-name.txt': '003-2' });
    expect(restarted.getArticle('003')!.text).toBe(QUAKE);

    // And after a restart from the snapshot as well.
    const cacheDir = tempDir('desk-ids-cache-');
    await loadDeskWithSnapshot(dir, { cacheDir });
    const fromSnapshot = await loadDeskWithSnapshot(dir, { cacheDir });
    expect(fromSnapshot.source).toBe('snapshot');
    expect(idsByFile(fromSnapshot.desk)).toEqual({ '003_later-name.txt': '003', '003_earlier-name.txt': '003-2' });
  });

  it('never gives a removed article’s id to another file, and gives it back when the same file returns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '007_a.txt'), QUAKE);
    const desk = await Desk.fromDirectory(dir);
    unlinkSync(join(dir, '007_a.txt'));
    writeFileSync(join(dir, '007_b.txt'), FLOOD);
    await reloadDesk(desk, dir);
    expect(idsByFile(desk)).toEqual({ '007_b.txt': '007-2' });

    writeFileSync(join(dir, '007_a.txt'), QUAKE);
    const report = await reloadDesk(desk, dir);
    expect(report.added).toEqual(['007']);
    expect(idsByFile(await Desk.fromDirectory(dir))).toEqual({ '007_a.txt': '007', '007_b.txt': '007-2' });
  });

  it('keeps ids a corpus always had when there is no registry yet, and records them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '010_x.txt'), QUAKE);
    writeFileSync(join(dir, '010_y.txt'), FLOOD);
    writeFileSync(join(dir, 'report.md'), BUDGET);
    const desk = await Desk.fromDirectory(dir);
    expect(idsByFile(desk)).toEqual({ '010_x.txt': '010', '010_y.txt': '010-2', 'report.md': 'report' });
    expect(desk.warnings.map((w) => w.message)).toEqual(['duplicate id 010: also used by 010_x.txt; loaded this file as 010-2']);
    const saved = JSON.parse(readFileSync(join(dir, REGISTRY_FILE), 'utf8')) as { records: Array<{ id: string; file: string }> };
    expect(saved.records.map((r) => `${r.id}=${r.file}`).sort()).toEqual(['010-2=010_y.txt', '010=010_x.txt', 'report=report.md']);
  });

  it('writes nothing into a directory whose ids all come from its file names (an export, an evaluation)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '011_x.txt'), QUAKE);
    writeFileSync(join(dir, '012_y.txt'), FLOOD);
    const desk = await Desk.fromDirectory(dir);
    await reloadDesk(desk, dir);
    expect(readdirSync(dir).sort()).toEqual(['011_x.txt', '012_y.txt']);
  });

  it('takes in what another process recorded: its numbers are not handed out again, its files keep their ids', () => {
    const dir = tempDir();
    const path = join(dir, REGISTRY_FILE);
    const bot = new IdRegistry(path);
    const poll = new IdRegistry(path); // npm run poll, started while the bot runs
    const polled = poll.allocateNumber();
    poll.recordFetched(polled, { file: `${polled}_aa.md`, url: 'http://127.0.0.1:1/news/a' });
    poll.save();
    expect(bot.allocateNumber()).toBe(String(Number(polled) + 1).padStart(3, '0'));
    expect(bot.idForFile(`${polled}_aa.md`)).toBe(polled);
    expect(bot.findFetched({ url: 'http://127.0.0.1:1/news/a' })?.id).toBe(polled);
    // The bot's own additions and the poll's survive each other's saves.
    bot.idForFile('900_editor.txt');
    bot.save();
    const again = new IdRegistry(path);
    expect(again.fileRecord('900_editor.txt')?.id).toBe('900');
    expect(again.fileRecord(`${polled}_aa.md`)?.id).toBe(polled);
  });

  it('sets a corrupt registry aside with a warning and falls back to ids from file names', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '020_a.txt'), QUAKE);
    writeFileSync(join(dir, REGISTRY_FILE), '{"format": 1, "records": [');
    const registry = IdRegistry.open(dir);
    expect(registry.warnings[0]).toMatch(/not a registry this version can read; set aside/);
    expect(readdirSync(dir).some((f) => f.startsWith(`${REGISTRY_FILE}.corrupt-`))).toBe(true);
    const desk = await Desk.fromDirectory(dir);
    expect(idsByFile(desk)).toEqual({ '020_a.txt': '020' });
  });

  it('adopts the ids of a desk restored from a snapshot when the registry file was lost', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '030_b.txt'), QUAKE);
    const cacheDir = tempDir('desk-ids-cache-');
    const first = await loadDeskWithSnapshot(dir, { cacheDir });
    const watcher = watchDataDir(first.desk, dir, { debounceMs: 30 });
    writeFileSync(join(dir, '030_a.txt'), FLOOD);
    await until(() => first.desk.size === 2);
    watcher.close();
    const restored = await loadDeskWithSnapshot(dir, { cacheDir });
    unlinkSync(join(dir, REGISTRY_FILE));
    IdRegistry.open(dir); // a new process: nothing on disk any more
    const again = watchDataDir(restored.desk, dir, { debounceMs: 30 });
    try {
      writeFileSync(join(dir, '030_c.txt'), BUDGET);
      await until(() => restored.desk.size === 3);
      await again.idle();
      expect(idsByFile(restored.desk)).toEqual({ '030_b.txt': '030', '030_a.txt': '030-2', '030_c.txt': '030-3' });
    } finally {
      again.close();
    }
  });
});

describe('watchDataDir: a data directory that comes and goes', () => {
  it('is watched once it is made, when it did not exist at start-up', async () => {
    const parent = tempDir('desk-ids-parent-');
    const dir = join(parent, 'later');
    const desk = await Desk.fromDirectory(dir);
    const watcher = watchDataDir(desk, dir, { debounceMs: 30, dirCheckMs: 100 });
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, '050_first.txt'), QUAKE);
      await until(() => desk.size === 1, 10_000);
      expect(idsByFile(desk)).toEqual({ '050_first.txt': '050' });
    } finally {
      watcher.close();
    }
  });

  it('is watched again (checked every dirCheckMs), and its articles keep their ids', async () => {
    const parent = tempDir('desk-ids-parent-');
    const dir = join(parent, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, '040_a.txt'), QUAKE);
    const desk = await Desk.fromDirectory(dir);
    const watcher = watchDataDir(desk, dir, { debounceMs: 30, dirCheckMs: 100, rescanMs: 0 });
    try {
      rmSync(dir, { recursive: true });
      await until(() => desk.size === 0);
      mkdirSync(dir);
      writeFileSync(join(dir, '040_a.txt'), QUAKE);
      writeFileSync(join(dir, '041_new.txt'), FLOOD);
      // The periodic rescan is off here: only the directory check can bring these in.
      await until(() => desk.size === 2, 10_000);
      expect(idsByFile(desk)).toEqual({ '040_a.txt': '040', '041_new.txt': '041' });
    } finally {
      watcher.close();
    }
  });
});
