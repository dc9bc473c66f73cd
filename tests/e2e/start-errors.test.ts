import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fake-discord/schema.ts';

/**
 * `npm start` with a bad configuration or bad flags: one line naming the problem on stderr, exit
 * code 1, before anything is served (the README's promise). Run from an empty directory so a
 * developer's .env cannot leak in.
 */

const TSX = resolve(REPO_ROOT, 'node_modules/.bin/tsx');
let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'desk-start-errors-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function start(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(TSX, [resolve(REPO_ROOT, 'src/main.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, DATA_DIR: resolve(REPO_ROOT, 'data/articles'), STATE_DIR: join(cwd, 'state'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((r) => child.on('close', (code) => r({ code, stdout, stderr })));
}

describe('npm start refuses a bad configuration with one line and exit 1', () => {
  it.each([
    ['DIGEST_CRON=garbage', [], { DIGEST_CRON: 'garbage' }, /^Configuration error: DIGEST_CRON is not a cron schedule/],
    ['DISCORD_TOKEN=abc', [], { DISCORD_TOKEN: 'abc' }, /^Configuration error: DISCORD_TOKEN is too short to be a bot token/],
    ['--data /tmp/nope', ['--data', '/nonexistent/desk-articles'], {}, /^Data directory \/nonexistent\/desk-articles does not exist/],
    ['--data without a value', ['--data'], {}, /^--data needs a value/],
    ['--dta', ['--dta', 'x'], {}, /^Unknown option --dta \(did you mean --data\?\)/],
  ] as const)('%s', async (_name, args, env, message) => {
    const { code, stdout, stderr } = await start([...args], { ...env });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });
});
