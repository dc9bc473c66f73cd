import type { Article, ArticleMeta, BoilerplateRange, Paragraph, QuotedSpan, Sentence } from '../corpus/types.ts';
import { sentenceText } from '../extract/quotes.ts';
import type { Figure, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import { fromColumns, toColumns, type Columns } from './columns.ts';
import type { ArticleEntry } from './desk.ts';

/**
 * The desk's articles and records as saved in a snapshot. Two things make a restart fast:
 * - every string that is a slice of an article's text (paragraphs, sentences, quoted spans,
 *   statements' words and sentences, figures' phrases) is left out and cut again on load, so the
 *   file is smaller and the restored strings share the article's memory;
 * - records of one kind across all articles are stored as columns (columns.ts), one table each,
 *   with per-article counts to cut them apart again.
 */
export interface EntriesSnapshot {
  articles: Columns;
  metas: Columns;
  paragraphs: Columns;
  sentences: Columns;
  quotedSpans: Columns;
  boilerplate: Columns;
  statements: Columns;
  figures: Columns;
  /** Per article, in order: paragraphs, sentences, quoted spans, boilerplate ranges, statements, figures. */
  counts: Int32Array;
  /** Passage id of every sentence, article after article. */
  passageIds: Int32Array;
}

const PARTS = 6;

export function entriesToSnapshot(entries: readonly ArticleEntry[]): EntriesSnapshot {
  const articles = entries.map((e) => e.article);
  const counts = new Int32Array(entries.length * PARTS);
  entries.forEach((e, i) => {
    const a = e.article;
    counts.set([a.paragraphs.length, a.sentences.length, a.quotedSpans.length, a.boilerplate.length, e.statements.length, e.figures.length], i * PARTS);
  });
  return {
    articles: toColumns(articles, ['meta', 'paragraphs', 'sentences', 'quotedSpans', 'boilerplate']),
    metas: toColumns(articles.map((a) => a.meta)),
    paragraphs: toColumns(articles.flatMap((a) => a.paragraphs), ['text']),
    sentences: toColumns(articles.flatMap((a) => a.sentences), ['text']),
    quotedSpans: toColumns(articles.flatMap((a) => a.quotedSpans), ['text']),
    boilerplate: toColumns(articles.flatMap((a) => a.boilerplate)),
    statements: toColumns(entries.flatMap((e) => e.statements), ['text', 'sentence']),
    figures: toColumns(entries.flatMap((e) => e.figures), ['text', 'sentence']),
    counts,
    passageIds: Int32Array.from(entries.flatMap((e) => e.passageIds)),
  };
}

type Bare<T> = Omit<T, 'text' | 'sentence'>;

export function entriesFromSnapshot(saved: EntriesSnapshot): ArticleEntry[] {
  const heads = fromColumns<Omit<Article, 'meta' | 'paragraphs' | 'sentences' | 'quotedSpans' | 'boilerplate'>>(saved.articles);
  const metas = fromColumns<ArticleMeta>(saved.metas);
  const paragraphs = fromColumns<Omit<Paragraph, 'text'>>(saved.paragraphs);
  const sentences = fromColumns<Omit<Sentence, 'text'>>(saved.sentences);
  const spans = fromColumns<Omit<QuotedSpan, 'text'>>(saved.quotedSpans);
  const boilerplate = fromColumns<BoilerplateRange>(saved.boilerplate);
  const statements = fromColumns<Bare<Statement>>(saved.statements);
  const figures = fromColumns<Bare<Figure>>(saved.figures);
  const at = new Array<number>(PARTS).fill(0);
  let passage = 0;
  const take = <T>(list: T[], part: number, i: number): T[] => {
    const n = saved.counts[i * PARTS + part]!;
    const out = list.slice(at[part], at[part]! + n);
    at[part]! += n;
    return out;
  };
  return heads.map((head, i) => {
    const text = head.text;
    const article = head as Article;
    article.meta = metas[i]!;
    article.paragraphs = take(paragraphs, 0, i) as Paragraph[];
    for (const p of article.paragraphs) p.text = text.slice(p.start, p.end);
    article.sentences = take(sentences, 1, i) as Sentence[];
    for (const s of article.sentences) s.text = text.slice(s.start, s.end);
    article.quotedSpans = take(spans, 2, i) as QuotedSpan[];
    for (const q of article.quotedSpans) q.text = text.slice(q.start, q.end);
    article.boilerplate = take(boilerplate, 3, i);
    const restoredStatements = take(statements, 4, i) as Statement[];
    for (const s of restoredStatements) {
      s.text = text.slice(s.start, s.end);
      s.sentence = sentenceText(article, s.start, s.end);
    }
    const restoredFigures = take(figures, 5, i) as Figure[];
    for (const f of restoredFigures) {
      f.text = text.slice(f.start, f.end);
      f.sentence = rangeAt(article.sentences, f.start)?.text ?? f.text;
    }
    const passageIds = Array.from(saved.passageIds.subarray(passage, passage + article.sentences.length));
    passage += article.sentences.length;
    return { article, statements: restoredStatements, figures: restoredFigures, passageIds };
  });
}
