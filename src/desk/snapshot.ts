import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, open, rename, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isArticleFile } from '../corpus/load.ts';
import { Desk, type DeskOptions, type DeskSnapshotData } from './desk.ts';

/**
 * Fast restart: the built desk (indices + extracted records) saved to `.cache/`, keyed by a hash
 * of the data directory's files and of the code that built it. A snapshot is used only when its
 * key matches exactly; a stale, corrupt or foreign file is ignored with a warning and rebuilt.
 * v8 serialisation is used instead of JSON because it restores large object graphs faster.
 */

/** Bumped whenever the saved shape changes; other formats are ignored and rebuilt. */
const FORMAT = 6;
/**
 * File layout: MAGIC, then the SHA-256 of the payload, then the v8-serialised payload. A damaged
 * file (a bit flip on disk, a truncated copy) can still deserialise into a desk with the wrong
 * text or offsets; the checksum is verified before a byte of it is trusted.
 */
const MAGIC = Buffer.from('DESKSNP1');
const CHECKSUM_BYTES = 32;
const HEADER_BYTES = MAGIC.length + CHECKSUM_BYTES;

function checksum(payload: Uint8Array): Buffer {
  return createHash('sha256').update(payload).digest();
}

/** The payload of a snapshot file, or why it cannot be trusted. */
function verifiedPayload(bytes: Buffer): { payload: Buffer } | { problem: string } {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'is not a desk snapshot of this version' };
  const payload = bytes.subarray(HEADER_BYTES);
  if (!checksum(payload).equals(bytes.subarray(MAGIC.length, HEADER_BYTES))) return { problem: 'fails its checksum (damaged or truncated)' };
  return { payload };
}
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface SnapshotFile {
  format: number;
  key: string;
  desk: DeskSnapshotData;
}

export interface SnapshotLoad {
  desk: Desk;
  source: 'snapshot' | 'rebuild';
  warnings: string[];
  /** Where the snapshot lives (written after a rebuild). */
  path: string;
}

export interface SnapshotOptions extends DeskOptions {
  /** Default: `.cache/` in the project. */
  cacheDir?: string;
  /** Also write a fresh snapshot after a rebuild (default true). */
  write?: boolean;
}

/**
 * Hash of every source and lexicon file that shapes what a desk contains. Read synchronously: a
 * few hundred small files, and the thread pool is busy reading the snapshot meanwhile.
 */
function codeVersion(): string {
  const hash = createHash('sha256');
  for (const dir of ['src', 'commands', 'data/lexicon']) {
    for (const file of listFiles(join(PROJECT_ROOT, dir))) {
      if (file.endsWith('.test.ts')) continue;
      hash.update(relative(PROJECT_ROOT, file));
      hash.update(readFileSync(file));
    }
  }
  hash.update(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version ?? '');
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(path));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

/** Names, sizes and modification times of the data directory's article files. */
function dataFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  let files: string[] = [];
  try {
    files = readdirSync(dataDir).filter(isArticleFile).sort();
  } catch {
    hash.update('missing');
  }
  // Synchronous stats: one thread-pool round trip per file made this the slowest part of a restart.
  for (const file of files) {
    // lstat: loading never follows a link, so the key must not either (a link's target changing is no change to the desk).
    const st = lstatSync(join(dataDir, file), { throwIfNoEntry: false });
    hash.update(`${file}\0${st?.size ?? -1}\0${st?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex');
}

export async function snapshotKey(dataDir: string): Promise<string> {
  return createHash('sha256')
    .update(`${FORMAT}:${codeVersion()}:${dataFingerprint(dataDir)}`)
    .digest('hex')
    .slice(0, 32);
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  const v = value as SnapshotFile;
  return !!v && v.format === FORMAT && typeof v.key === 'string' && typeof v.desk?.entries?.counts === 'object' && typeof v.desk?.passages === 'object';
}

export async function saveSnapshot(desk: Desk, path: string, key: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const payload = serialize({ format: FORMAT, key, desk: desk.toSnapshot() } satisfies SnapshotFile);
  await writeFile(temp, Buffer.concat([MAGIC, checksum(payload), payload]));
  await rename(temp, path);
}

/**
 * Starts reading a whole file on the thread pool and resolves as soon as the read is issued, so the
 * caller can work meanwhile; `bytes()` waits for it. (readFile reads 512 KB per round trip, and
 * each round trip waits for this thread.)
 */
async function startReading(path: string): Promise<{ bytes: () => Promise<Buffer> }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const buffer = Buffer.allocUnsafe(size);
    const first = file.read(buffer, 0, size, 0);
    first.catch(() => undefined);
    return {
      bytes: async () => {
        try {
          let filled = (await first).bytesRead;
          while (filled < size) {
            const { bytesRead } = await file.read(buffer, filled, size - filled, filled);
            if (bytesRead === 0) break;
            filled += bytesRead;
          }
          return buffer.subarray(0, filled);
        } finally {
          await file.close();
        }
      },
    };
  } catch (err) {
    await file.close();
    throw err;
  }
}

/** Loads the desk from a valid snapshot, or rebuilds it from the data directory (and saves a new snapshot). */
export async function loadDeskWithSnapshot(dataDir: string, options: SnapshotOptions = {}): Promise<SnapshotLoad> {
  const cacheDir = options.cacheDir ?? join(PROJECT_ROOT, '.cache');
  // One slot per data directory: switching directories (--data) and back finds each one's snapshot.
  const slot = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  const path = join(cacheDir, `desk-${slot}.snapshot`);
  const warnings: string[] = [];
  // The file is read by the thread pool while this thread hashes the code and the data directory.
  const reading = startReading(path);
  await reading.catch(() => undefined); // under way, or failed: the failure is reported below
  const key = await snapshotKey(dataDir);
  try {
    const verified = verifiedPayload(await (await reading).bytes());
    const data: unknown = 'payload' in verified ? deserialize(verified.payload) : undefined;
    if ('problem' in verified) warnings.push(`snapshot ${path} ${verified.problem}; rebuilding`);
    else if (!isSnapshotFile(data)) warnings.push(`snapshot ${path} has an unknown shape; rebuilding`);
    else if (data.key !== key) warnings.push('snapshot is stale (articles or code changed); rebuilding');
    else return { desk: Desk.fromSnapshot(data.desk, options), source: 'snapshot', warnings, path };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`snapshot ${path} is unreadable (${(err as Error).message}); rebuilding`);
  }
  const desk = await Desk.fromDirectory(dataDir, options);
  if (options.write !== false) {
    try {
      await saveSnapshot(desk, path, key);
    } catch (err) {
      warnings.push(`could not write snapshot ${path}: ${(err as Error).message}`);
      await unlink(`${path}.${process.pid}.tmp`).catch(() => undefined);
    }
  }
  return { desk, source: 'rebuild', warnings, path };
}
