import { basename, extname } from 'node:path';
import { editDistance } from '../arabic/transliterate.ts';
import type { Article } from '../corpus/types.ts';

const idCollator = new Intl.Collator('en', { numeric: true });

/** Article ids in reading order: numbers by value (9 before 10), the rest alphabetically. */
export function compareArticleIds(a: string, b: string): number {
  // Most ids are zero-padded numbers of one width: plain comparison orders them, far faster.
  if (a.length === b.length && DIGITS.test(a) && DIGITS.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return idCollator.compare(a, b);
}

const DIGITS = /^\d+$/;

export type ArticleLookup = { article: Article } | { article?: undefined; suggestions: Article[] };

/** Up to this many articles, unknown text ids are compared to every id by edit distance. */
const NEAREST_SCAN_LIMIT = 2000;

/**
 * Resolves what an editor types for an article: `3`, `003`, `003_5e0c2a9b41d7f803.txt`, the base
 * name, or an id with a different number of leading zeros; unknown → the nearest ids. Built once
 * per desk state (articles in id order), so a lookup is a map access, not a scan of the archive.
 */
export class ArticleIds {
  /** id, file name and base name (lower case) → article. */
  private readonly byName = new Map<string, Article>();
  /** Numeric ids by value (3 → "003"; two articles may share a number: "3" and "003"). */
  private readonly byNumber = new Map<number, Article[]>();
  /** Numeric ids sorted by value, for "nearest ids" answers. */
  private readonly numeric: Array<{ n: number; article: Article }> = [];
  /** Lower-case file names in id order (autocomplete and file-prefix lookups). */
  private readonly files: string[];

  private readonly articles: Article[];

  /** `articles` in id order. */
  constructor(articles: Article[]) {
    this.articles = [...articles];
    this.files = articles.map((a) => a.file.toLowerCase());
    for (const a of articles) this.indexNames(a);
    // Ids win over file names that happen to spell another article's id.
    for (const a of articles) this.byName.set(a.id, a);
    this.numeric.sort(compareNumeric);
  }

  /** Takes in one new article (ids already present are the caller's to remove first, by rebuilding). */
  add(article: Article): void {
    const at = insertionPoint(this.articles, (a) => compareArticleIds(a.id, article.id) > 0);
    this.articles.splice(at, 0, article);
    this.files.splice(at, 0, article.file.toLowerCase());
    const numericBefore = this.numeric.length;
    this.indexNames(article);
    this.byName.set(article.id, article);
    if (this.numeric.length > numericBefore) {
      const entry = this.numeric.pop()!;
      this.numeric.splice(insertionPoint(this.numeric, (x) => compareNumeric(x, entry) > 0), 0, entry);
    }
  }

  private indexNames(a: Article): void {
    const file = a.file.toLowerCase();
    for (const key of [file, basename(file, extname(file))]) if (!this.byName.has(key)) this.byName.set(key, a);
    if (/^\d+$/.test(a.id)) {
      const n = Number(a.id);
      this.byNumber.set(n, [...(this.byNumber.get(n) ?? []), a]);
      this.numeric.push({ n, article: a });
    }
  }

  resolve(input: string): ArticleLookup {
    const wanted = input.trim().replace(/^id:/i, '');
    if (!wanted) return { suggestions: this.articles.slice(0, 5) };
    const lower = wanted.toLowerCase();
    const exact = this.byName.get(wanted) ?? this.byName.get(lower);
    if (exact) return { article: exact };
    if (/^\d+$/.test(wanted)) {
      const byNumber = this.byNumber.get(Number(wanted)) ?? [];
      if (byNumber.length === 1) return { article: byNumber[0]! };
    }
    // File-name prefix typed without the hash (e.g. "003_17f1").
    const prefixed = this.matching((file) => file.startsWith(lower), 2);
    if (prefixed.length === 1) return { article: prefixed[0]! };
    return { suggestions: this.nearest(wanted, 5) };
  }

  /** Up to `limit` articles in id order whose lower-case file name passes `test`. */
  matching(test: (file: string, article: Article) => boolean, limit: number): Article[] {
    const out: Article[] = [];
    for (let i = 0; i < this.articles.length && out.length < limit; i++) if (test(this.files[i]!, this.articles[i]!)) out.push(this.articles[i]!);
    return out;
  }

  private nearest(wanted: string, limit: number): Article[] {
    if (/^\d+$/.test(wanted) && this.numeric.length) {
      const n = Number(wanted);
      // Binary search for the first id ≥ n, then widen both ways.
      let lo = 0;
      let hi = this.numeric.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.numeric[mid]!.n < n) lo = mid + 1;
        else hi = mid;
      }
      const out: Article[] = [];
      let left = lo - 1;
      let right = lo;
      while (out.length < limit && (left >= 0 || right < this.numeric.length)) {
        const takeRight = right < this.numeric.length && (left < 0 || this.numeric[right]!.n - n < n - this.numeric[left]!.n);
        out.push(this.numeric[takeRight ? right++ : left--]!.article);
      }
      return out.sort((a, b) => Math.abs(Number(a.id) - n) - Math.abs(Number(b.id) - n) || a.id.localeCompare(b.id));
    }
    const lower = wanted.toLowerCase();
    if (this.articles.length > NEAREST_SCAN_LIMIT) {
      // A large archive: the articles whose file names share the longest prefix with what was typed.
      for (let length = lower.length; length > 0; length--) {
        const prefix = lower.slice(0, length);
        const found = this.matching((file) => file.startsWith(prefix), limit);
        if (found.length) return found;
      }
      return this.articles.slice(-limit);
    }
    return this.articles
      .map((a) => ({ a, distance: editDistance(lower, a.id.toLowerCase()) }))
      .sort((x, y) => x.distance - y.distance || x.a.id.localeCompare(y.a.id))
      .slice(0, limit)
      .map((s) => s.a);
  }
}

const compareNumeric = (x: { n: number; article: Article }, y: { n: number; article: Article }) => x.n - y.n || compareArticleIds(x.article.id, y.article.id);

/** First index of a sorted list whose item comes after the one being placed (`after` is monotonic). */
export function insertionPoint<T>(list: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One-off lookup (a desk keeps an ArticleIds per state instead). */
export function resolveArticleId(input: string, articles: Article[]): ArticleLookup {
  return new ArticleIds(articles).resolve(input);
}
