import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs, until } from '../../tests/wait.ts';
import { describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { watchDataDir } from '../ingest/watch.ts';
import { consoleNotices, noticeLine } from './notices.ts';

const tempDir = tempDirs('desk-notices-');


describe('console notices', () => {
  it('announces added files and skipped ones as readable lines, not log JSON', async () => {
    const dir = tempDir();
    const desk = await Desk.fromDirectory(dir);
    const lines: string[] = [];
    const notices = consoleNotices({ desk, write: (l) => lines.push(l) });
    const watcher = watchDataDir(desk, dir, { debounceMs: 40, retries: 1, logger: notices.logger, onChange: notices.onChange });
    try {
      writeFileSync(join(dir, '105_flood.txt'), 'فيضانات تغمر قرى الجنوب\nقال محافظ الإقليم إن المياه غمرت 12 قرية.\n');
      writeFileSync(join(dir, '106_empty.txt'), '');
      await until(() => lines.length >= 2);
    } finally {
      watcher.close();
    }
    expect(lines).toContain('+ added 105 (105_flood.txt) — فيضانات تغمر قرى الجنوب');
    const skipped = lines.find((l) => l.includes('106_empty.txt'))!;
    expect(skipped).toMatch(/^warning: 106_empty\.txt: not indexed: /);
    for (const l of lines) expect(l).not.toMatch(/^\{/);
  });

  it('formats pino-style calls', () => {
    expect(noticeLine('warn', { file: 'a.txt' }, 'converted from windows-1256')).toBe('warning: a.txt: converted from windows-1256');
    expect(noticeLine('warn', 'snapshot is stale; rebuilding')).toBe('warning: snapshot is stale; rebuilding');
  });
});
