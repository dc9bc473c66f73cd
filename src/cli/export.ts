import 'dotenv/config';
import { Desk } from '../desk/desk.ts';
import { exportDesk } from '../export/export-json.ts';
import { ArgsError, assertDataDir, parseCliArgs } from './args.ts';

/** `npm run export -- --data DIR`: the desk's articles, quotes and figures as one JSON document on stdout. */
let dataDir: string;
try {
  dataDir = parseCliArgs(process.argv.slice(2)).dataDir;
  assertDataDir(dataDir);
} catch (err) {
  if (!(err instanceof ArgsError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const desk = await Desk.fromDirectory(dataDir);
for (const w of desk.warnings) console.error(`warning: ${w.file}: ${w.message}`);
process.stdout.write(`${JSON.stringify(exportDesk(desk), null, 2)}\n`);
