import 'dotenv/config';
import { ArgsError, assertDataDir, CHARTS_FLAG, parseCliArgs } from './cli/args.ts';
import { loadCommands } from './command/registry.ts';
import type { CommandContext } from './command/types.ts';
import { ConfigError, loadConfig } from './config.ts';
import { configureCharts } from './render/chart.ts';
import { runConsole } from './console/repl.ts';
import { consoleNotices } from './console/notices.ts';
import { loadDeskWithSnapshot } from './desk/snapshot.ts';
import { watchDataDir } from './ingest/watch.ts';
import { reloadDesk } from './ingest/reload.ts';
import { createLogger } from './log.ts';
import { exitOnSignals, shutdownOnce } from './shutdown.ts';
import { DigestService } from './digest/service.ts';
import { FEEDS_FLAG, feedsFileFromArgs } from './feeds/config.ts';
import { FeedService } from './feeds/service.ts';
import { announceFetchedArticles } from './feeds/announce.ts';
import { startBot } from './discord/bot.ts';
import { LexiconError, loadLexicons } from './lexicon.ts';
import { loadAttributionCues } from './extract/cues.ts';
import { loadGlossary } from './extract/latin-names.ts';
import { loadFigureCues } from './extract/figures.ts';

/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot; without, the offline console with the same
 * commands. Either way the desk follows the data directory live.
 */

let config;
try {
  config = loadConfig();
  // Every lexicon is checked before anything loads: a broken file stops start-up in one line.
  loadLexicons();
  loadAttributionCues();
  loadGlossary();
  loadFigureCues();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`Configuration error: ${err.message}`);
    process.exit(1);
  }
  if (err instanceof LexiconError) {
    console.error(`Lexicon error: ${err.message}`);
    process.exit(1);
  }
  throw err;
}

configureCharts({ digits: config.CHART_DIGITS });
let dataDir: string;
let chartsDir: string | undefined;
let feedsFile: string;
try {
  // Flags of npm start: --data DIR, --feeds FILE, --charts DIR (a program adding a flag declares it here).
  const args = parseCliArgs(process.argv.slice(2), { env: { ...process.env, DATA_DIR: config.DATA_DIR }, flags: { feeds: FEEDS_FLAG, charts: CHARTS_FLAG } });
  dataDir = args.dataDir;
  feedsFile = args.flags.feeds ?? feedsFileFromArgs([]);
  chartsDir = args.flags.charts;
  assertDataDir(dataDir);
} catch (err) {
  if (!(err instanceof ArgsError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const discordMode = Boolean(config.DISCORD_TOKEN);
// The console talks to a person on stdout: logs go to stderr and stay quiet unless asked for.
const logger = createLogger(discordMode ? config.LOG_LEVEL : process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');

const started = performance.now();
const { desk, source, warnings: snapshotWarnings } = await loadDeskWithSnapshot(dataDir);
// The console shows start-up warnings and live changes as readable lines (the intro lists the desk's warnings).
const notices = discordMode ? undefined : consoleNotices({ desk });
for (const w of snapshotWarnings) (notices?.logger ?? logger).warn(w);
if (discordMode) for (const w of desk.warnings) logger.warn({ file: w.file }, w.message);
logger.info({ articles: desk.size, dataDir, source, ms: Math.round(performance.now() - started) }, 'desk loaded');

const commands = await loadCommands();
// The digest's state is shared by console and bot: the console's /digest preview shows what the bot would post next.
const digest = new DigestService({ desk, stateDir: config.STATE_DIR, logger, cron: config.DIGEST_CRON, timezone: config.DIGEST_TIMEZONE });
// Feeds (data/feeds.json, --feeds FILE, FEEDS_FILE) and /ingest links reach the desk through the same reconciler as the watcher.
const feeds = new FeedService({ desk, dataDir, feedsFile, logger: notices?.logger ?? logger, http: { userAgent: process.env.FEEDS_USER_AGENT || undefined } });
// The console says so when a feed or a link brings an article, as it does for files.
if (notices) feeds.reconciler.onChange((c) => c.source !== 'file' && notices.onChange({ type: c.type, file: c.file, id: c.id }));
const context: CommandContext = { desk, commands, reload: () => reloadDesk(desk, dataDir), digest, feeds };
const watcher = watchDataDir(desk, dataDir, notices ? { logger: notices.logger, onChange: notices.onChange } : { logger });
// Optional: new feed articles announced in the digest channel (off unless FEEDS_ANNOUNCE=true).
const stopAnnouncing = /^(1|true|yes)$/i.test(process.env.FEEDS_ANNOUNCE ?? '')
  ? announceFetchedArticles({ reconciler: feeds.reconciler, desk, logger, post: (docs) => digest.announce(docs) })
  : () => undefined;
feeds.start();

if (discordMode) {
  // startBot also attaches the digest to DIGEST_CHANNEL_ID (startDigest) and stops it on shutdown (stopDigest).
  const bot = await startBot({ config, desk, commands, logger, context }).catch((err: Error) => {
    logger.fatal(err.message);
    process.exit(1);
  });
  exitOnSignals({
    logger,
    stop: async () => {
      watcher.close();
      stopAnnouncing();
      feeds.stop();
      await bot.stop();
    },
  });
} else {
  const intro = [
    `Offline console — no DISCORD_TOKEN set, so nothing is sent to Discord.`,
    `${desk.size} articles from ${dataDir}${desk.warnings.length ? ` (${desk.warnings.length} warning(s): ${desk.warnings.map((w) => `${w.file}: ${w.message}`).join('; ')})` : ''}.`,
  ];
  if (feeds.feeds().length) intro.push(`${feeds.feeds().length} feed(s) from ${feeds.feedsFile}: their articles join the desk as they arrive (/feeds list).`);
  // The console's readline handles Ctrl-C itself; a SIGTERM (a supervisor, a closed terminal) ends it within the same deadline.
  const shutdown = shutdownOnce({
    logger,
    stop: async () => {
      watcher.close();
      feeds.stop();
    },
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await runConsole(commands, context, intro, notices, { chartsDir });
  watcher.close();
  feeds.stop();
  process.exit(0);
}
