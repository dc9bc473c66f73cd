import { describe, expect, it } from 'vitest';
import { articleCountries, compileCountryIndex } from './article-countries.ts';
import { defaultCues } from './cues.ts';

describe('articleCountries', () => {
  const index = defaultCues().countries;

  it('reads the country an article is about from its names, cities and nationality adjectives, with their clitics', () => {
    const text = 'الخرطوم - قال وزير الصحة إن حالات الكوليرا في السودان ارتفعت، وأكدت السلطات السودانية أن الفرق تعمل. ووصلت مساعدات من مصر.';
    expect(articleCountries(text, index)).toEqual(['sudan']);
    expect(articleCountries('وصل الوفد إلى بيروت، ثم عاد للبنان مرة أخرى.', index)).toEqual(['lebanon']);
  });

  it('keeps every country named about as often as the most named one, and none when the text names none', () => {
    expect(articleCountries('التقى وزير الخارجية المصري نظيره الأردني في عمان لبحث العلاقات بين مصر والأردن.', index)).toEqual(['egypt', 'jordan']);
    expect(articleCountries('قال المدير إن الاجتماع سيعقد غدا.', index)).toEqual([]);
  });

  it('indexes places under their country and adjectives with and without the article', () => {
    const small = compileCountryIndex([
      { id: 'tunisia', kind: 'country', ar: ['تونس'], demonym_ar: ['التونسية'] },
      { id: 'sfax', kind: 'place', ar: ['صفاقس'], country: 'tunisia' },
    ]);
    expect(articleCountries('غرق قارب قبالة صفاقس، وقالت مصادر تونسية إن البحث مستمر.', small)).toEqual(['tunisia']);
  });
});
