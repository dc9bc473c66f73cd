import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../ingest/files.ts';
import type { FeedWarning } from './parse.ts';

/**
 * What the poller remembers per feed, in `<data dir>/.feeds-state.json` beside the articles it
 * wrote: the validators for conditional GET, what the last poll did (for /feeds) and a hash per
 * item already taken, so a restart neither refetches the feed's pages nor re-reads unchanged
 * items. A corrupt file is set aside and polling starts afresh (the id registry still prevents
 * duplicates).
 */

export const FEEDS_STATE_FILE = '.feeds-state.json';

export type FeedOutcome = 'ok' | 'not-modified' | 'failed' | 'backing-off';

export interface FeedRecord {
  url: string;
  etag?: string;
  lastModified?: string;
  lastFetchAt?: string;
  lastOutcome?: FeedOutcome;
  lastError?: FeedWarning & { at: string };
  /** Articles the last poll that read the feed added / updated. */
  newArticles: number;
  updatedArticles: number;
  /** Articles taken from this feed since it was added. */
  totalArticles: number;
  /** Warnings of the last poll (bad items, too many items…). */
  warnings: FeedWarning[];
  /** Item key (canonical link, else guid) → hash of what the feed said about it. */
  seen: Record<string, string>;
}

interface StateFile {
  format: 1;
  feeds: Record<string, FeedRecord>;
}

export class FeedState {
  private feeds: Record<string, FeedRecord> = {};
  readonly path: string;
  readonly warnings: string[] = [];

  constructor(dataDir: string) {
    this.path = join(dataDir, FEEDS_STATE_FILE);
    this.read();
  }

  private read(): void {
    if (!existsSync(this.path)) return;
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as StateFile;
      if (data?.format !== 1 || typeof data.feeds !== 'object' || !data.feeds) throw new Error('unknown shape');
      this.feeds = data.feeds;
    } catch (err) {
      const aside = `${this.path}.corrupt-${Date.now()}`;
      try {
        renameSync(this.path, aside);
      } catch {
        // Overwritten at the next save.
      }
      this.warnings.push(`${FEEDS_STATE_FILE} unreadable (${(err as Error).message}); set aside as ${aside}, feeds are read afresh`);
    }
  }

  get(url: string): FeedRecord {
    let record = this.feeds[url];
    if (!record) this.feeds[url] = record = { url, newArticles: 0, updatedArticles: 0, totalArticles: 0, warnings: [], seen: {} };
    return record;
  }

  peek(url: string): FeedRecord | undefined {
    return this.feeds[url];
  }

  save(): void {
    try {
      writeFileAtomically(this.path, JSON.stringify({ format: 1, feeds: this.feeds } satisfies StateFile));
    } catch (err) {
      const message = `cannot write ${FEEDS_STATE_FILE} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); feeds will be read afresh after a restart`;
      if (!this.warnings.includes(message)) this.warnings.push(message);
    }
  }
}
