import { createLogger } from '../../src/log.ts';
import { exitOnSignals } from '../../src/shutdown.ts';

/**
 * A process that logs hard through the bot's logger and shuts down as main.ts does: the
 * shutdown test takes its log reader away mid-stream and sends SIGTERM.
 */
const logger = createLogger('info');
const line = 'سطر سجل طويل '.repeat(150);
exitOnSignals({ logger, stop: async () => undefined });
setInterval(() => {
  for (let i = 0; i < 50; i++) logger.info({ i }, line);
}, 1);
process.stdout.write('logging\n');
