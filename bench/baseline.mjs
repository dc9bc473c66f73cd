// Bare MiniSearch (default options) indexing every file of a directory as one document: the
// benchmark's baseline. Run in its own process so its memory and garbage never touch the desk's
// numbers. Prints the milliseconds it took.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';

const dir = process.argv[2];
const started = performance.now();
const index = new MiniSearch({ fields: ['text'] });
for (const file of readdirSync(dir)) index.add({ id: file, text: readFileSync(join(dir, file), 'utf8') });
process.stdout.write(String(performance.now() - started));
