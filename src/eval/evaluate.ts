import { readFileSync } from 'node:fs';
import { loadCommands } from '../command/registry.ts';
import type { DeskCommand } from '../command/types.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { exportDesk } from '../export/export-json.ts';
import { formatRatio } from './arnorm.ts';
import { scoreConflicts, scoreQueries, type ConflictScore, type QueryScore } from './score-console.ts';
import { formatExtractScore, scoreExtraction, type ExtractScore, type GoldFile } from './score-extract.ts';
import { scoreStoryPairs, type StoryPairScore } from './score-stories.ts';
import type { EvalMeasures, EvalSet } from './sets.ts';

/**
 * One gold set end to end: build the desk from the set's articles, export it, score statements,
 * speakers and figures (eval_extract.py's rule), story pairs, /figure disagreements
 * (eval_conflicts.py) and the gold's console queries (eval_queries.py), then compare with the floors.
 */

export interface SetResult {
  set: EvalSet;
  articles: number;
  extract: ExtractScore;
  /** null when the export carries no story ids or the gold no stories. */
  stories: StoryPairScore | null;
  conflicts: ConflictScore;
  queries: QueryScore;
  measures: EvalMeasures;
  /** Floors the set fell below, as "attribution 0.58 < 0.60". */
  below: string[];
  warnings: string[];
}

function measuresOf(r: Omit<SetResult, 'measures' | 'below' | 'set'>): EvalMeasures {
  const m: EvalMeasures = {
    quoteRecall: r.extract.quoteRecall,
    attribution: r.extract.attribution,
    precision: r.extract.precision,
    figureRecall: r.extract.figureRecall,
    maxFalseAlarms: r.conflicts.falseAlarms,
  };
  if (r.stories?.precision != null) m.storyPrecision = r.stories.precision;
  if (r.stories?.recall != null) m.storyRecall = r.stories.recall;
  if (r.conflicts.expected > 0) m.conflictRecall = r.conflicts.expectedFound / r.conflicts.expected;
  if (r.queries.total > 0) m.queriesOk = r.queries.ok / r.queries.total;
  return m;
}

/** Floors not met. `maxFalseAlarms` is an upper bound; every other measure a lower one. */
export function belowFloors(measures: EvalMeasures, floors: EvalMeasures): string[] {
  const out: string[] = [];
  for (const [name, floor] of Object.entries(floors) as Array<[keyof EvalMeasures, number]>) {
    const got = measures[name];
    if (got === undefined) {
      out.push(`${name} not measured (floor ${floor})`);
    } else if (name === 'maxFalseAlarms' ? got > floor : got + 1e-9 < floor) {
      out.push(`${name} ${name === 'maxFalseAlarms' ? got : formatRatio(got)} ${name === 'maxFalseAlarms' ? '>' : '<'} ${name === 'maxFalseAlarms' ? floor : formatRatio(floor)}`);
    }
  }
  return out;
}

export async function evaluateSet(set: EvalSet, commands?: readonly DeskCommand[]): Promise<SetResult> {
  const gold = JSON.parse(readFileSync(set.gold, 'utf8')) as GoldFile;
  const desk = await Desk.fromDirectory(set.data);
  const loaded = commands ?? (await loadCommands());
  const exported = exportDesk(desk);
  const ask = async (line: string): Promise<string> => (await answerLine(line, loaded, { desk })).text;
  const extract = scoreExtraction(exported as Parameters<typeof scoreExtraction>[0], gold);
  const deskStories = new Map<string, string>();
  for (const a of exported.articles as Array<{ id: string; story?: string | null }>) if (a.story) deskStories.set(a.id, a.story);
  const stories = deskStories.size && gold.stories ? scoreStoryPairs(deskStories, new Map(Object.entries(gold.stories))) : null;
  const conflicts = await scoreConflicts(ask, gold);
  const queries = await scoreQueries(ask, gold);
  const partial = { articles: exported.articles.length, extract, stories, conflicts, queries, warnings: desk.warnings.map((w) => `${w.file}: ${w.message}`) };
  const measures = measuresOf(partial);
  return { set, ...partial, measures, below: belowFloors(measures, set.floors) };
}

const ratio = (x: number | null | undefined): string => (x == null ? 'n/a' : formatRatio(x));

/** The report `npm run eval` prints for one set; the scorers' own summary lines are kept word for word. */
export function formatSetResult(r: SetResult, { verbose = false } = {}): string[] {
  const lines = [`== ${r.set.name}: ${r.articles} articles from ${r.set.data}, gold ${r.set.gold}`];
  if (verbose) lines.push(...r.extract.misses);
  lines.push(...formatExtractScore(r.extract));
  if (r.stories) {
    lines.push(`story_pairs gold=${r.stories.goldPairs} desk=${r.stories.deskPairs} agreed=${r.stories.agreed} precision=${ratio(r.stories.precision)} recall=${ratio(r.stories.recall)}`);
  } else {
    lines.push('story_pairs n/a (the export names no stories, or the gold has none)');
  }
  if (verbose) lines.push(...r.conflicts.lines.map((l) => `  ${l}`));
  lines.push(`warnings=${r.conflicts.warnings} false_alarms=${r.conflicts.falseAlarms} expected_found=${r.conflicts.expectedFound}/${r.conflicts.expected}`);
  if (verbose) lines.push(...r.queries.lines.map((l) => `  ${l}`));
  else lines.push(...r.queries.lines.filter((l) => l.startsWith('FAIL')).map((l) => `  ${l}`));
  lines.push(`queries_ok=${r.queries.ok}/${r.queries.total}`);
  const targets = Object.entries(r.set.target)
    .filter(([k, t]) => {
      const got = r.measures[k as keyof EvalMeasures];
      return got !== undefined && (k === 'maxFalseAlarms' ? got > t : got + 1e-9 < t);
    })
    .map(([k, t]) => `${k} ${k === 'maxFalseAlarms' ? r.measures.maxFalseAlarms : ratio(r.measures[k as keyof EvalMeasures])} (target ${k === 'maxFalseAlarms' ? t : ratio(t)})`);
  lines.push(targets.length ? `short of target: ${targets.join(', ')}` : 'every target met');
  lines.push(r.below.length ? `BELOW FLOOR: ${r.below.join(', ')}` : 'floors ok');
  return lines;
}
