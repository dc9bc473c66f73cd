import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommands } from '../command/registry.ts';
import { Desk } from '../desk/desk.ts';
import { reloadDesk } from '../ingest/reload.ts';
import { answerLine } from './session.ts';

/**
 * Hostile files in the data directory, seen from the console as an editor would: a symlink to the
 * project's .env named like an article, and a FIFO named *.txt, at start-up and on /reload.
 */

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'desk-hostile-'));
  roots.push(root);
  const data = join(root, 'data', 'articles');
  mkdirSync(data, { recursive: true });
  for (const f of readdirSync('data/articles')) copyFileSync(join('data/articles', f), join(data, f));
  writeFileSync(join(root, '.env'), 'DISCORD_TOKEN=MTAwMDAwMDAwMDAwMDAwMDAw.secret.token-value\n');
  return { root, data };
}

describe('hostile files in the data directory', () => {
  it('a symlink to ../../.env is never read: /source 999 and /search find nothing of it', async () => {
    const { data } = project();
    symlinkSync('../../.env', join(data, '999_x.txt'));
    const desk = await Desk.fromDirectory(data);
    const commands = await loadCommands();
    const source = await answerLine('/source 999', commands, { desk, commands });
    expect(source.text).not.toContain('DISCORD_TOKEN');
    expect(source.text).toMatch(/No article "999"/);
    const search = await answerLine('/search DISCORD_TOKEN', commands, { desk, commands });
    expect(search.text).not.toContain('secret');
    expect(desk.warnings).toContainEqual({ file: '999_x.txt', message: expect.stringMatching(/symbolic link, which is never followed/) });
  });

  it('a FIFO named *.txt neither hangs start-up nor /reload', { timeout: 20_000 }, async () => {
    const { data } = project();
    execFileSync('mkfifo', [join(data, '998_pipe.txt')]);
    const desk = await Desk.fromDirectory(data);
    expect(desk.size).toBe(5);
    expect(desk.warnings).toContainEqual({ file: '998_pipe.txt', message: 'is a named pipe (FIFO), not a regular file; skipped' });
    const commands = await loadCommands();
    const reload = await answerLine('/reload', commands, { desk, commands, reload: () => reloadDesk(desk, data) });
    expect(reload.text).toContain('998_pipe.txt');
    expect(reload.text).toContain('named pipe');
    expect((await answerLine('/source 003', commands, { desk, commands })).text).toContain('Article 003');
  });
});
