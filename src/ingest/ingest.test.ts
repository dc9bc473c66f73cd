import { writeFileSync, unlinkSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDirs, until } from '../../tests/wait.ts';
import { describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { reloadDesk } from './reload.ts';
import { endsMidUtf8Sequence, watchDataDir, type IngestChange } from './watch.ts';
import { command as reloadCommand } from '../../commands/reload.ts';
import { gateRefusal } from '../command/preconditions.ts';
import { renderText } from '../render/text.ts';

const ARTICLE = 'عنوان الخبر عن الزلزال\nقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت 40 ناجياً من تحت الأنقاض.\n';

const tempDir = tempDirs('desk-ingest-');


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

  it('waits for a file cut in the middle of an Arabic character instead of indexing it as a legacy encoding', async () => {
    const dir = tempDir();
    const desk = await Desk.fromDirectory(dir);
    const changes: IngestChange[] = [];
    const watcher = watchDataDir(desk, dir, { debounceMs: 40, retries: 6, onChange: (c) => changes.push(c) });
    try {
      const bytes = Buffer.from(ARTICLE, 'utf8');
      const cut = bytes.indexOf(Buffer.from('الأنقاض', 'utf8')) + 1; // inside the two-byte ا
      writeFileSync(join(dir, '107_cut.txt'), bytes.subarray(0, cut));
      await new Promise((r) => setTimeout(r, 400));
      expect(desk.getArticle('107')).toBeUndefined();
      writeFileSync(join(dir, '107_cut.txt'), bytes);
      await until(() => desk.getArticle('107') !== undefined);
      expect(desk.getArticle('107')!.text).toBe(ARTICLE);
      expect(changes.map((c) => c.type)).toEqual(['added']);
    } finally {
      watcher.close();
    }
  });

  it('catches files the event stream missed by comparing the directory with the desk', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '108_before.txt'), ARTICLE);
    const desk = await Desk.fromDirectory(dir);
    // Changed after the desk was loaded but before watching began: no event will ever come for these.
    writeFileSync(join(dir, '109_gap.txt'), ARTICLE);
    unlinkSync(join(dir, '108_before.txt'));
    const changes: IngestChange[] = [];
    const watcher = watchDataDir(desk, dir, { debounceMs: 40, onChange: (c) => changes.push(c) });
    try {
      await until(() => desk.getArticle('109') !== undefined && desk.getArticle('108') === undefined);
      await watcher.idle();
      await watcher.rescan();
      await watcher.idle();
      expect(changes.map((c) => `${c.type}:${c.file}`).sort()).toEqual(['added:109_gap.txt', 'removed:108_before.txt']);
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

  it('leaves the desk alone when the data directory is gone, and reports loaded-with-caveat files as notes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '110_a.txt'), ARTICLE);
    writeFileSync(join(dir, '110_b.txt'), ARTICLE);
    const desk = await Desk.fromDirectory(dir);
    expect(desk.size).toBe(2);
    rmSync(dir, { recursive: true });
    const gone = await reloadDesk(desk, dir);
    expect(gone).toMatchObject({ added: [], updated: [], removed: [] });
    expect(gone.skipped[0]!.message).toMatch(/does not exist; the desk was left as it was/);
    expect(desk.size).toBe(2);

    const other = tempDir();
    writeFileSync(join(other, '110_a.txt'), ARTICLE);
    writeFileSync(join(other, '110_b.txt'), ARTICLE);
    const report = await reloadDesk(desk, other);
    expect(report.skipped).toEqual([]);
    expect(report.notes?.map((n) => n.file)).toEqual(['110_b.txt']);
  });
});

describe('/reload', () => {
  it('lists what changed with titles and reasons, and is refused to non-admins', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '111_a.txt'), ARTICLE);
    const desk = await Desk.fromDirectory(dir);
    writeFileSync(join(dir, '112_new.txt'), 'وصول مساعدات إلى المدينة\nقالت الأمم المتحدة إن 30 شاحنة وصلت.\n');
    writeFileSync(join(dir, '113_bad.txt'), Buffer.from([0, 0, 1, 2]));
    unlinkSync(join(dir, '111_a.txt'));
    const context = { desk, reload: () => reloadDesk(desk, dir) };
    const user = { id: 'u', name: 'editor', isAdmin: false };
    // Admin rights are /reload's declared precondition, checked before it runs (command/preconditions.ts).
    const refused = gateRefusal(reloadCommand, { options: {}, user, surface: 'discord' });
    expect(refused?.doc.tone).toBe('error');
    expect(desk.getArticle('112')).toBeUndefined();

    const doc = await reloadCommand.execute({ options: {}, user: { ...user, isAdmin: true }, surface: 'console' }, context);
    const text = renderText(doc);
    expect(text).toContain('1 added, 0 updated, 1 removed');
    expect(text).toMatch(/Added \(1\)[\s\S]*112 · 112_new.txt[\s\S]*وصول مساعدات إلى المدينة/);
    expect(text).toMatch(/Removed \(1\)[\s\S]*111[\s\S]*عنوان الخبر عن الزلزال/);
    expect(text).toMatch(/Skipped \(1\)[\s\S]*113_bad.txt[\s\S]*binary/);
    expect(doc.tone).toBe('warning');
  });
});

describe('endsMidUtf8Sequence', () => {
  it('tells a cut multi-byte character from a complete one', () => {
    const arabic = Buffer.from('قال', 'utf8');
    expect(endsMidUtf8Sequence(arabic)).toBe(false);
    expect(endsMidUtf8Sequence(arabic.subarray(0, arabic.length - 1))).toBe(true);
    expect(endsMidUtf8Sequence(Buffer.from('abc'))).toBe(false);
    const emoji = Buffer.from('😀', 'utf8');
    expect(endsMidUtf8Sequence(emoji.subarray(0, 3))).toBe(true);
    expect(endsMidUtf8Sequence(emoji)).toBe(false);
  });
});
