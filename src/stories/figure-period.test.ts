import { describe, expect, it } from 'vitest';
import { articlePeriods, figurePeriod } from './figure-period.ts';

/** A figure by the words it is written with, in a sentence of our own. */
const at = (sentence: string, text: string, topic = 'oil', id = text) => ({ id, topic, text, sentence });

describe('the period a figure counts over', () => {
  it('is a month with a cue before or after it', () => {
    expect(figurePeriod(at('وبلغت صادرات الحقل في شهر تشرين الثاني الماضي نحو 12 مليون برميل.', '12 مليون برميل'))).toBe('m11');
    expect(figurePeriod(at('ارتفع معدل البطالة لشهر مارس إلى 9 بالمئة.', '9 بالمئة', 'percent'))).toBe('m3');
    expect(figurePeriod(at('سجلت الصادرات خلال أيلول الماضي 40 مليون برميل.', '40 مليون برميل'))).toBe('m9');
  });

  it('is a year after a cue, and the period after the number when two are equally near', () => {
    const sentence = 'انتقل معدل التضخم من 5.2% في سنة 2021 إلى 4.8% خلال سنة 2022.';
    expect(figurePeriod(at(sentence, '5.2%', 'percent'))).toBe('2021');
    expect(figurePeriod(at(sentence, '4.8%', 'percent'))).toBe('2022');
    expect(figurePeriod(at('بلغ العجز 3 مليارات دولار في فبراير 2024.', '3 مليارات دولار', 'money'))).toBe('2024-m2');
  });

  it('is not a day’s date, a verb spelt like a month, or a year far from the number', () => {
    expect(figurePeriod(at('وقع الهجوم صباح الاثنين 8 سبتمبر 2025 وأسفر عن مقتل 6 أشخاص.', '6 أشخاص', 'deaths'))).toBeNull();
    expect(figurePeriod(at('مارس الوفد ضغوطا على 3 شركات.', '3 شركات', 'companies'))).toBeNull();
    expect(figurePeriod(at('منذ عام 1990 تغيرت أمور كثيرة في المدينة القديمة والأحياء المجاورة لها وبقي 40 منزلا.', '40 منزلا', 'houses'))).toBeNull();
  });

  it('carries to the later figures of the topic in the article that name none', () => {
    const first = at('وبلغت الصادرات في شهر أيار الماضي 60 مليون برميل.', '60 مليون برميل', 'oil', 'a');
    const part = at('وصدر منها 45 مليون برميل عبر موانئ البصرة.', '45 مليون برميل', 'oil', 'b');
    const toll = at('وقتل 3 عمال في حادث بالميناء.', '3 عمال', 'deaths', 'c');
    expect(Object.fromEntries(articlePeriods([first, part, toll]))).toEqual({ a: 'm5', b: 'm5', c: null });
  });
});
