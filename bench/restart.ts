import { loadDeskWithSnapshot } from '../src/desk/snapshot.ts';

/**
 * One restart from a snapshot in a fresh process, as the bot starts up (a long-lived benchmark
 * process would carry the heap of the desks it built). Prints the milliseconds it took.
 * Usage: node --import tsx bench/restart.ts <data dir> <cache dir>
 */
const [dataDir, cacheDir] = process.argv.slice(2);
if (!dataDir || !cacheDir) {
  console.error('Usage: node --import tsx bench/restart.ts <data dir> <cache dir>');
  process.exit(1);
}
const started = performance.now();
const { source, warnings } = await loadDeskWithSnapshot(dataDir, { cacheDir, write: false });
const ms = performance.now() - started;
if (source !== 'snapshot') {
  console.error(`snapshot not used: ${warnings.join('; ')}`);
  process.exit(1);
}
process.stdout.write(String(ms));
