import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs (pino). Anything that could carry the token is redacted by path.
 *
 * Lines go to stderr through `stderrDestination`, which never blocks the process. pino's own
 * destination writes synchronously to fd 2: a log reader that stops reading blocks the whole bot
 * inside a write (SIGTERM included), and its exit flush spins forever on EPIPE once the reader is
 * gone — the process then needs SIGKILL.
 */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    destination ?? stderrDestination(),
  );
}

export interface StreamDestinationOptions {
  /** Default: process.stderr. */
  stream?: Writable;
  /** Lines waiting for a slow reader beyond this many bytes are dropped (and counted). */
  maxQueuedBytes?: number;
}

export interface LogDestination extends pino.DestinationStream {
  /** Lines dropped since the last one that got through. */
  readonly dropped: number;
  readonly closed: boolean;
}

/**
 * A log destination that never blocks: Node's stderr writes a pipe or socket without blocking
 * (a line that cannot go out now waits in memory, and nothing waits on it at exit); this caps
 * that backlog — lines beyond it are dropped and counted, the count logged once lines get through
 * again — and a reader that is gone (EPIPE) turns logging off instead of crashing. A terminal or
 * a file is written as Node always does.
 */
export function stderrDestination(options: StreamDestinationOptions = {}): LogDestination {
  const stream = options.stream ?? process.stderr;
  const maxQueuedBytes = options.maxQueuedBytes ?? 1024 * 1024;
  // A pipe's stderr is non-blocking in plain Node, but under some loaders (tsx's) its handle is
  // left in blocking mode; a full pipe would then block the event loop. Ask libuv for the usual mode.
  const handle = (stream as { _handle?: { setBlocking?: (blocking: boolean) => number } })._handle;
  if ((stream as { _type?: string })._type === 'pipe') handle?.setBlocking?.(false);
  let closed = false;
  let dropped = 0;
  stream.on('error', () => {
    closed = true;
  });
  return {
    write(line: string) {
      if (closed || stream.destroyed) return;
      if (stream.writableLength > maxQueuedBytes) {
        dropped++;
        return;
      }
      if (dropped > 0) {
        stream.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: `${dropped} log line(s) dropped: the log reader was not keeping up` })}\n`);
        dropped = 0;
      }
      stream.write(line);
    },
    get dropped() {
      return dropped;
    },
    get closed() {
      return closed;
    },
  };
}

export type { Logger };
