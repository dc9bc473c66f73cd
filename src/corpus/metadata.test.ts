import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOutletName } from './credits.ts';
import { findDate, findHijriDate, hijriToGregorian, parseDateValue } from './dates.ts';
import { parseArticle } from './load.ts';
import { hasFirmDate, readCopyrightHolder, titleFromSentence } from './metadata.ts';

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
    ['9 دجنبر 2022', '2022-12-09'],
    ['3 غشت 2021', '2021-08-03'],
    ['Published: January 10, 2022', '2022-01-10'],
    ['2022-01-10', '2022-01-10'],
    ['10/01/2022', '2022-01-10'],
    ['٢٠٢٢/٠١/١٠', '2022-01-10'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads a Hijri front-matter date as its Gregorian day', () => {
    expect(parseDateValue('18 شوال 1445')).toBe('2024-04-27');
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

describe('date lines of real pages', () => {
  it.each([
    ['الأحد 26/فبراير/2023 - 05:51 م', '2023-02-26'],
    ['السبت 9 مارس 2024 الموافق 28 شعبان 1445', '2024-03-09'],
    ['الجمعة 09 ديسمبر 2022 على الساعة 14:06', '2022-12-09'],
    ['18 20:04 2026 مارس', '2026-03-18'],
    [':تحديث 06 09:03 2018 سبتمبر', '2018-09-06'],
    ['نشر بتاريخ: 19/06/2024 ( آخر تحديث: 20/06/2024 الساعة: 00:04 )', '2024-06-19'],
  ])('%s → %s', (text, iso) => {
    expect(metaOf(`عنوان الخبر عن الفيضانات في الوادي\n${text}\nقال مدير الدفاع المدني إن الفرق أخلت 40 أسرة.`).published).toBe(iso);
  });

  it('converts a Hijri-only date line with the Umm al-Qura calendar; a Gregorian date on the line wins', () => {
    expect(hijriToGregorian(1445, 10, 18)).toBe('2024-04-27');
    expect(hijriToGregorian(1400, 1, 1)).toBe('1979-11-21');
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(findHijriDate('2 ربيع الآخر 1445هـ')?.iso).toBe('2023-10-17');
    expect(metaOf('عنوان الخبر عن الفيضانات في الوادي\n2 ربيع الآخر 1445هـ\nقال المدير إن الفرق أخلت 40 أسرة.').published).toBe('2023-10-17');
    expect(metaOf('عنوان الخبر عن الفيضانات في الوادي\nالسبت 27 أبريل 2024 الموافق 1 شوال 1445\nقال المدير إن الفرق أخلت 40 أسرة.').published).toBe('2024-04-27');
  });

  it('a date line straight above the headline with no masthead around it is the article\'s own date', () => {
    expect(metaOf('الثلاثاء، 22 نوفمبر 2011\n\nإصابة 12 شخصا في اشتباكات أمام مديرية الأمن\n\nقال مصدر أمني إن 12 شخصا أصيبوا في الاشتباكات التي وقعت أمام المديرية.')).toMatchObject({ published: '2011-11-22', dateSource: 'dateline' });
  });

  it('a date line above the headline amid the masthead is a weak page-header date; one under the headline wins', () => {
    const header = ['عاجل', 'الأحد 28 أبريل 2024', 'رئيس التحرير', 'نادر الصافي', 'انقلاب حافلة على طريق الوادي'];
    const lead = 'قال مدير المرور إن 12 راكبا أصيبوا في الحادث.';
    const weak = metaOf([...header, lead].join('\n'));
    expect(weak).toMatchObject({ published: '2024-04-28', dateSource: 'page-header' });
    expect(hasFirmDate(weak)).toBe(false);
    const firm = metaOf([...header, 'السبت 27 مارس 2021 05:07 م', lead].join('\n'));
    expect(firm).toMatchObject({ published: '2021-03-27', dateSource: 'dateline' });
    expect(hasFirmDate(firm)).toBe(true);
  });

  it('with no headline, a date above the masthead is the page header’s; a date right above the lead is the article’s', () => {
    expect(metaOf('الأحد 28 أبريل 2024\nرئيس التحرير\nنادر الصافي\nقال مدير المرور إن 12 راكبا أصيبوا في الحادث.')).toMatchObject({ published: '2024-04-28', dateSource: 'page-header' });
    expect(metaOf('18-10-2023 03:16 PM\nقال مدير المرور إن 12 راكبا أصيبوا في الحادث.')).toMatchObject({ published: '2023-10-18', dateSource: 'dateline' });
  });

  it('reads the date of a wire dateline opening the lead', () => {
    expect(metaOf('عمّان 12 مايو 2022 (شينخوا) قال وزير المياه إن السد امتلأ.')).toMatchObject({ published: '2022-05-12', dateSource: 'lead', outlet: 'شينخوا' });
  });

  it('a labelled date under the story (a comment’s) stands in only when nothing above dates the article', () => {
    const story = 'عنوان الخبر عن الفيضانات في الوادي\nالأحد 12 مايو 2024\nقال المدير إن الفرق أخلت 40 أسرة.\nوأضاف أن المياه انحسرت.';
    expect(metaOf(`${story}\nالتعليقات\nنشر في: 14/05/2024`).published).toBe('2024-05-12');
    expect(metaOf(`عنوان الخبر عن الفيضانات في الوادي\nقال المدير إن الفرق أخلت 40 أسرة.\nتاريخ النشر: 12 مايو 2024`).published).toBe('2024-05-12');
  });

  it('ignores date lines in the page footer (other stories’ dates)', () => {
    expect(metaOf('عنوان الخبر عن الفيضانات في الوادي\nقال المدير إن الفرق أخلت 40 أسرة.\nآخر الأخبار\n12 يناير 2019').published).toBeNull();
  });

  it('front matter and feed dates win, and say where they came from', () => {
    const md = (front: string) => parseArticle('x.md', '/tmp/x.md', `---\n${front}\n---\nعاجل\nالأحد 28 أبريل 2024\nعنوان الخبر عن الحافلة\nقال مدير المرور إن 12 راكبا أصيبوا.`).meta;
    expect(md('published: 2021-03-26')).toMatchObject({ published: '2021-03-26', dateSource: 'front-matter' });
    expect(md('published: 2021-03-26\nfeed: "https://example.org/rss"')).toMatchObject({ published: '2021-03-26', dateSource: 'feed' });
  });
});

describe('outlet from credit shapes', () => {
  it('a desk byline, a masthead name, a copyright line and a link’s host', () => {
    expect(metaOf('نبض الخليج/ متابعة\nقال وزير المالية إن العجز سيتراجع.').outlet).toBe('نبض الخليج');
    expect(metaOf('عنوان الخبر عن العجز المالي\nمتابعة / شبكة الرافدين :\nقال وزير المالية إن العجز سيتراجع.').outlet).toBe('شبكة الرافدين');
    expect(metaOf('عنوان الخبر عن العجز المالي\nقال وزير المالية إن العجز سيتراجع.\n© 2024 جريدة الوادي. جميع الحقوق محفوظة').outlet).toBe('جريدة الوادي');
    expect(readCopyrightHolder('جميع الحقوق محفوظة لـ موقع الوادي 2023')).toBe('موقع الوادي');
    expect(metaOf('عنوان الخبر عن العجز المالي\nقال وزير المالية إن العجز سيتراجع.\nhttps://www.wadinews.example/a/1').outlet).toBe('wadinews.example');
  });

  it('a publication’s name opening the lead, but not a place or a word the story uses again', () => {
    expect(metaOf('الفجر - أفادت وزارة الصحة بارتفاع عدد الإصابات.\nوقالت الوزارة إن الوضع مستقر.')).toMatchObject({ outlet: 'الفجر', title: 'أفادت وزارة الصحة بارتفاع عدد الإصابات' });
    expect(metaOf('الوادي الإخباري- أفادت مصادر بوقوع حريق.\nوقالت المصادر إن الحريق أخمد.').outlet).toBe('الوادي الإخباري');
    expect(metaOf('الرياض النهار- انتهى موسم الحج بلا حوادث.\nوقال المسؤولون إن الموسم نجح.').outlet).toBe('النهار');
    expect(metaOf('غزة - قال مسؤولون إن القصف استمر.\nوأضافوا أن الضحايا بالعشرات.').outlet).toBeNull();
    expect(metaOf('طهطا - أعلنت المحافظة عن حادث.\nوقال المحافظ إن طهطا تشهد ازدحاما.').outlet).toBeNull();
    expect(metaOf('عمّان، الأردن (CNN) – قال مسؤولون إن الحدود أغلقت.').outlet).toBe('CNN');
  });

  it('never reads a random short line as the outlet', () => {
    expect(metaOf('عنوان الخبر عن العجز المالي\nالعالم اليوم\nقال وزير المالية إن العجز سيتراجع.').outlet).toBeNull();
    expect(metaOf('عنوان الخبر عن العجز المالي\nمتابعة: سامي داود\nقال وزير المالية إن العجز سيتراجع.').outlet).toBeNull();
  });
});

describe('titles of real pages', () => {
  it('skips furniture, bylines and datelines with the author, and falls back to the lead, not the file name', () => {
    expect(metaOf('البث الحي\nالاخبار : أخبار عالمية\nفيضانات تجتاح الوادي الشرقي\nقال المدير إن الفرق أخلت 40 أسرة.').title).toBe('فيضانات تجتاح الوادي الشرقي');
    expect(metaOf('القاهرة – سامي داود\nيتوجه وزير الخارجية إلى الرياض غدا في زيارة تستمر يومين.').title).toBe('يتوجه وزير الخارجية إلى الرياض غدا في زيارة تستمر يومين');
    expect(metaOf('. قالت نائبة المحافظ إن التضخم تراجع.\nوأضافت أن الفائدة ستنخفض.').title).toBe('قالت نائبة المحافظ إن التضخم تراجع');
    expect(metaOf('date 2022-10 قال نائب المحافظ إن سعر الصرف ثابت.').title).toBe('قال نائب المحافظ إن سعر الصرف ثابت');
  });

  it('cuts a breadcrumb, a headline tag and a trailing byline', () => {
    expect(metaOf('الرئيسية » أخبار عالمية » حريق في مستشفى الوادي\nقال الدفاع المدني إن الحريق أخمد.').title).toBe('حريق في مستشفى الوادي');
    expect(metaOf('الرئيسية » أخبار عالمية » حريق في مستشفى الوادي\nحريق في مستشفى الوادي\nقال الدفاع المدني إن الحريق أخمد.').title).toBe('حريق في مستشفى الوادي');
    expect(metaOf('عاجل.. حريق في مستشفى الوادي\nقال الدفاع المدني إن الحريق أخمد.').title).toBe('حريق في مستشفى الوادي');
    expect(metaOf('شهداء وجرحى في قصف على الوادي – تقرير: ليلى حداد\nقال مسؤولون إن القصف استمر.').title).toBe('شهداء وجرحى في قصف على الوادي');
  });
});

describe('source labels', () => {
  it('reads «المصدر | …» and drops the desks after a plus', () => {
    expect(metaOf('عنوان الخبر عن العجز المالي\nقال وزير المالية إن العجز سيتراجع.\nالمصدر | صدى الوادي + متابعات').outlet).toBe('صدى الوادي');
    expect(cleanOutletName('صدى الوادي + وكالات')).toBe('صدى الوادي');
  });
});
