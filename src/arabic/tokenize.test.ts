import { describe, expect, it } from 'vitest';
import { stem, stripClitics, termVariants, tokenize, words } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps original offsets and splits tatweel-joined clitics from quotes', () => {
    const text = 'تعرضت لـ«عدوان مسلح» نفذه';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['تعرضت', 'ل', 'عدوان', 'مسلح', 'نفذه']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it('keeps numbers whole and splits them from a glued conjunction', () => {
    expect(tokenize('7 آلاف و939 شخصاً و7,939').map((t) => t.norm)).toEqual(['7', 'الاف', 'و', '939', 'شخصا', 'و', '7,939']);
  });

  it('joins digits across a separator only when digits follow it, and reads letters by code point', () => {
    // A year before a full stop, a decimal, a stray comma; a letter outside the BMP is a letter, a lone surrogate none.
    const text = 'في عام 2022. ارتفع 3.5 و,5 𝐀𝐁 \uD83D x';
    expect(tokenize(text).map((t) => t.norm)).toEqual(['في', 'عام', '2022', 'ارتفع', '3.5', 'و', '5', 'ab', 'x']);
    expect(tokenize(text).map((t) => t.norm)).toEqual(words(text));
  });
});

describe('clitics and stems', () => {
  it('offers the clitic-stripped reading of names', () => {
    expect(stripClitics('وبوتين')).toContain('بوتين');
    expect(stripClitics('للمنظمه')).toContain('منظمه');
    expect(stripClitics('والحكومه')).toContain('حكومه');
  });

  it('keeps names findable although Snowball mangles them', () => {
    expect(stem('بوتين')).not.toBe('بوتين');
    expect(termVariants('بوتين')).toContain('بوتين');
    expect(termVariants('وبوتين')).toContain('بوتين');
  });

  it('gives plural and singular a shared stem', () => {
    const a = termVariants('الاضطرابات');
    const b = termVariants('اضطراب');
    expect(a.some((t) => b.includes(t))).toBe(true);
  });
  it('reads a text the same way with and without offsets (index and query must agree)', () => {
    for (const text of ['وقالَ الرئيسُ لـ«الجزيرة» إنّ ٧٬٩٣٩ شخصاً اعتُقلوا', 'Tokayev قال: "الوضع مستقر" في ألماتي', 'مـــرحباً… 1,200 و939 جندياً؟']) {
      expect(tokenize(text).map((t) => t.norm)).toEqual(words(text));
    }
  });
});
