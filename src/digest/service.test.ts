import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { Desk } from '../desk/desk.ts';
import type { Doc } from '../render/doc.ts';
import { renderText } from '../render/text.ts';
import { channelPoster } from './channel.ts';
import { DigestService, type DigestPoster } from './service.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const dirs: string[] = [];
const stateDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'desk-digest-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let seeds: Desk;
beforeAll(async () => {
  seeds = await Desk.fromDirectory('data/articles');
});

function recorder(): { post: DigestPoster; posts: Doc[][] } {
  const posts: Doc[][] = [];
  return { posts, post: async (docs) => (posts.push(docs), docs.map((_, i) => `m${posts.length}-${i}`)) };
}

const NEW_ARTICLE = 'مسؤول: الأمطار تغمر القرى\nقال مسؤول في الدفاع المدني إن الأمطار غمرت 12 قرية.\n';

describe('DigestService', () => {
  it('previews every article on a fresh desk, posts once, and never re-posts after a restart', async () => {
    const dir = stateDir();
    const { post, posts } = recorder();
    const first = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post });
    const preview = (await first.preview()).map((d) => renderText(d)).join('\n');
    for (const id of ['000', '001', '002', '003', '004']) expect(preview).toContain(id);

    const outcome = await first.postNow();
    expect(outcome).toMatchObject({ posted: true, articles: ['000', '001', '002', '003', '004'] });
    expect(posts).toHaveLength(1);

    const restarted = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post });
    expect(await restarted.pendingArticles()).toEqual([]);
    expect(await restarted.postNow()).toMatchObject({ posted: false, reason: 'nothing new since the last digest' });
    expect(posts).toHaveLength(1);
  });

  it('covers only what arrived since the last digest', async () => {
    const desk = await Desk.fromDirectory('data/articles');
    const { post, posts } = recorder();
    const service = new DigestService({ desk, stateDir: stateDir(), logger: silent, post });
    await service.postNow();
    desk.addArticle(parseArticle('105_rain.txt', '/tmp/105_rain.txt', NEW_ARTICLE));
    expect(await service.pendingArticles()).toEqual(['105']);
    await service.postNow();
    const text = posts[1]!.map((d) => renderText(d)).join('\n');
    expect(text).toContain('105');
    expect(text).not.toContain('003 ·');
  });

  it('keeps articles pending when the channel refuses, and posts them at the next run', async () => {
    const dir = stateDir();
    let refuse = true;
    const posted: string[][] = [];
    const post: DigestPoster = async (docs) => {
      if (refuse) throw new Error('Missing Permissions: cannot send messages in the digest channel');
      posted.push(docs.map((d) => d.title));
      return ['m1'];
    };
    const errors: string[] = [];
    const service = new DigestService({ desk: seeds, stateDir: dir, logger: { ...silent, error: (_o: object, m: string) => void errors.push(m) } as never, post });
    expect(await service.postNow('schedule')).toMatchObject({ posted: false });
    expect(errors[0]).toMatch(/retry at the next run: Missing Permissions/);
    expect(await service.pendingArticles()).toHaveLength(5);
    // A restart in between loses nothing either: the refused articles are still pending.
    const restarted = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post });
    expect(await restarted.pendingArticles()).toHaveLength(5);
    refuse = false;
    expect(await restarted.postNow('schedule')).toMatchObject({ posted: true, articles: ['000', '001', '002', '003', '004'] });
    expect(await restarted.pendingArticles()).toEqual([]);
    expect(posted).toHaveLength(1);
  });

  it('posts a long digest as several messages that each fit, and a poster can be attached after start-up', async () => {
    const dir = stateDir();
    const desk = new Desk();
    for (let i = 0; i < 60; i++) {
      const id = String(200 + i);
      desk.addArticle(parseArticle(`${id}_flood.txt`, `/tmp/${id}_flood.txt`, `فيضانات في الإقليم رقم ${i} تغمر عشرات القرى وتقطع الطرق الرئيسية بين المدن\nقال مسؤول إن الأمطار غمرت 12 قرية.\n`));
    }
    const service = new DigestService({ desk, stateDir: dir, logger: silent });
    expect(service.canPost).toBe(false);
    expect(await service.postNow()).toMatchObject({ posted: false, reason: expect.stringMatching(/DIGEST_CHANNEL_ID/) });
    const { post, posts } = recorder();
    service.attachPoster(post);
    const outcome = await service.postNow();
    expect(outcome).toMatchObject({ posted: true });
    const messages = posts[0]!;
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect((m.sections ?? []).reduce((n, s) => n + s.items.length, 0)).toBeLessThanOrEqual(20);
    // Story by story, every new article is named once among its story's new articles or in its brief item.
    const text = messages.map((m) => renderText(m)).join('\n');
    for (const a of desk.articles()) expect(text).toMatch(new RegExp(`(^|\\s)${a.id} · `, 'm'));
  });

  it('logs an invalid DIGEST_CRON clearly instead of crashing', async () => {
    const errors: string[] = [];
    const service = new DigestService({ desk: seeds, stateDir: stateDir(), logger: { ...silent, error: (m: string) => void errors.push(m) } as never, post: recorder().post, cron: 'every morning' });
    await service.start();
    expect(errors[0]).toMatch(/DIGEST_CRON "every morning" is not a valid cron pattern/);
    service.stop();
  });

  it('a 0-byte or garbage state file is moved aside and reported, and no pending article is lost', async () => {
    for (const content of ['', '{"version":1, "covered": [trunc']) {
      const dir = stateDir();
      writeFileSync(join(dir, 'digest.json'), content);
      const warnings: string[] = [];
      const { post, posts } = recorder();
      const service = new DigestService({ desk: seeds, stateDir: dir, logger: { ...silent, warn: (m: string) => void warnings.push(m) } as never, post });
      expect(await service.pendingArticles()).toEqual(['000', '001', '002', '003', '004']);
      expect(warnings[0]).toMatch(/digest state .*digest\.json (is empty|is not valid digest state).*moved to .*corrupt-.*every article on the desk is pending/);
      expect(readdirSync(dir).some((f) => f.startsWith('digest.json.corrupt-'))).toBe(true);
      expect(await service.postNow()).toMatchObject({ posted: true, articles: ['000', '001', '002', '003', '004'] });
      expect(posts).toHaveLength(1);
    }
  });

  it('a damaged state falls back to the state before it: only the last digest\'s articles are offered again', async () => {
    const dir = stateDir();
    const desk = await Desk.fromDirectory('data/articles');
    const { post } = recorder();
    const first = new DigestService({ desk, stateDir: dir, logger: silent, post });
    await first.postNow();
    desk.addArticle(parseArticle('105_rain.txt', '/tmp/105_rain.txt', NEW_ARTICLE));
    await first.postNow();
    writeFileSync(join(dir, 'digest.json'), '\u0000\u0000garbage');
    const warnings: string[] = [];
    const restarted = new DigestService({ desk, stateDir: dir, logger: { ...silent, warn: (m: string) => void warnings.push(m) } as never, post });
    expect(await restarted.pendingArticles()).toEqual(['105']);
    expect(warnings[0]).toMatch(/continuing from the previous state .*digest\.prev\.json/);
  });

  it('an unreadable state file (here a directory in its place) is reported instead of stopping the bot', async () => {
    const dir = stateDir();
    mkdirSync(join(dir, 'digest.json'));
    const warnings: string[] = [];
    const service = new DigestService({ desk: seeds, stateDir: dir, logger: { ...silent, warn: (m: string) => void warnings.push(m) } as never, post: recorder().post });
    expect(await service.pendingArticles()).toHaveLength(5);
    expect(warnings[0]).toMatch(/cannot be read \(EISDIR\)/);
    expect(await service.postNow()).toMatchObject({ posted: true });
  });

  it('writes the state atomically: no temp file is left, the previous state is kept beside it', async () => {
    const dir = stateDir();
    const service = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post: recorder().post });
    await service.postNow();
    expect(readdirSync(dir).sort()).toEqual(['digest.json', 'digest.prev.json']);
    const state = JSON.parse(readFileSync(join(dir, 'digest.json'), 'utf8'));
    expect(state).toMatchObject({ version: 2, outbox: null });
    expect(state.covered).toHaveLength(5);
  });

  it('outbox: a message refused mid-digest is recorded, and the next run sends only the parts still missing', async () => {
    const dir = stateDir();
    const desk = new Desk();
    for (let i = 0; i < 60; i++) {
      const id = String(200 + i);
      desk.addArticle(parseArticle(`${id}_flood.txt`, `/tmp/${id}_flood.txt`, `فيضانات في الإقليم رقم ${i} تغمر عشرات القرى وتقطع الطرق الرئيسية بين المدن\nقال مسؤول إن الأمطار غمرت 12 قرية.\n`));
    }
    const channel: Array<{ nonce: string; title: string }> = [];
    let refuseAt = 2; // the third message is refused
    const post = channelPoster({
      channelId: '1',
      render: (doc: Doc) => [doc.title],
      send: async (_c, title: string, nonce?: string) => {
        if (channel.length === refuseAt) throw new Error('Missing Permissions');
        channel.push({ nonce: nonce!, title });
        return `m${channel.length}`;
      },
    });
    const first = new DigestService({ desk, stateDir: dir, logger: silent, post });
    const failed = await first.postNow('schedule');
    expect(failed).toMatchObject({ posted: false, failed: true, reason: expect.stringMatching(/2 of \d+ messages are out; only the rest will be sent/) });
    const saved = JSON.parse(readFileSync(join(dir, 'digest.json'), 'utf8'));
    expect(saved.outbox.sent.slice(0, 3)).toEqual([['m1'], ['m2'], null]);

    refuseAt = -1;
    const restarted = new DigestService({ desk, stateDir: dir, logger: silent, post });
    const outcome = await restarted.postNow('schedule');
    expect(outcome).toMatchObject({ posted: true, resumed: true });
    const parts = saved.outbox.docs.length as number;
    expect(channel).toHaveLength(parts);
    expect(new Set(channel.map((m) => m.nonce)).size).toBe(parts);
    expect(channel.map((m) => m.title)).toEqual(saved.outbox.docs.map((d: Doc) => d.title));
    if (outcome.posted) expect(outcome.messageIds).toEqual(channel.map((_, i) => `m${i + 1}`));
    expect(await restarted.pendingArticles()).toEqual([]);
  });

  it('a failed scheduled run retries with backoff the same day and posts once', async () => {
    vi.useFakeTimers({ now: new Date('2022-01-11T07:59:00Z') });
    const dir = stateDir();
    let refusals = 2;
    const posts: Doc[][] = [];
    const post: DigestPoster = async (docs) => {
      if (refusals-- > 0) throw new Error('socket hang up');
      posts.push(docs);
      return docs.map((_, i) => `m${i}`);
    };
    const infos: string[] = [];
    const service = new DigestService({ desk: seeds, stateDir: dir, logger: { ...silent, info: (a: unknown, b?: string) => void infos.push(String(b ?? a)) } as never, post, cron: '0 8 * * *', timezone: 'UTC', retryDelaysMs: [60_000, 5 * 60_000] });
    await service.start();
    await vi.advanceTimersByTimeAsync(2 * 60_000); // 08:00 refused, retry at 08:01 refused
    await service.settled();
    expect(posts).toHaveLength(0);
    expect(infos.filter((m) => /retrying the failed scheduled run/.test(m))).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    await service.settled();
    await vi.advanceTimersByTimeAsync(5 * 60_000); // the 08:06 retry posts
    await service.settled();
    expect(posts).toHaveLength(1);
    expect(await service.pendingArticles()).toEqual([]);
    service.stop();
    // Recorded as done: a restart the same day does not catch it up again.
    const again = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post, cron: '0 8 * * *', timezone: 'UTC' });
    await again.start();
    await again.settled();
    expect(posts).toHaveLength(1);
    again.stop();
  });

  it('a scheduled run that failed before a restart is caught up by the restart', async () => {
    vi.useFakeTimers({ now: new Date('2022-01-11T07:59:00Z') });
    const dir = stateDir();
    const refusing: DigestPoster = async () => {
      throw new Error('Missing Permissions');
    };
    const down = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post: refusing, cron: '0 8 * * *', timezone: 'UTC' });
    await down.start();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await down.settled();
    down.stop();
    vi.setSystemTime(new Date('2022-01-11T09:00:00Z'));
    const { post, posts } = recorder();
    const restarted = new DigestService({ desk: seeds, stateDir: dir, logger: silent, post, cron: '0 8 * * *', timezone: 'UTC' });
    await restarted.start();
    await restarted.settled();
    expect(posts).toHaveLength(1);
    restarted.stop();
  });

  it('posts on schedule (fake clock) and catches a missed run up exactly once after a restart', async () => {
    vi.useFakeTimers({ now: new Date('2022-01-11T07:59:00Z') });
    const dir = stateDir();
    const desk = await Desk.fromDirectory('data/articles');
    const { post, posts } = recorder();
    const service = new DigestService({ desk, stateDir: dir, logger: silent, post, cron: '0 8 * * *', timezone: 'UTC' });
    await service.start();
    expect(posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await service.settled(); // the state is written with real I/O before the post
    expect(posts).toHaveLength(1);
    service.stop();
    await service.settled();

    // Down for a day and a half; a new article arrived meanwhile.
    desk.addArticle(parseArticle('106_rain.txt', '/tmp/106_rain.txt', NEW_ARTICLE));
    vi.setSystemTime(new Date('2022-01-12T20:00:00Z'));
    const infos: string[] = [];
    const restarted = new DigestService({ desk, stateDir: dir, logger: { ...silent, info: (a: unknown, b?: string) => void infos.push(String(b ?? a)) } as never, post, cron: '0 8 * * *', timezone: 'UTC' });
    await restarted.start();
    expect(posts).toHaveLength(2);
    expect(infos.some((m) => /missed .*catching up once/.test(m))).toBe(true);
    restarted.stop();
    await restarted.settled();

    const again = new DigestService({ desk, stateDir: dir, logger: silent, post, cron: '0 8 * * *', timezone: 'UTC' });
    await again.start();
    expect(posts).toHaveLength(2);
    again.stop();
  });

  it('says so and posts nothing when no schedule is configured', async () => {
    const infos: string[] = [];
    const service = new DigestService({ desk: seeds, stateDir: stateDir(), logger: { ...silent, info: (m: string) => void infos.push(m) } as never, post: recorder().post });
    await service.start();
    expect(infos[0]).toMatch(/DIGEST_CRON is not set/);
  });
});
