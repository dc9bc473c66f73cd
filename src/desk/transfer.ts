import type { Article } from '../corpus/types.ts';
import type { ArticleRecords } from '../extract/index.ts';

/**
 * What a load worker posts is copied (structured clone), and most of an article's strings are
 * pieces of its text: every paragraph's, sentence's and quoted span's `text`, every statement's
 * and figure's `text` and `sentence`. Copied, they would make the message several times the
 * article and the main thread would pay to read them back; so each one that is exactly such a
 * piece travels as `true` (a `sentence` as the index of the article sentence it equals: values
 * no string field can hold) and is cut from the text again on arrival. Only exact equality is
 * elided, so whatever else a record carries (or comes to carry) still travels as it is, and keys
 * keep their order.
 */

/** A range with its text, as article parts and records have. */
interface Piece {
  start: number;
  end: number;
  text: string | true;
}

function packPieces(text: string, pieces: readonly Piece[]): void {
  for (const p of pieces) if (typeof p.text === 'string' && p.text === text.slice(p.start, p.end)) p.text = true;
}

function unpackPieces(text: string, pieces: readonly Piece[]): void {
  for (const p of pieces) if (p.text === true) p.text = text.slice(p.start, p.end);
}

/** Records whose `sentence` may be an article sentence's text. */
type WithSentence = { sentence: string | number };

function packSentences(article: Article, records: readonly WithSentence[]): void {
  let byText: Map<string, number> | undefined;
  for (const r of records) {
    if (typeof r.sentence !== 'string') continue;
    if (!byText) {
      byText = new Map();
      for (let i = article.sentences.length - 1; i >= 0; i--) byText.set(article.sentences[i]!.text, i);
    }
    const at = byText.get(r.sentence);
    if (at !== undefined) r.sentence = at;
  }
}

function unpackSentences(article: Article, records: readonly WithSentence[]): void {
  for (const r of records) if (typeof r.sentence === 'number') r.sentence = article.sentences[r.sentence]!.text;
}

/** Shrinks a worker's article and records in place for posting (they are not used after). */
export function packForTransfer(article: Article, records: ArticleRecords | undefined): void {
  // Records first: their sentences are found by the sentences' own text.
  if (records) {
    packSentences(article, records.statements as unknown as WithSentence[]);
    packSentences(article, records.figures as unknown as WithSentence[]);
    packPieces(article.text, records.statements as unknown as Piece[]);
    packPieces(article.text, records.figures as unknown as Piece[]);
  }
  for (const list of [article.paragraphs, article.sentences, article.quotedSpans]) packPieces(article.text, list as unknown as Piece[]);
}

/** Undoes packForTransfer on the receiving side. */
export function unpackFromTransfer(article: Article, records: ArticleRecords | undefined): void {
  for (const list of [article.paragraphs, article.sentences, article.quotedSpans]) unpackPieces(article.text, list as unknown as Piece[]);
  if (records) {
    unpackPieces(article.text, records.statements as unknown as Piece[]);
    unpackPieces(article.text, records.figures as unknown as Piece[]);
    unpackSentences(article, records.statements as unknown as WithSentence[]);
    unpackSentences(article, records.figures as unknown as WithSentence[]);
  }
}
