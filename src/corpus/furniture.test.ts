import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../lexicon.ts';
import { breadcrumbTail, isCaptionLabel, isHashtagLine, isMastheadLabels, isPlaceAuthorLine, isSectionLine, loadPageFurniture, readDeskByline, readOutletPlaceLine, stripHeadlinePrefix } from './furniture.ts';
import { lineKey, splitLines } from './lines.ts';
import { parseArticle } from './load.ts';

const f = loadPageFurniture();
const line = (text: string) => splitLines(text)[0]!;
const excluded = (text: string) => {
  const a = parseArticle('x.txt', '/tmp/x.txt', text);
  return a.boilerplate.map((b) => [b.reason, a.text.slice(b.start, b.end)]);
};

describe('page-furniture lexicon', () => {
  it('is read under the lexicons’ one error policy: an unknown key names the file and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'furniture-'));
    writeFileSync(join(dir, 'page-furniture.json'), JSON.stringify({ furniture: ['عاجل'], sectons: ['اقتصاد'] }));
    expect(() => loadPageFurniture(dir)).toThrow(LexiconError);
    expect(() => loadPageFurniture(dir)).toThrow(/page-furniture\.json/);
  });

  it('a broken list entry is an error too, not a silently empty list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'furniture-'));
    writeFileSync(join(dir, 'page-furniture.json'), JSON.stringify({ desks: ['متابعة', 3] }));
    expect(() => loadPageFurniture(dir)).toThrow(/desks\.1/);
  });

  it('an editor’s own file replaces the project’s words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'furniture-'));
    writeFileSync(join(dir, 'page-furniture.json'), JSON.stringify({ furniture: ['ركن القراء'] }));
    const own = loadPageFurniture(dir);
    expect(isSectionLine(line('ركن القراء'), own)).toBe(true);
    expect(isSectionLine(line('البث الحي'), own)).toBe(false);
  });
});

describe('furniture line shapes', () => {
  it.each(['البث الحي', 'أخبار عاجلة', 'الاخبار : أخبار عالمية', 'الرئيسية » اقتصاد', 'على المباشر'])('%s is a section or site label', (text) => {
    expect(isSectionLine(line(text), f)).toBe(true);
  });

  it.each(['الاقتصاد يتعافى ببطء', 'عاجل: انفجار في ميناء المدينة', 'أخبار سارة للمزارعين هذا الموسم'])('%s is not', (text) => {
    expect(isSectionLine(line(text), f)).toBe(false);
  });

  it('reads masthead labels alone, several in a row, with or without و', () => {
    expect(isMastheadLabels(lineKey('رئيس مجلسي الإدارة والتحرير'), f)).toBe(true);
    expect(isMastheadLabels(lineKey('رئيس مجلس الإدارة ورئيس التحرير'), f)).toBe(true);
    expect(isMastheadLabels(lineKey('رئيس التحرير يلتقي وزير الإعلام'), f)).toBe(false);
  });

  it('reads desk bylines and the outlet they credit', () => {
    expect(readDeskByline(line('نبض الخليج/ متابعة'), f)).toEqual({ outlet: 'نبض الخليج' });
    expect(readDeskByline(line('الفجر الجديد - خاص'), f)).toEqual({ outlet: 'الفجر الجديد' });
    expect(readDeskByline(line('متابعة / شبكة الرافدين :'), f)).toEqual({ outlet: 'شبكة الرافدين' });
    expect(readDeskByline(line('حلب ، مكتب حلب الإعلامي'), f)).toEqual({ outlet: 'مكتب حلب الإعلامي' });
    expect(readDeskByline(line('موقع الفجر – متابعات – 2 رجب 1445هـ'), f)).toEqual({ outlet: 'موقع الفجر' });
    // A person after the desk word is the writer, not the outlet.
    expect(readDeskByline(line('متابعة: سامي داود'), f)).toEqual({ outlet: null });
    expect(readDeskByline(line('قال مصدر خاص إن الاجتماع انتهى.'), f)).toBeNull();
    expect(readDeskByline(line('الحكومة - المعارضة: جولة جديدة'), f)).toBeNull();
  });

  it('reads a dateline with its author only when it opens with a known place', () => {
    expect(isPlaceAuthorLine(line('القاهرة – سامي داود'), f)).toBe(true);
    expect(isPlaceAuthorLine(line('دمشق - ليلى حداد'), f)).toBe(true);
    expect(isPlaceAuthorLine(line('الأمل – رحلة طويلة'), f)).toBe(false);
    expect(isPlaceAuthorLine(line('القاهرة – 3 قتلى'), f)).toBe(false);
  });

  it('reads a lone wire dateline, an outlet and its place', () => {
    expect(readOutletPlaceLine(line('صدى-السعودية'), f)).toBe('صدى');
    expect(readOutletPlaceLine(line('صدى الوادي - عمّان'), f)).toBe('صدى الوادي');
    expect(readOutletPlaceLine(line('صدى الوادي - الأردن'), f)).toBe('صدى الوادي');
    expect(readOutletPlaceLine(line('القاهرة - الوادي نيوز'), f)).toBe('الوادي نيوز');
    expect(readOutletPlaceLine(line('القاهرة - الأمل'), f)).toBeNull();
    expect(readOutletPlaceLine(line('متابعة - الأردن'), f)).toBeNull();
    expect(parseArticle('x.txt', '/tmp/x.txt', 'وزير الصحة: الوفيات بلغت 1300\nقال وزير الصحة إن عدد الوفيات بلغ 1300 حالة خلال الموسم.\nصدى-السعودية\nوأضاف الوزير أن معظم الوفيات بين غير المسجلين.').meta.outlet).toBe('صدى');
  });

  it('reads picture labels and hashtag lines', () => {
    expect(isCaptionLabel(line('جسر المدينة- ارشيفية'), f)).toBe(true);
    expect(isCaptionLabel(line('وزير المالية (صورة أرشيفية)'), f)).toBe(true);
    expect(isCaptionLabel(line('الأرشيف الوطني يفتح أبوابه'), f)).toBe(false);
    expect(isHashtagLine(line('#مصر_الجديدة #عاجل'))).toBe(true);
    expect(isHashtagLine(line('#عاجل انفجار في الميناء'))).toBe(false);
  });

  it('cuts a breadcrumb and a headline tag, and leaves a headline that only looks like one', () => {
    expect(breadcrumbTail('الرئيسية » أخبار عالمية » فيضانات تجتاح الوادي', f)).toBe('فيضانات تجتاح الوادي');
    expect(breadcrumbTail('المدرب: «الفوز أولاً» قبل كل شيء', f)).toBeNull();
    expect(breadcrumbTail('الأسعار > التوقعات في السوق', f)).toBeNull();
    expect(stripHeadlinePrefix('عاجل.. حريق في سوق المدينة القديمة', f)).toBe('حريق في سوق المدينة القديمة');
    expect(stripHeadlinePrefix('بالفيديو | لحظة انهيار الجسر', f)).toBe('لحظة انهيار الجسر');
    expect(stripHeadlinePrefix('خاصرة الوادي.. مدينة بلا ماء', f)).toBe('خاصرة الوادي.. مدينة بلا ماء');
  });
});

describe('cleaning a page with its furniture', () => {
  const PAGE = [
    'أهم الأخبار',
    'الخميس 14 مارس 2024 الموافق 4 رمضان 1445',
    '#الوادي_اليوم',
    'رئيس مجلسي الإدارة والتحرير',
    'نادر الصافي',
    'عاجل',
    'محليات',
    'الأمطار تغرق أحياء المدينة الشرقية وتقطع الطرق',
    'الاثنين 12/فبراير/2018 - 07:40 م',
    'جسر المدينة- ارشيفية',
    'غمرت الأمطار الغزيرة أحياء المدينة الشرقية، وقال مدير الدفاع المدني إن فرقه أخلت 40 أسرة.',
    'وأضاف أن الطرق الرئيسية ستبقى مغلقة حتى صباح الغد.',
  ].join('\n');

  it('drops every furniture line with its reason and keeps the story', () => {
    expect(excluded(PAGE)).toEqual([
      ['section label', 'أهم الأخبار'],
      ['dateline', 'الخميس 14 مارس 2024 الموافق 4 رمضان 1445'],
      ['hashtag line', '#الوادي_اليوم'],
      ['masthead', 'رئيس مجلسي الإدارة والتحرير'],
      ['masthead', 'نادر الصافي'],
      ['section label', 'عاجل'],
      ['section label', 'محليات'],
      ['dateline', 'الاثنين 12/فبراير/2018 - 07:40 م'],
      ['picture caption', 'جسر المدينة- ارشيفية'],
    ]);
    const a = parseArticle('x.txt', '/tmp/x.txt', PAGE);
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body', 'body']);
    // The date by the headline is the article's; the masthead's «today» is only a weak fallback.
    expect(a.meta).toMatchObject({ title: 'الأمطار تغرق أحياء المدينة الشرقية وتقطع الطرق', published: '2018-02-12', dateSource: 'dateline' });
  });

  it('a header date alone is kept, marked as the page header’s', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', PAGE.split('\n').filter((l) => !l.startsWith('الاثنين')).join('\n'));
    expect(a.meta).toMatchObject({ published: '2024-03-14', dateSource: 'page-header' });
  });

  it('takes the site’s name on the first line and its repeats as masthead, and the outlet from it', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', ['صدى الوادي', 'الأحد، 5 مايو 2024 10:15 صـ', 'صدى الوادي', 'أخبار عربية', 'الوزارة تسجل 7 إصابات جديدة بالحمى', 'صدى الوادي', 'أعلنت وزارة الصحة، اليوم الأحد، تسجيل 7 إصابات جديدة بالحمى في المحافظة.'].join('\n'));
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body']);
    expect(a.meta).toMatchObject({ title: 'الوزارة تسجل 7 إصابات جديدة بالحمى', outlet: 'صدى الوادي', dateSource: 'page-header' });
  });

  it('finds the headline by its update line past a ticker and section labels', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', [
      'الأكثر مشاهدة',
      '18 20:04 2026 مارس',
      'أعلنت الهيئة أن يوم غد الخميس سيكون عطلة رسمية في جميع المحافظات بمناسبة العيد الوطني',
      'على المباشر',
      'اقتصاد',
      'ارتفاع أسعار الخبز في الأسواق الشعبية',
      ':تحديث 06 09:03 2019 سبتمبر',
      'ارتفعت أسعار الخبز في الأسواق الشعبية بنسبة 12 بالمئة خلال الشهر الماضي، وفق بيانات رسمية.',
    ].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['ارتفاع أسعار الخبز في الأسواق الشعبية', 'ارتفعت أسعار الخبز في الأسواق الشعبية بنسبة 12 بالمئة خلال الشهر الماضي، وفق بيانات رسمية.']);
    expect(a.meta).toMatchObject({ title: 'ارتفاع أسعار الخبز في الأسواق الشعبية', published: '2019-09-06', dateSource: 'dateline' });
  });

  it('never takes a story sentence for furniture, whatever label words it holds', () => {
    const story = [
      'عنوان الخبر عن اجتماع الحكومة',
      'قال رئيس التحرير السابق للصحيفة إن الاجتماع انتهى دون اتفاق.',
      'وأضاف أن أخبار عاجلة وصلت من العاصمة مساء أمس.',
      'متابعة الملف مستمرة بحسب الوزارة.',
      'والقاهرة – كما قال الوزير – لم ترد بعد.',
    ];
    const a = parseArticle('x.txt', '/tmp/x.txt', story.join('\n'));
    expect(a.boilerplate).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(story);
  });
});

describe('what furniture never takes', () => {
  it('a short headline after a place is not a dateline with its author unless it opens with a given name', () => {
    expect(isPlaceAuthorLine(line('غزة – تصعيد خطير'), f)).toBe(false);
    expect(parseArticle('x.txt', '/tmp/x.txt', 'غزة – تصعيد خطير\nقال مسؤولون إن القصف استمر طوال الليل.').meta.title).toBe('غزة – تصعيد خطير');
  });

  it('a tag repeated on the page that the story itself names is not the site’s name', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', ['موسم الحج', 'الأحد، 5 مايو 2024', 'حجاج يروون تجربتهم مع الحر', 'موسم الحج', 'قال حجاج إن موسم الحج هذا العام كان الأصعب بسبب الحر الشديد.'].join('\n'));
    expect(a.meta.outlet).toBeNull();
  });

  it('a tag under the headline named with a common noun is not an outlet', () => {
    expect(parseArticle('x.txt', '/tmp/x.txt', 'الملاحة تعود إلى طبيعتها بعد العاصفة\nقناة السويس\nقال رئيس الهيئة إن السفن عبرت بسلام.').meta.outlet).toBeNull();
    expect(parseArticle('x.txt', '/tmp/x.txt', 'الملاحة تعود إلى طبيعتها بعد العاصفة\nالوادي نيوز\nقال رئيس الهيئة إن السفن عبرت بسلام.').meta.outlet).toBe('الوادي نيوز');
  });
});

describe('the headline by its date line', () => {
  it('an ordinary headline above a tag and the date stays the headline; the line under the date is its deck', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', ['السيول تجرف جسر الوادي الشرقي', 'عاجل', 'الأحد 12 مايو 2024', 'الدفاع المدني يخلي 40 أسرة من القرى القريبة', 'قال مدير الدفاع المدني إن فرقه أخلت 40 أسرة من القرى القريبة من الجسر.'].join('\n'));
    expect(a.meta.title).toBe('السيول تجرف جسر الوادي الشرقي');
    expect(a.paragraphs.map((p) => p.text)).toContain('الدفاع المدني يخلي 40 أسرة من القرى القريبة');
  });

  it('a strip of other stories’ bullets above the masthead gives way to the headline by the date', () => {
    const a = parseArticle('x.txt', '/tmp/x.txt', ['• افتتاح معرض الكتاب في العاصمة بمشاركة 30 دولة', '• المنتخب يستعد لمباراة الحسم أمام الضيوف', 'عاجل', 'الجمعة 09 ديسمبر 2022 على الساعة 14:06', 'المدرب: اللاعبون جاهزون لمواجهة الغد', 'قال مدرب المنتخب في مؤتمر صحفي إن اللاعبين جاهزون لمواجهة الغد.'].join('\n'));
    expect(a.meta).toMatchObject({ title: 'المدرب: اللاعبون جاهزون لمواجهة الغد', published: '2022-12-09' });
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'body']);
  });
});
