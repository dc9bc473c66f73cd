import { describe, expect, it } from 'vitest';
import { serialize, deserialize } from 'node:v8';
import { TermIndex } from './term-index.ts';

const sentences = [
  'وقال الرئيس قاسم جومارت توكاييف إن قوات حفظ السلام ستغادر البلاد قريباً.',
  'أعلنت وزارة الداخلية توقيف 7939 شخصاً خلال الاحتجاجات.',
  'وأكد بوتين أن روسيا لن تسمح بثورات ملونة في المنطقة.',
  'وقالت الوزارة إن الهدوء عاد إلى شوارع ألماتي.',
  'قوات الأمن انتشرت في شوارع العاصمة.',
];

function indexOf(texts: string[]): TermIndex {
  const index = new TermIndex();
  texts.forEach((text, i) => index.add(i + 1, text));
  return index;
}

const docs = (hits: Array<{ doc: number }>) => hits.map((h) => h.doc);
/** Groups whose alternatives are single words. */
const oneWord = (groups: string[][]) => groups.map((group) => group.map((word) => [word]));

describe('TermIndex', () => {
  it('keeps only documents with every word, in any clitic reading or stem', () => {
    const index = indexOf(sentences);
    expect(docs(index.searchAll(oneWord([['قوات'], ['شوارع']]), 10))).toEqual([5]);
    // بثورات is found from ثورات, وقال from قال (first) وقالت through its stem, the name from a clitic-bearing form.
    expect(docs(index.searchAll(oneWord([['ثورات'], ['ملونه']]), 10))).toEqual([3]);
    expect(docs(index.searchAll(oneWord([['قال']]), 10)).sort()).toEqual([1, 4]);
    expect(docs(index.searchAll(oneWord([['وبوتين']]), 10))).toEqual([3]);
    // A group is a set of alternatives: any one of them is enough.
    expect(docs(index.searchAll(oneWord([['بوتين', 'توكاييف'], ['قوات']]), 10))).toEqual([1]);
    expect(index.searchAll(oneWord([['قوات'], ['موسكو']]), 10)).toEqual([]);
  });

  it('needs every word of a phrase alternative, and any one alternative of a group', () => {
    const index = indexOf(sentences);
    // "قوات الأمن" as a phrase: sentence 5 has both words; sentence 1 has قوات without الأمن.
    expect(docs(index.searchAll([[['قوات', 'الامن']]], 10))).toEqual([5]);
    expect(docs(index.searchAll([[['قوات', 'الامن'], ['حفظ', 'السلام']]], 10)).sort()).toEqual([1, 5]);
    expect(docs(index.searchAll([[['قوات', 'الامن']], [['شوارع']]], 10))).toEqual([5]);
    expect(index.searchAll([[['قوات', 'موسكو']]], 10)).toEqual([]);
  });

  it('widens to any word, near spellings of long words and completions of the last word', () => {
    const index = indexOf(sentences);
    expect(docs(index.searchAny(['قوات', 'شوارع'], 10)).sort()).toEqual([1, 4, 5]);
    // Sentences holding both words rank above those holding one.
    expect(index.searchAny(['قوات', 'شوارع'], 10)[0]?.doc).toBe(5);
    expect(docs(index.searchAny(['الاحتجاجت'], 10))).toEqual([2]);
    expect(docs(index.searchAny(['توكايي'], 10))).toEqual([1]);
    const hit = index.searchAny(['توكايي'], 10)[0]!;
    expect(hit.terms).toContain('توكاييف');
  });

  it('forgets removed documents and keeps the others findable', () => {
    const index = indexOf(sentences);
    index.remove(5, sentences[4]!);
    expect(index.searchAll(oneWord([['شوارع']]), 10).map((h) => h.doc)).toEqual([4]);
    expect(index.size).toBe(4);
    index.add(6, sentences[4]!);
    expect(docs(index.searchAll(oneWord([['قوات'], ['شوارع']]), 10))).toEqual([6]);
    expect([...index.documentsWithAny(['شوارع'])].sort()).toEqual([4, 6]);
  });

  it('restores from its data with the same answers, and keeps growing after', () => {
    const index = indexOf(sentences);
    index.remove(2, sentences[1]!);
    const restored = new TermIndex(deserialize(serialize(index.toData())));
    for (const query of [[['قوات']], [['شوارع'], ['الوزاره']], [['توقيف']]]) {
      expect(restored.searchAll(oneWord(query), 10)).toEqual(index.searchAll(oneWord(query), 10));
      expect(restored.searchAny(query.flat(), 10)).toEqual(index.searchAny(query.flat(), 10));
    }
    restored.add(9, 'وأعلنت الشرطة توقيف عشرات المحتجين في شوارع ألماتي.');
    expect(docs(restored.searchAll(oneWord([['توقيف'], ['شوارع']]), 10))).toEqual([9]);
    restored.remove(4, sentences[3]!);
    expect(docs(restored.searchAll(oneWord([['الهدوء']]), 10))).toEqual([]);
  });

  it('ranks a rare word above a common one and honours the limit and a filter', () => {
    const index = indexOf([...sentences, ...Array.from({ length: 20 }, (_, i) => `قوات تنتشر في المدينة رقم ${i}.`)]);
    expect(index.searchAny(['قوات', 'حفظ'], 3).map((h) => h.doc)[0]).toBe(1);
    expect(index.searchAny(['قوات'], 3)).toHaveLength(3);
    expect(docs(index.searchAll(oneWord([['قوات']]), 50, (doc) => doc % 2 === 0)).every((d) => d % 2 === 0)).toBe(true);
  });
});

describe('stopwords', () => {
  it('drops إلى however it is written, as every other function word', async () => {
    const { processTerm } = await import('./text-index.ts');
    const { normalizeForMatch } = await import('../arabic/normalize.ts');
    expect(processTerm(normalizeForMatch('إلى'))).toBeNull();
    expect(processTerm(normalizeForMatch('الى'))).toBeNull();
    expect(processTerm(normalizeForMatch('الحدود'))).not.toBeNull();
  });
});
