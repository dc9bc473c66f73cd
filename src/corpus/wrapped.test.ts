import { describe, expect, it } from 'vitest';
import { parseArticle } from './load.ts';

const article = (text: string) => parseArticle('301_test.txt', '/tmp/301_test.txt', text);

describe('hard-wrapped paragraphs', () => {
  it('reads lines of one width broken mid-sentence as one paragraph, so a quote over them is whole', () => {
    const text = [
      'الوزيرة تتحدث عن شركاء التنمية',
      '',
      'قالت الدكتورة سلمى الحداد، وزيرة التعاون الدولي، إن مجموعة شركاء',
      'التنمية تضم جميع الشركاء سواء الثنائيين أو متعددي الأطراف، والسفارات',
      'المختلفة في البلاد، ووكالات التنمية التابعة للدول المختلفة، وهي',
      'تعمل معنا منذ سنوات.',
    ].join('\n');
    const a = article(text);
    const body = a.paragraphs.filter((p) => p.role === 'body');
    expect(body).toHaveLength(1);
    expect(body[0]!.text.startsWith('قالت الدكتورة')).toBe(true);
    expect(body[0]!.text.endsWith('تعمل معنا منذ سنوات.')).toBe(true);
  });

  it('keeps apart lines that end like sentences, short lines and lines with a blank line between', () => {
    const text = [
      'عنوان الخبر',
      '',
      'وقال الوزير إن الحكومة ستعلن خطة جديدة لدعم المزارعين في الأسبوع المقبل.',
      'وأضاف أن الخطة تشمل قروضا ميسرة وإعفاءات من الضرائب لمدة عامين كاملين.',
      'تفاصيل الخطة',
      'وأوضح أن التمويل سيأتي من الموازنة العامة ومن شركاء دوليين في المنطقة',
      '',
      'وتابع أن البرلمان سيناقش الخطة في جلسته المقبلة بعد عطلة نهاية الأسبوع',
    ].join('\n');
    const body = article(text).paragraphs.filter((p) => p.role === 'body');
    // Each line its own paragraph, and none lost after the subheading though the last two lack their full stops.
    expect(body.map((p) => p.text.split(' ')[0])).toEqual(['وقال', 'وأضاف', 'تفاصيل', 'وأوضح', 'وتابع']);
  });

  it('runs a line that ends on a comma into the next, in any article', () => {
    const text = ['عنوان الخبر', '', 'كما أعلن وزير الصحة سامي العلي، في وقت لاحق من ليلة الجمعة،', 'ارتفاع ضحايا الانفجار إلى 22 وفاة.'].join('\n');
    const body = article(text).paragraphs.filter((p) => p.role === 'body');
    expect(body).toHaveLength(1);
  });
});
