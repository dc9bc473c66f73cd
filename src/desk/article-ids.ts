import { basename, extname } from 'node:path';
import type { Article } from '../corpus/types.ts';

export type ArticleLookup = { article: Article } | { article?: undefined; suggestions: Article[] };

/**
 * Resolves what an editor types for an article: `3`, `003`, `003_5e0c2a9b41d7f803.txt`, the base
 * name, or an id with a different number of leading zeros. Unknown → the nearest ids.
 */
export function resolveArticleId(input: string, articles: Article[]): ArticleLookup {
  const wanted = input.trim().replace(/^id:/i, '');
  if (!wanted) return { suggestions: articles.slice(0, 5) };
  const lower = wanted.toLowerCase();
  const exact = articles.find(
    (a) => a.id === wanted || a.file.toLowerCase() === lower || basename(a.file, extname(a.file)).toLowerCase() === lower,
  );
  if (exact) return { article: exact };
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted);
    const byNumber = articles.filter((a) => /^\d+$/.test(a.id) && Number(a.id) === n);
    if (byNumber.length === 1) return { article: byNumber[0]! };
  }
  // File-name prefix typed without the hash (e.g. "003_17f1").
  const prefixed = articles.filter((a) => a.file.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return { article: prefixed[0]! };
  return { suggestions: nearestArticles(wanted, articles, 5) };
}

function nearestArticles(wanted: string, articles: Article[], limit: number): Article[] {
  const n = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  const scored = articles.map((a) => {
    const numeric = /^\d+/.exec(a.id);
    const distance =
      !Number.isNaN(n) && numeric ? Math.abs(Number(numeric[0]) - n) : editDistance(wanted.toLowerCase(), a.id.toLowerCase());
    return { a, distance };
  });
  return scored
    .sort((x, y) => x.distance - y.distance || x.a.id.localeCompare(y.a.id))
    .slice(0, limit)
    .map((s) => s.a);
}

/** Levenshtein distance; ids and names are short, so the quadratic table is fine. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
