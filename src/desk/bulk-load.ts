import { availableParallelism, loadavg } from 'node:os';
import { measureBusyCores } from './busy-cores.ts';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArticleFiles, loadArticleFileSync, loadCorpus, type FileLoad } from '../corpus/load.ts';
import { DEFAULT_SLICE_MS } from '../corpus/slices.ts';
import type { Article, LoadWarning } from '../corpus/types.ts';
import type { ArticleRecords } from '../extract/index.ts';
import type { SpeakerDirectory } from '../extract/speakers.ts';
import { fastForwardDirectory, replayCalls } from './directory-log.ts';
import type { WorkChunk, WorkMessage, WorkResult } from './extract-worker.ts';
import { unpackFromTransfer } from './transfer.ts';
import type { SentenceNumbers } from './passages.ts';

/**
 * Loading a whole data directory (start-up, /reload) with a pool of worker threads. Reading,
 * cleaning, segmenting and extracting an article is most of a build, and each file's share of
 * it needs nothing from the others but the speaker directory. So the files are cut into runs:
 * the main thread works through them from the front, in this thread as it always did, while
 * workers read runs of their own from a point further on, each against a speaker directory of its
 * own. When the main thread reaches a run a worker did, it takes the worker's results in file
 * order: gives ids, checks the records against the desk's own speaker directory
 * (directory-log.ts) and adds the article, which costs a fraction of extracting it.
 *
 * Workers go forward through the files, as the main thread does, so that (a) the main thread
 * adds their results while they read on, instead of all of them once the workers have stopped,
 * and (b) a worker's directory holds speakers of earlier files only, which is how the desk's
 * grows, so its answers mostly agree. Where the workers start is a guess of the main thread's
 * share (`addCost`); the rest adapts by itself to how much CPU each gets: the main thread takes the
 * next run itself when it reaches one nobody has, and a worker that reaches the end takes the last
 * runs before its start (each with an empty directory). The desk comes out exactly as a load in
 * this thread makes it (same ids, order, warnings, records, stories), which is also what happens
 * for small directories, when a worker cannot start, and for the files of a worker that stops.
 */

export interface BulkLoadOptions {
  /**
   * Worker threads besides the main thread; default one fewer than the machine's available
   * parallelism (the main thread loads too), at least 1, at most `maxWorkers`. 0 loads in this
   * thread only.
   */
  workers?: number;
  /** Upper bound on the default pool size (more threads than cores only add memory). */
  maxWorkers?: number;
  /**
   * Files each worker must have for the pool to be worth starting: a worker spends about a
   * second of CPU loading the extraction code and lexicons, and compiles it again cold. Smaller
   * directories load in this thread. (Measured on the 2-core machine: 1,056 real articles loaded in
   * 3.3–3.7 s in this thread and 4.3–5.1 s with one worker; at 10,000 the worker shortened warm
   * rebuilds, 13.0 s → 9.5–14.7 s, and not cold ones, at 25–75% more CPU.)
   */
  minFilesPerWorker?: number;
  /**
   * Files in a run. The main thread can wait at most one run's work where it meets a worker, and
   * a run a worker takes out of order (after one the main thread took, or before its start) is
   * read with a directory that missed the runs before it: more articles extracted again.
   */
  chunkFiles?: number;
  /**
   * The main thread's work to add an article a worker read (ids, the directory check, passages,
   * story profile), as a fraction of reading and extracting it: measured 0.16–0.3 at 10,000
   * articles on a busy 2-core machine. Sets where the workers start: the main thread reads the
   * first part of the files itself and adds the rest, and both should end together. Too high
   * costs little (the main thread takes runs the workers have not reached), too low leaves the
   * workers idle while the main thread adds their results.
   */
  addCost?: number;
  /**
   * How long idle workers are kept for the next load (a /reload, the next build of a benchmark)
   * before they are stopped, ms. They never keep the process alive.
   */
  keepWarmMs?: number;
  /** Longest the main thread works without giving the event loop a turn, ms (see slices.ts). */
  sliceMs?: number;
  /** The workers' module; default extract-worker.ts (tests give one that fails on purpose). */
  workerEntry?: URL;
  /**
   * Workers start (unless `workers` is given) only while other processes keep at most this share
   * of the machine's cores busy (measured over a short sample at the start of the load, this
   * process's own CPU time left out; busy-cores.ts). A worker pays off on an idle core; on a machine already saturated
   * it competes with the main thread and adds a quarter or more of CPU for the same desk
   * (measured on this project's 2-core machine at load 5–6: warm 2,000-article builds 1.2–1.9×
   * slower with one worker than without).
   */
  maxLoadPerCore?: number;
}

export const BULK_LOAD_DEFAULTS: Required<Omit<BulkLoadOptions, 'workers' | 'workerEntry'>> = {
  maxWorkers: 4,
  maxLoadPerCore: 0.75,
  minFilesPerWorker: 2500,
  chunkFiles: 128,
  addCost: 0.3,
  keepWarmMs: 15_000,
  sliceMs: DEFAULT_SLICE_MS,
};

/** Where the loaded articles go (the desk). */
export interface LoadSink {
  /** The desk's speaker directory: every worker's directory questions are put to it again, in order. */
  speakers: SpeakerDirectory;
  /** Ids for articles in file order (the desk's id registry); called once per article, in order. */
  assignIds(articles: Article[]): LoadWarning[];
  /** The article's records, extracted in this thread against `speakers` (the desk's directory or a view of it). */
  extract(article: Article, speakers: SpeakerDirectory): ArticleRecords;
  /**
   * Adds an article; `records()` gives its records (called once, when the desk is ready for them);
   * `numbers`, its sentences' numbers as a worker read them (passages.ts sentenceNumbers).
   */
  add(article: Article, records: () => ArticleRecords, numbers?: ReadonlyArray<SentenceNumbers | null>): void;
}

/** How a bulk load went, for the bench and logs. */
export interface BulkLoadStats {
  /** Worker threads started (0: loaded in this thread). */
  workers: number;
  files: number;
  /** Articles whose worker records were used as they came. */
  fromWorkers: number;
  /** Articles extracted again in this thread (a directory answer differed, or the id did). */
  reExtracted: number;
  /** Files read and extracted in this thread (the main thread's runs, and any a worker stopped on or failed). */
  inThread: number;
  /** Why workers stopped or were not used, when they were expected. */
  notes: string[];
}

export interface BulkLoadResult {
  /** The listing's, then each file's in order, then the ids' (as loadCorpus orders them). */
  warnings: LoadWarning[];
  stats: BulkLoadStats;
}

/** What is known of the machine's other work when the pool is sized. */
export interface MachineLoad {
  /** Cores other processes keep busy (busy-cores.ts); default the one-minute load average, which counts this process too. */
  busyCores?: number;
  /** Where busyCores comes from, for the note. */
  source?: string;
}

/** The worker pool size for a directory of `files` article files, and why none when none is started for a busy machine. */
export function poolPlan(files: number, options: BulkLoadOptions = {}, machine: MachineLoad = {}): { workers: number; note?: string } {
  const maxWorkers = options.maxWorkers ?? BULK_LOAD_DEFAULTS.maxWorkers;
  const cores = availableParallelism();
  const perWorker = Math.max(1, options.minFilesPerWorker ?? BULK_LOAD_DEFAULTS.minFilesPerWorker);
  const workers = Math.max(0, Math.min(options.workers ?? Math.max(1, Math.min(cores - 1, maxWorkers)), Math.floor(files / perWorker)));
  if (options.workers !== undefined || workers === 0) return { workers };
  const load = machine.busyCores ?? loadavg()[0]!;
  const source = machine.busyCores === undefined ? 'load average' : (machine.source ?? 'busy cores');
  const maxLoad = (options.maxLoadPerCore ?? BULK_LOAD_DEFAULTS.maxLoadPerCore) * cores;
  if (load > maxLoad) return { workers: 0, note: `no load workers: the machine is busy (${source} ${load.toFixed(1)} on ${cores} cores, over ${maxLoad.toFixed(1)})` };
  return { workers };
}

/** poolPlan's size alone. */
export function poolSize(files: number, options: BulkLoadOptions = {}): number {
  return poolPlan(files, options).workers;
}

export interface BulkLoadSetup extends BulkLoadOptions {
  /** The lexicon directory the desk was made with; workers read the same one. */
  lexiconDir?: string;
  /** The desk was given lexicons as objects, which workers cannot read from disk: load in this thread. */
  inThreadOnly?: boolean;
}

/** Loads every article of `dir` into `sink` (see the module comment). Never throws for bad files. */
export async function bulkLoad(dir: string, sink: LoadSink, setup: BulkLoadSetup = {}): Promise<BulkLoadResult> {
  // Other processes' use of the cores is sampled while the directory is listed (our own CPU time is left out).
  const sampling = setup.inThreadOnly || setup.workers !== undefined ? null : measureBusyCores();
  const listing = await listArticleFiles(dir);
  // The pool an idle machine would get; only then is the sample worth waiting for.
  const wanted = setup.inThreadOnly || listing.unreadable ? 0 : poolPlan(listing.names.length, setup, { busyCores: 0 }).workers;
  const machine: MachineLoad = wanted > 0 && sampling ? await sampling : {};
  const plan = wanted === 0 ? { workers: 0 } : poolPlan(listing.names.length, setup, machine);
  const workers = plan.workers;
  const stats: BulkLoadStats = { workers, files: listing.names.length, fromWorkers: 0, reExtracted: 0, inThread: 0, notes: plan.note ? [plan.note] : [] };
  if (workers === 0) {
    // The desk's in-thread load, as it always was: read everything (in slices), give ids, then add.
    const { articles, warnings } = await loadCorpus(dir, { assignIds: (loaded) => sink.assignIds(loaded) });
    for (const article of articles) sink.add(article, () => sink.extract(article, sink.speakers));
    stats.inThread = listing.names.length;
    return { warnings, stats };
  }
  const { fileWarnings, idWarnings } = await loadOnPool(dir, listing.names, sink, workers, setup, stats);
  return { warnings: [...listing.warnings, ...fileWarnings, ...idWarnings], stats };
}

/**
 * The first run workers read. The main thread reads the first s of n files and adds all n; each of
 * w workers reads (n − s) / w. Both end together when s + n·a = (n − s) / w (a = addCost, reading
 * one file = 1), that is s / n = (1 − w·a) / (w + 1).
 */
export function workersStartRun(runs: number, workers: number, addCost: number): number {
  const share = Math.max(0, (1 - workers * addCost) / (workers + 1));
  return Math.min(runs - 1, Math.max(1, Math.round(runs * share)));
}

/** Consecutive runs of `size` files (the last one shorter). */
function chunksOf(dir: string, names: readonly string[], size: number): WorkChunk[] {
  const chunks: WorkChunk[] = [];
  for (let first = 0; first < names.length; first += size) chunks.push({ type: 'chunk', first, paths: names.slice(first, first + size).map((n) => join(dir, n)) });
  return chunks;
}

/**
 * Started workers, kept between loads (keepWarmMs): starting one costs more than a second of
 * CPU (loading the extraction code through tsx), which a /reload or a repeated build should pay
 * once. Idle workers are unref'd; a load takes idle ones first and starts the rest.
 */
class WarmWorkers {
  private readonly idle: Worker[] = [];
  private timer: NodeJS.Timeout | undefined;

  take(entry: URL): Worker {
    const worker = this.idle.findIndex((w) => (w as Worker & { entry?: string }).entry === entry.href);
    if (worker >= 0) {
      const [w] = this.idle.splice(worker, 1);
      w!.ref();
      return w!;
    }
    const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry: entry.href } }) as Worker & { entry?: string };
    w.entry = entry.href;
    // An idle worker that dies is simply forgotten.
    w.on('exit', () => {
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return w;
  }

  giveBack(worker: Worker, keepWarmMs: number): void {
    if (keepWarmMs <= 0) {
      void worker.terminate();
      return;
    }
    worker.unref();
    this.idle.push(worker);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      for (const w of this.idle.splice(0)) void w.terminate();
    }, keepWarmMs);
    this.timer.unref();
  }
}

const warm = new WarmWorkers();

/** A file's outcome as the main thread takes it: a worker's result, or "load it here". */
type Slot = { result: WorkResult } | { here: true };

interface PoolWorker {
  worker: Worker;
  chunk?: WorkChunk;
  /** The run it read last: a run before it is read with an empty directory. */
  lastRun?: number;
  /** Files of the current chunk not yet answered. */
  unanswered: number;
  /** Out of this load: done, or given up on. */
  out: boolean;
  /** Failed or stopped during the load: not kept warm. */
  broken: boolean;
  detach(): void;
}

function loadOnPool(
  dir: string,
  names: readonly string[],
  sink: LoadSink,
  workerCount: number,
  setup: BulkLoadSetup,
  stats: BulkLoadStats,
): Promise<{ fileWarnings: LoadWarning[]; idWarnings: LoadWarning[] }> {
  const n = names.length;
  const slots: Array<Slot | undefined> = new Array(n);
  const fileWarnings: LoadWarning[] = [];
  const idWarnings: LoadWarning[] = [];
  const size = Math.max(1, setup.chunkFiles ?? BULK_LOAD_DEFAULTS.chunkFiles);
  const chunks = chunksOf(dir, names, size);
  const keepWarmMs = setup.keepWarmMs ?? BULK_LOAD_DEFAULTS.keepWarmMs;
  const sliceMs = setup.sliceMs ?? BULK_LOAD_DEFAULTS.sliceMs;
  const entry = setup.workerEntry ?? new URL('./extract-worker.ts', import.meta.url);
  const pool: PoolWorker[] = [];
  /** Each run's reader: nobody yet, the main thread (claims a run nobody has on reaching it), or a worker. */
  const owner = new Uint8Array(chunks.length);
  const NOBODY = 0;
  const MAIN = 1;
  const WORKER = 2;
  const startRun = workersStartRun(chunks.length, workerCount, setup.addCost ?? BULK_LOAD_DEFAULTS.addCost);
  let next = 0;
  let settled = false;
  let scheduled = false;

  return new Promise((resolve, reject) => {
    /** The load is over: healthy workers go back to the warm set, broken ones are stopped. */
    const release = () => {
      for (const p of pool) {
        p.detach();
        if (p.broken) void p.worker.terminate();
        else warm.giveBack(p.worker, keepWarmMs);
      }
    };
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      // A worker may be mid-run: its late answers must not reach the next load.
      for (const p of pool) p.broken ||= !!p.chunk;
      release();
      reject(err);
    };

    /** The main thread's part of one file, in file order. */
    const take = (index: number, slot: Slot) => {
      const result = 'result' in slot && !('failed' in slot.result) ? slot.result : undefined;
      let load: FileLoad;
      if (result) {
        load = result.load;
        if (load.article) unpackFromTransfer(load.article, result.records);
      } else {
        stats.inThread++;
        load = loadArticleFileSync(join(dir, names[index]!));
      }
      if (load.warning) fileWarnings.push(load.warning);
      const article = load.article;
      if (!article) return;
      idWarnings.push(...sink.assignIds([article]));
      sink.add(article, () => {
        if (!result) return sink.extract(article, sink.speakers);
        // Records carry the id they were made with; an id the registry changed means making them again.
        if (!result.records || !result.calls || !result.verifiable || result.provisionalId !== article.id) {
          stats.reExtracted++;
          return sink.extract(article, sink.speakers);
        }
        const replay = replayCalls(sink.speakers, result.calls);
        if (replay.agrees) {
          stats.fromWorkers++;
          return result.records;
        }
        stats.reExtracted++;
        return sink.extract(article, fastForwardDirectory(sink.speakers, result.calls, replay.answers));
      }, result?.numbers);
    };

    /**
     * The main thread's loop, in slices: the next file is a worker's answer, or in a run of its
     * own (claimed on arrival), or a worker's still to come (then a message wakes it up).
     */
    const pump = () => {
      if (settled) return;
      const until = performance.now() + sliceMs;
      try {
        while (next < n) {
          const slot = slots[next];
          if (slot) {
            slots[next] = undefined;
            take(next++, slot);
          } else {
            const run = Math.floor(next / size);
            if (owner[run] === NOBODY) owner[run] = MAIN;
            if (owner[run] !== MAIN) return;
            take(next++, { here: true });
          }
          if (performance.now() >= until) {
            schedule();
            return;
          }
        }
      } catch (err) {
        fail(err);
        return;
      }
      settled = true;
      release();
      resolve({ fileWarnings, idWarnings });
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        pump();
      });
    };

    /** A worker stopped or failed mid-load: the files of its run not answered yet load here. */
    const giveUp = (p: PoolWorker, note: string) => {
      if (p.out) return;
      p.out = p.broken = true;
      stats.notes.push(note);
      if (p.chunk) for (let i = Math.max(next, p.chunk.first); i < p.chunk.first + p.chunk.paths.length; i++) slots[i] ??= { here: true };
      p.chunk = undefined;
      schedule();
    };

    /**
     * The worker's next run: the first nobody has from its start on, past the one after the main
     * thread's (which the main thread would reach before the worker had read it); at the end, the
     * last one nobody has after the main thread's; none: the worker is done for this load.
     */
    const give = (p: PoolWorker) => {
      const mainRun = Math.floor(next / size);
      let run = -1;
      for (let r = Math.max(startRun, mainRun + 2); r < chunks.length && run < 0; r++) if (owner[r] === NOBODY) run = r;
      for (let r = chunks.length - 1; r > mainRun && run < 0; r--) if (owner[r] === NOBODY) run = r;
      if (run < 0) {
        p.chunk = undefined;
        p.out = true;
        return;
      }
      owner[run] = WORKER;
      const chunk: WorkChunk = { ...chunks[run]!, freshDirectory: p.lastRun !== undefined && run < p.lastRun };
      p.chunk = chunk;
      p.lastRun = run;
      p.unanswered = chunk.paths.length;
      p.worker.postMessage(chunk);
    };

    for (let w = 0; w < workerCount; w++) {
      let worker: Worker;
      try {
        worker = warm.take(entry);
      } catch (err) {
        stats.notes.push(`a load worker could not start (${err instanceof Error ? err.message : String(err)}); the main thread loads its share`);
        continue;
      }
      const p: PoolWorker = { worker, unanswered: 0, out: false, broken: false, detach: () => undefined };
      const onMessage = (results: WorkResult[]) => {
        if (settled || p.out) return;
        for (const result of results) slots[result.index] = { result };
        p.unanswered -= results.length;
        if (p.unanswered === 0) give(p);
        schedule();
      };
      const onError = (err: Error) => giveUp(p, `a load worker failed (${err.message}); the main thread loads its files`);
      const onExit = (code: number) => giveUp(p, `a load worker stopped (exit code ${code}); the main thread loads its files`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      p.detach = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      pool.push(p);
      worker.postMessage({ type: 'load', lexiconDir: setup.lexiconDir } satisfies WorkMessage);
      give(p);
    }
    pump();
  });
}
