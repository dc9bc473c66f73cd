import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { FeedService } from '../src/feeds/service.ts';
import { renderText } from '../src/render/text.ts';
import { articlePageHtml, atomFeed, STORIES } from '../tests/fixtures/feeds.ts';
import { encodeWindows1256, startLoopbackWeb, type LoopbackWeb } from '../tests/loopback-web.ts';
import { command as feedsCommand } from './feeds.ts';
import { command as ingestCommand } from './ingest.ts';

const dirs: string[] = [];
const servers: LoopbackWeb[] = [];
const services: FeedService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) s.stop();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'desk-feeds-cmd-'));
  dirs.push(d);
  return d;
};
const admin = { id: 'a', name: 'editor-in-chief', isAdmin: true };
const editor = { id: 'e', name: 'editor', isAdmin: false };

async function setup() {
  const web = await startLoopbackWeb();
  servers.push(web);
  web.route('/wire.xml', { headers: { 'content-type': 'application/atom+xml' }, body: atomFeed(STORIES.slice(0, 2), web.origin) });
  web.route('/page/football', { headers: { 'content-type': 'text/html; charset=windows-1256' }, body: encodeWindows1256(articlePageHtml(STORIES[2]!, web.origin, { charset: 'windows-1256' })) });
  web.route('/video.mp4', { headers: { 'content-type': 'video/mp4' }, body: Buffer.alloc(100) });
  const data = tempDir();
  const feedsFile = join(tempDir(), 'feeds.json');
  const desk = await Desk.fromDirectory(data);
  const feeds = new FeedService({ desk, dataDir: data, feedsFile, http: { minHostIntervalMs: 0, timeoutMs: 2000 } });
  services.push(feeds);
  return { web, desk, feeds, feedsFile, context: { desk, feeds } };
}

describe('/feeds', () => {
  it('adds a feed for admins only, saves it, polls it, and lists its last fetch and new articles', async () => {
    const { web, desk, feedsFile, context } = await setup();
    const empty = renderText(await feedsCommand.execute({ options: {}, user: editor, surface: 'console' }, context));
    expect(empty).toContain('No feeds yet');

    const refused = await feedsCommand.execute({ subcommand: 'add', options: { url: web.url('/wire.xml') }, user: editor, surface: 'discord' }, context);
    expect(refused.tone).toBe('error');
    expect(desk.size).toBe(0);

    const added = renderText(await feedsCommand.execute({ subcommand: 'add', options: { url: web.url('/wire.xml'), outlet: 'وكالة الاختبار', interval: 30 }, user: admin, surface: 'console' }, context));
    expect(added).toContain('Feed added: وكالة الاختبار');
    expect(added).toContain('First poll: 2 new article(s)');
    expect(desk.size).toBe(2);
    expect(JSON.parse(readFileSync(feedsFile, 'utf8'))).toEqual([{ url: web.url('/wire.xml'), outlet: 'وكالة الاختبار', intervalMinutes: 30 }]);

    const again = await feedsCommand.execute({ subcommand: 'add', options: { url: web.url('/wire.xml') }, user: admin, surface: 'console' }, context);
    expect(renderText(again)).toMatch(/already polled/);

    const list = renderText(await feedsCommand.execute({ subcommand: 'list', options: {}, user: editor, surface: 'console' }, context));
    expect(list).toMatch(/وكالة الاختبار[\s\S]*Last fetch: just now \(ok\) · every 30 min[\s\S]*New articles last time: 2 · 2 in all/);
  });

  it('shows the last error of a failing feed', async () => {
    const { web, context } = await setup();
    web.route('/gone.xml', { status: 410 });
    await feedsCommand.execute({ subcommand: 'add', options: { url: web.url('/gone.xml'), outlet: 'مصدر مغلق' }, user: admin, surface: 'console' }, context);
    const list = renderText(await feedsCommand.execute({ subcommand: 'list', options: {}, user: admin, surface: 'console' }, context));
    expect(list).toMatch(/مصدر مغلق[\s\S]*Last error \(just now\): http-error — HTTP 410/);
    expect(list).toContain('1 failing');
  });
});

describe('/ingest', () => {
  it('adds one article from a link (a windows-1256 page), says so once, and refuses what is no article', async () => {
    const { web, desk, context } = await setup();
    const refused = await ingestCommand.execute({ options: { url: web.url('/page/football') }, user: editor, surface: 'discord' }, context);
    expect(refused.tone).toBe('error');

    const doc = renderText(await ingestCommand.execute({ options: { url: web.url('/page/football') }, user: admin, surface: 'console' }, context));
    expect(doc).toContain('Article added');
    expect(doc).toContain(STORIES[2]!.title);
    const [article] = desk.articles();
    expect(article!.meta.url).toBe(`${web.origin}/news/football-final`);
    expect(article!.text).toContain('ويلتقي المنتخب في المباراة النهائية');

    const twice = renderText(await ingestCommand.execute({ options: { url: web.url('/page/football') }, user: admin, surface: 'console' }, context));
    expect(twice).toContain('Already on the desk');
    expect(desk.size).toBe(1);

    const video = renderText(await ingestCommand.execute({ options: { url: web.url('/video.mp4') }, user: admin, surface: 'console' }, context));
    expect(video).toMatch(/Article not added[\s\S]*not-a-page/);
    const bad = renderText(await ingestCommand.execute({ options: { url: 'javascript:alert(1)' }, user: admin, surface: 'console' }, context));
    expect(bad).toMatch(/bad-url/);
    // From Discord, the machine itself and private networks are off limits (the console's operator may).
    for (const url of [web.url('/page/football'), 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:8080/', 'http://10.0.0.7/feed']) {
      const refused = renderText(await ingestCommand.execute({ options: { url }, user: admin, surface: 'discord' }, context));
      expect(refused).toMatch(/private network/);
    }
    const feedRefused = renderText(await feedsCommand.execute({ subcommand: 'add', options: { url: 'http://192.168.1.5/rss' }, user: admin, surface: 'discord' }, context));
    expect(feedRefused).toMatch(/private network/);
  });
});
