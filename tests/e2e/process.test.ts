import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from '../fake-discord/server.ts';
import { REPO_ROOT } from '../fake-discord/schema.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';

/**
 * The real entry points as separate processes: `npm run deploy-commands` and `npm start` in
 * Discord mode (SIGTERM → in-flight work finished, exit 0). They run from an empty directory so a
 * developer's .env cannot leak in.
 */

const TSX = resolve(REPO_ROOT, 'node_modules/.bin/tsx');
let fake: FakeDiscord;
let cwd: string;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  cwd = mkdtempSync(join(tmpdir(), 'desk-e2e-proc-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(cwd, { recursive: true, force: true });
});

function run(script: string, env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }>; stderr: () => string } {
  const child = spawn(TSX, [resolve(REPO_ROOT, script)], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((r) => child.on('close', (code) => r({ code, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

describe('deploy-commands', () => {
  it('registers every command to the guild and says what it registered', async () => {
    const { done } = run('src/discord/deploy-commands.ts', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    const { code, stdout, stderr } = await done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const registered = fake.registered.get(`guild:${GUILD_ID}`) as Array<{ name: string }>;
    expect(registered.length).toBeGreaterThan(3);
    expect(stdout.trim()).toBe(`Registered ${registered.length} command(s) for server ${GUILD_ID} (available now): ${registered.map((c) => `/${c.name}`).join(', ')}`);
    expect(fake.violations).toEqual([]);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const out: string[] = [];
    const code = await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, { log: (l) => out.push(l), error: (l) => out.push(`ERR ${l}`) });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/for all servers \(global/);
    expect(fake.registered.get('global')!.length).toBeGreaterThan(3);
    expect(fake.violations).toEqual([]);
  });

  it('missing configuration: one clear line, exit 1, nothing sent', async () => {
    const before = fake.requests.length;
    const out: string[] = [];
    const code = await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }, { log: (l) => out.push(l), error: (l) => out.push(`ERR ${l}`) });
    expect(code).toBe(1);
    expect(out).toEqual(['ERR Configuration error: DISCORD_CLIENT_ID is required for this command (see .env.example)']);
    expect(fake.requests.length).toBe(before);
  });

  it('a refused token: one line saying so, exit 1', async () => {
    const out: string[] = [];
    const code = await deployCommands({ DISCORD_TOKEN: 'wrong-token-but-well-formed.abc', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, { log: (l) => out.push(l), error: (l) => out.push(`ERR ${l}`) });
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^ERR Registering commands failed: .*DISCORD_TOKEN was refused/);
    expect(out[0]).not.toContain('wrong-token');
  });
});

describe('npm start in Discord mode', () => {
  it('serves a command, then on SIGTERM finishes and exits 0 without ever logging the token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-procdata-'));
    cpSync(resolve(REPO_ROOT, 'data/articles'), dataDir, { recursive: true });
    try {
      const session = fake.nextSession();
      const proc = run('src/main.ts', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, STATE_DIR: join(cwd, 'state'), LOG_LEVEL: 'info' });
      await session;
      // READY is dispatched; the client is ready once it has processed GUILD_CREATE.
      for (let i = 0; i < 200 && !proc.stderr().includes('discord bot ready'); i++) await new Promise((r) => setTimeout(r, 25));
      const answer = await fake.command('source', { options: { id: '002' } });
      expect(answer.embeds[0]!.title).toBeTruthy();
      proc.child.kill('SIGTERM');
      const { code, stderr } = await proc.done;
      expect(code).toBe(0);
      expect(stderr).toContain('discord bot stopped');
      expect(stderr).not.toContain(TOKEN.split('.')[0]!);
      expect(fake.violations).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
