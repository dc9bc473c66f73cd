import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Desk } from '../src/desk/desk.ts';
import { FeedService } from '../src/feeds/service.ts';
import type { FetchedArticle } from '../src/ingest/reconcile.ts';
import { articlePageHtml, manyStories, rssFeed } from '../tests/fixtures/feeds.ts';
import { startLoopbackWeb } from '../tests/loopback-web.ts';

/**
 * Feed ingestion end to end, on loopback: an RSS feed of `items` summary-only items, each page
 * fetched, decoded, extracted with Readability, written to the data directory and indexed; then
 * a second poll (the feed unchanged: nothing refetched) and the cost of adding one article once
 * it is fetched (reconciler: dedupe, id, file written and fsynced, read back, extracted, indexed).
 */

export interface FeedBenchResult {
  items: number;
  poll_ms: number;
  per_item_ms: number;
  page_fetches: number;
  second_poll_ms: number;
  add_one_p50_ms: number;
  add_one_p99_ms: number;
}

export async function benchFeeds(options: { items: number; log: (...a: unknown[]) => void }): Promise<FeedBenchResult> {
  const stories = manyStories(options.items + 200);
  const feedStories = stories.slice(0, options.items);
  const web = await startLoopbackWeb({}, { maxRequests: options.items * 3 + 100 });
  const data = mkdtempSync(join(tmpdir(), 'desk-bench-feeds-'));
  const config = mkdtempSync(join(tmpdir(), 'desk-bench-feeds-config-'));
  try {
    web.route('/rss.xml', { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rssFeed(feedStories, web.origin) });
    for (const s of feedStories) web.route(`/news/${s.slug}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePageHtml(s, web.origin) });
    const feedsFile = join(config, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ url: web.url('/rss.xml'), outlet: 'صحيفة القياس' }]));
    const desk = await Desk.fromDirectory(data);
    const feeds = new FeedService({ desk, dataDir: data, feedsFile, maxItems: options.items, maxPagesPerPoll: options.items, http: { minHostIntervalMs: 0, timeoutMs: 30_000 } });

    const started = performance.now();
    const [first] = await feeds.pollAll();
    const pollMs = performance.now() - started;
    if (first!.newArticles !== options.items) throw new Error(`bench feed: expected ${options.items} new articles, got ${first!.newArticles} (${first!.error?.message ?? first!.warnings.map((w) => w.code).join(', ')})`);
    const pageFetches = web.requests.filter((r) => r.path.startsWith('/news/')).length;

    const again = performance.now();
    await feeds.pollAll();
    const secondMs = performance.now() - again;

    const times: number[] = [];
    for (const s of stories.slice(options.items)) {
      const doc: FetchedArticle = { url: `${web.origin}/extra/${s.slug}`, guid: null, title: s.title, paragraphs: s.paragraphs, published: s.published, outlet: 'صحيفة القياس', source: 'url' };
      const t = performance.now();
      await feeds.reconciler.acceptFetched(doc);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const result: FeedBenchResult = {
      items: options.items,
      poll_ms: Math.round(pollMs),
      per_item_ms: Number((pollMs / options.items).toFixed(2)),
      page_fetches: pageFetches,
      second_poll_ms: Math.round(secondMs),
      add_one_p50_ms: Number(times[Math.floor(times.length / 2)]!.toFixed(2)),
      add_one_p99_ms: Number(times[Math.floor(times.length * 0.99)]!.toFixed(2)),
    };
    options.log(`\nfeed ingestion (loopback RSS, ${options.items} summary-only items, full text from each page)`);
    options.log(`  first poll ${result.poll_ms} ms (${result.per_item_ms} ms/item, ${result.page_fetches} pages fetched) · second poll ${result.second_poll_ms} ms (unchanged, nothing refetched)`);
    options.log(`  add one fetched article: p50 ${result.add_one_p50_ms} ms, p99 ${result.add_one_p99_ms} ms (goal ≤ 50 ms) on a desk of ${desk.size}`);
    feeds.stop();
    return result;
  } finally {
    await web.close();
    rmSync(data, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx bench/feeds.ts [items]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchFeeds({ items: Number(process.argv[2] ?? 1000), log: console.log });
}
