import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, TOKEN } from '../fake-discord/server.ts';
import { REPO_ROOT } from '../fake-discord/schema.ts';

/**
 * `npm start` in Discord mode must exit within 10 s of SIGTERM whatever happened to its log
 * reader: here the process reading its stderr goes away first (a closed `| tee`, a crashed log
 * shipper), which made pino's exit flush spin on EPIPE forever.
 */

let fake: FakeDiscord;
let cwd: string;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
  cwd = mkdtempSync(join(tmpdir(), 'desk-e2e-shutdown-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(cwd, { recursive: true, force: true });
});

function exitWithin(child: ReturnType<typeof spawn>, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const sent = Date.now();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((r) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      r({ code, signal, ms: Date.now() - sent });
    }),
  );
}

describe('shutdown', () => {
  it.each([
    ['stopped reading', false],
    ['stopped reading and went away', true],
  ])('a process logging hard exits on SIGTERM when its log reader %s', { timeout: 30_000 }, async (_what, gone) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), resolve(REPO_ROOT, 'tests/e2e/log-child.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise((r) => child.stdout!.once('data', r));
    child.stderr!.pause(); // the reader stops reading: the pipe fills
    await new Promise((r) => setTimeout(r, 300));
    if (gone) {
      child.stderr!.destroy();
      await new Promise((r) => setTimeout(r, 300));
    }
    const { code, signal, ms } = await exitWithin(child, 10_000);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(ms).toBeLessThan(10_000);
  });

  it('exits within 10 s of SIGTERM after the log reader went away', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-shutdown-data-'));
    cpSync(resolve(REPO_ROOT, 'data/articles'), dataDir, { recursive: true });
    try {
      const session = fake.nextSession();
      const env = { PATH: process.env.PATH ?? '', HOME: cwd, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, STATE_DIR: join(cwd, 'state'), LOG_LEVEL: 'debug' };
      const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), resolve(REPO_ROOT, 'src/main.ts')], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += String(d)));
      await session;
      for (let i = 0; i < 400 && !stderr.includes('discord bot ready'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(stderr).toContain('discord bot ready');
      child.stderr!.destroy(); // the log reader goes away
      await new Promise((r) => setTimeout(r, 200));
      const sent = Date.now();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
      const { code, signal } = await exited;
      clearTimeout(timer);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(Date.now() - sent).toBeLessThan(10_000);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
