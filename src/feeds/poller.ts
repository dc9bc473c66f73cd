import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { containsNormalized } from '../arabic/normalize.ts';
import { decodeHtmlBytes, htmlText, htmlToParagraphs } from '../corpus/html.ts';
import { canonicalUrl, contentHash, type FetchedArticle, type Reconciled, type Reconciler } from '../ingest/reconcile.ts';
import type { Logger } from '../log.ts';
import { DEFAULT_INTERVAL_MINUTES, type FeedConfig } from './config.ts';
import type { WebClient } from './http.ts';
import { fetchArticlePage } from './page.ts';
import { parseFeedText, type FeedEntry, type FeedWarning } from './parse.ts';
import type { FeedOutcome, FeedState } from './state.ts';

/**
 * Polls feeds and hands their items to the reconciler. Per item: skipped when the feed says
 * the same as last time (no page fetch); otherwise full text from the feed when it carries it,
 * else from the article page (Readability), else the summary with a warning. A feed that fails
 * in any way is one named warning in the log and in /feeds; the other feeds carry on.
 */

export interface PollerOptions {
  reconciler: Reconciler;
  client: WebClient;
  state: FeedState;
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** A summary shorter than this (characters of text) has its page fetched for the full text. Default 500. */
  fullTextMinChars?: number;
  /** Items read from one feed document (default 500). */
  maxItems?: number;
  /**
   * Article pages fetched per poll of one feed (default 100): the first poll of a long feed of
   * summaries takes the rest at the next polls instead of holding the host's queue for minutes.
   */
  maxPagesPerPoll?: number;
}

export interface FeedPollResult {
  feed: FeedConfig;
  outcome: FeedOutcome;
  newArticles: number;
  updatedArticles: number;
  /** Items already on the desk (same link or guid and text, or the same text elsewhere). */
  duplicates: number;
  /** Items the feed repeats unchanged since the last poll. */
  unchanged: number;
  warnings: FeedWarning[];
  error?: FeedWarning;
  ms: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

const TRUNCATION = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|(?:اقرأ|إقرأ) (?:المزيد|أيضا|التفاصيل)|read more|continue reading)\s*\]?\s*$/iu;

const textLength = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

export class FeedPoller {
  private readonly fullTextMinChars: number;
  private readonly maxItems: number;
  private readonly maxPagesPerPoll: number;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Map<string, Promise<FeedPollResult>>();
  private stopped = false;

  constructor(private readonly options: PollerOptions) {
    this.fullTextMinChars = options.fullTextMinChars ?? 500;
    this.maxItems = options.maxItems ?? 500;
    this.maxPagesPerPoll = options.maxPagesPerPoll ?? 100;
  }

  get state(): FeedState {
    return this.options.state;
  }

  /** Polls every feed once (concurrently across hosts; the client keeps one request at a time per host). */
  pollAll(feeds: readonly FeedConfig[]): Promise<FeedPollResult[]> {
    return Promise.all(feeds.map((feed) => this.poll(feed)));
  }

  /** Polls one feed; a poll already running for it is joined, not doubled. Never rejects. */
  poll(feed: FeedConfig): Promise<FeedPollResult> {
    const running = this.inFlight.get(feed.url);
    if (running) return running;
    const started = performance.now();
    const job = this.pollFeed(feed, started)
      .catch((err: Error): FeedPollResult => this.finish(feed, started, { outcome: 'failed', error: { code: 'internal-error', message: err.message } }))
      .finally(() => this.inFlight.delete(feed.url));
    this.inFlight.set(feed.url, job);
    return job;
  }

  /** Polls each feed now and then every intervalMinutes, until stop(). */
  start(feeds: readonly FeedConfig[]): void {
    for (const feed of feeds) this.schedule(feed, 0);
  }

  /** Adds a feed to the schedule (after /feeds add); its first poll runs now. */
  schedule(feed: FeedConfig, delayMs = 0): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(feed.url));
    const timer = setTimeout(() => {
      void this.poll(feed).finally(() => this.schedule(feed, (feed.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES) * 60_000));
    }, delayMs);
    timer.unref();
    this.timers.set(feed.url, timer);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Resolves when no poll is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight.values()]);
  }

  private finish(feed: FeedConfig, started: number, partial: Partial<FeedPollResult> & { outcome: FeedOutcome }): FeedPollResult {
    const result: FeedPollResult = { feed, newArticles: 0, updatedArticles: 0, duplicates: 0, unchanged: 0, warnings: [], ms: performance.now() - started, ...partial };
    const record = this.options.state.get(feed.url);
    record.lastFetchAt = new Date().toISOString();
    record.lastOutcome = result.outcome;
    if (result.error) {
      record.lastError = { ...result.error, at: record.lastFetchAt };
      this.options.logger?.warn({ feed: feed.url, code: result.error.code }, `feed ${feed.outlet}: ${result.error.message}`);
    }
    if (result.outcome === 'ok') {
      record.newArticles = result.newArticles;
      record.updatedArticles = result.updatedArticles;
      record.totalArticles += result.newArticles;
      record.warnings = result.warnings;
      if (!result.error) delete record.lastError;
    }
    for (const w of result.warnings) this.options.logger?.warn({ feed: feed.url, code: w.code }, `feed ${feed.outlet}: ${w.message}`);
    this.options.reconciler.flush();
    this.options.state.save();
    if (result.newArticles || result.updatedArticles) {
      this.options.logger?.info({ feed: feed.url, new: result.newArticles, updated: result.updatedArticles }, `feed ${feed.outlet}: articles taken`);
    }
    return result;
  }

  private async pollFeed(feed: FeedConfig, started: number): Promise<FeedPollResult> {
    const { client, state } = this.options;
    const record = state.get(feed.url);
    const response = await client.get(feed.url, { etag: record.etag, lastModified: record.lastModified, accept: FEED_ACCEPT });
    if (!response.ok) {
      return this.finish(feed, started, { outcome: response.problem === 'backing-off' ? 'backing-off' : 'failed', error: { code: response.problem, message: response.message } });
    }
    if (response.status === 304) return this.finish(feed, started, { outcome: 'not-modified' });
    // The header's charset, else the XML declaration's; windows-1256 feeds still exist.
    const { text } = decodeHtmlBytes(response.body, response.contentType);
    const parsed = parseFeedText(text, { contentType: response.contentType, maxItems: this.maxItems });
    if (!parsed.ok) return this.finish(feed, started, { outcome: 'failed', error: { code: parsed.problem, message: parsed.message } });

    const warnings = [...parsed.warnings];
    const counts = { newArticles: 0, updatedArticles: 0, duplicates: 0, unchanged: 0 };
    const seenNow: Record<string, string> = {};
    let withoutLink = 0;
    let pageFailures = 0;
    const pages = { fetched: 0, deferred: 0 };
    for (const entry of parsed.entries) {
      const link = canonicalUrl(entry.link, feed.url);
      if (!link) withoutLink++;
      const key = link ?? entry.guid;
      // What the feed says about the item: a correction shows as a new summary, content or update time.
      const itemHash = contentHash([entry.title, entry.summary, entry.content, entry.published, entry.updated].join('\n'));
      if (key && record.seen[key] === itemHash) {
        seenNow[key] = itemHash;
        counts.unchanged++;
        continue;
      }
      if (feed.keywords?.length && !this.matchesKeywords(entry, feed.keywords)) continue;
      const warn = (w: FeedWarning, pageFailed = false) => {
        if (pageFailed) pageFailures++;
        if (warnings.length < 20) warnings.push(w);
      };
      let result: Reconciled;
      try {
        const doc = await this.articleFor(feed, entry, link, warn, pages);
        // Deferred (this poll's page budget is spent): not remembered, so the next poll takes it.
        if (doc === 'deferred' || !doc) continue;
        result = await this.options.reconciler.acceptFetched(doc);
      } catch (err) {
        // One item's fault is that item's: the rest of the feed is still read.
        warn({ code: 'item-failed', message: `${entry.title || key}: ${(err as Error).message}` });
        continue;
      }
      if (result.type === 'added') counts.newArticles++;
      else if (result.type === 'updated') counts.updatedArticles++;
      else if (result.type === 'duplicate' || result.type === 'unchanged') counts.duplicates++;
      else if (result.type === 'refused' && warnings.length < 20) warnings.push({ code: 'item-refused', message: `${entry.title || key}: ${result.reason}` });
      if (key && result.type !== 'refused') seenNow[key] = itemHash;
      // Extraction is synchronous work: let interactions in between articles.
      await yieldToEventLoop();
    }
    if (withoutLink) warnings.unshift({ code: 'item-without-link', message: `${withoutLink} item(s) without a link; taken from the feed text when it had any` });
    if (pages.deferred) warnings.unshift({ code: 'pages-deferred', message: `${pages.deferred} item(s) need their page fetched; left for the next poll (${this.maxPagesPerPoll} pages per poll)` });
    if (pageFailures > 1) warnings.unshift({ code: 'page-fetch-failed', message: `${pageFailures} article page(s) could not be read; their summaries were used` });
    // Only what the feed lists now is remembered: the state stays the size of the feed.
    record.seen = seenNow;
    // Items left for the next poll need the feed read again, not a 304.
    const keepValidators = pages.deferred === 0;
    if (response.etag && keepValidators) record.etag = response.etag;
    else delete record.etag;
    if (response.lastModified && keepValidators) record.lastModified = response.lastModified;
    else delete record.lastModified;
    return this.finish(feed, started, { outcome: 'ok', warnings, ...counts });
  }

  private matchesKeywords(entry: FeedEntry, keywords: readonly string[]): boolean {
    const haystack = [entry.title, entry.summary, entry.content].filter(Boolean).join(' ');
    return keywords.some((k) => containsNormalized(haystack, k));
  }

  private async articleFor(
    feed: FeedConfig,
    entry: FeedEntry,
    link: string | null,
    warn: (w: FeedWarning, pageFailed?: boolean) => void,
    pages: { fetched: number; deferred: number },
  ): Promise<FetchedArticle | null | 'deferred'> {
    const fromFeed = htmlToParagraphs(entry.content ?? '');
    const summary = htmlToParagraphs(entry.summary ?? '');
    let paragraphs = textLength(fromFeed) >= textLength(summary) ? fromFeed : summary;
    let url = link;
    let byline = entry.author;
    let published = isoDate(entry.published);
    let title = htmlText(entry.title);
    let language = feed.language ?? null;
    // The feed's content field is the article unless it is cut short ("…", "[…]", "اقرأ المزيد") or
    // no longer than the summary; a summary alone is fetched in full from the page.
    const truncated = TRUNCATION.test(fromFeed.at(-1) ?? '');
    const fullInFeed = fromFeed.length > 0 && !truncated && textLength(fromFeed) > textLength(summary);
    const cutShort = TRUNCATION.test(paragraphs.at(-1) ?? '');
    if (!fullInFeed && (cutShort || textLength(paragraphs) < this.fullTextMinChars) && link) {
      if (pages.fetched >= this.maxPagesPerPoll) {
        pages.deferred++;
        return 'deferred';
      }
      pages.fetched++;
      const page = await fetchArticlePage(this.options.client, link);
      if (page.ok) {
        if (textLength(page.page.paragraphs) > textLength(paragraphs)) paragraphs = page.page.paragraphs;
        url = page.page.canonicalUrl ?? link;
        byline ??= page.page.byline;
        published ??= isoDate(page.page.published);
        title ||= page.page.title;
        language ??= page.page.language;
        if (page.charsetNote) warn({ code: 'page-charset', message: `${link}: ${page.charsetNote}` });
      } else {
        warn(page.warning, true);
      }
    }
    if (!title && paragraphs.length === 0) {
      warn({ code: 'empty-item', message: `an item with neither title nor text${link ? ` (${link})` : ''}; skipped` });
      return null;
    }
    if (paragraphs.length === 0) {
      warn({ code: 'empty-item', message: `${title}: no text in the feed${link ? ' or on the page' : ' and no link'}; skipped` });
      return null;
    }
    return { url, guid: entry.guid, title: title || paragraphs[0]!.slice(0, 120), paragraphs, byline, published, outlet: feed.outlet, language, feed: feed.url, source: 'feed' };
  }
}
