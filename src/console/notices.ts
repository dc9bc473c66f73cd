import { clearLine, cursorTo, type Interface } from 'node:readline';
import type { Desk } from '../desk/desk.ts';
import type { IngestChange } from '../ingest/watch.ts';

/**
 * What happens to the desk while the console is open (files added, changed, removed or skipped by
 * the live watcher), as short readable lines printed above the prompt rather than log JSON over
 * whatever the editor is typing.
 */

/** The logger shape the watcher and start-up use (pino's `(fields, message)` or `(message)`). */
export interface NoticeLogger {
  info(fields: unknown, message?: string): void;
  warn(fields: unknown, message?: string): void;
}

export interface ConsoleNotices {
  logger: NoticeLogger;
  onChange(change: IngestChange): void;
  /** From now on, print above this readline's prompt and redraw it with what was typed. */
  attach(rl: Interface, output: NodeJS.WriteStream): void;
  detach(): void;
}

/** One readable line for a log call: "warning: 007_x.txt: not indexed: empty file". */
export function noticeLine(level: 'info' | 'warn', fields: unknown, message?: string): string {
  const text = typeof fields === 'string' ? fields : (message ?? '');
  const where = typeof fields === 'object' && fields ? ((fields as { file?: unknown }).file ?? (fields as { dataDir?: unknown }).dataDir) : undefined;
  return `${level === 'warn' ? 'warning: ' : ''}${where ? `${String(where)}: ` : ''}${text}`;
}

export function consoleNotices(options: { desk: Desk; write?: (line: string) => void }): ConsoleNotices {
  let attached: { rl: Interface; output: NodeJS.WriteStream } | undefined;
  const fallback = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const print = (line: string) => {
    if (!attached) return fallback(line);
    const { rl, output } = attached;
    clearLine(output, 0);
    cursorTo(output, 0);
    output.write(`${line}\n`);
    rl.prompt(true);
  };
  return {
    logger: {
      // Per-file successes are announced by onChange (with the title); other info is start-up chatter.
      info: () => undefined,
      warn: (fields, message) => print(noticeLine('warn', fields, message)),
    },
    onChange(change) {
      if (change.type === 'skipped') return; // the watcher's warning says why
      const title = change.type === 'removed' ? '' : ` — ${options.desk.getArticle(change.id)?.meta.title.slice(0, 80) ?? ''}`;
      const mark = change.type === 'added' ? '+' : change.type === 'updated' ? '~' : '−';
      print(`${mark} ${change.type} ${change.id} (${change.file})${title}`);
    },
    attach(rl, output) {
      attached = { rl, output };
    },
    detach() {
      attached = undefined;
    },
  };
}
