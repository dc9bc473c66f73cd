import { statSync, watch, type FSWatcher } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFile, loadArticleFile } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import type { Desk } from '../desk/desk.ts';
import type { Logger } from '../log.ts';
import { reconcilerFor } from './reconcile.ts';

/**
 * Live ingestion: new, changed and removed files in the data directory reach the desk within
 * seconds, one article at a time (no rebuild). Editors save files in bursts and copy tools write
 * them in pieces, so each file's events are debounced, and a file that is empty, still growing or
 * cut in the middle of a UTF-8 character is looked at again later rather than indexed broken.
 * fs.watch can drop events (inotify queue overflow, network mounts), so the directory is also
 * compared with the desk at start and every `rescanMs`.
 */

export type IngestChange =
  | { type: 'added' | 'updated'; file: string; id: string }
  | { type: 'removed'; file: string; id: string }
  | { type: 'skipped'; file: string; message: string };

export interface WatchOptions {
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** Quiet time after the last event for a file before it is read. */
  debounceMs?: number;
  /** How often an unreadable or still-changing file is looked at again before it is reported skipped. */
  retries?: number;
  /** Period of the safety-net comparison of directory and desk; 0 turns it off. Default 60 s. */
  rescanMs?: number;
  /** How often the directory itself is checked for being deleted and made again; 0 turns it off. Default 1 s. */
  dirCheckMs?: number;
  onChange?: (change: IngestChange) => void;
}

export interface DataDirWatcher {
  close(): void;
  /** Resolves when no file is waiting to be (re)read — for tests and orderly shutdown. */
  idle(): Promise<void>;
  /** Compares the directory with the desk now and queues every difference. */
  rescan(): Promise<void>;
}

/** True when the file's last bytes are the start of a UTF-8 sequence whose continuation is missing. */
export function endsMidUtf8Sequence(tail: Uint8Array): boolean {
  // Walk back over at most 3 continuation bytes (10xxxxxx) to the lead byte.
  let i = tail.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (tail[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return false;
  const lead = tail[i]!;
  const needed = lead >= 0xf0 && lead < 0xf8 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return lead >= 0xc0 && continuation < needed;
}

async function readTail(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const length = Math.min(4, size);
    const buffer = new Uint8Array(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

export function watchDataDir(desk: Desk, dataDir: string, options: WatchOptions = {}): DataDirWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const retries = options.retries ?? 5;
  const rescanMs = options.rescanMs ?? 60_000;
  const dirCheckMs = options.dirCheckMs ?? 1000;
  const timers = new Map<string, NodeJS.Timeout>();
  /** size:mtime of each file's last final outcome (indexed, unchanged or skipped), so a rescan does not redo it. */
  const settled = new Map<string, string>();
  const statKey = (st: { size: number; mtimeMs: number }) => `${st.size}:${st.mtimeMs}`;
  const running = new Set<Promise<void>>();
  let closed = false;

  const report = (change: IngestChange) => {
    if (change.type === 'skipped') options.logger?.warn({ file: change.file }, `not indexed: ${change.message}`);
    else options.logger?.info({ file: change.file, id: change.id }, `article ${change.type}`);
    options.onChange?.(change);
  };

  const reconciler = reconcilerFor(desk, dataDir, { logger: options.logger });
  const fromHere = (a: Article) => reconciler.isFromHere(a);

  const retryOrSkip = (file: string, attempt: number, message: string, st?: { size: number; mtimeMs: number }): void => {
    if (attempt < retries) {
      schedule(file, attempt + 1, debounceMs * (attempt + 1));
      return;
    }
    if (st) settled.set(file, statKey(st));
    report({ type: 'skipped', file, message });
  };

  async function ingest(file: string, attempt: number): Promise<void> {
    if (closed) return;
    const path = join(dataDir, file);
    const before = await stat(path).catch(() => null);
    if (!before) {
      settled.delete(file);
      const gone = reconciler.removeFile(file);
      if (gone) report({ type: 'removed', file, id: gone.id });
      return;
    }
    if (!before.isFile()) return;
    // A file still being written changes size between two looks: wait for it to settle.
    await new Promise((r) => setTimeout(r, Math.min(150, debounceMs)));
    if (closed) return;
    const after = await stat(path).catch(() => null);
    if (!after || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      retryOrSkip(file, attempt, 'the file kept changing while being read');
      return;
    }
    // Cut mid-character: a writer is between two chunks. (Reading it now would look like a legacy encoding.)
    if (attempt < retries && after.size > 0 && endsMidUtf8Sequence(await readTail(path, after.size))) {
      retryOrSkip(file, attempt, 'the file ends in the middle of a character');
      return;
    }
    const loaded = await loadArticleFile(path);
    if (!loaded.article) {
      retryOrSkip(file, attempt, loaded.warning?.message ?? 'could not be read', after);
      return;
    }
    settled.set(file, statKey(after));
    if (loaded.warning) options.logger?.warn({ file }, loaded.warning.message);
    // Saved again without a change (or touched), or just written by the feeds: nothing to re-extract.
    const result = reconciler.acceptFile(loaded.article);
    if (result.type === 'added' || result.type === 'updated') report({ type: result.type, file, id: result.id });
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

  async function rescan(): Promise<void> {
    if (closed) return;
    let names: string[];
    try {
      names = (await readdir(dataDir)).filter(isArticleFile);
    } catch {
      return; // a missing directory is reported once, by the watcher below; nothing is removed
    }
    const onDisk = new Set(names);
    const known = new Map(desk.articles().filter(fromHere).map((a) => [a.file, a]));
    for (const name of names) {
      if (timers.has(name)) continue;
      const article = known.get(name);
      const st = await stat(join(dataDir, name)).catch(() => null);
      if (!st?.isFile() || settled.get(name) === statKey(st)) continue;
      if (!article || article.bytes !== st.size || article.mtimeMs !== st.mtimeMs) schedule(name);
    }
    for (const file of known.keys()) if (!onDisk.has(file)) schedule(file);
  }

  let watcher: FSWatcher | undefined;
  /**
   * Identity of the directory being watched: a directory deleted and made again is a new one
   * (often with the same inode number, never with the same birth time), and fs.watch stays on the old.
   */
  let watchedDir: string | undefined;
  const dirIdentity = (): string | undefined => {
    const st = statSync(dataDir, { throwIfNoEntry: false });
    return st ? `${st.ino}:${st.birthtimeMs}` : undefined;
  };
  const startWatching = (reportFailure: boolean): void => {
    watcher?.close();
    watcher = undefined;
    try {
      watchedDir = dirIdentity();
      const w = watch(dataDir, { persistent: false }, (_event, filename) => {
        const file = filename?.toString();
        if (file && isArticleFile(file)) schedule(file);
      });
      w.on('error', (err) => {
        options.logger?.warn({ dataDir }, `stopped watching the data directory: ${err.message}; watching again when it is back`);
        if (watcher === w) watcher = undefined;
        w.close();
      });
      watcher = w;
    } catch (err) {
      if (reportFailure) options.logger?.warn({ dataDir }, `cannot watch the data directory (${(err as Error).message}); new files need /reload`);
    }
  };
  startWatching(true);

  // Files that changed between loading the desk and starting to watch are caught here.
  const first = rescan();
  running.add(first);
  void first.finally(() => running.delete(first));
  const periodic = rescanMs > 0 && watcher ? setInterval(() => void rescan(), rescanMs) : undefined;
  periodic?.unref();
  // A directory deleted and made again (a restore, a re-mounted share), or made after start-up, is noticed within a second.
  const dirCheck =
    dirCheckMs > 0
      ? setInterval(() => {
          if (closed) return;
          const identity = dirIdentity();
          if (identity === undefined) {
            watchedDir = undefined;
            return;
          }
          if (identity === watchedDir && watcher) return;
          options.logger?.info({ dataDir }, 'the data directory is back (or was replaced); watching it again');
          startWatching(false);
          void rescan();
        }, dirCheckMs)
      : undefined;
  dirCheck?.unref();

  return {
    close() {
      closed = true;
      reconciler.flush();
      watcher?.close();
      clearInterval(periodic);
      clearInterval(dirCheck);
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
    async idle() {
      while (timers.size > 0 || running.size > 0) {
        await Promise.all([...running]);
        if (timers.size > 0) await new Promise((r) => setTimeout(r, 25));
      }
    },
    rescan,
  };
}
