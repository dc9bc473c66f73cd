// PLACEHOLDER until the figures module lands.
import type { Article } from '../corpus/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import type { Figure, Statement } from './types.ts';

export function extractFigures(_article: Article, _statements: Statement[], _topics: LexiconEntry[]): Figure[] {
  return [];
}
