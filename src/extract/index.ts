import type { Article } from '../corpus/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import type { AttributionCues } from './cues.ts';
import { extractFigures } from './figures.ts';
import { extractStatements } from './quotes.ts';
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
  const figures = extractFigures(article, statements, env.topics);
  return { statements, figures };
}
