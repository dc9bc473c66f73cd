import 'dotenv/config';
import { ArgsError, assertDataDir, CHARTS_FLAG, parseCliArgs } from './cli/args.ts';
import { loadCommands } from './command/registry.ts';
import type { CommandContext } from './command/types.ts';
import { ConfigError, loadConfig } from './config.ts';
import { configureCharts } from './render/chart.ts';
import { runConsole } from './console/repl.ts';
import { loadDeskWithSnapshot } from './desk/snapshot.ts';
import { watchDataDir } from './ingest/watch.ts';
import { reloadDesk } from './ingest/reload.ts';
import { createLogger } from './log.ts';
import { DigestService } from './digest/service.ts';
import { feedsFileFromArgs } from './feeds/config.ts';
import { FeedService } from './feeds/service.ts';
import { announceFetchedArticles } from './feeds/announce.ts';
import { startBot } from './discord/bot.ts';
import { LexiconError, loadLexicons } from './lexicon.ts';
import { loadAttributionCues } from './extract/cues.ts';
import { loadGlossary } from './extract/latin-names.ts';

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
try {
  // Flags of npm start: --data DIR (a program adding a flag declares it here, e.g. { charts: … }).
  const args = parseCliArgs(process.argv.slice(2), { env: { ...process.env, DATA_DIR: config.DATA_DIR }, flags: { charts: CHARTS_FLAG } });
  dataDir = args.dataDir;
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
for (const w of snapshotWarnings) logger.warn(w);
for (const w of desk.warnings) logger.warn({ file: w.file }, w.message);
logger.info({ articles: desk.size, dataDir, source, ms: Math.round(performance.now() - started) }, 'desk loaded');

const commands = await loadCommands();
// The digest's state is shared by console and bot: the console's /digest preview shows what the bot would post next.
const digest = new DigestService({ desk, stateDir: config.STATE_DIR, logger, cron: config.DIGEST_CRON, timezone: config.DIGEST_TIMEZONE });
// Feeds (data/feeds.json, --feeds FILE, FEEDS_FILE) and /ingest links reach the desk through the same reconciler as the watcher.
const feeds = new FeedService({ desk, dataDir, feedsFile: feedsFileFromArgs(process.argv.slice(2)), logger, http: { userAgent: process.env.FEEDS_USER_AGENT || undefined } });
const context: CommandContext = { desk, commands, reload: () => reloadDesk(desk, dataDir), digest, feeds };
const watcher = watchDataDir(desk, dataDir, { logger });
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
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight replies');
    watcher.close();
    stopAnnouncing();
    feeds.stop();
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} else {
  const intro = [
    `Offline console — no DISCORD_TOKEN set, so nothing is sent to Discord.`,
    `${desk.size} articles from ${dataDir}${desk.warnings.length ? ` (${desk.warnings.length} warning(s): ${desk.warnings.map((w) => `${w.file}: ${w.message}`).join('; ')})` : ''}.`,
  ];
  if (feeds.feeds().length) intro.push(`${feeds.feeds().length} feed(s) from ${feeds.feedsFile}: their articles join the desk as they arrive (/feeds).`);
  await runConsole(commands, context, intro, { chartsDir });
  watcher.close();
  feeds.stop();
  process.exit(0);
}
