import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOutletName } from './credits.ts';
import { findDate, parseDateValue } from './dates.ts';
import { parseArticle } from './load.ts';
import { titleFromSentence } from './metadata.ts';

const SEEDS = join(import.meta.dirname, '../../data/articles');
const seedMeta = (file: string) => parseArticle(file, join(SEEDS, file), readFileSync(join(SEEDS, file), 'utf8')).meta;
const metaOf = (text: string) => parseArticle('x.txt', '/tmp/x.txt', text).meta;

describe('metadata of the seed articles', () => {
  it('000: no headline (the first line is a photo caption), outlet from the credit line', () => {
    const meta = seedMeta('000_8e223664f1885da7.txt');
    expect(meta.title).toBe('أكد رئيس كازاخستان قاسم توكايييف الاثنين أن القوة العسكرية بقيادة روسيا التي انتشرت في بلاده عقب الاضطرابات…');
    expect(meta.outlet).toBe('TRT عربي');
    expect(meta.published).toBeNull();
    expect(meta.language).toBe('ar');
  });

  it('001: title from the lead sentence, no outlet or date stated', () => {
    const meta = seedMeta('001_66c8fd1a166d4504.txt');
    expect(meta.title).toBe('وقال الرئيس توكاييف إن عملية “مكافحة الإرهاب” ستنتهي بعد أيام من المظاهرات الدموية');
    expect(meta.outlet).toBeNull();
    expect(meta.published).toBeNull();
  });

  it('002: headline, outlet without the feed section suffix, date from the dateline', () => {
    const meta = seedMeta('002_7af2f71a43aa21f2.txt');
    expect(meta.title).toBe('رئيس كازاخستان يؤكد أن بلاده نَجْت من مُحاولة انقلاب وبوتن يُندِد بـ”الإرهاب العالمي”');
    expect(meta.outlet).toBe('العرب اليوم');
    expect(meta.published).toBe('2022-01-10');
  });

  it('003: a date in a body sentence is not a publication date', () => {
    const meta = seedMeta('003_17f18ee68b87133c.txt');
    expect(meta.title.startsWith('قال الرئيس الروسي فلاديمير بوتين يوم الإثنين')).toBe(true);
    expect(meta.outlet).toBeNull();
    expect(meta.published).toBeNull();
  });

  it('004: headline and the bare agency credit', () => {
    const meta = seedMeta('004_62db7d33cd80d736.txt');
    expect(meta.title).toBe('موسكو واصلت نقل قوات حفظ السلام واتهمت قوى خارجية بإثارة الفوضى … توكاييف يبلغ بوتين أن الوضع في كازاخستان آخذ في الاستقرار');
    expect(meta.outlet).toBe('وكالات');
    expect(meta.published).toBeNull();
  });
});

describe('outlet', () => {
  it('prefers an explicit source label over an agency tag and a caption credit', () => {
    const meta = metaOf('صورة من الاجتماع الطارئ (رويترز)\nعنوان الخبر الرئيسي اليوم\nقال الوزير إن الاجتماع انتهى.\nالجزيرة - وكالات\nالمصدر: الجزيرة نت');
    expect(meta.outlet).toBe('الجزيرة نت');
  });

  it('falls back to a caption credit when nothing else names the outlet', () => {
    expect(metaOf('صورة من الاجتماع الطارئ (أ ف ب)\nقال الوزير إن الاجتماع انتهى.').outlet).toBe('أ ف ب');
  });

  it('reads an agency from a wire dateline opening the lead', () => {
    expect(metaOf('عنوان الخبر الرئيسي اليوم\nموسكو (أ ف ب) - قال الكرملين إن الاجتماع انتهى.').outlet).toBe('أ ف ب');
    expect(metaOf('عنوان الخبر الرئيسي اليوم\nالقاهرة - رويترز: قال الوزير إن الاجتماع انتهى.').outlet).toBe('رويترز');
    expect(metaOf('عنوان الخبر الرئيسي اليوم\nقال الوزير (وهو من الحزب الحاكم) - في بيان - إن الاجتماع انتهى.').outlet).toBeNull();
  });

  it('cleans section suffixes and URLs', () => {
    expect(cleanOutletName('العرب اليوم – الرئيسية')).toBe('العرب اليوم');
    expect(cleanOutletName('https://www.aljazeera.net/news/2022/1/10/x')).toBe('aljazeera.net');
    expect(cleanOutletName('بي بي سي - عربي')).toBe('بي بي سي - عربي');
  });
});

describe('title fallback', () => {
  it('cuts a long lead sentence at a clause separator or a word boundary, never mid-word', () => {
    const long = 'أعلنت وزارة الصحة في بيان صدر مساء اليوم الثلاثاء عن تسجيل إصابات جديدة بالفيروس في عدد من المحافظات الشمالية والجنوبية خلال الأسبوع الماضي وسط مخاوف من موجة جديدة.';
    const title = titleFromSentence(long);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });

  it('keeps a short question headline as the title, with its question mark', () => {
    const meta = metaOf('هل تنجح المفاوضات؟\nقال الوسطاء إن الجولة المقبلة حاسمة.');
    expect(meta.title).toBe('هل تنجح المفاوضات؟');
  });

  it('uses the file name when the file has no text left', () => {
    expect(parseArticle('empty-page.txt', '/tmp/empty-page.txt', 'تابعنا\nأضف تعليقاً\n*').meta.title).toBe('empty-page');
  });
});

describe('dates', () => {
  it.each([
    ['تاريخ النشر الأصلي: 10 يناير، 2022', '2022-01-10'],
    ['نشر في 6 كانون الثاني 2022', '2022-01-06'],
    ['آخر تحديث: ١٥ تشرين الأول ٢٠٢١', '2021-10-15'],
    ['الثلاثاء 1 آذار/مارس 2022 - 10:30', '2022-03-01'],
    ['3 أيلول 2020', '2020-09-03'],
    ['12 جويلية 2019', '2019-07-12'],
    ['Published: January 10, 2022', '2022-01-10'],
    ['2022-01-10', '2022-01-10'],
    ['10/01/2022', '2022-01-10'],
    ['٢٠٢٢/٠١/١٠', '2022-01-10'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('rejects impossible dates and text without a year', () => {
    expect(parseDateValue('31/02/2022')).toBeNull();
    expect(parseDateValue('في الـ6 من كانون الثاني من العام الحالي')).toBeNull();
    expect(parseDateValue('غداً')).toBeNull();
  });

  it('takes a date only from a dateline, not from a body sentence', () => {
    expect(metaOf('عنوان الخبر\nقال الوزير إن الانتخابات ستجرى في 10 يناير 2024 بحسب الجدول.').published).toBeNull();
    expect(metaOf('عنوان الخبر\nالأحد 9 يناير 2022\nقال الوزير إن الانتخابات ستجرى في 10 يناير 2024.').published).toBe('2022-01-09');
  });
});
