import type { Article } from '../corpus/types.ts';
import type { Speaker, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import { compareNewestFirst, type Desk } from './desk.ts';
import { resolveTopic } from './figure-query.ts';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { topicModel, wordForms } from '../extract/topics.ts';
import { searchPhraseGroups } from './text-index.ts';

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
  | {
      kind: 'found';
      speaker: Speaker;
      /** All the speaker's statements on the desk. */
      count: number;
      /** Articles newest first with their matching statements, up to the limit. */
      groups: ArticleStatements[];
      /** Matching statements and the articles they are in (beyond the limit too). */
      total: number;
      articleCount: number;
      alsoMatched: SpeakerMatch[];
    }
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

export { compareNewestFirst };

export interface WhoSaidOptions {
  speaker: string;
  about?: string;
  article?: string;
  /** Statements to return in `groups` (all are counted in `total`); default 120. */
  limit?: number;
}

/**
 * Which statements an about: filter keeps. A topic (English or Arabic, data/lexicon/topics.json)
 * keeps statements whose sentence speaks of it, labelled at extraction, so the filter is a set
 * lookup per statement. Other words keep statements whose sentence holds every thing typed (any
 * reading: clitics stripped, stems); an English word a lexicon knows is held when one of its Arabic
 * forms is, every word of that form (محاولة انقلاب needs both words, not محاولة alone). Answered by
 * the passage index: one exact lookup per word, not a scan of the statements' text.
 */
export function aboutMatcher(desk: Desk, about: string, topic = topicOfAbout(desk, about)): (s: Statement) => boolean {
  if (topic) return (s) => !!s.topics?.includes(topic);
  const groups = searchPhraseGroups(about, desk.lexicons);
  if (!groups.length) return () => false;
  const holding = (word: string) => desk.sentencesMatching([word]);
  let matching: Set<string> | undefined;
  for (const group of groups) {
    const texts = new Set<string>();
    for (const phrase of group) {
      let all = holding(phrase[0]!);
      for (const word of phrase.slice(1)) all = intersection(all, holding(word));
      for (const text of all) texts.add(text);
    }
    matching = matching ? intersection(matching, texts) : texts;
  }
  const hits = matching ?? new Set<string>();
  return (s) => {
    const sentence = rangeAt(desk.getArticle(s.article)?.sentences ?? [], s.start);
    return !!sentence && hits.has(sentence.text);
  };
}

function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => large.has(x)));
}

/** The lexicon topic an about: value names: an English topic name, or Arabic words that are all cues of one topic. */
function topicOfAbout(desk: Desk, about: string): string | undefined {
  const topic = resolveTopic(desk.lexicons.topics, about);
  if (!topic) return undefined;
  if (/[a-z]/i.test(about)) return topic.id;
  const cues = topicModel(desk.lexicons.topics).rules.find((r) => r.id === topic.id)?.cues;
  const words = normalizeForMatch(about).split(/\s+/).filter(Boolean);
  return cues && words.length > 0 && words.every((w) => wordForms(w).some((f) => cues.has(f))) ? topic.id : undefined;
}

export function whoSaid(desk: Desk, options: WhoSaidOptions): WhoSaidAnswer {
  const key = `who-said|${options.speaker}|${options.about ?? ''}|${options.article ?? ''}|${options.limit ?? ''}`;
  return desk.memo(key, () => answerWhoSaid(desk, options));
}

/**
 * A speaker may have thousands of statements: they are counted, but only the first `limit` are
 * gathered, walking the desk's articles newest first through the speaker's own articles.
 */
function answerWhoSaid(desk: Desk, options: WhoSaidOptions): WhoSaidAnswer {
  const limit = options.limit ?? 120;
  const matches = matchSpeakers(desk, options.speaker);
  const best = matches[0];
  if (!best) return { kind: 'unknown-speaker', query: options.speaker, suggestions: matchSpeakers(desk, options.speaker, 0.35).slice(0, 5) };
  const key = best.speaker.key;
  // A topic's statements are counted per speaker as articles come and go: no scan of thousands.
  const topic = options.about?.trim() ? topicOfAbout(desk, options.about) : undefined;
  const about = options.about?.trim() ? aboutMatcher(desk, options.about, topic) : undefined;
  const keep = (s: Statement) => s.speakerKey === key && (!about || about(s));
  const onTopic = topic ? desk.speakerTopicArticles(key, topic) : undefined;
  let articleIds: ReadonlySet<string> = onTopic ? new Set(onTopic.keys()) : desk.speakerArticleIds(key);
  if (options.article) articleIds = articleIds.has(options.article) ? new Set([options.article]) : new Set();
  let total = 0;
  let articleCount = 0;
  if (!options.article && (!about || onTopic)) {
    total = onTopic ? [...onTopic.values()].reduce((a, b) => a + b, 0) : best.count;
    articleCount = articleIds.size;
  } else {
    for (const id of articleIds) {
      let n = 0;
      for (const s of desk.statements(id)) if (keep(s)) n++;
      total += n;
      if (n) articleCount++;
    }
  }
  const groups: ArticleStatements[] = [];
  let gathered = 0;
  for (const article of newestFirst(desk, articleIds)) {
    if (gathered >= limit || gathered >= total) break;
    const statements = desk.statements(article.id).filter(keep);
    if (!statements.length) continue;
    groups.push({ article, statements: statements.sort((a, b) => a.start - b.start) });
    gathered += statements.length;
  }
  return { kind: 'found', speaker: best.speaker, count: best.count, groups, total, articleCount, alsoMatched: matches.slice(1, 4) };
}

/**
 * These articles, newest first: a few are sorted on their own; for a speaker quoted across much of
 * the archive, walking the desk's cached newest-first order is cheaper than sorting thousands.
 */
function* newestFirst(desk: Desk, ids: ReadonlySet<string>): Generator<Article> {
  if (ids.size * 16 < desk.size) {
    yield* [...ids].flatMap((id) => desk.getArticle(id) ?? []).sort(compareNewestFirst);
    return;
  }
  for (const article of desk.articlesNewestFirst()) if (ids.has(article.id)) yield article;
}
