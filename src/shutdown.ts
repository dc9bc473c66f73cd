import type { Logger } from './log.ts';

/**
 * SIGTERM/SIGINT handling for the long-running entry points: finish what is under way (in-flight
 * replies, a digest post, the watcher), then exit 0 — but never take longer than the deadline,
 * because a supervisor (systemd, Docker, Kubernetes) sends SIGKILL after 10 s and a killed bot
 * may lose a reply. A second signal exits at once.
 */

export interface ShutdownOptions {
  logger: Pick<Logger, 'info' | 'error'>;
  /** Finishes the work under way; may hang (a stalled REST call), which the deadline covers. */
  stop: () => Promise<void>;
  /** Hard limit from the first signal to exit; default 8 s, inside a supervisor's 10 s grace. */
  deadlineMs?: number;
  exit?: (code: number) => void;
  /** Lets the last log lines out before exiting (bounded); default: stderr drained, at most 1 s. */
  flush?: () => Promise<void>;
}

/** Waits for stderr's queued lines to be written, at most `timeoutMs` (a reader that stopped reading). */
export function drainStderr(timeoutMs = 1000): Promise<void> {
  const stream = process.stderr;
  if (!stream.writableLength) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stream.off('drain', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    stream.once('drain', done);
  });
}

export const SHUTDOWN_DEADLINE_MS = 8_000;

/** Runs the shutdown once; later calls exit immediately. Returns the trigger (signal handlers call it). */
export function shutdownOnce(options: ShutdownOptions): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  let started = false;
  return async (signal) => {
    if (started) {
      options.logger.error({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    started = true;
    options.logger.info({ signal }, 'shutting down: finishing in-flight replies');
    const deadline = setTimeout(() => {
      options.logger.error({ signal, deadlineMs }, 'shutdown did not finish in time: exiting anyway');
      exit(1);
    }, deadlineMs);
    deadline.unref();
    try {
      await options.stop();
    } catch (err) {
      options.logger.error({ signal }, `shutdown step failed: ${(err as Error).message}`);
    }
    await (options.flush ?? drainStderr)().catch(() => undefined);
    clearTimeout(deadline);
    exit(0);
  };
}

/** Installs `shutdownOnce` on SIGTERM and SIGINT. */
export function exitOnSignals(options: ShutdownOptions): void {
  const trigger = shutdownOnce(options);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void trigger(signal));
}
