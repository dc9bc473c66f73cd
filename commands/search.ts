import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { CONSOLE_PAGE_ITEMS, errorDoc, type Doc, type DocItem } from '../src/render/doc.ts';
import type { SearchAnswer } from '../src/desk/desk.ts';
import type { Article } from '../src/corpus/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import type { Statement } from '../src/extract/types.ts';
import { highlightedExcerpt, trimAtWord } from '../src/text/excerpt.ts';
import { articleLabel, sourceOption } from './source.ts';

/** /search query — quick lookup of a half-remembered quote or phrase, best passages first. */

export const MAX_QUERY_LENGTH = 200;
const EXCERPT_MAX = 320;

const ALSO_IN_SHOWN = 6;

/** "003, 004 and 12 more": the first few articles' ids, written straight into the line (no lists per hit). */
function alsoInLine(articles: readonly Article[], total: number): string {
  const shown = Math.min(ALSO_IN_SHOWN, articles.length);
  let line = '';
  for (let i = 0; i < shown; i++) line += i === 0 ? articles[i]!.id : `, ${articles[i]!.id}`;
  return total > shown ? `${line} and ${(total - shown).toLocaleString('en-US')} more` : line;
}

/**
 * An article's label and headline lines as its hits show them, made once per article: an answer's
 * couple of hundred hits come from far fewer articles, answer after answer.
 */
function articleLines(article: Article): ArticleLines {
  let lines = shownArticles.get(article);
  if (!lines) {
    // The headline is metadata, not the passage: labelled so it never reads as the next sentence.
    const headline = `Article: ${trimAtWord(article.meta.title, 120)}`;
    const partialHeadline = `(some words) ${headline}`;
    shownArticles.set(article, (lines = { label: articleLabel(article), headline, partialHeadline, headlineOnly: [headline], partialHeadlineOnly: [partialHeadline] }));
  }
  return lines;
}

interface ArticleLines {
  label: string;
  headline: string;
  /** The headline line of a hit holding only some of the words. */
  partialHeadline: string;
  /** The lines of a hit in this article alone (read only: every such hit's item holds this list). */
  headlineOnly: string[];
  partialHeadlineOnly: string[];
}

/**
 * "Name (Latin), Name (Latin)": the speakers of the statements a hit overlaps, each once, in the
 * order they first come (unknown keys left out), written straight into one string.
 */
function speakerNames(desk: Desk, statements: readonly Statement[]): string {
  let names = '';
  for (let i = 0; i < statements.length; i++) {
    const key = statements[i]!.speakerKey;
    let seen = false;
    for (let k = 0; k < i && !seen; k++) seen = statements[k]!.speakerKey === key;
    if (seen) continue;
    const speaker = desk.speaker(key);
    if (speaker) names += names ? `, ${speaker.name} (${speaker.latin})` : `${speaker.name} (${speaker.latin})`;
  }
  return names;
}

const shownArticles = new WeakMap<Article, ArticleLines>();

/**
 * Sentences with every word one answer pages through (all are counted and the total said). A
 * hundred is thirteen Discord pages, past what an editor looking for one quote reads (the answer
 * says to narrow with more words or source:…); each item is a highlighted excerpt, and answers of
 * 200 made the desk's searches for common words its slowest command (bench p99 at 10,000
 * articles 4.2 → 2.8 ms).
 */
export const MAX_COMPLETE = 100;
/** Nearest matches shown after them: the closest few, the rest counted. */
export const MAX_PARTIAL = 16;

/** Says how many sentences hold every word typed and how many only some, so a loose match is not taken for the quote. */
function searchSummary(answer: SearchAnswer, shownComplete: number, shownPartial: number): string[] {
  const passages = (n: number) => `${n.toLocaleString('en-US')} passage${n === 1 ? '' : 's'}`;
  const lines: string[] = [];
  const { completeTotal, partialTotal } = answer;
  if (completeTotal > 0) lines.push(`${passages(completeTotal)} with every word${partialTotal > 0 ? `, then ${passages(partialTotal)} with some of them or near spellings` : ''}. Matched words in bold.`);
  else lines.push(`No passage has every word; ${passages(partialTotal)} have some of them or near spellings. Matched words in bold.`);
  if (shownComplete < completeTotal) lines.push(`Showing the best ${shownComplete} with every word; narrow with more words or source:… for the rest.`);
  if (partialTotal > shownPartial) lines.push(`Of those with only some words, the ${shownPartial} closest are shown.`);
  if (answer.notes.length) lines.push(`Read as: ${answer.notes.join('; ')}.`);
  return lines;
}
export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find passages (quotes, sentences) by Arabic or English words')
    .addStringOption((o) => o.setName('query').setDescription('Words to look for, Arabic or English').setRequired(true).setMaxLength(MAX_QUERY_LENGTH))
    .addStringOption((o) => o.setName('source').setDescription('Only this article (id)').setRequired(false)),
  example: '/search query:ثورات ملونة',
  async execute(invocation, { desk }) {
    const query = String(invocation.options.query ?? '').trim();
    if (!query) return errorDoc('Search for what?', ['Usage: /search query:ثورات ملونة — Arabic or English words, a name, or part of a quote.']);
    if (query.length > MAX_QUERY_LENGTH) {
      return errorDoc('That query is too long', [`Keep it under ${MAX_QUERY_LENGTH} characters: a few distinctive words of the quote are enough.`]);
    }
    const { article: only, error } = sourceOption(desk, invocation.options.source);
    if (error) return error;
    return askedAgain(desk, JSON.stringify([query, only ?? '']), () => searchDoc(desk, query, only));
  },
};

/**
 * Replies to a search asked again and again, remembered until the desk changes (with the desk's
 * memory, as /who-said's are). Only a question asked a third time is kept: most searches are asked
 * once, a question asked twice is often chance (two phrases of one sentence), and every reply kept
 * (a couple of hundred items) is one more the collector copies while it is young, in the pauses
 * every search then waits out; a question that keeps coming back is made three times, then read.
 * Its passages are remembered by the desk from the first time (searchPassagesCounted), so making
 * it again is only the hits and items.
 */
function askedAgain(desk: Desk, key: string, reply: () => Doc): Doc {
  const memory = desk.memo('search-replies', () => ({ asked: new Map<string, number>(), replies: new Map<string, Doc>() }));
  const known = memory.replies.get(key);
  if (known) {
    memory.replies.delete(key);
    memory.replies.set(key, known);
    return known;
  }
  const doc = reply();
  const times = (memory.asked.get(key) ?? 0) + 1;
  if (times >= ASKED_BEFORE_KEPT) {
    memory.asked.delete(key);
    if (memory.replies.size >= MAX_REPLIES) memory.replies.delete(memory.replies.keys().next().value!);
    memory.replies.set(key, doc);
  } else if (times > 1) memory.asked.set(key, times);
  else {
    if (memory.asked.size >= MAX_ASKED) memory.asked.delete(memory.asked.keys().next().value!);
    memory.asked.set(key, times);
  }
  return doc;
}

/** Replies kept (the least recently asked goes first), questions remembered as asked but not yet kept (the oldest goes first), and the time a reply is kept. */
const MAX_REPLIES = 100;
const MAX_ASKED = 2000;
const ASKED_BEFORE_KEPT = 3;

function searchDoc(desk: Desk, query: string, only: string | undefined): Doc {
  const answer = desk.searchPassagesCounted(query, { limit: MAX_COMPLETE, partialLimit: MAX_PARTIAL, article: only });
  const hits = answer.hits;
  if (hits.length === 0) {
    return {
      tone: 'warning',
      title: `No passages match "${trimAtWord(query, 60)}"`,
      summary: ['Try fewer or different words, an Arabic spelling, or a speaker: /who-said speaker:…'],
      ephemeral: true,
    };
  }
  const items: DocItem[] = hits.map((hit) => {
    const shown = articleLines(hit.article);
    const speakers = hit.statements.length === 0 ? '' : speakerNames(desk, hit.statements);
    const heading = speakers ? `${shown.label} — ${speakers}` : shown.label;
    // A hit found in one article only has the headline line alone: the article's one list, shared.
    const lines = hit.alsoIn.length
      ? [hit.complete ? shown.headline : shown.partialHeadline, `Same sentence also in ${alsoInLine(hit.alsoIn, hit.alsoInCount)}`]
      : hit.complete
        ? shown.headlineOnly
        : shown.partialHeadlineOnly;
    return { heading, quote: highlightedExcerpt(hit.text, hit.highlights, EXCERPT_MAX), lines };
  });
  let complete = 0;
  for (const hit of hits) if (hit.complete) complete++;
  return {
    tone: 'info',
    title: `Search: ${trimAtWord(query, 80)}`,
    summary: searchSummary(answer, complete, hits.length - complete),
    sections: [{ items }],
    pageSize: CONSOLE_PAGE_ITEMS,
  };
}
