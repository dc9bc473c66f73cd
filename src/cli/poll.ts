import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import { FEEDS_FLAG, feedsFileFromArgs } from '../feeds/config.ts';
import type { FeedPollResult } from '../feeds/poller.ts';
import { FeedService } from '../feeds/service.ts';
import { ArgsError, parseCliArgs } from './args.ts';

/**
 * `npm run poll -- [--data DIR] [--feeds FILE]`: polls every feed once, keeps new and updated
 * articles in the data directory (a running bot's watcher takes them in), prints one line per
 * feed and exits — for cron and for checking a feed list. Exit code 1 when any feed failed, 2 for
 * a mistyped flag.
 */

let dataDir: string;
let feedsFile: string;
try {
  const args = parseCliArgs(process.argv.slice(2), { flags: { feeds: FEEDS_FLAG } });
  dataDir = args.dataDir;
  feedsFile = args.flags.feeds ?? feedsFileFromArgs([]);
} catch (err) {
  if (!(err instanceof ArgsError)) throw err;
  console.error(err.message);
  process.exit(2);
}
mkdirSync(dataDir, { recursive: true });
const service = new FeedService({
  desk: null,
  dataDir,
  feedsFile,
  http: { userAgent: process.env.FEEDS_USER_AGENT || undefined },
  // Feed problems are in the per-feed lines; the log would only repeat them.
  logger: { info: () => undefined, warn: () => undefined },
});

function line(r: FeedPollResult): string {
  const seconds = `${(r.ms / 1000).toFixed(1)} s`;
  const head = `${r.outcome.padEnd(12)} ${r.feed.outlet} <${r.feed.url}>`;
  if (r.error) return `${head}  ${r.error.code}: ${r.error.message} (${seconds})`;
  if (r.outcome === 'not-modified') return `${head}  not modified since the last poll (${seconds})`;
  const counts = `${r.newArticles} new, ${r.updatedArticles} updated, ${r.duplicates} already on the desk, ${r.unchanged} unchanged`;
  const notes = r.warnings.length ? `; warnings: ${[...new Set(r.warnings.map((w) => w.code))].join(', ')}` : '';
  return `${head}  ${counts}${notes} (${seconds})`;
}

for (const w of service.warnings) console.error(`warning: ${w}`);
if (service.feeds().length === 0) {
  console.log(`No feeds in ${feedsFile}. Add one: [{ "url": "https://example.com/rss.xml", "outlet": "صحيفة المثال" }]`);
  process.exit(0);
}
const results = await service.pollAll();
for (const r of results) console.log(line(r));
for (const w of service.state.warnings) console.error(`warning: ${w}`);
process.exit(results.some((r) => r.outcome === 'failed') ? 1 : 0);
