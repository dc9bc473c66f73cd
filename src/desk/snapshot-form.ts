import type { Article, ArticleMeta, BoilerplateRange, Paragraph, ParagraphRole, QuotedSpan, Sentence } from '../corpus/types.ts';
import { sentenceText } from '../extract/quotes.ts';
import type { Figure, Statement } from '../extract/types.ts';
import { rangeAt } from '../text/ranges.ts';
import { columnReader, fromColumns, intern, toColumns, type Columns } from './columns.ts';
import type { ArticleEntry } from './desk.ts';

/**
 * The desk's articles and records as saved in a snapshot. Two things make a restart fast:
 * - every string that is a slice of an article's text (paragraphs, sentences, quoted spans,
 *   statements' words and sentences, figures' phrases) is left out and cut again on load, so the
 *   file is smaller and the restored strings share the article's memory;
 * - records of one kind across all articles are stored together with per-article counts to cut
 *   them apart again: ranges (paragraphs, sentences, quoted spans, boilerplate) as rows of one
 *   Int32Array, statements and figures as columns (columns.ts). The v8 serialiser copies typed
 *   arrays in one go where it decodes objects property by property.
 */
export interface EntriesSnapshot {
  articles: Columns;
  /**
   * Every article's text, one after another: one large string is allocated once where ten thousand
   * medium ones are copied by the young-generation collector; the articles' texts are slices of it.
   */
  texts: string;
  /** Where each article's text ends in `texts`. */
  textEnds: Int32Array;
  metas: Columns;
  /** [index, start, end, role] per paragraph (role: index into PARAGRAPH_ROLES). */
  paragraphs: Int32Array;
  /** [index, paragraph, start, end] per sentence. */
  sentences: Int32Array;
  /** [start, end, sentence, open mark, close mark] per quoted span (marks: index into `marks`). */
  quotedSpans: Int32Array;
  marks: string[];
  /** [start, end, reason] per boilerplate range (reason: index into `reasons`). */
  boilerplate: Int32Array;
  reasons: string[];
  statements: Columns;
  figures: Columns;
  /** Per article, in order: paragraphs, sentences, quoted spans, boilerplate ranges, statements, figures. */
  counts: Int32Array;
  /** Passage id of every sentence, article after article. */
  passageIds: Int32Array;
}

const PARTS = 6;
const PARAGRAPH_ROLES: ParagraphRole[] = ['headline', 'body'];

export function entriesToSnapshot(entries: readonly ArticleEntry[]): EntriesSnapshot {
  const articles = entries.map((e) => e.article);
  const spans = articles.flatMap((a) => a.quotedSpans);
  const marks = intern(spans.flatMap((q) => [q.open, q.close]), (mark) => mark);
  const ranges = articles.flatMap((a) => a.boilerplate);
  const reasons = intern(ranges.map((b) => b.reason), (reason) => reason);
  if (articles.some((a) => a.paragraphs.some((p) => !PARAGRAPH_ROLES.includes(p.role)))) throw new Error('snapshot: unknown paragraph role');
  const textEnds = new Int32Array(articles.length);
  let textEnd = 0;
  articles.forEach((a, i) => (textEnds[i] = textEnd += a.text.length));
  const counts = new Int32Array(entries.length * PARTS);
  entries.forEach((e, i) => {
    const a = e.article;
    counts.set([a.paragraphs.length, a.sentences.length, a.quotedSpans.length, a.boilerplate.length, e.statements.length, e.figures.length], i * PARTS);
  });
  return {
    articles: toColumns(articles, ['text', 'meta', 'paragraphs', 'sentences', 'quotedSpans', 'boilerplate']),
    texts: articles.map((a) => a.text).join(''),
    textEnds,
    metas: toColumns(articles.map((a) => a.meta)),
    paragraphs: Int32Array.from(articles.flatMap((a) => a.paragraphs.flatMap((p) => [p.index, p.start, p.end, PARAGRAPH_ROLES.indexOf(p.role)]))),
    sentences: Int32Array.from(articles.flatMap((a) => a.sentences.flatMap((s) => [s.index, s.paragraph, s.start, s.end]))),
    quotedSpans: Int32Array.from(spans.flatMap((q, i) => [q.start, q.end, q.sentence, marks.ids[2 * i]!, marks.ids[2 * i + 1]!])),
    marks: marks.table,
    boilerplate: Int32Array.from(ranges.flatMap((b, i) => [b.start, b.end, reasons.ids[i]!])),
    reasons: reasons.table,
    statements: toColumns(entries.flatMap((e) => e.statements), ['text', 'sentence']),
    figures: toColumns(entries.flatMap((e) => e.figures), ['text', 'sentence']),
    counts,
    passageIds: Int32Array.from(entries.flatMap((e) => e.passageIds)),
  };
}

type Bare<T> = Omit<T, 'text' | 'sentence'>;

/** A restored article's paragraphs, quoted spans and boilerplate: rows in the snapshot until read. */
type LazyKey = 'paragraphs' | 'quotedSpans' | 'boilerplate';

interface PendingRanges extends Partial<Pick<Article, LazyKey>> {
  /** Only these tables stay referenced, not the whole snapshot. */
  saved: RangeTables;
  p0: number;
  pn: number;
  q0: number;
  qn: number;
  b0: number;
  bn: number;
}

type RangeTables = Pick<EntriesSnapshot, 'paragraphs' | 'quotedSpans' | 'marks' | 'boilerplate' | 'reasons'>;

const lazyRanges = new WeakMap<object, PendingRanges>();

function pendingOf(article: Article): PendingRanges {
  return lazyRanges.get(article)!;
}

function paragraphsOf(article: Article, p: PendingRanges): Paragraph[] {
  const P = p.saved.paragraphs;
  const out = new Array<Paragraph>(p.pn);
  for (let k = 0, r = p.p0 * 4; k < p.pn; k++, r += 4) {
    out[k] = { index: P[r]!, role: PARAGRAPH_ROLES[P[r + 3]!]!, start: P[r + 1]!, end: P[r + 2]!, text: article.text.slice(P[r + 1]!, P[r + 2]!) };
  }
  return out;
}

function quotedSpansOf(article: Article, p: PendingRanges): QuotedSpan[] {
  const { quotedSpans: Q, marks } = p.saved;
  const out = new Array<QuotedSpan>(p.qn);
  for (let k = 0, r = p.q0 * 5; k < p.qn; k++, r += 5) {
    out[k] = { start: Q[r]!, end: Q[r + 1]!, open: marks[Q[r + 3]!]!, close: marks[Q[r + 4]!]!, text: article.text.slice(Q[r]!, Q[r + 1]!), sentence: Q[r + 2]! };
  }
  return out;
}

function boilerplateOf(p: PendingRanges): BoilerplateRange[] {
  const { boilerplate: B, reasons } = p.saved;
  const out = new Array<BoilerplateRange>(p.bn);
  for (let k = 0, r = p.b0 * 3; k < p.bn; k++, r += 3) out[k] = { start: B[r]!, end: B[r + 1]!, reason: reasons[B[r + 2]!]! };
  return out;
}

/**
 * Own, enumerable accessors (JSON, spreads and deep equality see them like data), shared by every
 * restored article: each keeps what it made, or what is assigned to it.
 */
const LAZY_RANGES: PropertyDescriptorMap = {
  paragraphs: lazyRange('paragraphs', paragraphsOf),
  quotedSpans: lazyRange('quotedSpans', quotedSpansOf),
  boilerplate: lazyRange('boilerplate', (_, p) => boilerplateOf(p)),
};

function lazyRange<K extends LazyKey>(key: K, make: (article: Article, p: PendingRanges) => Article[K]): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: Article) {
      const p = pendingOf(this);
      // What it made is kept under the same name as the article's field (PendingRanges extends that).
      const made = p as unknown as Partial<Record<K, Article[K]>>;
      return (made[key] ??= make(this, p));
    },
    set(this: Article, value: Article[K]) {
      (pendingOf(this) as unknown as Partial<Record<K, Article[K]>>)[key] = value;
    },
  };
}

/**
 * A restored entry's figures: rows of the snapshot's figure columns until first read. A restart
 * needs only their topics (the desk's topic counts); the figures themselves, the largest records
 * of a desk, are made when a query or a change asks for them.
 */
interface PendingFigures {
  saved: Columns;
  first: number;
  count: number;
  made?: Figure[];
  /** Whether one of them is withdrawn, read off the columns (see hasWithdrawnFigure). */
  withdrawn?: boolean;
}

const lazyFigures = new WeakMap<object, PendingFigures>();

function figuresOf(entry: ArticleEntry, p: PendingFigures): Figure[] {
  const article = entry.article;
  const figures = fromColumns<Bare<Figure>>(p.saved, p.first, p.first + p.count) as Figure[];
  for (const f of figures) {
    f.text = article.text.slice(f.start, f.end);
    f.sentence = rangeAt(article.sentences, f.start)?.text ?? f.text;
  }
  return figures;
}

/** Own and enumerable, like the article's lazy ranges: spreads, JSON and deep equality see data. */
const LAZY_FIGURES: PropertyDescriptorMap = {
  figures: {
    enumerable: true,
    configurable: true,
    get(this: ArticleEntry) {
      const p = lazyFigures.get(this)!;
      return (p.made ??= figuresOf(this, p));
    },
    set(this: ArticleEntry, value: Figure[]) {
      lazyFigures.get(this)!.made = value;
    },
  },
};

/** The topics of an entry's figures, in order, without making the figures of a restored entry. */
export function figureTopicsOf(entry: ArticleEntry): Array<string | null> {
  const p = lazyFigures.get(entry);
  if (!p || p.made) return entry.figures.map((f) => f.topic);
  const topicAt = columnReader(p.saved, 'topic');
  const out = new Array<string | null>(p.count);
  for (let k = 0; k < p.count; k++) out[k] = (topicAt(p.first + k) as string | null | undefined) ?? null;
  return out;
}

/**
 * Whether one of an entry's figures is withdrawn, without making the figures of a restored entry:
 * every /who-said statement asks, and few articles have one (their figures are made when one does).
 */
export function hasWithdrawnFigure(entry: ArticleEntry): boolean {
  const p = lazyFigures.get(entry);
  if (!p || p.made) return entry.figures.some((f) => f.withdrawn);
  if (p.withdrawn === undefined) {
    const withdrawnAt = columnReader(p.saved, 'withdrawn');
    p.withdrawn = false;
    for (let k = 0; k < p.count && !p.withdrawn; k++) p.withdrawn = withdrawnAt(p.first + k) === true;
  }
  return p.withdrawn;
}

export function entriesFromSnapshot(saved: EntriesSnapshot): ArticleEntry[] {
  const heads = fromColumns<Omit<Article, 'text' | 'meta' | 'paragraphs' | 'sentences' | 'quotedSpans' | 'boilerplate'>>(saved.articles);
  const metas = fromColumns<ArticleMeta>(saved.metas);
  const statements = fromColumns<Bare<Statement>>(saved.statements);
  const at = new Array<number>(PARTS).fill(0);
  let passage = 0;
  const take = <T>(list: T[], part: number, i: number): T[] => {
    const n = saved.counts[i * PARTS + part]!;
    const out = list.slice(at[part], at[part]! + n);
    at[part]! += n;
    return out;
  };
  /** Where this article's rows of a typed table start, and how many there are. */
  const rows = (part: number, i: number): [number, number] => {
    const n = saved.counts[i * PARTS + part]!;
    const first = at[part]!;
    at[part] = first + n;
    return [first, n];
  };
  const S = saved.sentences;
  const tables: RangeTables = { paragraphs: saved.paragraphs, quotedSpans: saved.quotedSpans, marks: saved.marks, boilerplate: saved.boilerplate, reasons: saved.reasons };
  return heads.map((head, i) => {
    const text = saved.texts.slice(i > 0 ? saved.textEnds[i - 1] : 0, saved.textEnds[i]);
    const article = head as Article;
    article.text = text;
    article.meta = metas[i]!;
    const [p0, pn] = rows(0, i);
    const [q0, qn] = rows(2, i);
    const [b0, bn] = rows(3, i);
    // Made when first read: only /source and a re-extraction ask for them.
    lazyRanges.set(article, { saved: tables, p0, pn, q0, qn, b0, bn });
    Object.defineProperties(article, LAZY_RANGES);
    const [s0, sn] = rows(1, i);
    article.sentences = new Array<Sentence>(sn);
    for (let k = 0, r = s0 * 4; k < sn; k++, r += 4) {
      article.sentences[k] = { index: S[r]!, paragraph: S[r + 1]!, start: S[r + 2]!, end: S[r + 3]!, text: text.slice(S[r + 2]!, S[r + 3]!) };
    }
    const restoredStatements = take(statements, 4, i) as Statement[];
    for (const s of restoredStatements) {
      s.text = text.slice(s.start, s.end);
      s.sentence = sentenceText(article, s.start, s.end);
    }
    const [first, count] = rows(5, i);
    const passageIds = Array.from(saved.passageIds.subarray(passage, passage + article.sentences.length));
    passage += article.sentences.length;
    // `figures` is declared in its usual place, then made an accessor (which keeps the place).
    const entry: ArticleEntry = { article, statements: restoredStatements, figures: [], passageIds };
    lazyFigures.set(entry, { saved: saved.figures, first, count });
    return Object.defineProperties(entry, LAZY_FIGURES);
  });
}
