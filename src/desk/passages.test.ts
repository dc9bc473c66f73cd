import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { compareNewestFirst } from './desk.ts';
import { PassageIndex, type PassageLocation } from './passages.ts';
import { matchHighlights } from './highlight.ts';

const WIRE = 'وقالت وزارة الصحة إن عدد المصابين ارتفع إلى 120 شخصاً.';
const OWN = ['وأضاف المراسل أن الطرق مغلقة.', 'وتواصل فرق الإنقاذ عملها منذ الصباح.', 'ولم تصدر السلطات أي بيان آخر.'];
const KEEP = 4;

function article(n: number, published: string | null, repeats = 1): Article {
  // A repeat stands in the same paragraph after another sentence (an identical paragraph would be dropped as a duplicate).
  const body = [OWN[n % OWN.length]!, repeats > 1 ? `${WIRE} ${OWN[(n + 1) % OWN.length]} ${WIRE}` : WIRE].join('\n\n');
  const parsed = parseArticle(`${String(n).padStart(3, '0')}.txt`, `/desk/${n}.txt`, `عنوان الخبر ${n}\n\n${body}\n`, undefined, 1000 + n);
  return { ...parsed, meta: { ...parsed.meta, published } };
}

/** What a walk of every location gives: each article once at its last place, the KEEP newest, and how many. */
function expected(locations: readonly PassageLocation[]): { newest: string[]; count: number } {
  const last = new Map<string, PassageLocation>();
  for (const l of locations) last.set(l.article.id, l);
  const sorted = [...last.values()].sort((a, b) => compareNewestFirst(a.article, b.article));
  return { newest: sorted.slice(0, KEEP).map((l) => `${l.article.id}@${l.start}`), count: last.size };
}

function wireMatch(index: PassageIndex) {
  const match = index.search([[['المصابين']], [['ارتفع']]], 5).find((m) => m.text.includes('120'));
  if (!match) throw new Error('the wire sentence is not found');
  return { newest: match.newest.map((l) => `${l.article.id}@${l.start}`), count: match.articleCount, locations: match.locations };
}

describe('PassageIndex newest places', () => {
  const dates = ['2024-03-02', null, '2024-03-05', '2024-03-01', '2024-03-05', null, '2024-02-28', '2024-03-04', '2024-03-03', '2024-03-05'];
  const articles = dates.map((d, n) => article(n + 1, d, n % 3 === 0 ? 2 : 1));

  it('keeps the newest articles holding a sentence, each at its last place, as articles arrive in any order', () => {
    const index = new PassageIndex(undefined, { compare: compareNewestFirst, keep: KEEP });
    for (const a of [...articles].reverse()) index.add(a);
    const got = wireMatch(index);
    expect(got.count).toBe(articles.length);
    expect({ newest: got.newest, count: got.count }).toEqual(expected(got.locations));
    // The sentence stands twice in some articles: the later place is named.
    const twice = articles[0]!;
    const starts = twice.sentences.filter((s) => s.text === WIRE).map((s) => s.start);
    expect(starts.length).toBe(2);
  });

  it('works the newest out again when an article holding the sentence leaves', () => {
    const index = new PassageIndex(undefined, { compare: compareNewestFirst, keep: KEEP });
    const ids = articles.map((a) => index.add(a));
    const before = wireMatch(index).newest;
    // Remove the newest two; the next ones move up.
    for (const gone of [2, 4]) index.remove(articles[gone]!.id, ids[gone]!);
    const got = wireMatch(index);
    expect(got.count).toBe(articles.length - 2);
    expect({ newest: got.newest, count: got.count }).toEqual(expected(got.locations));
    expect(got.newest).not.toEqual(before);
  });

  it('restores the same newest places from a snapshot', () => {
    const index = new PassageIndex(undefined, { compare: compareNewestFirst, keep: KEEP });
    const ids = articles.map((a) => index.add(a));
    const restored = new PassageIndex(index.toJSON(), { compare: compareNewestFirst, keep: KEEP });
    articles.forEach((a, i) => restored.attach(a, ids[i]!));
    expect(wireMatch(restored).newest).toEqual(wireMatch(index).newest);
  });
});

describe('PassageIndex number phrases', () => {
  it('reads a sentence’s numbers as it indexes it, and highlights them without reading them again', () => {
    const text = 'وأعلنت الوزارة توقيف ثمانية آلاف شخص و120 آخرين.';
    const parsed = parseArticle('050.txt', '/desk/50.txt', `عنوان الخبر\n\n${text}\n`);
    const index = new PassageIndex(undefined, { compare: compareNewestFirst, keep: KEEP });
    const [id] = index.add(parsed);
    const numbers = index.placesOf(id!)?.numbers ?? [];
    const spelt = numbers.find((n) => n.term === '#8000');
    expect(spelt && text.slice(spelt.start, spelt.end)).toBe('ثمانية آلاف');
    expect(numbers.some((n) => n.term === '#120')).toBe(true);
    // The stored phrases give the same bold ranges as reading the sentence afresh.
    expect(matchHighlights(text, ['#8000'], numbers)).toEqual(matchHighlights(text, ['#8000']));
    expect(matchHighlights(text, ['#8000'], numbers).map(([s, e]) => text.slice(s, e))).toEqual(['ثمانية آلاف']);
  });

  it('has none for a sentence without numbers', () => {
    const parsed = parseArticle('051.txt', '/desk/51.txt', `عنوان الخبر\n\nوتواصل فرق الإنقاذ عملها منذ الصباح.\n`);
    const index = new PassageIndex(undefined, { compare: compareNewestFirst, keep: KEEP });
    const [id] = index.add(parsed);
    expect(index.placesOf(id!)?.numbers).toEqual([]);
  });
});
