import { describe, expect, it } from 'vitest';
import { dualOf, findNumbers, parseDigits } from './numbers.ts';

const one = (text: string) => {
  const found = findNumbers(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('digits', () => {
  it('reads Western and Arabic-Indic digits, separators and decimals', () => {
    expect(one('اعتقل 7939 شخصا').value).toBe(7939);
    expect(one('اعتقل ٧٩٣٩ شخصا').value).toBe(7939);
    expect(one('اعتقل 7,939 شخصا').value).toBe(7939);
    expect(one('اعتقل ٧٬٩٣٩ شخصا').value).toBe(7939);
    expect(one('بلغ العجز 1.234.567 دولارا').value).toBe(1234567);
    expect(one('نما الاقتصاد ٣٫٥ في المئة').value).toBe(3.5);
    expect(parseDigits('2,5')).toBe(2.5);
    expect(parseDigits('12,345,678')).toBe(12345678);
    // Algerian agency copy writes the decimals first, then ر, then the whole part.
    expect(one('بلغت النفقات 2ر2544 مليار دينار').value).toBe(2544.2e9);
    expect(one('أي نحو 5ر33 مليار دولار').value).toBe(33.5e9);
  });

  it('types percentages in every spelling', () => {
    for (const text of ['ارتفع التضخم 15%', 'ارتفع التضخم ١٥٪', 'ارتفع التضخم 15 بالمئة', 'ارتفع التضخم 15 بالمائة', 'ارتفع التضخم 15 في المئة']) {
      expect(one(text), text).toMatchObject({ value: 15, kind: 'percent' });
    }
  });
});

describe('number words', () => {
  it('reads units, teens and tens in every gender and case', () => {
    const cases: Array<[string, number]> = [
      ['قتل واحد من الجنود', 1],
      ['أصيب اثنان من المارة', 2],
      ['اعتقلت الشرطة ثلاثة أشخاص', 3],
      ['أصيبت ثلاث نساء', 3],
      ['قتل أربعة جنود', 4],
      ['نجت خمس عائلات', 5],
      ['اعتقل ستة مشتبهين', 6],
      ['وصل ثمانية آلاف لاجئ', 8000],
      ['قتل تسعة مدنيين', 9],
      ['أصيب عشرة أشخاص', 10],
      ['قتل أحد عشر جنديا', 11],
      ['أصيبت إحدى عشرة امرأة', 11],
      ['اعتقل اثنا عشر شخصا', 12],
      ['قتل ثلاثة عشر مدنيا', 13],
      ['أصيبت تسع عشرة امرأة', 19],
      ['قتل عشرون شخصا', 20],
      ['اعتقلت عشرين شخصا', 20],
      ['قتل خمسة وعشرون شخصا', 25],
      ['قتل تسعون شخصا', 90],
      ['نشر تسعين جنديا', 90],
    ];
    for (const [text, value] of cases) expect(one(text).value, text).toBe(value);
  });

  it('reads hundreds, thousands, millions, billions and trillions with their forms', () => {
    const cases: Array<[string, number]> = [
      ['قتل مئة شخص', 100],
      ['قتل مائة شخص', 100],
      ['اعتقل مئتا شخص', 200],
      ['اعتقلت مئتين من المحتجين', 200],
      ['اعتقل ثلاثمئة شخص', 300],
      ['اعتقل ثلاثمائة شخص', 300],
      ['وصل ألف لاجئ', 1000],
      ['نشر ألفا جندي', 2000],
      ['نشر ألفين من الجنود', 2000],
      ['وصل ثلاثة آلاف لاجئ', 3000],
      ['رصد 20 ألفاً منهم', 20000],
      ['نزح مليون شخص', 1e6],
      ['نزح مليونا شخص', 2e6],
      ['نزح ثلاثة ملايين شخص', 3e6],
      ['بلغت الخسائر 5 مليارات دولار', 5e9],
      ['بلغ الدين ٢ تريليون دولار', 2e12],
      ['قتل مئة وخمسون شخصا', 150],
    ];
    for (const [text, value] of cases) expect(one(text).value, text).toBe(value);
  });

  it('joins "7 آلاف و939" into one number but keeps "2030 عسكرياً و250 قطعة" apart', () => {
    expect(one('اعتقلت قوات الأمن 7 آلاف و939 شخصاً').value).toBe(7939);
    expect(values('نشر 2030 عسكرياً و250 قطعة من المعدات')).toEqual([2030, 250]);
    expect(values('قتل 5 وأصيب 10')).toEqual([5, 10]);
  });

  it('reads numbers with clitics (بـ20، لـ3، وثلاثة)', () => {
    expect(values('فاز بـ20 صوتا ولـ3 مقاعد')).toEqual([20, 3]);
    expect(values('قتل جنديان وثلاثة مدنيين').slice(-1)).toEqual([3]);
  });
});

describe('approximation and vagueness', () => {
  it('flags approximators with their direction', () => {
    const cases: Array<[string, number, string]> = [
      ['قتل أكثر من 160 شخصا', 160, 'more'],
      ['اعتقل قرابة 8000 شخص', 8000, 'about'],
      ['توقيف نحو ثمانية آلاف شخص', 8000, 'about'],
      ['قتل حوالي 40 شخصا', 40, 'about'],
      ['نزح زهاء ألف شخص', 1000, 'about'],
      ['اعتقل ما يقرب من 300 شخص', 300, 'about'],
      ['قتل أقل من 10 أشخاص', 10, 'less'],
      ['أصيب ما لا يقل عن 25 شخصا', 25, 'more'],
      ['قتل أكثر من عشرة من قوات الأمن', 10, 'more'],
    ];
    for (const [text, value, direction] of cases) expect(one(text), text).toMatchObject({ value, approx: true, direction });
    expect(one('قتل أكثر من 160 شخصا').text).toBe('أكثر من 160 شخصا');
  });

  it('reads vague quantities as an order of magnitude', () => {
    expect(one('قتل عشرات المدنيين')).toMatchObject({ value: 10, vague: true, approx: true });
    expect(one('وقتل العشرات من المدنيين')).toMatchObject({ value: 10, vague: true });
    expect(one('أصيب مئات الأشخاص')).toMatchObject({ value: 100, vague: true });
    expect(one('انضم آلاف الإرهابيين')).toMatchObject({ value: 1000, vague: true });
    expect(one('تظاهر عشرات الآلاف')).toMatchObject({ value: 10000, vague: true });
  });
});

describe('typing: numbers that are not counts', () => {
  it('types dates, years, times, ages, durations, ordinals, phone and list numbers', () => {
    const cases: Array<[string, string]> = [
      ['في 10 يناير، 2022', 'date'],
      ['استقلت البلاد عام 1992', 'year'],
      ['البالغ من العمر 81 عاماً', 'age'],
      ['في الـ6 من كانون الثاني', 'date'],
      ['منذ 30 عاماً', 'duration'],
      ['بعد انقطاع استمر 5 أيام', 'duration'],
      ['عند الساعة 10 صباحا', 'time'],
      ['للاستفسار اتصلوا على 0097142345678', 'phone'],
      ['حل في المركز الـ3', 'ordinal'],
    ];
    for (const [text, kind] of cases) {
      const found = findNumbers(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const n of found) expect(n.kind, text).toBe(kind);
    }
    expect(findNumbers('1. الأمن\n2. الاقتصاد').map((n) => n.kind)).toEqual(['list', 'list']);
    expect(findNumbers('طائرات من طراز Il-76 و An-124').map((n) => n.kind)).toEqual(['code', 'code']);
  });

  it('keeps counts of people, soldiers and aircraft as counts with their noun', () => {
    expect(one('نشر 2030 عسكرياً')).toMatchObject({ kind: 'count', unit: 'عسكرياً' });
    expect(one('تعمل أكثر من 70 طائرة نقل')).toMatchObject({ kind: 'count', unit: 'طائرة', value: 70 });
    expect(one('وتابع بأن 16 من أفراد قوات الأمن قتلوا')).toMatchObject({ kind: 'count', unit: 'أفراد قوات الأمن' });
  });

  it('does not read "ست" (lady) or "أحد" (someone) alone as numbers', () => {
    expect(findNumbers('قال أحد المسؤولين إن ست البيت غائبة')).toEqual([]);
  });
});

describe('dualOf', () => {
  it('reads the dual of a counted noun as two of it', () => {
    const nouns = new Set(['جندي', 'طائره', 'قتيل', 'متظاهر']);
    const broken = new Set(['جندي']);
    expect(dualOf('جنديين', nouns, broken)).toBe('جندي');
    expect(dualOf('طائرتين', nouns, broken)).toBe('طائره');
    expect(dualOf('قتيلان', nouns, broken)).toBe('قتيل');
    expect(dualOf('وجنديين', nouns, broken)).toBe('جندي');
    expect(dualOf('الميدان', nouns, broken)).toBeNull();
    // متظاهرين is the plural "protesters", not two of them.
    expect(dualOf('متظاهرين', nouns, broken)).toBeNull();
  });
});

describe('bounds, ranges and percentages', () => {
  it('gives each number the interval the text asserts', () => {
    expect(one('أصيب أكثر من 10 أشخاص')).toMatchObject({ value: 10, bound: 'min', low: 10, high: null, direction: 'more' });
    expect(one('قتل ما لا يقل عن 25 شخصا')).toMatchObject({ bound: 'min', low: 25, high: null });
    expect(one('قتل 550 شخصا على الأقل')).toMatchObject({ value: 550, bound: 'min', low: 550 });
    expect(one('قتل أقل من 10 أشخاص')).toMatchObject({ bound: 'max', low: null, high: 10 });
    expect(one('وصل ما يصل إلى 300 لاجئ')).toMatchObject({ bound: 'max', high: 300 });
    expect(one('اعتقل نحو 170 شخصا')).toMatchObject({ bound: 'about', low: 170, high: 170, approx: true });
    expect(one('قتل 7 آلاف و939 شخصاً')).toMatchObject({ bound: 'exact', low: 7939, high: 7939, approx: false });
    expect(one('قتل عشرات المدنيين')).toMatchObject({ bound: 'vague', low: 10, high: 100 });
  });

  it('tells "at least" (the number itself possible) from "more than"', () => {
    expect(one('قتل ما لا يقل عن 25 شخصا')).toMatchObject({ bound: 'min', inclusive: true });
    expect(one('قتل 550 شخصا على الأقل')).toMatchObject({ bound: 'min', inclusive: true });
    expect(one('أصيب 40 شخصا أو أكثر')).toMatchObject({ bound: 'min', inclusive: true });
    expect(one('أصيب أكثر من 10 أشخاص')).not.toHaveProperty('inclusive');
    expect(one('نزح ما يزيد على 3 آلاف شخص')).not.toHaveProperty('inclusive');
  });

  it('reads both ends of a range, the first taking the second’s scale', () => {
    const ends = (text: string) => findNumbers(text).map((n) => [n.value, n.bound, n.low, n.high, n.unit]);
    expect(ends('نزح بين ثلاثة وأربعة آلاف شخص')).toEqual([
      [3000, 'range', 3000, 4000, 'شخص'],
      [4000, 'range', 3000, 4000, 'شخص'],
    ]);
    expect(ends('قتل ما بين 100 إلى 300 شخص')).toEqual([
      [100, 'range', 100, 300, 'شخص'],
      [300, 'range', 100, 300, 'شخص'],
    ]);
    expect(ends('قدرت حصيلة القتلى من 16 إلى 18 شخصا').map((e) => e.slice(0, 4))).toEqual([
      [16, 'range', 16, 18],
      [18, 'range', 16, 18],
    ]);
    // A change is two values, not a range.
    expect(ends('ارتفع التضخم من 6.9% إلى 7.5%').map((e) => e[1])).toEqual(['exact', 'exact']);
  });

  it('reads percentages, percentage points and basis points in every spelling', () => {
    const p = (text: string) => findNumbers(text).map((n) => [n.value, n.kind, n.percentUnit]);
    expect(p('بلغ التضخم ١٢.٧ ٪ في يوليو')).toEqual([[12.7, 'percent', 'percent']]);
    expect(p('بلغ النمو 5.1٪')).toEqual([[5.1, 'percent', 'percent']]);
    expect(p('نما الاقتصاد ٠.٣ ٪')).toEqual([[0.3, 'percent', 'percent']]);
    expect(p('بلغت الفائدة 2.25 في المائة')).toEqual([[2.25, 'percent', 'percent']]);
    expect(p('تراجعت البطالة 30 بالمئة')).toEqual([[30, 'percent', 'percent']]);
    expect(p('رفع البنك الفائدة ربع نقطة مئوية')).toEqual([[0.25, 'percent', 'percentage-points']]);
    expect(p('خفض البنك الفائدة 100 نقطة أساس')).toEqual([[100, 'percent', 'basis-points']]);
  });

  it('types scores, temperatures, distances and labels apart from counts', () => {
    const kinds = (text: string) => findNumbers(text).map((n) => n.kind);
    expect(kinds('فاز الفريق بنتيجة 3-1')).toEqual(['score', 'score']);
    expect(kinds('بلغت الحرارة 45 درجة مئوية')).toEqual(['temperature']);
    expect(kinds('على بعد 20 كيلومترا من المدينة')).toEqual(['distance']);
    expect(kinds('ضخ 200 ألف متر مكعب من الوقود')).toEqual(['count']);
    expect(kinds('ورد ذلك في الصفحة 5 من التقرير وفي المادة 12 من القانون')).toEqual(['label', 'label']);
    expect(kinds('أعلن يوم الاثنين الحداد')).toEqual([]);
  });

  it('reads a clock time only from a time word next to the number or joined to it, not across a comma', () => {
    const read = (text: string) => findNumbers(text).map((n) => [n.value, n.kind, n.unit]);
    expect(read('وأصيب 7 آخرون، مساء الأحد، إثر انهيار البئر')).toEqual([[7, 'count', 'آخرون']]);
    expect(read('وقع الانفجار عند الساعة 7 من مساء الأحد')).toEqual([[7, 'time', null]]);
    expect(read('وصل الوفد 9 صباحا')).toEqual([[9, 'time', null]]);
  });

  it('reads the Maghreb plural ملايير as billions', () => {
    expect(findNumbers('تفوق الخسائر 3 ملايير دينار').map((n) => [n.value, n.unit])).toEqual([[3e9, 'دينار']]);
  });

  it('reads a dual confirmed by اثنين as one count of the noun before it', () => {
    const read = (text: string) => findNumbers(text).map((n) => [n.value, n.unit, n.text]);
    expect(read('أسفر القصف عن مقتل مواطنَين اثنين وإصابة عشرة آخرين')).toEqual([
      [2, 'مواطنَين', 'مواطنَين اثنين'],
      [10, 'آخرين', 'عشرة آخرين'],
    ]);
    // After a verb, اثنان counts the noun after it as usual.
    expect(read('قتل اثنان من الجنود')).toEqual([[2, 'الجنود', 'اثنان من الجنود']]);
  });

  it('reads a definite cardinal or teen after a definite noun as a count of that noun, but not a weekday, a span or a fifth', () => {
    const read = (text: string) => findNumbers(text).map((n) => [n.value, n.unit, n.text]);
    expect(read('انتشلت فرق الإنقاذ جثث المفقودين الخمسة')).toEqual([[5, 'المفقودين', 'المفقودين الخمسة']]);
    expect(read('وصل الناجون الاثنا عشر إلى الميناء')).toEqual([[12, 'الناجون', 'الناجون الاثنا عشر']]);
    expect(read('التقى الوزراء الثلاثة يوم الاثنين')).toEqual([[3, 'الوزراء', 'الوزراء الثلاثة']]);
    expect(read('خلال الأيام الثلاثة الماضية')).toEqual([]);
    expect(read('حصل على الخمس من الأرباح')).toEqual([]);
  });
});
