import 'dotenv/config';
import { loadCommands } from '../command/registry.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { loadConfig } from '../config.ts';
import { configureCharts } from '../render/chart.ts';
import { writeDocCharts } from '../render/chart-images.ts';
import { ArgsError, assertDataDir, CHARTS_FLAG, parseCliArgs } from './args.ts';

/**
 * `npm run ask -- "/source 003"`: runs one command against the data directory and prints the
 * answer (`--page N` for a later page of a long one). Exit 0 when a command ran, 1 (with a clear
 * message) when the line names no command or a flag is wrong.
 */
let args;
try {
  args = parseCliArgs(process.argv.slice(2), { flags: { page: { value: true, usage: '--page N' }, charts: CHARTS_FLAG } });
  assertDataDir(args.dataDir);
} catch (err) {
  if (!(err instanceof ArgsError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const line = args.rest.join(' ').trim();
if (!line) {
  console.error('Usage: npm run ask -- "/source 003"   (--data DIR for another data directory, --page N for a later page, --charts DIR for chart images)');
  process.exit(1);
}
// Only the chart digits come from the configuration here; a malformed value is reported, not fatal.
try {
  configureCharts({ digits: loadConfig().CHART_DIGITS });
} catch (err) {
  console.error(`warning: ${(err as Error).message}; charts use Western digits`);
}
const desk = await Desk.fromDirectory(args.dataDir);
for (const w of desk.warnings) console.error(`warning: ${w.file}: ${w.message}`);
const commands = await loadCommands();
const answer = await answerLine(args.flags.page ? `${line} --page ${args.flags.page}` : line, commands, { desk });
console.log(answer.text);
for (const chart of await writeDocCharts(answer.doc, { dir: args.flags.charts })) console.log(`Chart: ${chart.path}`);
process.exit(answer.ran ? 0 : 1);
