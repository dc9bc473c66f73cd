import { scorerNorm } from './arnorm.ts';
import type { GoldFile } from './score-extract.ts';

/**
 * The two end-to-end scorers that read the console's answers (shared/eval/eval_conflicts.py and
 * eval_queries.py), ported so `npm run eval` reproduces them. `ask` runs one command line and returns
 * what an editor would read (the Python scorers spawn `npm run ask`; in-process gives the same text).
 */

export type AskConsole = (line: string) => Promise<string>;

/** The topics eval_conflicts.py always asks about, before the gold figures' own topics. */
export const CONFLICT_TOPICS = ['arrests', 'deaths', 'injuries', 'troops', 'refugees', 'aircraft', 'equipment', 'militants', 'money'];

export interface ConflictScore {
  warnings: number;
  falseAlarms: number;
  expectedFound: number;
  expected: number;
  lines: string[];
}

/**
 * Article ids a warning line names as sources ("001, 003 say …; 002 says …"). eval_conflicts.py reads
 * three digits; whole runs of three or more read its desks alike and a desk numbered 4700… rightly
 * (three digits alone would take "4701 says" for 701).
 */
export function warningArticleIds(line: string): Set<string> {
  const ids = new Set<string>();
  for (const m of line.matchAll(/(?<!\d)(\d{3,}(?:,\s*\d{3,})*)\s+says?\b/gu)) {
    for (const id of m[1]!.match(/\d{3,}/gu) ?? []) ids.add(id);
  }
  return ids;
}

export async function scoreConflicts(ask: AskConsole, gold: GoldFile): Promise<ConflictScore> {
  const stories = gold.stories ?? {};
  const expected = gold.conflicts ?? [];
  const topics = [...CONFLICT_TOPICS, ...[...new Set(gold.figures.map((f) => f.topic))].filter((t) => !CONFLICT_TOPICS.includes(t)).sort()];
  const found = new Set<number>();
  const lines: string[] = [];
  let warnings = 0;
  let falseAlarms = 0;
  for (const topic of topics) {
    const out = await ask(`/figure topic:${topic}`);
    for (const line of out.split('\n')) {
      if (!line.includes('disagree on')) continue;
      const ids = warningArticleIds(line);
      warnings++;
      const named = new Set([...ids].map((a) => stories[a] ?? `?${a}`));
      const bad = named.size > 1;
      if (bad) falseAlarms++;
      expected.forEach((e, i) => {
        if (e.topic === topic && e.articles.every((a) => ids.has(a))) found.add(i);
      });
      lines.push(`${bad ? 'FALSE ' : 'ok    '}${topic} ${[...ids].sort().join(',')} stories=${[...named].sort().join(',')}`);
    }
  }
  expected.forEach((e, i) => {
    if (!found.has(i)) lines.push(`MISSED ${e.topic} ${e.articles.join(',')}`);
  });
  return { warnings, falseAlarms, expectedFound: found.size, expected: expected.length, lines };
}

/** Every number in a text, as eval_queries.py reads them (thousands separators dropped). */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  const western = text.replace(/[٠-٩]/gu, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
  for (const m of western.match(/\d[\d,٬]*(?:\.\d+)?/gu) ?? []) {
    const v = Number(m.replaceAll(',', '').replaceAll('٬', ''));
    if (!Number.isNaN(v)) out.add(v);
  }
  return out;
}

export interface QueryScore {
  ok: number;
  total: number;
  lines: string[];
}

export async function scoreQueries(ask: AskConsole, gold: GoldFile): Promise<QueryScore> {
  const lines: string[] = [];
  let ok = 0;
  const queries = gold.queries ?? [];
  for (const q of queries) {
    const out = await ask(q.command);
    const e = q.expect;
    const why: string[] = [];
    if (e.speaker !== undefined) {
      const forms = gold.speakers[e.speaker]!.forms;
      const head = scorerNorm(out.split('\n').slice(0, 3).join('\n'));
      if (!forms.some((f) => head.includes(scorerNorm(f)))) why.push('speaker not named in heading');
      const m = /(\d+) statement/u.exec(out);
      const n = m ? Number(m[1]) : 0;
      if (n < (e.min_results ?? 1)) why.push(`${n} statements < ${e.min_results ?? 1}`);
    }
    if (e.values) {
      const got = numbersIn(out);
      const miss = e.values.filter((v) => !got.has(Number(v)));
      if (miss.length) why.push(`values missing [${miss.join(', ')}]`);
    }
    for (const a of [...(e.articles ?? []), ...(e.article ? [e.article] : [])]) {
      if (!out.includes(a)) why.push(`article ${a} absent`);
    }
    if (why.length === 0) ok++;
    lines.push(`${why.length ? 'FAIL ' : 'ok   '}${q.command}${why.length ? `  | ${why.join('; ')}` : ''}`);
  }
  return { ok, total: queries.length, lines };
}
