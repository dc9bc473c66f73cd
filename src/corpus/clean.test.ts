import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { parseArticle } from './load.ts';
import type { Article } from './types.ts';

const SEEDS = join(import.meta.dirname, '../../data/articles');
/** The hand-labelled gold lives outside the repository; its negatives are repeated here so a clean clone tests them too. */
const GOLD = join(import.meta.dirname, '../../../shared/gold/seeds.json');
const GOLD_NEGATIVES = [
  { article: '001', key: 'لحم الخنزير المقدد' },
  { article: '002', key: 'يأمر الجيش بإطلاق النار على المسلحين دون سابق إنذار' },
  { article: '002', key: 'لن يتم نشر عنوان بريدك الإلكتروني' },
];

const SEED_FILES: Record<string, string> = {
  '000': '000_8e223664f1885da7.txt',
  '001': '001_66c8fd1a166d4504.txt',
  '002': '002_7af2f71a43aa21f2.txt',
  '003': '003_17f18ee68b87133c.txt',
  '004': '004_62db7d33cd80d736.txt',
};

function seed(id: string): Article {
  const file = SEED_FILES[id]!;
  return parseArticle(file, join(SEEDS, file), readFileSync(join(SEEDS, file), 'utf8'));
}

const excluded = (a: Article) => a.boilerplate.map((b) => [b.reason, a.text.slice(b.start, b.end)]);
const nonEmptyLines = (a: Article) => a.text.split('\n').map((l) => l.trim()).filter(Boolean);
/** Everything that search and extraction see. */
const visibleText = (a: Article) => [...a.paragraphs.map((p) => p.text), ...a.sentences.map((s) => s.text), ...a.quotedSpans.map((q) => q.text)].join('\n');

/** Every non-empty line is either a paragraph or excluded, never both, never lost. */
function expectPartition(a: Article): void {
  const excludedLines = new Set(a.boilerplate.map((b) => a.text.slice(b.start, b.end)));
  const kept = nonEmptyLines(a).filter((l) => !excludedLines.has(l));
  expect(a.paragraphs.map((p) => p.text)).toEqual(kept);
  for (const b of a.boilerplate) for (const p of a.paragraphs) expect(p.end <= b.start || p.start >= b.end).toBe(true);
}

describe('boilerplate in the seed articles', () => {
  it('000: drops the photo caption, the follow line, the credit and the most-read line', () => {
    const a = seed('000');
    expect(excluded(a)).toEqual([
      ['picture caption', 'اجتماع عبر الفيديو لمنظمة معاهدة الأمن الجماعي بقيادة روسيا (AFP)'],
      ['follow-us line', 'تابعنا'],
      ['credit line', 'TRT عربي - وكالات'],
      ['most-read list', 'الأكثر تداولاً'],
    ]);
    expectPartition(a);
    expect(a.paragraphs).toHaveLength(12);
    expect(a.paragraphs[0]!.text.startsWith('أكد رئيس كازاخستان')).toBe(true);
    expect(a.paragraphs.at(-1)!.text.startsWith('وأشارت وزارة الخارجية')).toBe(true);
  });

  it('001: drops the quoted author blurb and keeps the subheading and every body line', () => {
    const a = seed('001');
    expect(excluded(a)).toEqual([
      ['author bio', '“لحم الخنزير المقدد. المحلل المتمني. متعصب الموسيقى. عرضة لنوبات اللامبالاة. مبشر الطعام غير القابل للشفاء.”'],
    ]);
    expectPartition(a);
    expect(a.paragraphs).toHaveLength(18);
    expect(a.paragraphs.map((p) => p.text)).toContain('أيام الاضطرابات');
    expect(a.paragraphs.at(-1)!.text.startsWith('وقال روبن فورستر ووكر')).toBe(true);
  });

  it('002: drops the dateline, the repeated headline, the related list and the whole WordPress footer', () => {
    const a = seed('002');
    expect(excluded(a)).toEqual([
      ['dateline', 'تاريخ النشر الأصلي: 10 يناير، 2022'],
      ['repeated headline', 'رئيس كازاخستان يؤكد أن بلاده نَجْت من مُحاولة انقلاب وبوتن يُندِد بـالإرهاب العالمي'],
      ['related-articles marker', 'قد يهمك ايضا'],
      ['related-articles list', 'رئيس كازاخستان يأمر الجيش بإطلاق النار على المسلحين دون سابق إنذار'],
      ['related-articles list', 'نزارباييف يكشف عن وعد قدمه القذافي لكازاخستان ونقله ياسر عرفات'],
      ['credit line', 'المصدر: العرب اليوم – الرئيسية'],
      ['e-mail/URL line', 'ارسلوا مقالاتكم للنشر إلى: info@elaiounsidimellouk.com'],
      ['feed-tool footer', 'مصدر الخبر'],
      ['feed-tool footer', 'Feed: العرب اليوم – الرئيسية'],
      ['feed-tool footer', 'Created by WPeMatico'],
      ['feed-tool footer', 'إختر التصنيف للمزيد من الأخبار'],
      ['feed-tool footer', 'أحدث المقالات والأخبار'],
      ['author bio', 'About هيئة التحرير 19501 Articles'],
      ['page footer', 'هيئة التحرير'],
      ['comment form', 'كن أول من يعلق'],
      ['comment form', 'أضف تعليقاً'],
      ['comment form', 'لن يتم نشر عنوان بريدك الإلكتروني.'],
      ['punctuation-only line', '*'],
    ]);
    expectPartition(a);
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
    expect(a.paragraphs.at(-1)!.text.startsWith('وعرضت الصين')).toBe(true);
  });

  it('003: drops the three ad markers and keeps the continuation line of a quote', () => {
    const a = seed('003');
    expect(excluded(a)).toEqual([
      ['ad marker', '-اعلان-'],
      ['ad marker', '-اعلان-'],
      ['ad marker', '-اعلان-'],
    ]);
    expectPartition(a);
    expect(a.paragraphs).toHaveLength(19);
    expect(a.paragraphs.map((p) => p.text)).toContain('كما والشبكات الاجتماعية في تجنيد المتطرفين والإرهابيين وتشكيل خلايا نائمة من المسلحين”.');
  });

  it('004: drops the agency credit under the headline and keeps all 25 body lines', () => {
    const a = seed('004');
    expect(excluded(a)).toEqual([['credit line', '| وكالات']]);
    expectPartition(a);
    expect(a.paragraphs[0]!.role).toBe('headline');
    expect(a.paragraphs.filter((p) => p.role === 'body')).toHaveLength(25);
  });

  it('keeps the gold negatives out of paragraphs, sentences and quoted spans', () => {
    const negatives = existsSync(GOLD)
      ? [...GOLD_NEGATIVES, ...(JSON.parse(readFileSync(GOLD, 'utf8')) as { negatives: typeof GOLD_NEGATIVES }).negatives]
      : GOLD_NEGATIVES;
    for (const neg of negatives) {
      const a = seed(neg.article);
      expect(normalizeForMatch(a.text)).toContain(normalizeForMatch(neg.key)); // still in the original text
      expect(normalizeForMatch(visibleText(a))).not.toContain(normalizeForMatch(neg.key));
    }
  });

  it('never lets a quoted span or sentence overlap an excluded range', () => {
    for (const id of Object.keys(SEED_FILES)) {
      const a = seed(id);
      for (const b of a.boilerplate) {
        for (const r of [...a.sentences, ...a.quotedSpans]) expect(r.end <= b.start || r.start >= b.end).toBe(true);
      }
    }
  });
});

describe('boilerplate from an unseen site', () => {
  // Written for this test: different menu, ad, share, related, comment and footer wording.
  const text = [
    'الرئيسية › أخبار › اقتصاد',
    'البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام',
    'نشر في: ١٥ آذار ٢٠٢٣',
    'بقلم: سارة الخطيب',
    'شارك',
    'محافظ البنك خلال المؤتمر الصحفي (Getty Images)',
    'رفع البنك المركزي سعر الفائدة الرئيسي بمقدار 0.5 نقطة مئوية إلى 3.5 في المئة، في خطوة قال محافظه إنها "ضرورية لكبح التضخم".',
    'Advertisement',
    'وقال المحافظ في مؤتمر صحفي: «لن نتردد في اتخاذ مزيد من الإجراءات. التضخم ما زال مرتفعاً».',
    'اقرأ أيضاً: أسعار الذهب تتراجع مع صعود الدولار',
    'وتوقع محللون أن يواصل البنك رفع الفائدة خلال الأشهر المقبلة.',
    'مواضيع ذات صلة',
    'الحكومة تعلن حزمة دعم جديدة للأسر',
    'تراجع مؤشر البورصة في ختام تعاملات الأسبوع',
    'ويبلغ معدل التضخم السنوي حالياً 7.9 في المئة، وفق بيانات رسمية.',
    'تابعنا باهتمام إعلان الحكومة عن الإجراءات الجديدة خلال الأسبوع.',
    'عن الكاتب',
    'صحفية متخصصة في الشؤون الاقتصادية والمصرفية.',
    'المصدر: وكالة الأنباء الاقتصادية - أخبار',
    'الأكثر قراءة',
    'اترك تعليقاً',
    'التعليقات',
    'جميع الحقوق محفوظة © 2023',
    'سياسة الخصوصية',
  ].join('\n');
  const a = parseArticle('bank.txt', '/tmp/bank.txt', text);

  it('excludes every furniture line with a reason and keeps the news', () => {
    expect(excluded(a)).toEqual([
      ['site menu line', 'الرئيسية › أخبار › اقتصاد'],
      ['dateline', 'نشر في: ١٥ آذار ٢٠٢٣'],
      ['byline', 'بقلم: سارة الخطيب'],
      ['follow-us line', 'شارك'],
      ['picture caption', 'محافظ البنك خلال المؤتمر الصحفي (Getty Images)'],
      ['ad marker', 'Advertisement'],
      ['related-article link', 'اقرأ أيضاً: أسعار الذهب تتراجع مع صعود الدولار'],
      ['related-articles marker', 'مواضيع ذات صلة'],
      ['related-articles list', 'الحكومة تعلن حزمة دعم جديدة للأسر'],
      ['related-articles list', 'تراجع مؤشر البورصة في ختام تعاملات الأسبوع'],
      ['author bio', 'عن الكاتب'],
      ['author bio', 'صحفية متخصصة في الشؤون الاقتصادية والمصرفية.'],
      ['credit line', 'المصدر: وكالة الأنباء الاقتصادية - أخبار'],
      ['most-read list', 'الأكثر قراءة'],
      ['comment form', 'اترك تعليقاً'],
      ['comment form', 'التعليقات'],
      ['feed-tool footer', 'جميع الحقوق محفوظة © 2023'],
      ['section label', 'سياسة الخصوصية'],
    ]);
    expectPartition(a);
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body']);
    // A body sentence that starts with a cue word (تابعنا، إعلان) is still body.
    expect(a.paragraphs.map((p) => p.text)).toContain('تابعنا باهتمام إعلان الحكومة عن الإجراءات الجديدة خلال الأسبوع.');
    expect(a.meta).toMatchObject({ title: 'البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام', outlet: 'وكالة الأنباء الاقتصادية', published: '2023-03-15' });
  });

  it('handles bylines without a colon, picture-credit labels and relative timestamps', () => {
    const b = parseArticle('y.txt', '/tmp/y.txt', [
      'كتب محمد أحمد',
      'الإثنين، 10 يناير 2022 03:00 م',
      'قبل 3 ساعات',
      'صدر الصورة، Getty Images',
      'التعليق على الصورة، الرئيس خلال الاجتماع الطارئ',
      'قال الرئيس إن البلاد تعرضت لمحاولة انقلاب.',
      'اقرأ أيضا..',
      'وزير الخارجية يلتقي نظيره الروسي',
      'وأضاف أن الأوضاع مستقرة الآن في معظم المدن.',
      'ترشيحاتنا',
    ].join('\n'));
    expect(excluded(b)).toEqual([
      ['byline', 'كتب محمد أحمد'],
      ['dateline', 'الإثنين، 10 يناير 2022 03:00 م'],
      ['dateline', 'قبل 3 ساعات'],
      ['picture credit', 'صدر الصورة، Getty Images'],
      ['picture caption', 'التعليق على الصورة، الرئيس خلال الاجتماع الطارئ'],
      ['related-articles marker', 'اقرأ أيضا..'],
      ['related-articles list', 'وزير الخارجية يلتقي نظيره الروسي'],
      ['page footer', 'ترشيحاتنا'],
    ]);
    expect(b.paragraphs.map((p) => p.role)).toEqual(['body', 'body']);
    expect(b.meta.title).toBe('قال الرئيس إن البلاد تعرضت لمحاولة انقلاب');
    expect(b.meta.published).toBe('2022-01-10');
  });

  it('keeps a body line that merely mentions an ad or a related topic', () => {
    const b = parseArticle('x.txt', '/tmp/x.txt', 'عنوان الخبر هنا\nأعلنت الشركة عن إعلان جديد لمنتجاتها.\nإعلان\nوقالت الشركة إن مواضيع ذات صلة ستناقش في الاجتماع المقبل.');
    expect(excluded(b)).toEqual([['ad marker', 'إعلان']]);
    expect(b.paragraphs).toHaveLength(3);
  });
});

describe('sentences of the story are never cleaned away, whatever cue words they hold', () => {
  const HEADLINE = 'الحكومة تعلن حصيلة جديدة لضحايا الاحتجاجات في البلاد';
  const LEAD = 'قال المتحدث باسم الحكومة إن الأوضاع عادت إلى طبيعتها في معظم المدن بعد أسبوع من الاضطرابات.';
  const CLOSE = 'وأضاف أن لجنة تحقيق مستقلة ستنشر تقريرها خلال شهر.';
  const kept = (file: string, ...lines: string[]) => {
    const a = parseArticle(file, `/tmp/${file}`, [HEADLINE, LEAD, ...lines].join('\n'));
    return { a, paragraphs: a.paragraphs.map((p) => p.text), dropped: excluded(a) };
  };

  it.each([
    ['a URL', 'ودعت الوزارة المواطنين إلى زيارة موقعها www.moh.gov.jo للاطلاع على التعليمات الجديدة.'],
    ['an e-mail address', 'وقالت الشركة إن الشكاوى تستقبل عبر البريد complaints@example.com على مدار الساعة.'],
    ['a quoted tweet followed by its link', 'وكتب الوزير على تويتر: "لن نتخلى عن أهلنا في الجنوب مهما كلف الأمر" https://t.co/AbC123xyz'],
    ['a date', 'قتل 16 شخصا يوم 5 يناير 2022.'],
    ['«الحقول المطلوبة»', 'وأوضح أن الحقول المطلوبة في استمارة الدعم تشمل رقم الهوية وعنوان السكن.'],
    ['a line starting الصورة،', 'الصورة، كما يراها المراقبون، تبدو قاتمة بعد تراجع الاستثمارات.'],
  ])('keeps a body sentence with %s', (_what, sentence) => {
    const { paragraphs, dropped } = kept('x.txt', sentence, CLOSE);
    expect(dropped).toEqual([]);
    expect(paragraphs).toContain(sentence);
  });

  it('keeps a markdown link in an editor\'s .md sentence, and its figure', () => {
    const sentence = 'وجاء في [بيان الوزارة](https://example.gov/statement) أن 12 شخصا أصيبوا.';
    const { a, paragraphs } = kept('x.md', sentence, CLOSE);
    expect(paragraphs).toContain(sentence);
    expect(a.sentences.map((s) => s.text)).toContain(sentence);
  });

  it('keeps a lead ending in its wire credit (أ ف ب), figures and all', () => {
    const lead = 'أعلنت السلطات الثلاثاء اعتقال 7 آلاف و939 شخصا في أنحاء البلاد خلال أسبوع من الاضطرابات (أ ف ب)';
    const a = parseArticle('x.txt', '/tmp/x.txt', [HEADLINE, lead, CLOSE].join('\n'));
    expect(excluded(a)).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toContain(lead);
  });

  it('keeps bullet summaries and markdown tables (only the table rule line goes)', () => {
    const bullets = ['- ارتفاع عدد القتلى إلى 16 شخصا', '- اعتقال 7 آلاف و939 شخصا', '- عودة الإنترنت'];
    const table = ['| المدينة | القتلى | الجرحى |', '| --- | --- | --- |', '| ألماتي | 16 | 1000 |', '| أستانا | 2 | 40 |'];
    const { paragraphs, dropped } = kept('x.md', ...bullets, CLOSE, ...table);
    expect(dropped).toEqual([['punctuation-only line', '| --- | --- | --- |']]);
    for (const line of [...bullets, table[0]!, table[2]!, table[3]!]) expect(paragraphs).toContain(line);
  });

  it('keeps a short quoted last paragraph, introduced or standing alone', () => {
    expect(kept('x.txt', 'وختم الوزير كلمته قائلا:', '«لن نتراجع. لن نستسلم. سننتصر».').dropped).toEqual([]);
    expect(kept('x.txt', CLOSE, '"نحن هنا. باقون. لن نرحل أبدا."').dropped).toEqual([]);
  });

  it('keeps a short final line that is the story cut off, and still drops a footer label', () => {
    expect(kept('x.txt', CLOSE, 'وقالت الوزيرة إنه').paragraphs.at(-1)).toBe('وقالت الوزيرة إنه');
    expect(kept('x.txt', CLOSE, 'والتحقيقات مستمرة').paragraphs.at(-1)).toBe('والتحقيقات مستمرة');
    expect(kept('x.txt', CLOSE, 'فريق العمل').dropped).toEqual([['page footer', 'فريق العمل']]);
  });

  it('still drops lines that are only links, labels or dates, each with its reason', () => {
    const { dropped } = kept('x.txt', CLOSE, 'للمزيد زوروا موقعنا: https://example.com/news', 'نشر في: 15 آذار 2023', 'صورة: رويترز', '* الحقول المطلوبة مشار إليها بـ *');
    expect(dropped).toEqual([
      ['e-mail/URL line', 'للمزيد زوروا موقعنا: https://example.com/news'],
      ['dateline', 'نشر في: 15 آذار 2023'],
      ['picture credit', 'صورة: رويترز'],
      ['comment form', '* الحقول المطلوبة مشار إليها بـ *'],
    ]);
  });
});

describe('page header and masthead', () => {
  it('drops the labels between the headline and the story, and keeps the story', () => {
    const a = parseArticle('h.txt', '/tmp/h.txt', [
      'رئيس التحرير',
      'سامر الحلبي',
      'السيول تجرف عشرات المنازل في وادي الشمال',
      'عاجل',
      'محليات',
      '3 دقائق قراءة',
      '10:45 ص',
      'تقرير: ليلى حداد',
      'جرفت السيول عشرات المنازل في وادي الشمال ليل الأحد، وقال الدفاع المدني إن 4 أشخاص فقدوا.',
      'وأضاف أن فرق الإنقاذ تواصل البحث.',
      'رئيس التحرير قال إن الصحيفة ستتابع القضية',
      'اضف تعقيب',
      'عنوان التعليق',
      'ارسل',
      'تنويه.. يسمح الاقتباس وإعادة النشر بشرط ذكر المصدر',
    ].join('\n'));
    expect(excluded(a)).toEqual([
      ['masthead', 'رئيس التحرير'],
      ['masthead', 'سامر الحلبي'],
      ['section label', 'عاجل'],
      ['section label', 'محليات'],
      ['reading time', '3 دقائق قراءة'],
      ['dateline', '10:45 ص'],
      ['byline', 'تقرير: ليلى حداد'],
      ['comment form', 'اضف تعقيب'],
      ['comment form', 'عنوان التعليق'],
      ['comment form', 'ارسل'],
      ['feed-tool footer', 'تنويه.. يسمح الاقتباس وإعادة النشر بشرط ذكر المصدر'],
    ]);
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body', 'body', 'body']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'السيول تجرف عشرات المنازل في وادي الشمال',
      'جرفت السيول عشرات المنازل في وادي الشمال ليل الأحد، وقال الدفاع المدني إن 4 أشخاص فقدوا.',
      'وأضاف أن فرق الإنقاذ تواصل البحث.',
      'رئيس التحرير قال إن الصحيفة ستتابع القضية',
    ]);
  });

  it('takes a masthead label alone or with a colon, never a headline that opens with a title', () => {
    const a = parseArticle('h.txt', '/tmp/h.txt', [
      'المدير العام لمنظمة الصحة العالمية يزور غزة',
      'رئيس مجلس الإدارة: هالة منصور',
      'وصل المدير العام لمنظمة الصحة العالمية إلى قطاع غزة صباح الاثنين في زيارة تستمر يومين.',
      'وقال إن المستشفيات تحتاج إلى الوقود والدواء.',
    ].join('\n'));
    expect(excluded(a)).toEqual([['masthead', 'رئيس مجلس الإدارة: هالة منصور']]);
    expect(a.paragraphs[0]).toMatchObject({ role: 'headline', text: 'المدير العام لمنظمة الصحة العالمية يزور غزة' });
  });

  it('keeps a short line above the story that is a clause, a summary bullet or a figure', () => {
    const a = parseArticle('h.txt', '/tmp/h.txt', ['السيول تجرف عشرات المنازل', '- 4 مفقودين', 'وقال الدفاع المدني', 'الأهلي 2 - 1 الزمالك', 'جرفت السيول عشرات المنازل في وادي الشمال ليل الأحد وفق الدفاع المدني.'].join('\n'));
    expect(excluded(a)).toEqual([]);
  });
});
