import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { sentenceText } from '../extract/quotes.ts';
import type { Figure, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import type { ArticleEntry } from './desk.ts';

/**
 * An article entry as saved in a snapshot: every string that is a slice of the article's text
 * (paragraphs, sentences, statements' words and sentences, figures' phrases) is left out and cut
 * again on load. The file shrinks several times over, loads faster, and the restored strings share
 * the article's memory instead of each holding a copy.
 */
export interface CompactEntry {
  article: Omit<Article, 'paragraphs' | 'sentences'> & { paragraphs: Array<Omit<Paragraph, 'text'>>; sentences: Array<Omit<Sentence, 'text'>> };
  statements: Array<Omit<Statement, 'text' | 'sentence'>>;
  figures: Array<Omit<Figure, 'text' | 'sentence'>>;
  passageIds: number[];
}

export function compactEntry(entry: ArticleEntry): CompactEntry {
  const { article } = entry;
  return {
    article: {
      ...article,
      paragraphs: article.paragraphs.map(({ text: _text, ...p }) => p),
      sentences: article.sentences.map(({ text: _text, ...s }) => s),
    },
    statements: entry.statements.map(({ text: _text, sentence: _sentence, ...s }) => s),
    figures: entry.figures.map(({ text: _text, sentence: _sentence, ...f }) => f),
    passageIds: entry.passageIds,
  };
}

export function restoreEntry(saved: CompactEntry): ArticleEntry {
  const text = saved.article.text;
  const article: Article = {
    ...saved.article,
    paragraphs: saved.article.paragraphs.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    sentences: saved.article.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
  };
  return {
    article,
    statements: saved.statements.map((s) => ({ ...s, text: text.slice(s.start, s.end), sentence: sentenceText(article, s.start, s.end) })),
    figures: saved.figures.map((f) => ({ ...f, text: text.slice(f.start, f.end), sentence: rangeAt(article.sentences, f.start)?.text ?? text.slice(f.start, f.end) })),
    passageIds: saved.passageIds,
  };
}
