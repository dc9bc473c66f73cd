import { describe, expect, it } from 'vitest';
import { containsNormalized, normalizeForMatch, normalizeWithMap, originalRange } from './normalize.ts';

describe('normalizeForMatch', () => {
  it('removes diacritics and tatweel from seed spellings', () => {
    // 002's headline carries harakat: نَجْت، مُحاولة، يُندِد
    expect(normalizeForMatch('نَجْت من مُحاولة انقلاب وبوتن يُندِد')).toBe('نجت من محاوله انقلاب وبوتن يندد');
    expect(normalizeForMatch('لـ«عدوان مسلح»')).toBe('ل"عدوان مسلح"');
    expect(normalizeForMatch('قريباً جداً')).toBe('قريبا جدا');
  });

  it('folds alef, alef maksura and teh marbuta forms', () => {
    expect(normalizeForMatch('أكد إن آسيا الوسطى')).toBe('اكد ان اسيا الوسطي');
    expect(normalizeForMatch('منظمة معاهدة')).toBe('منظمه معاهده');
  });

  it('maps Arabic-Indic and Persian digits, decimal and thousands marks', () => {
    expect(normalizeForMatch('٢٠٢٢ و۱۶ و٧٬٩٣٩ و٣٫٥')).toBe('2022 و16 و7,939 و3.5');
  });

  it('maps every quote-mark style to one', () => {
    expect(normalizeForMatch('“ثورات” «عدوان» „x“ "y"')).toBe('"ثورات" "عدوان" "x" "y"');
    expect(normalizeForMatch('بـ”الإرهاب العالمي”')).toBe('ب"الارهاب العالمي"');
  });

  it('matches the same words across spelling variants', () => {
    expect(containsNormalized('قال إن “2030 عسكرياً و250 قطعة”', '2030 عسكريا و250 قطعه')).toBe(true);
  });
});

describe('normalizeWithMap', () => {
  it('maps normalised ranges back to the verbatim original', () => {
    const original = 'وبوتن يُندِد بـ”الإرهاب العالمي”';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('الارهاب');
    const range = originalRange(n, at, at + 'الارهاب'.length);
    expect(original.slice(range.start, range.end)).toBe('الإرهاب');
    const verb = n.text.indexOf('يندد');
    const vr = originalRange(n, verb, verb + 4);
    expect(original.slice(vr.start, vr.end)).toBe('يُندِد');
  });

  it('gives every output character the offset it came from, its text the same as normalizeForMatch', () => {
    // A dropped diacritic, a changed alef, an expanded ligature (ﻻ → لا) and an emoji pair.
    const original = 'قالَ أحمد ﻻ 😀';
    const n = normalizeWithMap(original);
    expect(n.text).toBe(normalizeForMatch(original));
    expect(n.text).toBe('قال احمد لا 😀');
    expect([...n.map]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 10, 11, 12, 12, 14]);
  });

  it('maps a text that normalises to itself one to one, surrogate pairs included', () => {
    const original = 'وقال 😀 الوزير';
    const n = normalizeWithMap(original);
    expect(n.text).toBe(original);
    expect([...n.map]).toEqual(Array.from({ length: original.length + 1 }, (_, i) => i));
  });
});
