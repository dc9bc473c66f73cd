import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What the digest remembers across restarts: when it last posted, which articles it covered and
 * the ids of the messages it sent. Written atomically (temp file + rename) so a crash mid-write
 * never leaves half a file; a corrupt file is moved aside, never trusted.
 */

const stateSchema = z.object({
  version: z.literal(1),
  /** ISO time of the last successful digest (post, or first start). */
  lastDigestAt: z.string().nullable(),
  /** Article ids already covered by a posted digest. */
  covered: z.array(z.string()),
  /** Ids of the messages of the last posted digest. */
  messageIds: z.array(z.string()),
  /** ISO time of the last scheduled run that was due, posted or not (catch-up bookkeeping). */
  lastScheduledRunAt: z.string().nullable(),
});

export type DigestState = z.infer<typeof stateSchema>;

export const EMPTY_STATE: DigestState = { version: 1, lastDigestAt: null, covered: [], messageIds: [], lastScheduledRunAt: null };

export interface StateLoad {
  state: DigestState;
  /** Set when the file was unreadable and moved aside. */
  warning?: string;
}

let tempCounter = 0;

export class DigestStateStore {
  readonly path: string;
  /** Saves run one after another, so a slow write can never land after a newer one. */
  private writes: Promise<void> = Promise.resolve();

  constructor(readonly stateDir: string) {
    this.path = join(stateDir, 'digest.json');
  }

  async load(): Promise<StateLoad> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: structuredClone(EMPTY_STATE) };
      throw err;
    }
    try {
      return { state: stateSchema.parse(JSON.parse(raw)) };
    } catch (err) {
      const aside = `${this.path}.corrupt-${Date.now()}`;
      await rename(this.path, aside);
      const now = new Date().toISOString();
      return {
        // Continue from "now": everything already on the desk counts as covered, so nothing is re-posted.
        state: { ...structuredClone(EMPTY_STATE), lastDigestAt: now },
        warning: `digest state ${this.path} was unreadable (${(err as Error).message.split('\n')[0]}); moved to ${aside}, continuing from now`,
      };
    }
  }

  save(state: DigestState): Promise<void> {
    const write = this.writes.then(async () => {
      await mkdir(this.stateDir, { recursive: true });
      const temp = `${this.path}.${process.pid}.${++tempCounter}.tmp`;
      await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await rename(temp, this.path);
    });
    this.writes = write.catch(() => undefined);
    return write;
  }
}
