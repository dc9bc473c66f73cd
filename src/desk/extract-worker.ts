import { parentPort } from 'node:worker_threads';
import { loadArticleFileSync, type FileLoad } from '../corpus/load.ts';
import { loadAttributionCues, type AttributionCues } from '../extract/cues.ts';
import { extractRecords, type ArticleRecords, type ExtractEnv } from '../extract/index.ts';
import { SpeakerDirectory } from '../extract/speakers.ts';
import { loadLexicons, type Lexicons } from '../lexicon.ts';
import { recordingDirectory, type DirectoryCall, type RecordingDirectory } from './directory-log.ts';
import { packForTransfer } from './transfer.ts';
import { sentenceNumbers, type SentenceNumbers } from './passages.ts';

/**
 * A bulk-load worker thread (see bulk-load.ts): reads, cleans and extracts the files it is sent,
 * in the order sent, against a speaker directory of its own (a fresh one for every load), and
 * posts back each file's load with its records and the directory questions they depended on.
 * Plain data only (structured clone, packed: transfer.ts); nothing here touches the desk.
 */

export type WorkMessage =
  /** A new directory load begins: lexicons as the desk reads them (undefined: the project's). */
  | { type: 'load'; lexiconDir?: string; maxBytes?: number }
  /** A run of consecutive files of the listing, by index. */
  | WorkChunk;

export interface WorkChunk {
  type: 'chunk';
  first: number;
  paths: string[];
  /** Read with an empty speaker directory: the run comes before runs this worker read (their speakers are not yet known to the desk there). */
  freshDirectory?: boolean;
}

export type WorkResult =
  | {
      index: number;
      load: FileLoad;
      /** The article's id as read from its file name, which its records carry. */
      provisionalId?: string;
      records?: ArticleRecords;
      calls?: DirectoryCall[];
      /** Only recorded directory questions were asked (see directory-log.ts). */
      verifiable?: boolean;
      /** Each sentence's numbers for the passage index, read here while the number reader remembers them; null: none. */
      numbers?: Array<SentenceNumbers | null>;
    }
  /** Something threw: the main thread does this file itself (and meets the same error there). */
  | { index: number; failed: string };

interface LoadState {
  lexicons: Lexicons;
  cues: AttributionCues;
  maxBytes?: number;
  recorder: RecordingDirectory;
  env: ExtractEnv;
}

let state: LoadState | undefined;

function startLoad(message: Extract<WorkMessage, { type: 'load' }>): LoadState {
  return withEmptyDirectory(loadLexicons(message.lexiconDir), loadAttributionCues(message.lexiconDir).cues, message.maxBytes);
}

function withEmptyDirectory(lexicons: Lexicons, cues: AttributionCues, maxBytes: number | undefined): LoadState {
  const recorder = recordingDirectory(new SpeakerDirectory(lexicons.speakers));
  return { lexicons, cues, maxBytes, recorder, env: { speakers: recorder.directory, topics: lexicons.topics, cues } };
}

function work(index: number, path: string, { maxBytes, recorder, env }: LoadState): WorkResult {
  const load = loadArticleFileSync(path, { maxBytes });
  if (!load.article) return { index, load };
  const provisionalId = load.article.id;
  recorder.take();
  const records = extractRecords(load.article, env);
  const { calls, verifiable } = recorder.take();
  const numbers = load.article.sentences.map((s) => {
    const read = sentenceNumbers(s.text);
    return read.phrases.length ? read : null;
  });
  packForTransfer(load.article, records);
  return { index, load, provisionalId, records, calls, verifiable, numbers };
}

parentPort!.on('message', (message: WorkMessage) => {
  if (message.type === 'load') {
    try {
      state = startLoad(message);
    } catch {
      // The lexicons cannot be read here: every file of the load is answered "do it yourself".
      state = undefined;
    }
    return;
  }
  const chunk = message;
  if (state && chunk.freshDirectory) state = withEmptyDirectory(state.lexicons, state.cues, state.maxBytes);
  let batch: WorkResult[] = [];
  let since = performance.now();
  chunk.paths.forEach((path, i) => {
    const index = chunk.first + i;
    try {
      if (!state) throw new Error('no load started');
      batch.push(work(index, path, state));
    } catch (err) {
      batch.push({ index, failed: err instanceof Error ? err.message : String(err) });
    }
    if (i === chunk.paths.length - 1 || batch.length >= BATCH_FILES || performance.now() - since >= BATCH_MS) {
      post(batch);
      batch = [];
      since = performance.now();
    }
  });
});

/**
 * Results go in small batches: a message costs the main thread a wake-up and a round of
 * deserialisation set-up, which per file is a good part of its whole share; a batch is capped in
 * time too, so the desk keeps adding while the worker reads on.
 */
const BATCH_FILES = 32;
const BATCH_MS = 20;

function post(batch: WorkResult[]): void {
  try {
    parentPort!.postMessage(batch);
  } catch {
    // Something in the batch cannot be cloned: each file alone, and the one that fails is loaded by the main thread.
    for (const result of batch) {
      try {
        parentPort!.postMessage([result]);
      } catch (err) {
        parentPort!.postMessage([{ index: result.index, failed: err instanceof Error ? err.message : String(err) }] satisfies WorkResult[]);
      }
    }
  }
}
