import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Doc } from '../render/doc.ts';

/**
 * What the digest remembers across restarts: when it last posted, which articles it covered, the
 * ids of the messages it sent, and the outbox — the digest being posted, message by message, so
 * a restart finishes it without sending a part twice.
 *
 * Every save is atomic and durable: written to a temp file, fsynced, renamed over the state, and
 * the directory fsynced. The state it replaces is kept as `digest.prev.json`. A file that cannot
 * be read or parsed (0 bytes, truncated, garbage, no permission) is moved aside and reported, and
 * the digest continues from the previous state, or — without one — with every article on the desk
 * pending: an article may be announced twice after such damage, never lost.
 */

const outboxSchema = z.object({
  /** Unique per digest; with the part index it is the message nonce Discord deduplicates on. */
  id: z.string(),
  plannedAt: z.string(),
  trigger: z.string(),
  /** Articles this digest covers once every part is sent. */
  articles: z.array(z.string()),
  /** The parts as planned, one message each. */
  docs: z.array(z.custom<Doc>((v) => typeof v === 'object' && v !== null && typeof (v as Doc).title === 'string')),
  /** Per part, the ids of the messages it was posted as; null while unsent. */
  sent: z.array(z.array(z.string()).nullable()),
});

const stateSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  /** ISO time of the last successful digest. */
  lastDigestAt: z.string().nullable(),
  /** Article ids already covered by a posted digest. */
  covered: z.array(z.string()),
  /** Ids of the messages of the last posted digest. */
  messageIds: z.array(z.string()),
  /** ISO time of the last scheduled run that was due and done (posted, or nothing to post). */
  lastScheduledRunAt: z.string().nullable(),
  /** The digest being posted, if a post was interrupted. */
  outbox: outboxSchema.nullable().default(null),
});

export type DigestState = z.infer<typeof stateSchema>;
export type DigestOutbox = z.infer<typeof outboxSchema>;

export const EMPTY_STATE: DigestState = { version: 2, lastDigestAt: null, covered: [], messageIds: [], lastScheduledRunAt: null, outbox: null };

export interface StateLoad {
  state: DigestState;
  /** Set when the file was damaged: what was found, where it was moved, what the digest continues from. */
  warning?: string;
}

let tempCounter = 0;

type Read = { state: DigestState } | { missing: true } | { problem: string };

async function readState(path: string): Promise<Read> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    return { problem: `cannot be read (${code ?? (err as Error).message})` };
  }
  if (!raw.trim()) return { problem: 'is empty' };
  try {
    const state = stateSchema.parse(JSON.parse(raw));
    return { state: { ...state, version: 2 } };
  } catch (err) {
    return { problem: `is not valid digest state (${(err as Error).message.split('\n')[0]})` };
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

export class DigestStateStore {
  readonly path: string;
  readonly prevPath: string;
  /** Saves run one after another, so a slow write can never land after a newer one. */
  private writes: Promise<void> = Promise.resolve();

  constructor(readonly stateDir: string) {
    this.path = join(stateDir, 'digest.json');
    this.prevPath = join(stateDir, 'digest.prev.json');
  }

  async load(): Promise<StateLoad> {
    const main = await readState(this.path);
    if ('state' in main) return { state: main.state };
    const prev = await readState(this.prevPath);
    if ('missing' in main) {
      // A crash between the two renames of a save leaves only the previous state: it is the latest good one.
      return 'state' in prev ? { state: prev.state } : { state: structuredClone(EMPTY_STATE) };
    }
    const aside = `${this.path}.corrupt-${Date.now()}`;
    const moved = await rename(this.path, aside).then(
      () => `moved to ${aside}`,
      (err: NodeJS.ErrnoException) => `could not be moved aside (${err.code ?? err.message})`,
    );
    const from =
      'state' in prev
        ? `continuing from the previous state ${this.prevPath} (articles of the last digest may be announced again)`
        : 'no previous state, so every article on the desk is pending (some may be announced again; none is skipped)';
    return { state: 'state' in prev ? prev.state : structuredClone(EMPTY_STATE), warning: `digest state ${this.path} ${main.problem}; ${moved}; ${from}` };
  }

  save(state: DigestState): Promise<void> {
    const write = this.writes.then(async () => {
      await mkdir(this.stateDir, { recursive: true });
      const temp = `${this.path}.${process.pid}.${++tempCounter}.tmp`;
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(this.path, this.prevPath).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await rename(temp, this.path);
      await fsyncDir(this.stateDir);
    });
    this.writes = write.catch(() => undefined);
    return write;
  }
}
