import { Cron } from 'croner';
import type { Desk } from '../desk/desk.ts';
import type { Logger } from '../log.ts';
import type { Doc } from '../render/doc.ts';
import { buildDigest } from './build.ts';
import { splitForMessages } from './split.ts';
import { DigestStateStore, type DigestState } from './state.ts';

/**
 * The daily digest: what would be posted now (preview), posting it (manually or on schedule),
 * and the bookkeeping that makes restarts safe — never re-post, never skip, catch a missed
 * schedule up once, keep articles pending when posting fails.
 */

/**
 * Sends the digest's messages (each Doc already fits one message); returns the posted message ids.
 * Throws when the channel is missing or the bot may not post there.
 */
export type DigestPoster = (docs: Doc[]) => Promise<string[]>;

export interface DigestServiceOptions {
  desk: Desk;
  stateDir: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  cron?: string;
  timezone?: string;
  post?: DigestPoster;
  now?: () => Date;
}

export type PostOutcome =
  | { posted: true; articles: string[]; messageIds: string[] }
  | { posted: false; reason: string };

export class DigestService {
  private readonly store: DigestStateStore;
  private state: DigestState | undefined;
  private job: Cron | undefined;
  private readonly now: () => Date;
  /** Serialises posts: a scheduled run and a manual /digest post never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private scheduled: Promise<unknown> = Promise.resolve();
  private poster: DigestPoster | undefined;

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

  /** Reads the state; a corrupt file is moved aside and the digest continues from now. */
  async init(): Promise<void> {
    if (this.state) return;
    const { state, warning } = await this.store.load();
    if (warning) {
      this.options.logger.warn(warning);
      state.covered = this.options.desk.articles().map((a) => a.id);
      await this.store.save(state);
    }
    this.state = state;
  }

  private async current(): Promise<DigestState> {
    await this.init();
    return this.state!;
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

  async postNow(trigger: 'manual' | 'schedule' | 'catch-up' = 'manual'): Promise<PostOutcome> {
    const run = this.queue.then(() => this.post(trigger));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async post(trigger: string): Promise<PostOutcome> {
    const state = await this.current();
    const pending = await this.pendingArticles();
    const post = this.poster;
    if (!post) return { posted: false, reason: 'no digest channel is configured (DIGEST_CHANNEL_ID)' };
    if (pending.length === 0) {
      this.options.logger.info({ trigger }, 'digest: nothing new since the last digest; nothing posted');
      return { posted: false, reason: 'nothing new since the last digest' };
    }
    const docs = splitForMessages(buildDigest(this.options.desk, await this.scope()));
    let messageIds: string[];
    try {
      messageIds = await post(docs);
    } catch (err) {
      // Nothing is marked covered: the same articles are offered again at the next run.
      this.options.logger.error({ trigger, pending: pending.length }, `digest not posted, will retry at the next run: ${(err as Error).message}`);
      return { posted: false, reason: (err as Error).message };
    }
    const next: DigestState = {
      ...state,
      covered: [...new Set([...state.covered, ...pending])],
      lastDigestAt: this.now().toISOString(),
      messageIds,
    };
    await this.store.save(next);
    this.state = next;
    this.options.logger.info({ trigger, articles: pending.length, messages: messageIds.length }, 'digest posted');
    return { posted: true, articles: pending, messageIds };
  }

  /** Starts the schedule. Catches up once if a scheduled run was missed while the bot was down. */
  async start(): Promise<void> {
    const { cron, timezone } = this.options;
    if (!cron) {
      this.options.logger.info('digest schedule off: DIGEST_CRON is not set, no digest will be posted automatically');
      return;
    }
    if (!this.poster) {
      this.options.logger.warn('digest schedule off: DIGEST_CHANNEL_ID is not set, so there is no channel to post to');
      return;
    }
    const state = await this.current();
    let job: Cron;
    try {
      job = new Cron(cron, { timezone, paused: true, protect: true, catch: true }, () => {
        this.scheduled = this.scheduledRun('schedule').catch((err: Error) => this.options.logger.error(`digest run failed: ${err.message}`));
      });
    } catch (err) {
      this.options.logger.error(`digest schedule off: DIGEST_CRON "${cron}" is not a valid cron pattern (${(err as Error).message}); e.g. "0 8 * * *" for 08:00 daily`);
      return;
    }
    this.job = job;
    const lastDue = job.previousRuns(1, this.now())[0];
    if (state.lastScheduledRunAt === null) {
      // First start: the schedule begins now; nothing is "missed" yet.
      await this.recordScheduledRun(this.now());
    } else if (lastDue && lastDue.getTime() > Date.parse(state.lastScheduledRunAt)) {
      this.options.logger.info({ missed: lastDue.toISOString() }, 'digest: a scheduled run was missed while the bot was down; catching up once now');
      await this.scheduledRun('catch-up', lastDue);
    }
    job.resume();
    this.options.logger.info({ cron, timezone: timezone ?? 'system', next: job.nextRun()?.toISOString() }, 'digest schedule on');
  }

  stop(): void {
    this.job?.stop();
  }

  /** Resolves once any post or state write under way has finished (shutdown, tests). */
  async settled(): Promise<void> {
    await this.queue;
    await this.scheduled;
  }

  private async scheduledRun(trigger: 'schedule' | 'catch-up', due: Date = this.now()): Promise<void> {
    await this.postNow(trigger);
    await this.recordScheduledRun(due);
  }

  private async recordScheduledRun(at: Date): Promise<void> {
    const state = await this.current();
    this.state = { ...this.state!, ...state, lastScheduledRunAt: at.toISOString() };
    await this.store.save(this.state);
  }
}
