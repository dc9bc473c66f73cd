import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordSchema, REPO_ROOT } from '../fake-discord/schema.ts';

/**
 * kill -9 during digest posts, over and over (bounded), against a loopback channel that behaves
 * like Discord's: every body checked against Discord's API description, and a message with a
 * nonce it has seen under `enforce_nonce` answered with the message already posted. Between
 * rounds new articles arrive. In the end every article was announced exactly once: 0 duplicates,
 * 0 skipped, and every digest's parts arrived complete.
 */

const CHANNEL = '300000000000000004';
const ROUNDS = 3;
const KILLS_PER_ROUND = 2;
/** Each message is answered this late, so a kill lands mid-digest as often as not. */
const RESPONSE_DELAY_MS = 120;

interface Stored {
  id: string;
  nonce: string | undefined;
  description: string;
}

const schema = new DiscordSchema();
const violations: string[] = [];
const channel: Stored[] = [];
const byNonce = new Map<string, Stored>();
let server: Server;
let api: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '').replace(/^\/api\/v10/, '');
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'POST' || path !== `/channels/${CHANNEL}/messages`) return void res.writeHead(404).end('{"code":0,"message":"404: Not Found"}');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { nonce?: string; enforce_nonce?: boolean; embeds?: Array<{ description?: string }> };
    violations.push(...schema.validate('POST', path, body));
    await new Promise((r) => setTimeout(r, RESPONSE_DELAY_MS));
    let message = body.enforce_nonce && body.nonce ? byNonce.get(body.nonce) : undefined;
    if (!message) {
      message = { id: String(900000000000000000n + BigInt(channel.length + 1)), nonce: body.nonce, description: (body.embeds ?? []).map((e) => e.description ?? '').join('\n') };
      channel.push(message);
      if (body.nonce) byNonce.set(body.nonce, message);
    }
    res.writeHead(200).end(JSON.stringify({ id: message.id, channel_id: CHANNEL, content: '', embeds: body.embeds ?? [] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Deterministic "random" kill moments. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** One bot life; killed with SIGKILL `killAfterMs` after it starts posting, or left to finish when undefined. */
function life(dataDir: string, stateDir: string, killAfterMs: number | undefined): Promise<{ finished: boolean; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), resolve(REPO_ROOT, 'tests/e2e/digest-child.ts'), dataDir, stateDir, api, CHANNEL], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
    if (killAfterMs !== undefined && stdout.includes('posting\n')) setTimeout(() => child.kill('SIGKILL'), killAfterMs).unref();
  });
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((r) => child.on('close', (code) => r({ finished: code === 0, stdout, stderr })));
}

/**
 * Article ids a message announces: a story's "New articles" headings (up to the next section), and
 * the lines of the stories in brief, one article each, that start with its id.
 */
function announced(description: string): string[] {
  const ids: string[] = [];
  for (const m of description.matchAll(/__\*\*New articles(?: \(continued\))?\*\*__(?: \(continued\))?([\s\S]*?)(?=__\*\*|$)/gu)) {
    ids.push(...[...m[1]!.matchAll(/\*\*\u2066?(\d{3})\u2069? · /gu)].map((x) => x[1]!));
  }
  for (const m of description.matchAll(/^\u2066?(\d{3})\u2069? · /gmu)) ids.push(m[1]!);
  return ids;
}

describe('kill -9 during digest posts', () => {
  it('announces every article exactly once and never posts a part twice', { timeout: 180_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-kill-data-'));
    const stateDir = mkdtempSync(join(tmpdir(), 'desk-kill-state-'));
    cpSync(resolve(REPO_ROOT, 'data/articles'), dataDir, { recursive: true });
    const expected = ['000', '001', '002', '003', '004'];
    const rand = seeded(16);
    let kills = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) {
          for (let k = 0; k < 2; k++) {
            const id = String(500 + round * 10 + k);
            writeFileSync(join(dataDir, `${id}_flood.txt`), `سيول تغمر قرى الإقليم في الموجة رقم ${id}\nقال مسؤول في الدفاع المدني إن السيول غمرت 12 قرية في الموجة رقم ${id}.\n`);
            expected.push(id);
          }
        }
        for (let k = 0; k < KILLS_PER_ROUND; k++) {
          const { finished } = await life(dataDir, stateDir, Math.floor(rand() * 4 * RESPONSE_DELAY_MS));
          if (!finished) kills++;
        }
        const last = await life(dataDir, stateDir, undefined);
        expect(last.finished, last.stderr).toBe(true);
      }
      const final = await life(dataDir, stateDir, undefined);
      expect(final.stdout).toContain('nothing new since the last digest');

      expect(kills).toBeGreaterThanOrEqual(ROUNDS); // most lives really were cut short
      const ids = channel.flatMap((m) => announced(m.description));
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const skipped = expected.filter((id) => !ids.includes(id));
      expect({ duplicates, skipped }).toEqual({ duplicates: [], skipped: [] });
      // Every digest arrived whole, in order: parts 0..n-1 (a part may take several messages, `n.1`…), each message once.
      const nonces = channel.map((m) => m.nonce!);
      expect(new Set(nonces).size).toBe(nonces.length);
      const parts = new Map<string, number[]>();
      for (const nonce of nonces) {
        const [digest, part] = nonce.split('-');
        const list = parts.get(digest!) ?? [];
        if (!part!.includes('.')) parts.set(digest!, [...list, Number(part)]);
      }
      for (const list of parts.values()) expect(list).toEqual(list.map((_, i) => i));
      expect(violations).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
