import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { articlePageHtml, atomFeed, jsonFeed, manyStories, rssFeed, STORIES, type StoryFixture } from '../../tests/fixtures/feeds.ts';
import { encodeWindows1256, startLoopbackWeb, streamHugeBody, type LoopbackWeb } from '../../tests/loopback-web.ts';
import { DigestService } from '../digest/service.ts';
import { watchDataDir } from '../ingest/watch.ts';
import type { Doc } from '../render/doc.ts';
import { renderText } from '../render/text.ts';
import { announceFetchedArticles } from './announce.ts';
import { FeedService } from './service.ts';

const dirs: string[] = [];
const servers: LoopbackWeb[] = [];
const services: FeedService[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-feeds-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const s of services.splice(0)) s.stop();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A newsroom's web: an RSS feed of summaries with its article pages, an Atom wire with full text, a JSON Feed. */
async function newsroomWeb(stories: StoryFixture[] = STORIES): Promise<LoopbackWeb> {
  const web = await startLoopbackWeb();
  servers.push(web);
  const rss = rssFeed(stories, web.origin);
  web.route('/rss.xml', (req) => (req.headers['if-none-match'] === '"rss-1"' ? { status: 304 } : { headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"rss-1"' }, body: rss }));
  web.route('/atom.xml', { headers: { 'content-type': 'application/atom+xml' }, body: atomFeed(stories, web.origin) });
  web.route('/feed.json', { headers: { 'content-type': 'application/feed+json' }, body: jsonFeed(stories, web.origin) });
  for (const s of stories) web.route(`/news/${s.slug}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePageHtml(s, web.origin) });
  return web;
}

function feedsFile(dir: string, feeds: unknown[]): string {
  const path = join(dir, 'feeds.json');
  writeFileSync(path, JSON.stringify(feeds));
  return path;
}

function service(desk: Desk | null, dataDir: string, file: string): FeedService {
  const s = new FeedService({ desk, dataDir, feedsFile: file, http: { minHostIntervalMs: 0, timeoutMs: 2000, backoffBaseMs: 0 } });
  services.push(s);
  return s;
}

const pageHits = (web: LoopbackWeb) => web.requests.filter((r) => r.path.startsWith('/news/')).length;

describe('feeds into the desk', () => {
  it('takes RSS (full text from the pages), Atom and JSON Feed items, keeps them on disk, and restarts without refetching or renumbering', async () => {
    const web = await newsroomWeb();
    const data = tempDir();
    const config = tempDir();
    const file = feedsFile(config, [
      { url: web.url('/rss.xml'), outlet: 'صحيفة الاختبار', language: 'ar' },
      { url: web.url('/atom.xml'), outlet: 'وكالة الاختبار' },
    ]);
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, file);
    // One after the other (pollAll runs them side by side): the first to bring a text holds it.
    const results = [await feeds.poller.poll(feeds.feeds()[0]!), await feeds.poller.poll(feeds.feeds()[1]!)];
    // The wire's entries hold the newspaper's pages word for word: the same articles, not three more.
    expect(results.map((r) => [r.outcome, r.newArticles, r.duplicates])).toEqual([
      ['ok', 3, 0],
      ['ok', 0, 3],
    ]);
    expect(desk.size).toBe(3);
    const budget = desk.articles().find((a) => a.meta.url === web.url('/news/budget-deficit'))!;
    expect(budget.meta).toMatchObject({ title: STORIES[0]!.title, outlet: 'صحيفة الاختبار', published: '2024-03-05', language: 'ar' });
    expect(budget.text).toContain('وأشار إلى أن الإيرادات العامة ارتفعت بنسبة 12 في المئة');
    expect(budget.text).not.toContain('الأكثر قراءة');
    expect(desk.searchPassages('الإيرادات العامة')[0]?.article.meta.url).toBeTruthy();
    expect(pageHits(web)).toBe(3);

    const files = readdirSync(data).filter((f) => f.endsWith('.md')).sort();
    expect(files).toHaveLength(desk.size);
    expect(readFileSync(join(data, budget.file), 'utf8')).toMatch(/^---\ntitle: "وزير المالية[^\n]*\noutlet: "صحيفة الاختبار"\nurl: "http:\/\/127\.0\.0\.1:\d+\/news\/budget-deficit"/);
    const ids = Object.fromEntries(desk.articles().map((a) => [a.meta.url, a.id]));

    // Second poll: 304 for the RSS (validators kept), the Atom items unchanged: nothing refetched.
    const again = await feeds.pollAll();
    expect(again.map((r) => r.outcome)).toEqual(['not-modified', 'ok']);
    expect(again[1]).toMatchObject({ newArticles: 0, updatedArticles: 0, unchanged: 3 });
    expect(web.requests.filter((r) => r.path === '/rss.xml').at(-1)!.headers['if-none-match']).toBe('"rss-1"');
    expect(pageHits(web)).toBe(3);

    // Restart: the desk comes back from the files with the same ids; polling refetches nothing.
    const restarted = await Desk.fromDirectory(data);
    expect(Object.fromEntries(restarted.articles().map((a) => [a.meta.url, a.id]))).toEqual(ids);
    const after = service(restarted, data, file);
    const third = await after.pollAll();
    expect(third.map((r) => r.newArticles + r.updatedArticles)).toEqual([0, 0]);
    expect(pageHits(web)).toBe(3);
    expect(restarted.size).toBe(desk.size);
  });

  it('replaces an article whose text the publisher changed, under the same id and file', async () => {
    const stories = STORIES.map((s) => ({ ...s }));
    const web = await newsroomWeb(stories);
    const data = tempDir();
    const file = feedsFile(tempDir(), [{ url: web.url('/feed.json'), outlet: 'موقع الاختبار' }]);
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, file);
    await feeds.pollAll();
    const before = desk.articles().find((a) => a.meta.title === stories[1]!.title)!;
    stories[1] = { ...stories[1]!, paragraphs: [...stories[1]!.paragraphs, 'وأعلنت الحكومة لاحقا عن صرف تعويضات عاجلة للأسر المتضررة.'] };
    web.route('/feed.json', { headers: { 'content-type': 'application/feed+json' }, body: jsonFeed(stories, web.origin) });
    const [result] = await feeds.pollAll();
    expect(result).toMatchObject({ outcome: 'ok', newArticles: 0, updatedArticles: 1, unchanged: 2 });
    expect(desk.size).toBe(3);
    const after = desk.getArticle(before.id)!;
    expect(after.file).toBe(before.file);
    expect(after.text).toContain('صرف تعويضات عاجلة');
    expect(readdirSync(data).filter((f) => f.endsWith('.md'))).toHaveLength(3);
  });

  it('names every bad feed in /feeds and the log, and keeps polling the good one', async () => {
    const web = await newsroomWeb();
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const deadPort = (dead.address() as { port: number }).port;
    await new Promise<void>((r) => dead.close(() => r()));
    web.route('/broken.xml', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>x</chanel></rss>' });
    web.route('/homepage', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePageHtml(STORIES[0]!, web.origin) });
    web.route('/error.xml', { status: 500 });
    // Another host: backing off is per host, and this one asks for two minutes.
    const busy = await startLoopbackWeb({ '/busy.xml': { status: 429, headers: { 'retry-after': '120' } } });
    servers.push(busy);
    web.route('/nolink.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>بيان بلا رابط</title><description>&lt;p&gt;أصدرت النقابة بيانا قالت فيه إن الإضراب سيستمر حتى تلبية مطالب العمال كاملة.&lt;/p&gt;</description><guid>nolink-1</guid></item>
<item><title>عنوان بلا نص</title></item>
</channel></rss>`,
    });
    web.route('/loop.xml', { status: 302, headers: { location: '/loop2.xml' } });
    web.route('/loop2.xml', { status: 302, headers: { location: '/loop.xml' } });
    // 50 MB of page without a length: read up to the cap, then dropped.
    web.route('/huge-page', (_req, res) => streamHugeBody(res, { contentType: 'text/html; charset=utf-8' }));
    web.route('/huge-item.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>تقرير طويل جدا</title><link>${web.origin}/huge-page</link><description>قالت اللجنة إن التقرير الكامل منشور على الموقع.</description></item></channel></rss>`,
    });
    const logs: string[] = [];
    const data = tempDir();
    const file = feedsFile(tempDir(), [
      { url: web.url('/broken.xml'), outlet: 'معطوب' },
      { url: web.url('/homepage'), outlet: 'صفحة' },
      { url: web.url('/error.xml'), outlet: 'خطأ' },
      { url: busy.url('/busy.xml'), outlet: 'مشغول' },
      { url: `http://127.0.0.1:${deadPort}/rss`, outlet: 'ميت' },
      { url: web.url('/nolink.xml'), outlet: 'بلا روابط' },
      { url: web.url('/loop.xml'), outlet: 'دوامة' },
      { url: web.url('/huge-item.xml'), outlet: 'صفحة ضخمة' },
      { url: web.url('/atom.xml'), outlet: 'وكالة الاختبار' },
    ]);
    const desk = await Desk.fromDirectory(data);
    const feeds = new FeedService({ desk, dataDir: data, feedsFile: file, http: { minHostIntervalMs: 0, timeoutMs: 2000, backoffBaseMs: 0 }, logger: { info: () => undefined, warn: (_o: object, m: string) => void logs.push(m) } as never });
    services.push(feeds);
    const results = await feeds.pollAll();
    const byOutlet = Object.fromEntries(results.map((r) => [r.feed.outlet, r]));
    expect(byOutlet['معطوب']!.error?.code).toBe('malformed-feed');
    expect(byOutlet['صفحة']!.error?.code).toBe('html-not-feed');
    expect(byOutlet['خطأ']!.error?.code).toBe('server-error');
    expect(byOutlet['مشغول']!.error?.code).toBe('rate-limited');
    expect(byOutlet['ميت']!.error?.code).toBe('dead-host');
    expect(byOutlet['بلا روابط']).toMatchObject({ outcome: 'ok', newArticles: 1 });
    expect(byOutlet['بلا روابط']!.warnings.map((w) => w.code)).toEqual(['item-without-link', 'empty-item']);
    expect(byOutlet['دوامة']!.error?.code).toBe('redirect-loop');
    // The page is over the cap: the summary stands in, with the reason.
    expect(byOutlet['صفحة ضخمة']).toMatchObject({ outcome: 'ok', newArticles: 1 });
    expect(byOutlet['صفحة ضخمة']!.warnings.map((w) => w.code)).toEqual(['too-large']);
    expect(byOutlet['وكالة الاختبار']).toMatchObject({ outcome: 'ok', newArticles: 3 });
    expect(logs.some((l) => /معطوب: the XML/.test(l))).toBe(true);
    expect(desk.size).toBe(5);

    const statuses = Object.fromEntries(feeds.statuses().map((s) => [s.feed.outlet, s]));
    expect(statuses['ميت']!.record?.lastError?.code).toBe('dead-host');
    expect(statuses['وكالة الاختبار']!.record).toMatchObject({ lastOutcome: 'ok', newArticles: 3, totalArticles: 3 });
    // The busy host asked for two minutes: the next poll does not knock.
    await feeds.pollAll();
    expect(busy.hits('/busy.xml')).toBe(1);
    expect(feeds.statuses().find((s) => s.feed.outlet === 'مشغول')!.record?.lastOutcome).toBe('backing-off');
  });

  it('reads a 10,000-item feed without falling over, taking the first items', async () => {
    const web = await startLoopbackWeb();
    servers.push(web);
    const stories = manyStories(10_000);
    web.route('/big.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed(stories, web.origin) });
    const data = tempDir();
    const file = feedsFile(tempDir(), [{ url: web.url('/big.xml'), outlet: 'ضخم' }]);
    const feeds = new FeedService({ desk: null, dataDir: data, feedsFile: file, maxItems: 20, fullTextMinChars: 0, http: { minHostIntervalMs: 0 } });
    services.push(feeds);
    const [result] = await feeds.pollAll();
    expect(result).toMatchObject({ outcome: 'ok', newArticles: 20 });
    expect(result!.warnings.map((w) => w.code)).toContain('too-many-items');
  });

  it('takes a windows-1256 feed and its windows-1256 article page', async () => {
    const web = await startLoopbackWeb();
    servers.push(web);
    const story = STORIES[2]!;
    // The feed too, declared in its XML header only.
    const feed = rssFeed([story], web.origin).replace('encoding="UTF-8"', 'encoding="windows-1256"').replace('©', '');
    web.route('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: encodeWindows1256(feed) });
    web.route(`/news/${story.slug}`, { headers: { 'content-type': 'text/html; charset=windows-1256' }, body: encodeWindows1256(articlePageHtml(story, web.origin, { charset: 'windows-1256' })) });
    const data = tempDir();
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/rss.xml'), outlet: 'صحيفة الاختبار' }]));
    await feeds.pollAll();
    expect(desk.articles()[0]!.text).toContain('ويلتقي المنتخب في المباراة النهائية يوم الجمعة المقبل');
    expect(desk.articles()[0]!.meta.title).toBe(story.title);
  });

  it('does not take back an article an editor deleted, and the watcher does not double a fetched one', async () => {
    const web = await newsroomWeb([STORIES[0]!]);
    const data = tempDir();
    const desk = await Desk.fromDirectory(data);
    const watcher = watchDataDir(desk, data, { debounceMs: 30 });
    try {
      const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/atom.xml'), outlet: 'وكالة الاختبار' }]));
      await feeds.pollAll();
      await new Promise((r) => setTimeout(r, 150));
      await watcher.idle();
      expect(desk.size).toBe(1);
      const [article] = desk.articles();
      unlinkSync(join(data, article!.file));
      await new Promise((r) => setTimeout(r, 150));
      await watcher.idle();
      expect(desk.size).toBe(0);
      // The wire changes the item (so it is not "unchanged"): still, the editor removed it.
      web.route('/atom.xml', { headers: { 'content-type': 'application/atom+xml' }, body: atomFeed([{ ...STORIES[0]!, summary: 'ملخص معدل.' }], web.origin) });
      const [result] = await feeds.pollAll();
      expect(result).toMatchObject({ newArticles: 0, duplicates: 1 });
      expect(desk.size).toBe(0);
    } finally {
      watcher.close();
    }
  });
});

describe('live feeds', () => {
  it('index new articles as soon as the schedule starts, and announce them once, batched, when asked to', async () => {
    const web = await newsroomWeb();
    const data = tempDir();
    writeFileSync(join(data, '001_editor.txt'), 'مقال المحرر\nقال رئيس التحرير إن التغطية مستمرة على مدار الساعة.\n');
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/feed.json'), outlet: 'موقع الاختبار', intervalMinutes: 5 }]));
    const posted: Doc[][] = [];
    // Quiet time well above the gap between two articles, even on a loaded machine.
    const stop = announceFetchedArticles({ reconciler: feeds.reconciler, desk, delayMs: 400, post: async (docs) => void posted.push(docs) });
    const watcher = watchDataDir(desk, data, { debounceMs: 30 });
    try {
      feeds.start();
      const end = Date.now() + 5000;
      while (desk.size < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(desk.size).toBe(4);
      while (posted.length === 0 && Date.now() < end + 3000) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 500));
      await watcher.idle();
      expect(posted).toHaveLength(1);
      const text = renderText(posted[0]![0]!);
      expect(text).toContain('New on the desk (3)');
      expect(text).toContain(STORIES[0]!.title);
      expect(text).not.toContain('مقال المحرر');
      // Fetched ids continue after the editor's numbers.
      expect(desk.articles().map((a) => a.id)).toEqual(['001', '002', '003', '004']);
    } finally {
      stop();
      watcher.close();
    }
  });
});

describe('a data directory that cannot be written', () => {
  it('refuses the items with a named warning, records nothing, and takes them when it can write again', async () => {
    const web = await newsroomWeb([STORIES[0]!]);
    const data = tempDir();
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/atom.xml'), outlet: 'وكالة الاختبار' }]));
    rmSync(data, { recursive: true }); // an unmounted share: nothing is made in its place
    const [failed] = await feeds.pollAll();
    expect(failed).toMatchObject({ outcome: 'ok', newArticles: 0 });
    const refused = failed!.warnings.find((w) => w.code === 'item-refused');
    expect(refused!.message).toMatch(/cannot write .* \(ENOENT\)/);
    mkdirSync(data);
    const [ok] = await feeds.pollAll();
    expect(ok).toMatchObject({ outcome: 'ok', newArticles: 1 });
    expect(desk.size).toBe(1);
  });
});

describe('full text or summary', () => {
  it('fetches at most maxPagesPerPoll pages in one poll and takes the rest at the next', async () => {
    const web = await newsroomWeb();
    const data = tempDir();
    const desk = await Desk.fromDirectory(data);
    const feeds = new FeedService({ desk, dataDir: data, feedsFile: feedsFile(tempDir(), [{ url: web.url('/rss.xml'), outlet: 'صحيفة الاختبار' }]), maxPagesPerPoll: 2, http: { minHostIntervalMs: 0 } });
    services.push(feeds);
    const [first] = await feeds.pollAll();
    expect(first).toMatchObject({ newArticles: 2 });
    expect(first!.warnings.map((w) => w.code)).toEqual(['pages-deferred']);
    // The feed's ETag was not kept: the deferred item needs the feed read again, not a 304.
    const [second] = await feeds.pollAll();
    expect(second).toMatchObject({ outcome: 'ok', newArticles: 1, unchanged: 2, warnings: [] });
    expect(pageHits(web)).toBe(3);
    const [third] = await feeds.pollAll();
    expect(third!.outcome).toBe('not-modified');
  });

  it('fetches the page when the feed’s content is cut short, and not when the feed carries the article', async () => {
    const web = await newsroomWeb();
    const [cut, whole] = [STORIES[0]!, STORIES[1]!];
    web.route('/mixed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
<item><title>${cut.title}</title><link>${web.origin}/news/${cut.slug}</link><description>${cut.summary}</description><content:encoded><![CDATA[<p>${cut.paragraphs[0]!.slice(0, 60)} …</p>]]></content:encoded></item>
<item><title>${whole.title}</title><link>${web.origin}/news/${whole.slug}</link><description>${whole.summary}</description><content:encoded><![CDATA[${whole.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>
</channel></rss>`,
    });
    const data = tempDir();
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/mixed.xml'), outlet: 'صحيفة الاختبار' }]));
    const [result] = await feeds.pollAll();
    expect(result).toMatchObject({ newArticles: 2, warnings: [] });
    expect(web.hits(`/news/${cut.slug}`)).toBe(1);
    expect(web.hits(`/news/${whole.slug}`)).toBe(0);
    const texts = desk.articles().map((a) => a.text).join('\n');
    expect(texts).toContain(cut.paragraphs[2]);
    expect(texts).toContain(whole.paragraphs[2]);
  });
});

describe('an editor’s own copy of a story', () => {
  it('is never rewritten by a feed offering the same URL', async () => {
    const web = await newsroomWeb([STORIES[1]!]);
    const data = tempDir();
    const mine = `---\ntitle: نسخة المحرر\nurl: ${web.origin}/json/${STORIES[1]!.slug}\n---\nنسخة المحرر\n\nقال المحرر إن هذه نسخته من الخبر وقد راجعها بنفسه.\n`;
    writeFileSync(join(data, '020_mine.md'), mine);
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/feed.json'), outlet: 'موقع الاختبار' }]));
    const [result] = await feeds.pollAll();
    expect(result).toMatchObject({ newArticles: 0, updatedArticles: 0, duplicates: 1 });
    expect(readFileSync(join(data, '020_mine.md'), 'utf8')).toBe(mine);
    expect(desk.size).toBe(1);
  });
});

describe('feed articles and the digest', () => {
  it('are in the next digest once, and not again after a restart that reads them back from disk', async () => {
    const web = await newsroomWeb();
    const data = tempDir();
    const state = tempDir();
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const sent: Doc[][] = [];
    const post = async (docs: Doc[]) => (sent.push(docs), docs.map((_, i) => `m${sent.length}-${i}`));
    const desk = await Desk.fromDirectory(data);
    const feeds = service(desk, data, feedsFile(tempDir(), [{ url: web.url('/feed.json'), outlet: 'موقع الاختبار' }]));
    await feeds.pollAll();
    const digest = new DigestService({ desk, stateDir: state, logger: silent, post });
    expect(await digest.postNow()).toMatchObject({ posted: true, articles: desk.articles().map((a) => a.id) });
    expect(sent.flat().map((d) => renderText(d)).join('\n')).toContain(STORIES[1]!.title);

    const restarted = await Desk.fromDirectory(data);
    const again = new DigestService({ desk: restarted, stateDir: state, logger: silent, post });
    expect(await again.pendingArticles()).toEqual([]);
  });
});
