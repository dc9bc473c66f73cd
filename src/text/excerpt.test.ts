import { describe, expect, it } from 'vitest';
import { highlightedExcerpt, trimAtWord } from './excerpt.ts';

describe('trimAtWord', () => {
  it('cuts at a word boundary with an ellipsis, never mid-word', () => {
    const text = 'قال الرئيس الروسي فلاديمير بوتين يوم الإثنين إن الهجوم على كازاخستان عمل عدواني';
    const cut = trimAtWord(text, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toBe(' ');
    expect(trimAtWord('قصير', 30)).toBe('قصير');
  });
});

describe('highlightedExcerpt', () => {
  it('marks matched words strong and joins a matched phrase', () => {
    const text = 'لن تسمح "بثورات ملونة" في المنطقة';
    const a = text.indexOf('بثورات');
    const b = text.indexOf('ملونة');
    const runs = highlightedExcerpt(text, [[a, a + 6], [b, b + 5]], 200);
    expect(runs.filter((r) => r.strong).map((r) => r.text)).toEqual(['بثورات ملونة']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('windows a long sentence around the first match', () => {
    const text = `${'كلمة '.repeat(100)}الهدف ${'نص '.repeat(100)}`.trim();
    const at = text.indexOf('الهدف');
    const runs = highlightedExcerpt(text, [[at, at + 5]], 120);
    const shown = runs.map((r) => r.text).join('');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(runs.some((r) => r.strong && r.text === 'الهدف')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(124);
  });
});
