import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/tokenize.ts';
import { highlightRanges, matchHighlights, tokenSpans } from './highlight.ts';

const asTokens = (text: string) => {
  const { spans, norms } = tokenSpans(text);
  return norms.map((norm, i) => ({ norm, start: spans[2 * i]!, end: spans[2 * i + 1]! }));
};
const reference = (text: string) => tokenize(text).map(({ norm, start, end }) => ({ norm, start, end }));

const SENTENCES = [
  'وقال وزيرُ الصحةِ إنّ عدد المصابين بلغ 1,250 حالة، بينها 7 آلاف و939 في المستشفيات.',
  'أعلنت الشرطة «اعتقال» 46 شخصاً… وأضافت: "التحقيقات مستمرة".',
  'ارتفع التضخم إلى ٣٫٥٪ في أيلول/سبتمبر، مقابل 2.75% قبل عام.',
  'قالت لـ«الجزيرة» إن الوضعَ يتحسّن تـدريـجـياً.',
  'The ministry said 1.5.3 people, then 12..4 and 9,a; Café Zürich.',
  'مستشفى ابن سينا — 17 إصابة؟ نعم!',
  'كلمة\u200fمع\u200bعلامات\ufeffخفية',
  'إِنَّ الإِنْسَانَ',
  '',
  '   ',
  '12.',
  '،،، ...',
];

describe('tokenSpans', () => {
  it('finds the words, offsets and normal forms tokenize() finds', () => {
    for (const text of SENTENCES) expect(asTokens(text), text).toEqual(reference(text));
  });

  it('agrees with tokenize() where normalisation makes several characters or reads surrogates (ligatures, emoji)', () => {
    for (const text of ['ﻻ يوجد', 'صلى الله عليه ﷺ وسلم', 'خبر 😀 عاجل', 'مقطع 𝐀𝐁 لاتيني', 'İstanbul ﬁnal']) expect(asTokens(text), text).toEqual(reference(text));
  });

  it('agrees with tokenize() on mixed runs of letters, marks, digits and separators', () => {
    const pieces = ['ا', 'أ', 'ى', 'ة', 'ـ', 'َ', 'ّ', 'ٰ', '٣', '۴', '٫', '٬', '،', '.', ',', ' ', '\n', '«', '"', 'A', 'é', 'x\u0301', '1', '9', '-', 'و', 'ال', 'كتب', '0.5', '1,000', '٢٠٢٢', '²', '\u0610', 'ک', '\u200f', 'ﻻ', '😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = 0, m = 1 + Math.floor(next() * 12); j < m; j++) text += pieces[Math.floor(next() * pieces.length)];
      expect(asTokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});

describe('highlightRanges', () => {
  it('marks the words any of whose readings matched, by their original offsets', () => {
    const text = 'وقال وزيرُ الصحةِ إنّ الوزارةَ تتابع';
    const ranges = highlightRanges(text, new Set(['وزاره']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['الوزارةَ']);
  });

  it('finds the same words when a sentence comes back, whatever is matched the second time', () => {
    const text = 'وقال وزيرُ الصحةِ إنّ الوزارةَ تتابع حالة المصابين في المستشفيات';
    const words = (matched: string[]) => highlightRanges(text, new Set(matched)).map(([s, e]) => text.slice(s, e));
    expect(words(['وزاره'])).toEqual(['الوزارةَ']);
    expect(words(['مصابين', 'وزير'])).toEqual(['وزيرُ', 'المصابين']);
    expect(words(['وزاره'])).toEqual(['الوزارةَ']);
    expect(asTokens(text)).toEqual(reference(text));
  });

  it('reads each list of terms afresh: a list changed in place, or one of more than eight terms, matches what it holds now', () => {
    const first = 'وقال وزيرُ الصحةِ إنّ الوزارةَ تتابع حالة المصابين';
    const second = 'وأعلنت الوزارةُ أن المصابين في تحسن';
    const words = (text: string, matched: string[]) => highlightRanges(text, matched).map(([s, e]) => text.slice(s, e));
    const terms = ['وزاره'];
    expect(words(first, terms)).toEqual(['الوزارةَ']);
    expect(words(second, terms)).toEqual(['الوزارةُ']);
    terms[0] = 'مصابين';
    expect(words(first, terms)).toEqual(['المصابين']);
    expect(words(second, terms)).toEqual(['المصابين']);
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'وزير'];
    expect(words(first, many)).toEqual(['وزيرُ']);
    many.push('صحه');
    expect(words(first, many)).toEqual(['وزيرُ', 'الصحةِ']);
    expect(words(first, [])).toEqual([]);
  });

  it('adds the number phrases whose value matched, in text order', () => {
    const text = 'سجلت الوزارة 8000 إصابة و٨٠٠٠ وفاة';
    const ranges = matchHighlights(text, ['#8000', 'وفاه']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['8000', '٨٠٠٠', 'وفاة']);
  });
});
