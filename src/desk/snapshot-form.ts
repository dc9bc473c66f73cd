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
  // Written out field by field: object spread over hundreds of thousands of records is slow.
  const article: Article = {
    id: saved.article.id,
    file: saved.article.file,
    path: saved.article.path,
    text,
    meta: saved.article.meta,
    paragraphs: saved.article.paragraphs.map((p) => ({ index: p.index, role: p.role, start: p.start, end: p.end, text: text.slice(p.start, p.end) })),
    sentences: saved.article.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    quotedSpans: saved.article.quotedSpans,
    boilerplate: saved.article.boilerplate,
    bytes: saved.article.bytes,
    mtimeMs: saved.article.mtimeMs,
  };
  for (const s of saved.statements as Statement[]) {
    s.text = text.slice(s.start, s.end);
    s.sentence = sentenceText(article, s.start, s.end);
  }
  for (const f of saved.figures as Figure[]) {
    f.text = text.slice(f.start, f.end);
    f.sentence = rangeAt(article.sentences, f.start)?.text ?? f.text;
  }
  return { article, statements: saved.statements as Statement[], figures: saved.figures as Figure[], passageIds: saved.passageIds };
}
