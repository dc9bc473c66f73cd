import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, stderrDestination } from './log.ts';
import { shutdownOnce } from './shutdown.ts';

const silent = { info: () => undefined, error: () => undefined };

describe('shutdownOnce', () => {
  it('finishes the work under way, then exits 0', async () => {
    const exits: number[] = [];
    let stopped = false;
    await shutdownOnce({ logger: silent, stop: async () => void (stopped = true), exit: (c) => void exits.push(c) })('SIGTERM');
    expect({ stopped, exits }).toEqual({ stopped: true, exits: [0] });
  });

  it('exits 1 at the deadline when stopping hangs, and at once on a second signal', async () => {
    const exits: number[] = [];
    const errors: string[] = [];
    const trigger = shutdownOnce({ logger: { ...silent, error: (_o: object, m: string) => void errors.push(m) } as never, stop: () => new Promise(() => undefined), deadlineMs: 50, exit: (c) => void exits.push(c) });
    void trigger('SIGTERM');
    await new Promise((r) => setTimeout(r, 120));
    expect(exits).toEqual([1]);
    expect(errors[0]).toMatch(/did not finish in time/);
    void trigger('SIGTERM');
    expect(exits).toEqual([1, 1]);
  });
});

describe('stderrDestination', () => {
  /** A stream whose reader has stopped: everything written stays queued. */
  function stalled(): Writable & { lines: string[] } {
    const lines: string[] = [];
    const w = new Writable({ highWaterMark: 16, write: (chunk, _e, _cb) => void lines.push(String(chunk)) }) as Writable & { lines: string[] };
    w.lines = lines;
    return w;
  }

  it('drops and counts lines while the reader is not keeping up, instead of waiting', () => {
    const stream = stalled();
    const dest = stderrDestination({ stream, maxQueuedBytes: 100 });
    const logger = createLogger('info', dest);
    for (let i = 0; i < 20; i++) logger.info({ i }, 'قال المتحدث إن الوضع مستقر');
    expect(dest.dropped).toBeGreaterThan(10);
    expect(stream.writableLength).toBeLessThan(400);
  });

  it('turns logging off when the reader is gone (EPIPE), without throwing', () => {
    const stream = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const dest = stderrDestination({ stream });
    const logger = createLogger('info', dest);
    logger.info('first');
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(dest.closed).toBe(true);
        expect(() => logger.info('after')).not.toThrow();
        resolve();
      }),
    );
  });
});
