import { describe, expect, it } from 'vitest';
import { keySimilarity, phoneticKey, strictPhoneticKey, transliterate } from './transliterate.ts';

describe('phoneticKey', () => {
  it('gives Arabic and English spellings of one name the same consonant skeleton', () => {
    const pairs: Array<[string, string]> = [
      ['بوتين', 'Putin'],
      ['بوتن', 'Putin'],
      ['باشينيان', 'Pashinyan'],
      ['توكايييف', 'Tokayev'],
      ['توكاييف', 'Tokaev'],
      ['أنطونوف', 'Antonov'],
      ['لوكاشينكو', 'Lukashenko'],
      ['وانغ', 'Wang'],
      ['وانج', 'Wang'],
      ['زيلينسكي', 'Zelensky'],
      ['ميقاتي', 'Mikati'],
      ['شكري', 'Shoukry'],
      // dh is one consonant, as ض is: Awadhi.
      ['العوضي', 'al-Awadhi'],
    ];
    for (const [arabic, latin] of pairs) expect(phoneticKey(arabic), `${arabic} / ${latin}`).toBe(phoneticKey(latin));
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('بوتين')).not.toBe(phoneticKey('بايدن'));
    expect(keySimilarity(phoneticKey('Macron'), phoneticKey('ماكرون'))).toBe(1);
    expect(keySimilarity(phoneticKey('Forestier'), phoneticKey('فورستر'))).toBeGreaterThan(0.7);
    expect(keySimilarity(phoneticKey('Erdogan'), phoneticKey('لافروف'))).toBeLessThan(0.5);
  });
});

describe('transliterate', () => {
  it('spells an Arabic name in readable Latin letters, word by word', () => {
    expect(transliterate('نيكول باشينيان')).toBe('Nikul Bashinyan');
    expect(transliterate('سامح شكري')).toBe('Samh Shkri');
    expect(transliterate('بوتِين')).toBe('Butin');
  });
});

describe('strictPhoneticKey', () => {
  it('keeps ع and the emphatics apart, so two Arabic names alike only in Latin stay two', () => {
    expect(strictPhoneticKey('الأبيض')).not.toBe(strictPhoneticKey('البديوي'));
    expect(strictPhoneticKey('عابدين')).not.toBe(strictPhoneticKey('بايدن'));
    // Spelling variants of one name still agree.
    expect(strictPhoneticKey('غوتيريش')).toBe(strictPhoneticKey('جوتيريش'));
    expect(strictPhoneticKey('زيلينسكي')).toBe(strictPhoneticKey('زيلنسكي'));
  });
});
