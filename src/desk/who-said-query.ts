import type { Article } from '../corpus/types.ts';
import type { Figure, Speaker, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import { compareNewestFirst, type Desk } from './desk.ts';
import { resolveTopic } from './figure-query.ts';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { topicModel, wordForms } from '../extract/topics.ts';
import { searchPhraseGroups } from './text-index.ts';
import { words } from '../arabic/tokenize.ts';
import { phoneticKey } from '../arabic/transliterate.ts';
import { lexiconKey, type LexiconEntry } from '../lexicon.ts';
import type { PassageHit } from './desk.ts';
import { describeQuery, entityModel, factsMatch, mentionFacts, nearestKey, readEntityQuery } from './entities.ts';

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
      /** The speaker asked for; absent when the question names only about: or source: (everyone's statements). */
      speaker?: Speaker;
      /** All the speaker's statements on the desk (every statement matching, without a speaker). */
      count: number;
      /** Articles newest first with their matching statements, up to the limit. */
      groups: ArticleStatements[];
      /** Matching statements and the articles they are in (beyond the limit too). */
      total: number;
      articleCount: number;
      alsoMatched: SpeakerMatch[];
      /** How an English or role query was read ("Kazakh president" → الرئيس الكازاخستاني). */
      readAs?: string;
      /** The lexicon person asked for, when the directory filed their statements under a poorer name. */
      entry?: LexiconEntry;
    }
  | { kind: 'unknown-speaker'; query: string; suggestions: SpeakerMatch[]; readAs?: string }
  | {
      /** A person or body the lexicon knows, mentioned on the desk but never quoted. */
      kind: 'not-quoted';
      query: string;
      entry: LexiconEntry;
      mentions: PassageHit[];
      /** Sentences naming them (beyond the mentions returned, too). */
      mentionTotal: number;
    };

/**
 * A withdrawn figure the statement carries (the article says the number was an error or denied),
 * so the statement is not shown as a live claim.
 */
export function withdrawnFigure(desk: Desk, s: Statement): Figure | undefined {
  if (!desk.hasWithdrawnFigure(s.article)) return undefined;
  return desk.figures(s.article).find((f) => f.withdrawn && f.start >= s.start && f.start < s.end);
}

/** Speakers a query names and how it was read. */
export interface SpeakerResolution {
  matches: SpeakerMatch[];
  readAs?: string;
}

/**
 * Speakers with statements on the desk that a query names, best first. A query made only of
 * roles, countries and nationality adjectives (Kazakh president, Russia, وزير الخارجية الصيني) is
 * read through the entity lexicon against how each speaker was introduced in the copy (the
 * title a mention opens with and the nationality after it), so "Russia" names Russian speakers and
 * "Kazakh president" the president, not his press office. Names go to the speaker directory
 * (spellings, sound-alikes).
 */
export function resolveSpeakers(desk: Desk, query: string, minScore = 0.7): SpeakerResolution {
  const resolutions = desk.memo('speaker-resolutions', () => new Map<string, SpeakerResolution>());
  const key = `${minScore}|${query}`;
  let resolution = resolutions.get(key);
  if (!resolution) {
    resolution = entitySpeakers(desk, query) ?? byName(desk, query, minScore);
    if (resolutions.size >= MAX_RESOLUTIONS) resolutions.delete(resolutions.keys().next().value!);
    resolutions.set(key, resolution);
  }
  return resolution;
}

/**
 * Speaker resolutions are remembered together, in one entry of the desk's memory (so forgotten
 * when the desk changes, like any answer): one entry per name typed, written next to each /who-said
 * answer, pushed remembered answers out. A resolution is small; this many are kept, oldest
 * forgotten first.
 */
const MAX_RESOLUTIONS = 1000;

/**
 * Name matches; when a full English name finds nobody, its family name alone (the last word, or
 * the last two for a particle: "Aboul Gheit"): Arabic copy often names a person by it only
 * (رحمن for "Sherry Rehman"), and a given name with no counterpart should not sink the match.
 */
function byName(desk: Desk, query: string, minScore: number): SpeakerResolution {
  const matches = matchSpeakers(desk, query, minScore);
  const words = query.trim().split(/\s+/);
  if (matches.length || words.length < 2 || !/^[\p{Script=Latin}\s'’.-]+$/u.test(query)) return { matches };
  for (const tail of [words.slice(-2).join(' '), words[words.length - 1]!]) {
    if (tail === query.trim() || tail.replace(/[^A-Za-z]/g, '').length < 4) continue;
    // Only a speaker whose own name ends that way (not one whose mention merely holds a word like it).
    const key = phoneticKey(tail.split(' ').pop()!);
    const family = matchSpeakers(desk, tail, Math.max(minScore, 0.85)).filter((m) => key.length >= 3 && phoneticKey(m.speaker.name.split(/\s+/).pop() ?? '') === key);
    if (family.length) return { matches: family, readAs: `${tail} (family name)` };
  }
  return { matches };
}

function entitySpeakers(desk: Desk, query: string): SpeakerResolution | undefined {
  const model = entityModel(desk.lexicons);
  const read = readEntityQuery(model, query);
  if (!read || (!read.role && !read.country)) return undefined;
  // A speaker whose name is what was typed stays theirs (a body named like a role, an exact alias).
  if (matchSpeakers(desk, query, 0.95).some((m) => m.speaker.latin.toLowerCase() === query.trim().toLowerCase())) return undefined;
  const wantsPerson = read.role?.holder === 'person' || !read.role;
  const matches = desk
    .quotedSpeakers()
    .filter(({ speaker }) => [speaker.name, ...speaker.aliases].some((form) => factsMatch(model, mentionFacts(model, form), read)))
    .sort((a, b) => (wantsPerson ? personFirst(a.speaker) - personFirst(b.speaker) : 0) || b.count - a.count);
  const corrections = read.corrections.map(([typed, as]) => `${typed} → ${as}`);
  return { matches, readAs: [describeQuery(read), ...corrections].filter(Boolean).join(' · ') };
}

const personFirst = (s: Speaker) => (s.kind === 'person' ? 0 : 1);

/**
 * A person or body of the speakers lexicon a query names (English or Arabic forms, or a near
 * spelling), for telling "mentioned, not quoted" apart from "unknown".
 */
export function lexiconSpeaker(desk: Desk, query: string): LexiconEntry | undefined {
  const key = lexiconKey(query);
  if (!key) return undefined;
  const forms = (e: LexiconEntry) => [...e.en, ...e.ar].map(lexiconKey);
  const exact = desk.lexicons.speakers.find((e) => forms(e).includes(key));
  if (exact) return exact;
  const table = new Map(desk.lexicons.speakers.flatMap((e) => forms(e).map((f): [string, LexiconEntry] => [f, e])));
  const near = /[a-z]/i.test(key) ? nearestKey(table, key) : undefined;
  return near ? table.get(near) : undefined;
}

/**
 * Speakers with statements on the desk whose names a query matches, best match first, most quoted
 * on ties. Not remembered on its own: its callers' answers are (resolveSpeakers, whoSaid), and an
 * entry here was written just before theirs and so always forgotten first, never read again, while
 * it pushed a remembered answer out (on the bench's /who-said mix: 0 hits in 1,443 entries).
 */
export function matchSpeakers(desk: Desk, query: string, minScore = 0.7): SpeakerMatch[] {
  return desk.speakers
    .find(query, minScore)
    .filter((hit) => desk.speakerCount(hit.speaker.key) > 0)
    .sort((a, b) => b.score - a.score || desk.speakerCount(b.speaker.key) - desk.speakerCount(a.speaker.key))
    .map((hit) => ({ speaker: hit.speaker, count: desk.speakerCount(hit.speaker.key) }));
}

export { compareNewestFirst };

export interface WhoSaidOptions {
  /** Who; empty: everyone's statements (then about: or article narrows them). */
  speaker?: string;
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
 * whoSaid without remembering the answer: for a caller that remembers what it makes of it (the
 * /who-said command keeps its whole reply), so one question takes one place in the desk's memory.
 *
 * A speaker may have thousands of statements: they are counted, but only the first `limit` are
 * gathered, walking the speaker's own articles newest first.
 */
export function answerWhoSaid(desk: Desk, options: WhoSaidOptions): WhoSaidAnswer {
  const limit = options.limit ?? 120;
  const typed = options.speaker?.trim() ?? '';
  if (!typed) return everyone(desk, options, limit);
  const resolved = resolveWhoSaid(desk, typed);
  if (resolved.kind !== 'resolved') return resolved;
  const { groups, total, articleCount } = speakerStatements(desk, resolved, options, limit);
  return { kind: 'found', speaker: resolved.speaker, count: resolved.count, groups, total, articleCount, alsoMatched: resolved.alsoMatched, readAs: resolved.readAs, entry: resolved.entry };
}

/** Who a typed name means for /who-said: the speaker records answered together, or why nobody. */
type ResolvedWhoSaid =
  | { kind: 'resolved'; speaker: Speaker; keys: ReadonlySet<string>; count: number; alsoMatched: SpeakerMatch[]; readAs?: string; entry?: LexiconEntry }
  | Exclude<WhoSaidAnswer, { kind: 'found' }>;

function resolveWhoSaid(desk: Desk, typed: string): ResolvedWhoSaid {
  let { matches, readAs } = resolveSpeakers(desk, typed);
  // A lexicon person the directory did not connect to their statements: speakers introduced by one of their forms.
  const entry = matches.length || readAs ? undefined : lexiconSpeaker(desk, typed);
  if (entry) matches = introducedAs(desk, entry);
  const best = matches[0];
  if (!best) {
    if (entry) {
      const mentions = mentionsOf(desk, entry);
      if (mentions.total > 0) return { kind: 'not-quoted', query: typed, entry, mentions: mentions.hits, mentionTotal: mentions.total };
    }
    const suggestions = readAs ? [] : matchSpeakers(desk, typed, 0.35).slice(0, 5);
    return { kind: 'unknown-speaker', query: typed, suggestions, readAs };
  }
  // Directory records with the very same name are one person to an editor: answered together.
  const sameName = normalizeForMatch(best.speaker.name).trim();
  const one = matches.filter((m) => m === best || normalizeForMatch(m.speaker.name).trim() === sameName);
  const keys = new Set(one.map((m) => m.speaker.key));
  const count = one.reduce((n, m) => n + m.count, 0);
  const others = matches.filter((m) => !keys.has(m.speaker.key));
  return { kind: 'resolved', speaker: best.speaker, keys, count, alsoMatched: others.slice(0, 3), readAs, entry };
}

/** The statements of one resolved question: up to `limit` of them article by article, and their totals. */
interface SpeakerStatements {
  groups: ArticleStatements[];
  total: number;
  articleCount: number;
}

/**
 * The statements of a set of speaker records for a question, remembered until the desk changes
 * (one entry of the desk's memory for all, as resolutions are): one speaker is asked for under
 * several names (the Arabic, the Latin, a title, an autocomplete key) and each name is its own
 * question, while what they find is the same. Read only: answers hold these groups.
 */
function speakerStatements(desk: Desk, speakers: { keys: ReadonlySet<string>; count: number }, options: WhoSaidOptions, limit: number): SpeakerStatements {
  const known = desk.memo('speaker-statements', () => new Map<string, SpeakerStatements>());
  // The records' order changes nothing found (sums, and articles in the desk's order).
  const key = JSON.stringify([[...speakers.keys].sort(), speakers.count, options.about ?? '', options.article ?? '', limit]);
  let found = known.get(key);
  if (!found) {
    found = gatherSpeakerStatements(desk, speakers, options, limit);
    if (known.size >= MAX_SPEAKER_STATEMENTS) known.delete(known.keys().next().value!);
    known.set(key, found);
  }
  return found;
}

/** Questions whose statements are kept (the oldest forgotten first): fewer than resolutions, as each holds up to a few hundred statements' groups. */
const MAX_SPEAKER_STATEMENTS = 200;

function gatherSpeakerStatements(desk: Desk, { keys, count }: { keys: ReadonlySet<string>; count: number }, options: WhoSaidOptions, limit: number): SpeakerStatements {
  // A topic's statements are counted per speaker as articles come and go: no scan of thousands.
  const topic = options.about?.trim() ? topicOfAbout(desk, options.about) : undefined;
  const about = options.about?.trim() ? aboutMatcher(desk, options.about, topic) : undefined;
  const keep = (s: Statement) => keys.has(s.speakerKey) && (!about || about(s));
  const onTopic = topic ? mergeCounts([...keys].map((key) => desk.speakerTopicArticles(key, topic))) : undefined;
  let articleIds: ReadonlySet<string> = onTopic ? new Set(onTopic.keys()) : new Set([...keys].flatMap((key) => [...desk.speakerArticleIds(key)]));
  if (options.article) articleIds = articleIds.has(options.article) ? new Set([options.article]) : new Set();
  let total = 0;
  let articleCount = 0;
  if (!options.article && (!about || onTopic)) {
    total = onTopic ? [...onTopic.values()].reduce((a, b) => a + b, 0) : count;
    articleCount = articleIds.size;
  } else {
    for (const id of articleIds) {
      let n = 0;
      for (const s of desk.statements(id)) if (keep(s)) n++;
      total += n;
      if (n) articleCount++;
    }
  }
  const groups = gather(desk, articleIds, keep, limit, total, speakerArticlesNewestFirst(desk, keys));
  return { groups, total, articleCount };
}

function mergeCounts(maps: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const map of maps) for (const [id, n] of map) out.set(id, (out.get(id) ?? 0) + n);
  return out;
}

/** Quoted speakers one of whose mentions holds an Arabic form of a lexicon entry as whole words (الرئيس السيسى for السيسي). */
function introducedAs(desk: Desk, entry: LexiconEntry): SpeakerMatch[] {
  const forms = entry.ar.map((f) => ` ${words(f).join(' ')} `).filter((f) => f.trim().length >= 3);
  const holds = (a: string) => {
    const padded = paddedWords(a);
    return forms.some((f) => padded.includes(f));
  };
  return desk
    .quotedSpeakers()
    .filter(({ speaker }) => holds(speaker.name) || speaker.aliases.some(holds))
    .map(({ speaker, count }) => ({ speaker, count }));
}

/**
 * A name's words, normalised, between spaces (whole-word containment by `includes`). Remembered
 * per name: a look-up of a lexicon person reads every quoted speaker's names, the same each time.
 */
function paddedWords(name: string): string {
  let padded = paddedNames.get(name);
  if (padded === undefined) {
    padded = ` ${words(name).join(' ')} `;
    if (paddedNames.size < 100_000) paddedNames.set(name, padded);
  }
  return padded;
}

const paddedNames = new Map<string, string>();

/** Everyone's statements in one article and/or about one topic (the /source card's follow-up). */
function everyone(desk: Desk, options: WhoSaidOptions, limit: number): WhoSaidAnswer {
  const about = options.about?.trim() ? aboutMatcher(desk, options.about) : undefined;
  const ids = options.article ? new Set(desk.getArticle(options.article) ? [options.article] : []) : new Set(desk.articles().map((a) => a.id));
  let total = 0;
  let articleCount = 0;
  for (const id of ids) {
    let n = 0;
    for (const s of desk.statements(id)) if (!about || about(s)) n++;
    total += n;
    if (n) articleCount++;
  }
  const groups = gather(desk, ids, (s) => !about || about(s), limit, total);
  return { kind: 'found', count: total, groups, total, articleCount, alsoMatched: [] };
}

/**
 * The articles holding these speakers' statements, newest first, remembered per set of speakers
 * until the desk changes (one entry of the desk's memory for all of them, as resolutions are): a
 * much-quoted speaker's hundreds of articles were put in order for every question about them,
 * each filter (about:, a topic) asking again.
 */
function speakerArticlesNewestFirst(desk: Desk, keys: ReadonlySet<string>): readonly Article[] {
  const orders = desk.memo('speaker-article-orders', () => new Map<string, Article[]>());
  const key = [...keys].sort().join('\u0000');
  let order = orders.get(key);
  if (!order) {
    const ids = new Set([...keys].flatMap((k) => [...desk.speakerArticleIds(k)]));
    order = newestFirst(desk, ids);
    if (orders.size >= MAX_RESOLUTIONS) orders.delete(orders.keys().next().value!);
    orders.set(key, order);
  }
  return order;
}

/**
 * These articles, newest first: their places in the desk's newest-first order, sorted as numbers
 * and read back from it (no comparison of articles, no walk of the whole desk for a speaker quoted
 * across much of the archive).
 */
function newestFirst(desk: Desk, articleIds: ReadonlySet<string>): Article[] {
  const order = desk.articlesNewestFirst();
  const ranks = new Int32Array(articleIds.size);
  let n = 0;
  for (const id of articleIds) {
    const article = desk.getArticle(id);
    if (article) ranks[n++] = desk.newestRank(article);
  }
  return Array.from(ranks.subarray(0, n).sort(), (rank) => order[rank]!);
}

/**
 * Up to `limit` statements kept by `keep`, article by article, newest article first. `ordered`:
 * articles newest first that hold every one of `articleIds` (a speaker's remembered order).
 */
function gather(desk: Desk, articleIds: ReadonlySet<string>, keep: (s: Statement) => boolean, limit: number, total: number, ordered?: readonly Article[]): ArticleStatements[] {
  const groups: ArticleStatements[] = [];
  let gathered = 0;
  const take = (article: Article): boolean => {
    if (gathered >= limit || gathered >= total) return false;
    const statements = desk.statements(article.id).filter(keep);
    if (!statements.length) return true;
    groups.push({ article, statements: inTextOrder(statements) });
    gathered += statements.length;
    return true;
  };
  if (ordered) {
    // The whole order is the speaker's articles; a filter (a topic, one article) keeps some of them.
    const all = ordered.length === articleIds.size;
    for (const article of ordered) if ((all || articleIds.has(article.id)) && !take(article)) break;
  } else {
    for (const article of newestFirst(desk, articleIds)) if (!take(article)) break;
  }
  return groups;
}

/** Statements by where they start (extraction mostly gives them so: sorted only when not). */
function inTextOrder(statements: Statement[]): Statement[] {
  for (let i = 1; i < statements.length; i++) if (statements[i - 1]!.start > statements[i]!.start) return statements.sort((a, b) => a.start - b.start);
  return statements;
}

/** Sentences that name a lexicon person or body by any of its Arabic forms. */
function mentionsOf(desk: Desk, entry: LexiconEntry): { hits: PassageHit[]; total: number } {
  const { hits, completeTotal } = desk.searchGroups([entry.ar.map((form) => words(form))], { limit: 20, partialLimit: 0 });
  return { hits, total: completeTotal };
}

