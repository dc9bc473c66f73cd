import type { Article } from '../corpus/types.ts';
import type { Speaker, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import type { Desk } from './desk.ts';
import { searchTerms } from './text-index.ts';

/**
 * /who-said as a desk query: which speaker a typed name means (Arabic, Latin, a misspelling), and
 * their statements grouped by article, newest article first, optionally about a topic or from one
 * article. Knows nothing of Discord.
 */

export interface SpeakerMatch {
  speaker: Speaker;
  count: number;
}

export interface ArticleStatements {
  article: Article;
  statements: Statement[];
}

export type WhoSaidAnswer =
  | { kind: 'found'; speaker: Speaker; count: number; groups: ArticleStatements[]; total: number; alsoMatched: SpeakerMatch[] }
  | { kind: 'unknown-speaker'; query: string; suggestions: SpeakerMatch[] };

/** Speakers with statements on the desk that a query names, best match first, most quoted on ties. */
export function matchSpeakers(desk: Desk, query: string, minScore = 0.7): SpeakerMatch[] {
  return desk.memo(`speakers|${minScore}|${query}`, () =>
    desk.speakers
      .find(query, minScore)
      .filter((hit) => desk.speakerCount(hit.speaker.key) > 0)
      .sort((a, b) => b.score - a.score || desk.speakerCount(b.speaker.key) - desk.speakerCount(a.speaker.key))
      .map((hit) => ({ speaker: hit.speaker, count: desk.speakerCount(hit.speaker.key) })),
  );
}

/** Newest first: publication date, then file time, then the higher id. */
export function compareNewestFirst(a: Article, b: Article): number {
  const da = a.meta.published ?? '';
  const db = b.meta.published ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.mtimeMs !== b.mtimeMs) return b.mtimeMs - a.mtimeMs;
  return b.id.localeCompare(a.id, 'en', { numeric: true });
}

/**
 * A statement is "about" a query when its sentence contains the query's words (any reading:
 * clitics stripped, stems; English through the topic and speaker lexicons). The passage index
 * answers which sentences match, so filtering costs one index lookup, not a scan of statements.
 */
export function aboutMatcher(desk: Desk, about: string): (s: Statement) => boolean {
  const terms = searchTerms(about, desk.lexicons);
  if (!terms.length) return () => false;
  const english = /[a-z]/i.test(about);
  // Arabic queries need every word: intersect the sentences of each word.
  let matching: Set<string> | undefined;
  for (const group of english ? [terms] : terms.map((t) => [t])) {
    const ids = desk.sentencesMatching(group);
    matching = matching ? new Set([...matching].filter((id) => ids.has(id))) : ids;
  }
  const hits = matching ?? new Set<string>();
  return (s) => {
    const sentence = rangeAt(desk.getArticle(s.article)?.sentences ?? [], s.start);
    return !!sentence && hits.has(`${s.article}:${sentence.start}`);
  };
}

export function whoSaid(desk: Desk, options: { speaker: string; about?: string; article?: string }): WhoSaidAnswer {
  return desk.memo(`who-said|${options.speaker}|${options.about ?? ''}|${options.article ?? ''}`, () => answerWhoSaid(desk, options));
}

function answerWhoSaid(desk: Desk, options: { speaker: string; about?: string; article?: string }): WhoSaidAnswer {
  const matches = matchSpeakers(desk, options.speaker);
  const best = matches[0];
  if (!best) return { kind: 'unknown-speaker', query: options.speaker, suggestions: matchSpeakers(desk, options.speaker, 0.35).slice(0, 5) };
  let statements = desk.statementsBy(best.speaker.key);
  if (options.article) statements = statements.filter((s) => s.article === options.article);
  if (options.about?.trim()) statements = statements.filter(aboutMatcher(desk, options.about));
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = byArticle.get(s.article);
    if (list) list.push(s);
    else byArticle.set(s.article, [s]);
  }
  const groups = [...byArticle.entries()]
    .map(([id, list]) => ({ article: desk.getArticle(id)!, statements: list.sort((a, b) => a.start - b.start) }))
    .filter((g) => g.article)
    .sort((a, b) => compareNewestFirst(a.article, b.article));
  return { kind: 'found', speaker: best.speaker, count: best.count, groups, total: statements.length, alsoMatched: matches.slice(1, 4) };
}
