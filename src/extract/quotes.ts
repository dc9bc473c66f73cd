// PLACEHOLDER until the quote attribution engine lands.
import type { Article } from '../corpus/types.ts';
import type { Statement } from './types.ts';
import type { SpeakerDirectory } from './speakers.ts';

export function extractStatements(_article: Article, _speakers: SpeakerDirectory): Statement[] {
  return [];
}
