import { describe, expect, it } from 'vitest';
import { endsLikeSentence, lineKey } from './lines.ts';

describe('line tests', () => {
  it('sees a final stop through closing quotes, brackets and spaces', () => {
    expect(endsLikeSentence('وقال توكاييف إن "الوضع تحت السيطرة."')).toBe(true);
    expect(endsLikeSentence('وأضاف: «لن نسمح بذلك»؟ ')).toBe(true);
    expect(endsLikeSentence('وأضاف: «لن نسمح بذلك» ')).toBe(false);
    expect(endsLikeSentence('هل انتهت الأزمة؟')).toBe(true);
    expect(endsLikeSentence('وتابع المتحدث… ')).toBe(true);
    expect(endsLikeSentence('(المصدر: وكالات.)')).toBe(true);
    expect(endsLikeSentence('اقرأ أيضاً')).toBe(false);
    expect(endsLikeSentence('  »” ')).toBe(false);
    expect(endsLikeSentence('')).toBe(false);
  });

  it('keys lines by their normalised words only', () => {
    expect(lineKey('  إقرأ أيضاً:  ')).toBe(lineKey('اقرأ ايضا'));
  });

  it('collapses each run of non-letters to one space and drops those at either end, by code point', () => {
    expect(lineKey('«عاجل» — 5 قتلى!! 😀')).toBe('عاجل 5 قتلي');
    expect(lineKey('... ، ')).toBe('');
    expect(lineKey('𐐀x')).toBe('𐐨x');
  });
});
