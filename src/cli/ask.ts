import 'dotenv/config';
import { loadCommands } from '../command/registry.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { loadConfig } from '../config.ts';
import { configureCharts } from '../render/chart.ts';
import { writeDocCharts } from '../render/chart-images.ts';
import { chartsDirFromArgs, dataDirFromArgs, withoutChartsArg, withoutDataArg } from './args.ts';

/**
 * `npm run ask -- "/source 003"`: runs one command against the data directory and prints the
 * answer. Exit 0 when a command ran, 1 (with a clear message) when the line names no command.
 */
const argv = process.argv.slice(2);
const line = withoutChartsArg(withoutDataArg(argv)).join(' ').trim();
if (!line) {
  console.error('Usage: npm run ask -- "/source 003"   (add --data DIR for another data directory, --charts DIR for where chart images go)');
  process.exit(1);
}
// Only the chart digits come from the configuration here; a malformed value is reported, not fatal.
try {
  configureCharts({ digits: loadConfig().CHART_DIGITS });
} catch (err) {
  console.error(`warning: ${(err as Error).message}; charts use Western digits`);
}
const desk = await Desk.fromDirectory(dataDirFromArgs(argv));
for (const w of desk.warnings) console.error(`warning: ${w.file}: ${w.message}`);
const commands = await loadCommands();
const answer = await answerLine(line, commands, { desk });
console.log(answer.text);
for (const chart of await writeDocCharts(answer.doc, { dir: chartsDirFromArgs(argv) })) console.log(`Chart: ${chart.path}`);
process.exit(answer.ran ? 0 : 1);
