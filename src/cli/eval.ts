import { resolve } from 'node:path';
import { loadCommands } from '../command/registry.ts';
import { evaluateSet, formatSetResult } from '../eval/evaluate.ts';
import { defaultEvalSets, type EvalMeasures, type EvalSet } from '../eval/sets.ts';

/**
 * `npm run eval` — scores the desk against gold sets (src/eval/sets.ts: the seeds, and shared/real,
 * shared/dev when ../shared is there) and exits 1 when a set falls below its floor.
 *
 *   npm run eval -- [--verbose] [--set NAME]… [--data DIR --gold FILE [--floor name=value,…]]…
 *
 * `--data/--gold` pairs replace the default sets; `--floor` after a pair gives its floors
 * (quoteRecall, attribution, precision, figureRecall, storyPrecision, storyRecall, conflictRecall,
 * maxFalseAlarms, queriesOk).
 */

const USAGE = 'usage: npm run eval -- [--verbose] [--set NAME]… [--data DIR --gold FILE [--floor name=value,…]]…';
const MEASURES: ReadonlyArray<keyof EvalMeasures> = ['quoteRecall', 'attribution', 'precision', 'figureRecall', 'storyPrecision', 'storyRecall', 'conflictRecall', 'maxFalseAlarms', 'queriesOk'];

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseFloors(text: string): EvalMeasures {
  const floors: EvalMeasures = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    if (!MEASURES.includes(name as keyof EvalMeasures)) fail(`unknown measure "${name}" (known: ${MEASURES.join(', ')})`);
    const v = Number(value);
    if (value === undefined || Number.isNaN(v)) fail(`--floor ${name} needs a number`);
    floors[name as keyof EvalMeasures] = v;
  }
  return floors;
}

function parseArgs(argv: readonly string[]): { sets: EvalSet[]; verbose: boolean } {
  let verbose = false;
  const named: string[] = [];
  const custom: EvalSet[] = [];
  const value = (i: number): string => argv[i + 1] ?? fail(`${argv[i]} needs a value`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--set') named.push(value(i++));
    else if (a === '--data') {
      const data = resolve(value(i++));
      if (argv[i + 1] !== '--gold') fail('--data DIR must be followed by --gold FILE');
      const gold = resolve(value(++i));
      i++;
      custom.push({ name: data.split('/').slice(-2).join('/'), data, gold, floors: {}, target: {} });
    } else if (a === '--floor') {
      const last = custom[custom.length - 1] ?? fail('--floor belongs after a --data DIR --gold FILE pair');
      last.floors = parseFloors(value(i++));
    } else fail(`unknown argument "${a}"`);
  }
  let sets = custom.length ? custom : defaultEvalSets();
  if (named.length) {
    const unknown = named.filter((n) => !sets.some((s) => s.name === n));
    if (unknown.length) fail(`no set named ${unknown.join(', ')} (have: ${sets.map((s) => s.name).join(', ')})`);
    sets = sets.filter((s) => named.includes(s.name));
  }
  return { sets, verbose };
}

const { sets, verbose } = parseArgs(process.argv.slice(2));
const commands = await loadCommands();
let failed = 0;
for (const set of sets) {
  try {
    const result = await evaluateSet(set, commands);
    console.log(formatSetResult(result, { verbose }).join('\n'));
    if (result.below.length) failed++;
  } catch (err) {
    console.log(`== ${set.name}: could not be scored: ${(err as Error).message}`);
    failed++;
  }
  console.log('');
}
console.log(failed ? `eval: ${failed} of ${sets.length} set(s) below their floors` : `eval: ${sets.length} set(s), every floor met`);
process.exit(failed ? 1 : 0);
