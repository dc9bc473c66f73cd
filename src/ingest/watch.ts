import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFile, loadArticleFile } from '../corpus/load.ts';
import type { Desk } from '../desk/desk.ts';
import type { Logger } from '../log.ts';

/**
 * Live ingestion: new, changed and removed files in the data directory reach the desk within
 * seconds, one article at a time (no rebuild). Editors save files in bursts and copy tools write
 * them in pieces, so each file's events are debounced and a file whose size is still changing —
 * or that cannot be read yet — is retried rather than indexed broken.
 */

export type IngestChange =
  | { type: 'added' | 'updated'; file: string; id: string }
  | { type: 'removed'; file: string; id: string }
  | { type: 'skipped'; file: string; message: string };

export interface WatchOptions {
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** Quiet time after the last event for a file before it is read. */
  debounceMs?: number;
  /** How often an unreadable or still-growing file is retried before it is reported skipped. */
  retries?: number;
  onChange?: (change: IngestChange) => void;
}

export interface DataDirWatcher {
  close(): void;
  /** Resolves when no file is waiting to be (re)read — for tests and orderly shutdown. */
  idle(): Promise<void>;
}

export function watchDataDir(desk: Desk, dataDir: string, options: WatchOptions = {}): DataDirWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const retries = options.retries ?? 5;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let closed = false;

  const report = (change: IngestChange) => {
    if (change.type === 'skipped') options.logger?.warn({ file: change.file }, `not indexed: ${change.message}`);
    else options.logger?.info({ file: change.file, id: change.id }, `article ${change.type}`);
    options.onChange?.(change);
  };

  const articleForFile = (file: string) => desk.articles().find((a) => a.file === file);

  /** An id for a new file that does not collide with another file's article. */
  const freeId = (id: string, file: string): string => {
    let candidate = id;
    for (let n = 2; ; n++) {
      const holder = desk.getArticle(candidate);
      if (!holder || holder.file === file) return candidate;
      candidate = `${id}-${n}`;
    }
  };

  async function ingest(file: string, attempt: number): Promise<void> {
    if (closed) return;
    const path = join(dataDir, file);
    const before = await stat(path).catch(() => null);
    if (!before) {
      const gone = articleForFile(file);
      if (gone && desk.removeArticle(gone.id)) report({ type: 'removed', file, id: gone.id });
      return;
    }
    if (!before.isFile()) return;
    // A file still being written changes size between two looks: wait for it to settle.
    await new Promise((r) => setTimeout(r, Math.min(150, debounceMs)));
    const after = await stat(path).catch(() => null);
    const settled = after && after.size === before.size && after.mtimeMs === before.mtimeMs;
    const loaded = settled ? await loadArticleFile(path) : undefined;
    if (!loaded?.article) {
      if (attempt < retries) {
        schedule(file, attempt + 1, debounceMs * (attempt + 1));
        return;
      }
      report({ type: 'skipped', file, message: loaded?.warning?.message ?? 'the file kept changing while being read' });
      return;
    }
    if (loaded.warning) options.logger?.warn({ file }, loaded.warning.message);
    const previous = articleForFile(file);
    const article = { ...loaded.article, id: previous?.id ?? freeId(loaded.article.id, file) };
    const unchanged = previous && previous.text === article.text && previous.mtimeMs === article.mtimeMs;
    if (unchanged) return;
    desk.addArticle(article);
    report({ type: previous ? 'updated' : 'added', file, id: article.id });
  }

  function schedule(file: string, attempt = 0, delay = debounceMs): void {
    if (closed) return;
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        const job = ingest(file, attempt)
          .catch((err: Error) => report({ type: 'skipped', file, message: err.message }))
          .finally(() => running.delete(job));
        running.add(job);
      }, delay),
    );
  }

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dataDir, { persistent: false }, (_event, filename) => {
      const file = filename?.toString();
      if (file && isArticleFile(file)) schedule(file);
    });
    watcher.on('error', (err) => options.logger?.warn({ dataDir }, `stopped watching the data directory: ${err.message}`));
  } catch (err) {
    options.logger?.warn({ dataDir }, `cannot watch the data directory (${(err as Error).message}); new files need /reload`);
  }

  return {
    close() {
      closed = true;
      watcher?.close();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
    async idle() {
      while (timers.size > 0 || running.size > 0) {
        await Promise.all([...running]);
        if (timers.size > 0) await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
