import type { Desk } from '../desk/desk.ts';
import { canonicalUrl, reconcilerFor, Reconciler, type Reconciled } from '../ingest/reconcile.ts';
import type { Logger } from '../log.ts';
import { addFeedToList, feedSchema, loadFeedList, type FeedConfig } from './config.ts';
import { WebClient, type WebClientOptions } from './http.ts';
import { fetchArticlePage } from './page.ts';
import { FeedPoller, type FeedPollResult } from './poller.ts';
import { FeedState, type FeedRecord } from './state.ts';

/**
 * The feeds as the runtime uses them: the list file, the poller on its schedule, and the two
 * admin actions (/feeds add, /ingest url:…). One per data directory; the console and the bot
 * share it through the command context.
 */

export interface FeedServiceOptions {
  /** null: keep articles on disk only (the poll CLI without a desk). */
  desk: Desk | null;
  dataDir: string;
  feedsFile: string;
  logger?: Pick<Logger, 'info' | 'warn'>;
  client?: WebClient;
  http?: WebClientOptions;
  fullTextMinChars?: number;
  maxItems?: number;
  maxPagesPerPoll?: number;
}

export interface FeedStatus {
  feed: FeedConfig;
  record?: FeedRecord;
  /** When the host may next be asked, if it asked us to wait (ms since epoch). */
  backingOffUntil?: number;
}

export type UrlIngest = { ok: true; result: Reconciled; title: string; url: string } | { ok: false; code: string; reason: string };

export class FeedService {
  readonly reconciler: Reconciler;
  readonly client: WebClient;
  readonly poller: FeedPoller;
  readonly state: FeedState;
  private list: FeedConfig[];
  /** Problems in the feed list file (bad entries skipped). */
  readonly warnings: string[];

  constructor(private readonly options: FeedServiceOptions) {
    this.reconciler = options.desk ? reconcilerFor(options.desk, options.dataDir, { logger: options.logger }) : new Reconciler(null, options.dataDir, { logger: options.logger });
    this.client = options.client ?? new WebClient(options.http);
    this.state = new FeedState(options.dataDir);
    const loaded = loadFeedList(options.feedsFile);
    this.list = loaded.feeds;
    this.warnings = [...loaded.warnings, ...this.state.warnings];
    for (const w of this.warnings) options.logger?.warn({ feedsFile: options.feedsFile }, w);
    this.poller = new FeedPoller({ reconciler: this.reconciler, client: this.client, state: this.state, logger: options.logger, fullTextMinChars: options.fullTextMinChars, maxItems: options.maxItems, maxPagesPerPoll: options.maxPagesPerPoll });
  }

  get feedsFile(): string {
    return this.options.feedsFile;
  }

  feeds(): readonly FeedConfig[] {
    return this.list;
  }

  /** Polls every feed now and then on its interval. */
  start(): void {
    this.poller.start(this.list);
  }

  stop(): void {
    this.poller.stop();
    this.reconciler.flush();
  }

  pollAll(): Promise<FeedPollResult[]> {
    return this.poller.pollAll(this.list);
  }

  statuses(): FeedStatus[] {
    return this.list.map((feed) => {
      const until = this.client.backingOffUntil(feed.url);
      return { feed, record: this.state.peek(feed.url), ...(until ? { backingOffUntil: until } : {}) };
    });
  }

  /** /feeds add: checks the entry, writes it to the list file, polls it once now and schedules it. */
  async add(input: { url: string; outlet?: string; language?: string; intervalMinutes?: number }): Promise<{ ok: true; feed: FeedConfig; result: FeedPollResult } | { ok: false; reason: string }> {
    const url = canonicalUrl(input.url) ?? input.url.trim();
    let outlet = input.outlet?.trim();
    if (!outlet) {
      try {
        outlet = new URL(url).hostname.replace(/^www\./, '');
      } catch {
        outlet = '';
      }
    }
    const parsed = feedSchema.safeParse({ url, outlet, ...(input.language ? { language: input.language } : {}), ...(input.intervalMinutes ? { intervalMinutes: input.intervalMinutes } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, reason: `${issue.path.join('.') || 'feed'} ${issue.message}` };
    }
    const feed = parsed.data;
    if (this.list.some((f) => f.url === feed.url)) return { ok: false, reason: `${feed.url} is already polled` };
    const written = addFeedToList(this.options.feedsFile, feed);
    if (!written.ok) return { ok: false, reason: written.reason };
    this.list = [...this.list, feed];
    const result = await this.poller.poll(feed);
    this.poller.schedule(feed, (feed.intervalMinutes ?? 15) * 60_000);
    return { ok: true, feed, result };
  }

  /** /ingest url:… — one article from a link, through the same reconciler as everything else. */
  async ingestUrl(input: string, options: { publicOnly?: boolean } = {}): Promise<UrlIngest> {
    const url = canonicalUrl(input);
    if (!url) return { ok: false, code: 'bad-url', reason: 'not an http(s) address' };
    const page = await fetchArticlePage(this.client, url, options);
    if (!page.ok) return { ok: false, code: page.warning.code, reason: page.warning.message };
    const { page: p } = page;
    const outlet = p.siteName ?? new URL(page.url).hostname.replace(/^www\./, '');
    const result = await this.reconciler.acceptFetched({
      url: p.canonicalUrl ?? canonicalUrl(page.url) ?? url,
      guid: null,
      title: p.title,
      paragraphs: p.paragraphs,
      byline: p.byline,
      published: p.published,
      outlet,
      language: p.language,
      source: 'url',
    });
    if (result.type === 'refused') return { ok: false, code: 'refused', reason: result.reason };
    return { ok: true, result, title: p.title, url: p.canonicalUrl ?? page.url };
  }
}
