import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { plainText, type Doc } from '../render/doc.ts';
import { channelPoster, restSend } from './channel.ts';
import { DigestService } from './service.ts';

/**
 * The digest posted through discord.js's real REST client to a channel endpoint on 127.0.0.1:
 * a refused post keeps everything pending for the next run, a restart never posts twice.
 */

const CHANNEL = '223456789012345678';
let server: Server;
let api: string;
let refuse: { status: number; code: number; message: string } | null = null;
/** Refuse only once this many messages have been accepted (a permission removed mid-digest). */
let refuseAfter = 0;
const received: Array<{ channel: string; body: RESTPostAPIChannelMessageJSONBody }> = [];

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const match = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'POST' || !match) return void res.writeHead(404).end(JSON.stringify({ code: 0, message: '404: Not Found' }));
    const body = (await readJson(req)) as RESTPostAPIChannelMessageJSONBody;
    if (refuse && received.length >= refuseAfter) return void res.writeHead(refuse.status).end(JSON.stringify({ code: refuse.code, message: refuse.message }));
    received.push({ channel: match[1]!, body });
    res.writeHead(200).end(JSON.stringify({ id: String(900000000000000000n + BigInt(received.length)), channel_id: match[1], content: '', embeds: body.embeds ?? [] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A stand-in for the Discord renderer: one embed per Doc. */
const renderEmbed = (doc: Doc): RESTPostAPIChannelMessageJSONBody[] => [
  {
    embeds: [
      {
        title: doc.title.slice(0, 256),
        description: (doc.sections ?? []).flatMap((s) => [s.title ?? '', ...s.items.map((i) => `${i.heading}\n${i.quote ? plainText(i.quote) : ''}`)]).join('\n').slice(0, 4096),
      },
    ],
  },
];

describe('digest over Discord REST (loopback)', () => {
  it('refused → pending and logged; next run posts once with mentions off; a restart does not repost', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'desk-digest-http-'));
    try {
      const desk = await Desk.fromDirectory('data/articles');
      const rest = new REST({ api, retries: 0, timeout: 5000 }).setToken('loopback.test.token.not-a-real-one');
      const poster = channelPoster({ channelId: CHANNEL, render: renderEmbed, send: restSend(rest) });
      const errors: string[] = [];
      const logger = { info: () => undefined, warn: () => undefined, error: (_o: object, m: string) => void errors.push(m) };

      refuse = { status: 403, code: 50013, message: 'Missing Permissions' };
      const first = new DigestService({ desk, stateDir, logger: logger as never, post: poster });
      expect(await first.postNow('schedule')).toMatchObject({ posted: false });
      expect(errors[0]).toMatch(/will retry at the next run: the bot may not post in the digest channel 223456789012345678/);
      expect(await first.pendingArticles()).toHaveLength(5);
      expect(received).toHaveLength(0);

      refuse = null;
      const outcome = await first.postNow('schedule');
      expect(outcome).toMatchObject({ posted: true, articles: ['000', '001', '002', '003', '004'] });
      expect(received.length).toBeGreaterThan(0);
      for (const r of received) {
        expect(r.channel).toBe(CHANNEL);
        expect(r.body.allowed_mentions).toEqual({ parse: [] });
      }
      const sentIds = outcome.posted ? outcome.messageIds : [];
      expect(sentIds).toHaveLength(received.length);

      const restarted = new DigestService({ desk, stateDir, logger: logger as never, post: poster });
      expect(await restarted.postNow('catch-up')).toMatchObject({ posted: false, reason: 'nothing new since the last digest' });
      expect(received).toHaveLength(sentIds.length);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('a second message refused: the restart sends only the parts still missing, each once', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'desk-digest-http-'));
    received.length = 0;
    try {
      const desk = await Desk.fromDirectory('data/articles');
      const rest = new REST({ api, retries: 0, timeout: 5000 }).setToken('loopback.test.token.not-a-real-one');
      const poster = channelPoster({ channelId: CHANNEL, render: renderEmbed, send: restSend(rest) });
      const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
      refuse = { status: 403, code: 50013, message: 'Missing Permissions' };
      refuseAfter = 1;
      const first = new DigestService({ desk, stateDir, logger, post: poster });
      expect(await first.postNow('schedule')).toMatchObject({ posted: false, reason: expect.stringMatching(/1 of \d+ messages are out/) });
      expect(received).toHaveLength(1);

      refuse = null;
      const restarted = new DigestService({ desk, stateDir, logger, post: poster });
      const outcome = await restarted.postNow('schedule');
      expect(outcome).toMatchObject({ posted: true, resumed: true, articles: ['000', '001', '002', '003', '004'] });
      const titles = received.map((r) => r.body.embeds?.[0]?.title);
      expect(new Set(titles).size).toBe(titles.length); // no part twice
      expect(titles[0]).toMatch(/^Desk digest — 5 new articles/);
      const nonces = received.map((r) => (r.body as { nonce?: string }).nonce);
      expect(new Set(nonces).size).toBe(received.length);
      expect(received.every((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce === true)).toBe(true);
    } finally {
      refuseAfter = 0;
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
