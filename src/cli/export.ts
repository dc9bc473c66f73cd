import 'dotenv/config';
import { Desk } from '../desk/desk.ts';
import { exportDesk } from '../export/export-json.ts';
import { dataDirFromArgs } from './args.ts';

/** `npm run export -- --data DIR`: the desk's articles, quotes and figures as one JSON document on stdout. */
const desk = await Desk.fromDirectory(dataDirFromArgs(process.argv.slice(2)));
for (const w of desk.warnings) console.error(`warning: ${w.file}: ${w.message}`);
process.stdout.write(`${JSON.stringify(exportDesk(desk), null, 2)}\n`);
