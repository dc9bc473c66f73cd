import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The gold sets `npm run eval` scores by default, and the floor each must stay above. A floor is a
 * regression guard for CI (the run exits non-zero below it), set a little under what the desk scored
 * when it was last raised (see the README's figures); `target` is what the issue asks for, printed beside the score so the gap stays visible.
 * Every measure is optional: a set checks only the floors it names.
 */

export interface EvalMeasures {
  /** Core gold statements found (any speaker). */
  quoteRecall?: number;
  /** Core gold statements found with the right speaker. */
  attribution?: number;
  /** Extracted statements that match a gold statement with the right speaker. */
  precision?: number;
  /** Gold figures found with the right value and topic. */
  figureRecall?: number;
  /** Same-story article pairs: desk pairs the gold also pairs / gold pairs the desk found. */
  storyPrecision?: number;
  storyRecall?: number;
  /** Share of the gold's true disagreements raised by /figure. */
  conflictRecall?: number;
  /** /figure warnings naming articles of two stories: at most this many. */
  maxFalseAlarms?: number;
  /** Share of the gold's end-to-end console queries answered as expected. */
  queriesOk?: number;
}

export interface EvalSet {
  name: string;
  data: string;
  gold: string;
  floors: EvalMeasures;
  target: EvalMeasures;
}

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const SHARED = resolve(ROOT, '../shared');

const firstExisting = (...paths: string[]): string => paths.find((p) => existsSync(p)) ?? paths[paths.length - 1]!;

/** Extraction targets of the attribution and figures issues; story and conflict targets of the stories issue. */
const REAL_TARGET: EvalMeasures = { quoteRecall: 0.95, attribution: 0.92, precision: 0.9, figureRecall: 0.9, maxFalseAlarms: 0 };

export function defaultEvalSets(): EvalSet[] {
  const sets: EvalSet[] = [
    {
      name: 'seeds',
      data: resolve(ROOT, 'data/articles'),
      gold: firstExisting(resolve(SHARED, 'gold/seeds.json'), resolve(ROOT, 'tests/fixtures/gold-seeds.json')),
      // Precision floors of seeds and real sit below their targets: a participle's clause (مشيراً إلى
      // أن …) is a statement of its own, as ../shared/dev labels it, and these two golds leave it out.
      floors: { quoteRecall: 0.95, attribution: 0.95, precision: 0.83, figureRecall: 1, storyPrecision: 1, storyRecall: 1, maxFalseAlarms: 0, conflictRecall: 1, queriesOk: 1 },
      target: { quoteRecall: 0.95, attribution: 0.95, precision: 0.95, figureRecall: 1, maxFalseAlarms: 0, conflictRecall: 1, queriesOk: 1 },
    },
  ];
  if (existsSync(resolve(SHARED, 'real/articles'))) {
    sets.push({
      name: 'real',
      data: resolve(SHARED, 'real/articles'),
      gold: resolve(SHARED, 'gold/real.json'),
      floors: { quoteRecall: 0.95, attribution: 0.95, precision: 0.9, figureRecall: 0.95, storyPrecision: 0.84, storyRecall: 0.9, maxFalseAlarms: 0, queriesOk: 1 },
      target: { ...REAL_TARGET, queriesOk: 1 },
    });
  }
  if (existsSync(resolve(SHARED, 'dev/articles'))) {
    sets.push({
      name: 'dev',
      data: resolve(SHARED, 'dev/articles'),
      gold: resolve(SHARED, 'dev/gold.json'),
      floors: { quoteRecall: 0.95, attribution: 0.95, precision: 0.95, figureRecall: 0.92, storyPrecision: 0.94, storyRecall: 0.97, maxFalseAlarms: 0, conflictRecall: 0.9, queriesOk: 1 },
      target: { ...REAL_TARGET, conflictRecall: 1, queriesOk: 1 },
    });
  }
  return sets;
}
