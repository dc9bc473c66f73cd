import type { Article } from '../corpus/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import type { AttributionCues } from './cues.ts';
import { extractFigures } from './figures.ts';
import { extractStatements } from './quotes.ts';
import { sentenceWords, topicModel, topicsIn, type SentenceWords, type TopicModel } from './topics.ts';
import { tokenize } from '../arabic/tokenize.ts';
import type { SpeakerDirectory } from './speakers.ts';
import type { Figure, Statement } from './types.ts';

export interface ExtractEnv {
  speakers: SpeakerDirectory;
  topics: LexiconEntry[];
  /** Attribution words (data/lexicon/attribution.json); the project's own when absent. */
  cues?: AttributionCues;
}

export interface ArticleRecords {
  statements: Statement[];
  figures: Figure[];
}

/** Everything the desk keeps about one article besides its text: who said what, and the numbers. */
export function extractRecords(article: Article, env: ExtractEnv): ArticleRecords {
  const statements = extractStatements(article, env.speakers, env.cues);
  labelStatementTopics(article, statements, topicModel(env.topics));
  const figures = extractFigures(article, statements, env.topics);
  return { statements, figures };
}

/** Each statement's topics: those its sentence(s) speak of, read once per sentence. */
function labelStatementTopics(article: Article, statements: Statement[], model: TopicModel): void {
  const bySentence = new Map<number, readonly string[]>();
  for (const statement of statements) {
    const topics = new Set<string>();
    for (const sentence of article.sentences) {
      if (sentence.end <= statement.start || sentence.start >= statement.end) continue;
      let found = bySentence.get(sentence.index);
      if (!found) bySentence.set(sentence.index, (found = sentenceTopics(model, sentenceWords(tokenize(sentence.text)))));
      for (const id of found) topics.add(id);
    }
    statement.topics = [...topics];
  }
}

/**
 * Topics per sentence and topic model. A sentence's words are shared by every article that repeats
 * it while its tokens are remembered (tokenize), so a repeated sentence is read once.
 */
const topicsBySentence = new WeakMap<TopicModel, WeakMap<SentenceWords, readonly string[]>>();

function sentenceTopics(model: TopicModel, words: SentenceWords): readonly string[] {
  let known = topicsBySentence.get(model);
  if (!known) topicsBySentence.set(model, (known = new WeakMap()));
  let topics = known.get(words);
  if (!topics) known.set(words, (topics = topicsIn(model, words)));
  return topics;
}
