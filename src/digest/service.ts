import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type { Desk } from '../desk/desk.ts';
import type { Logger } from '../log.ts';
import type { Doc } from '../render/doc.ts';
import { buildDigest } from './build.ts';
import { splitForMessages } from './split.ts';
import { DigestStateStore, type DigestOutbox, type DigestState } from './state.ts';

/**
 * The daily digest: what would be posted now (preview), posting it (manually or on schedule),
 * and the bookkeeping that makes restarts safe — never re-post, never skip, catch a missed
 * schedule up once, keep articles pending when posting fails.
 *
 * Posting goes through an outbox: the planned parts are written to the state before the first
 * message, and each part is recorded as sent (with its message ids) right after it is posted.
 * A crash, a kill or a refused message therefore leaves a state that says exactly which parts
 * are out; the next run (or the restart) sends only the rest. Each message carries a nonce
 * (digest id + part) that Discord deduplicates on, which closes the window between a message
 * being accepted and its id being written down.
 */

export interface PostOptions {
  /** Per Doc, unique across digests (≤ 25 characters): the channel deduplicates on it. */
  nonces?: string[];
  /** To be awaited after each Doc is posted, with its message ids: the service writes it down before the next. */
  sent?: (doc: number, messageIds: string[]) => Promise<void>;
}

/**
 * Sends digest messages in order (each Doc already fits one message); returns the posted message
 * ids. Throws when the channel is missing or the bot may not post there (after reporting, through
 * `sent`, the Docs that did go out).
 */
export type DigestPoster = (docs: Doc[], options?: PostOptions) => Promise<string[]>;

export interface DigestServiceOptions {
  desk: Desk;
  stateDir: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  cron?: string;
  timezone?: string;
  post?: DigestPoster;
  now?: () => Date;
  /**
   * Waits before retrying a failed scheduled run, in order (the last repeats); retries stop once
   * the next scheduled run is nearer. Default 1, 5, 15, 30, then every 60 minutes.
   */
  retryDelaysMs?: readonly number[];
}

export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 60 * 60_000];

export type Trigger = 'manual' | 'schedule' | 'catch-up' | 'retry' | 'resume';

export type PostOutcome =
  | { posted: true; articles: string[]; messageIds: string[]; resumed: boolean }
  | { posted: false; reason: string; /** True when the channel or the state refused: worth retrying. */ failed?: boolean };

const NOTHING_NEW = 'nothing new since the last digest';

export class DigestService {
  private readonly store: DigestStateStore;
  private state: DigestState | undefined;
  private job: Cron | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly now: () => Date;
  /** Serialises posts: a scheduled run and a manual /digest post never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private scheduled: Promise<unknown> = Promise.resolve();
  private poster: DigestPoster | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly options: DigestServiceOptions) {
    this.store = new DigestStateStore(options.stateDir);
    this.now = options.now ?? (() => new Date());
    this.poster = options.post;
  }

  /** Where digests go — set once the Discord client is ready (the console has none). */
  attachPoster(post: DigestPoster): void {
    this.poster = post;
  }

  get canPost(): boolean {
    return this.poster !== undefined;
  }

  /** A message outside the digest (new feed articles) to the digest channel; false when there is none. Marks nothing covered. */
  async announce(docs: Doc[]): Promise<boolean> {
    if (!this.poster) return false;
    await this.poster(docs);
    return true;
  }

  /** Reads the state; a damaged file is moved aside and reported, and nothing pending is lost. */
  init(): Promise<void> {
    this.loading ??= (async () => {
      const { state, warning } = await this.store.load();
      if (warning) this.options.logger.warn(warning);
      this.state = state;
    })();
    return this.loading;
  }

  private async current(): Promise<DigestState> {
    await this.init();
    return this.state!;
  }

  private async saveState(next: DigestState): Promise<void> {
    await this.store.save(next);
    this.state = next;
  }

  /** Articles on the desk that no posted digest has covered yet. */
  async pendingArticles(): Promise<string[]> {
    const covered = new Set((await this.current()).covered);
    return this.options.desk.articles().map((a) => a.id).filter((id) => !covered.has(id));
  }

  /** What would be posted now, one Doc per part (not yet split into messages). */
  async preview(): Promise<Doc[]> {
    return buildDigest(this.options.desk, await this.scope());
  }

  private async scope() {
    const state = await this.current();
    return { covered: new Set(state.covered), since: state.lastDigestAt, timezone: this.options.timezone };
  }

  postNow(trigger: Trigger = 'manual'): Promise<PostOutcome> {
    const run = this.queue.then(() => this.post(trigger));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async post(trigger: Trigger): Promise<PostOutcome> {
    const state = await this.current();
    if (!this.poster) return { posted: false, reason: 'no digest channel is configured (DIGEST_CHANNEL_ID)' };
    if (state.outbox) return this.deliver(state.outbox, trigger, true);
    const pending = await this.pendingArticles();
    if (pending.length === 0) {
      this.options.logger.info({ trigger }, `digest: ${NOTHING_NEW}; nothing posted`);
      return { posted: false, reason: NOTHING_NEW };
    }
    const docs = splitForMessages(buildDigest(this.options.desk, await this.scope()));
    const outbox: DigestOutbox = {
      id: `d${this.now().getTime().toString(36)}${randomBytes(3).toString('hex')}`,
      plannedAt: this.now().toISOString(),
      trigger,
      articles: pending,
      docs,
      sent: docs.map(() => null),
    };
    try {
      await this.saveState({ ...state, outbox });
    } catch (err) {
      // Without the outbox on disk a crash could post this digest twice: nothing is sent.
      return this.failed(trigger, `cannot write the digest state in ${this.options.stateDir}: ${(err as Error).message}`, pending.length);
    }
    return this.deliver(outbox, trigger, false);
  }

  private failed(trigger: Trigger, reason: string, pending: number): PostOutcome {
    this.options.logger.error({ trigger, pending }, `digest not posted, will retry at the next run: ${reason}`);
    return { posted: false, reason, failed: true };
  }

  /** Sends the outbox's unsent parts one by one, recording each; completes the digest when all are out. */
  private async deliver(planned: DigestOutbox, trigger: Trigger, resumed: boolean): Promise<PostOutcome> {
    const post = this.poster!;
    let outbox = planned;
    const total = outbox.docs.length;
    const alreadySent = outbox.sent.filter(Boolean).length;
    if (resumed) this.options.logger.info({ trigger, digest: outbox.id, sent: alreadySent, parts: total }, 'digest: finishing the digest that was being posted');
    const remaining = outbox.sent.flatMap((ids, i) => (ids ? [] : [i]));
    const record = async (k: number, ids: string[]): Promise<void> => {
      const i = remaining[k]!;
      outbox = { ...outbox, sent: outbox.sent.map((s, j) => (j === i ? ids : s)) };
      try {
        await this.saveState({ ...this.state!, outbox });
      } catch (err) {
        throw new Error(`cannot record a sent digest message in ${this.options.stateDir}: ${(err as Error).message}`, { cause: err });
      }
    };
    let returned: string[];
    try {
      returned = await post(
        remaining.map((i) => outbox.docs[i]!),
        { nonces: remaining.map((i) => `${outbox.id}-${i}`), sent: record },
      );
    } catch (err) {
      const sent = outbox.sent.filter(Boolean).length;
      if (sent === 0) {
        // Nothing is out: drop the plan, so the next run builds a fresh digest with whatever arrived meanwhile.
        await this.saveState({ ...this.state!, outbox: null }).catch(() => undefined);
      }
      const progress = sent > 0 ? ` (${sent} of ${total} messages are out; only the rest will be sent)` : '';
      return this.failed(trigger, `${(err as Error).message}${progress}`, outbox.articles.length);
    }
    const messageIds = [...planned.sent.flatMap((ids) => ids ?? []), ...returned];
    const state = this.state!;
    await this.saveState({
      ...state,
      covered: [...new Set([...state.covered, ...outbox.articles])],
      lastDigestAt: this.now().toISOString(),
      messageIds,
      outbox: null,
    });
    this.options.logger.info({ trigger, articles: outbox.articles.length, messages: messageIds.length, resumed }, 'digest posted');
    return { posted: true, articles: outbox.articles, messageIds, resumed };
  }

  /**
   * Starts the schedule. Finishes a digest a crash interrupted, and catches up once if a
   * scheduled run was missed (or failed) while the bot was down.
   */
  async start(): Promise<void> {
    const { cron, timezone } = this.options;
    this.stopped = false;
    const state = await this.current();
    if (this.poster && state.outbox) await this.postNow('resume');
    if (!cron) {
      this.options.logger.info('digest schedule off: DIGEST_CRON is not set, no digest will be posted automatically');
      return;
    }
    if (!this.poster) {
      this.options.logger.warn('digest schedule off: DIGEST_CHANNEL_ID is not set, so there is no channel to post to');
      return;
    }
    let job: Cron;
    try {
      job = new Cron(cron, { timezone, paused: true, protect: true, catch: true }, () => {
        this.clearRetry();
        this.scheduled = this.scheduledRun('schedule', this.now(), 0).catch((err: Error) => this.options.logger.error(`digest run failed: ${err.message}`));
      });
    } catch (err) {
      this.options.logger.error(`digest schedule off: DIGEST_CRON "${cron}" is not a valid cron pattern (${(err as Error).message}); e.g. "0 8 * * *" for 08:00 daily`);
      return;
    }
    this.job = job;
    const lastDue = job.previousRuns(1, this.now())[0];
    const last = (await this.current()).lastScheduledRunAt;
    if (last === null) {
      // First start: the schedule begins now; nothing is "missed" yet.
      await this.recordScheduledRun(this.now());
    } else if (lastDue && lastDue.getTime() > Date.parse(last)) {
      this.options.logger.info({ missed: lastDue.toISOString() }, 'digest: a scheduled run was missed while the bot was down; catching up once now');
      await this.scheduledRun('catch-up', lastDue, 0);
    }
    job.resume();
    this.options.logger.info({ cron, timezone: timezone ?? 'system', next: job.nextRun()?.toISOString() }, 'digest schedule on');
  }

  stop(): void {
    this.stopped = true;
    this.job?.stop();
    this.clearRetry();
  }

  /** Resolves once any post or state write under way has finished (shutdown, tests). */
  async settled(): Promise<void> {
    await this.queue;
    await this.scheduled;
  }

  private clearRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /**
   * One scheduled run. Done (recorded) when it posted or had nothing to post; a failure is not
   * recorded — a restart catches it up — and is retried with backoff until the next run is nearer.
   */
  private async scheduledRun(trigger: Trigger, due: Date, attempt: number): Promise<void> {
    const outcome = await this.postNow(trigger);
    if (outcome.posted || !outcome.failed) {
      await this.recordScheduledRun(due);
      return;
    }
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const delay = delays[Math.min(attempt, delays.length - 1)]!;
    const retryAt = this.now().getTime() + delay;
    const next = this.job?.nextRun(this.now());
    if (this.stopped || (next && retryAt >= next.getTime())) {
      this.options.logger.warn({ due: due.toISOString() }, 'digest: the scheduled run failed and the next run is nearer than a retry; it will post then');
      return;
    }
    this.options.logger.info({ attempt: attempt + 1, at: new Date(retryAt).toISOString() }, 'digest: retrying the failed scheduled run');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.scheduled = this.scheduledRun('retry', due, attempt + 1).catch((err: Error) => this.options.logger.error(`digest run failed: ${err.message}`));
    }, delay);
    this.retryTimer.unref?.();
  }

  private async recordScheduledRun(at: Date): Promise<void> {
    const state = await this.current();
    await this.saveState({ ...state, lastScheduledRunAt: at.toISOString() });
  }
}
