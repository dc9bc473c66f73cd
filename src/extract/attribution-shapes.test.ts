import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { extractStatements } from './quotes.ts';
import { SpeakerDirectory } from './speakers.ts';
import type { Statement } from './types.ts';

/** One test per general attribution shape, on sentences written for the test (no outlet's copy). */
function statementsOf(text: string, directory = new SpeakerDirectory()): Array<Statement & { speaker: string; latin: string }> {
  const article = parseArticle('100_test.txt', '/tmp/100_test.txt', text);
  return extractStatements(article, directory).map((s) => ({ ...s, speaker: directory.get(s.speakerKey)!.name, latin: directory.get(s.speakerKey)!.latin }));
}

describe('attribution shapes', () => {
  it('keeps name chains whole: عبد/أبو/بن/آل take the next word', () => {
    const out = statementsOf(
      [
        'أكد الأمين العام للمنظمة عبد الرحيم أبو النور أن الاجتماع سيعقد في موعده.',
        'وأوضح أبو النور أن جدول الأعمال يشمل ملف المياه.',
        'وقال الشيخ سلطان بن خليفة آل حامد إن الوفد سيصل غدا إلى العاصمة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الرحيم أبو النور', 'عبد الرحيم أبو النور', 'سلطان بن خليفة آل حامد']);
    expect(out[0]!.latin).toBe('Abdelrahim Abu al-Nour');
  });

  it('takes a family name with the article after a listed given name, and never a common noun as a name', () => {
    const [s] = statementsOf('قالت سلوى المنصوري إن المعرض سيفتح أبوابه الأسبوع المقبل.');
    expect(s).toMatchObject({ speaker: 'سلوى المنصوري' });
    // "أعلن الرئيس حالة الطوارئ": حالة is no name, and declaring a state of emergency is an act, not words.
    expect(statementsOf('وأعلن الرئيس حالة الطوارئ في جميع أنحاء البلاد لمدة شهر.')).toEqual([]);
    // "أكد لهم": a preposition with a pronoun is never the speaker.
    const out = statementsOf('وقال المدرب كريم ناصر إن الفريق جاهز.\n\nوأكد لهم أن المباراة المقبلة حاسمة للغاية.');
    expect(out.map((x) => x.speaker)).toEqual(['كريم ناصر', 'كريم ناصر']);
  });

  it('reads words that open with the verb\'s own preposition (أعرب عن، أفادت بـ، دعا إلى)', () => {
    const out = statementsOf(
      [
        'وأعرب وزير الزراعة حسام الدين صالح عن أمله في تحسن المحصول هذا الموسم.',
        'وأفادت هيئة الأرصاد بارتفاع درجات الحرارة خلال الأيام المقبلة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['حسام الدين صالح', 'عن أمله في تحسن المحصول هذا الموسم'],
      ['هيئة الأرصاد', 'بارتفاع درجات الحرارة خلال الأيام المقبلة'],
    ]);
    // عبر is also "via": without its own عن it is no verb.
    expect(statementsOf('ونشرت الشركة الأرقام عبر موقعها الرسمي على الإنترنت أمس.')).toEqual([]);
  });

  it('ends reported words at a clause break (في حين، بينما) unless quoted words follow', () => {
    const [s] = statementsOf('وقال المتحدث باسم الحكومة إن المفاوضات تسير بشكل جيد، في حين اتهمت المعارضة السلطات بالمماطلة.');
    expect(s!.text).toBe('المفاوضات تسير بشكل جيد');
    const [q] = statementsOf('وقال الوزير إن الوضع مستقر في إشارة إلى المسلحين الذين «انسحبوا من المدينة بالكامل».');
    expect(q!.text).toContain('انسحبوا من المدينة بالكامل');
  });

  it('gives a participle to the speaker it agrees with, past a clause of another speaker', () => {
    const [first, second] = statementsOf('قالت ليلى حداد إن الأسعار استقرت، حيث أعلن البنك المركزي عن خفض الفائدة، مشيرةً إلى أن التضخم سيتراجع.');
    expect(first!.speaker).toBe('ليلى حداد');
    const last = statementsOf('قالت ليلى حداد إن الأسعار استقرت، حيث أعلن البنك المركزي عن خفض الفائدة، مشيرةً إلى أن التضخم سيتراجع.').at(-1)!;
    expect(second).toBeDefined();
    expect(last).toMatchObject({ speaker: 'ليلى حداد', text: 'التضخم سيتراجع' });
  });

  it('gives a verb with no subject to the person introduced before it when no one has spoken yet', () => {
    const out = statementsOf('التقى المبعوث الأممي إلى ليبيا يان كوبيتش ممثلي الأطراف في تونس.\n\nوأضاف: «الحوار هو الطريق الوحيد لإنهاء الأزمة».');
    expect(out.map((s) => s.speaker)).toEqual(['يان كوبيتش']);
  });

  it('never takes a credit in brackets for the subject', () => {
    const [s] = statementsOf('عمان 3 مايو (رويترز) قال وزير الخارجية الأردني أيمن الصفدي إن الحدود ستبقى مفتوحة.');
    expect(s!.speaker).toBe('أيمن الصفدي');
  });

  it('lets a report speak for the body it comes from, and التقرير refer back to it', () => {
    const out = statementsOf('وقدر تقرير للاستخبارات البريطانية أن الخسائر كبيرة جدا.\n\nوأضاف التقرير أن التقييم قد يتغير لاحقا.');
    expect(out.map((s) => s.speaker)).toEqual(['الاستخبارات البريطانية', 'الاستخبارات البريطانية']);
    expect(out[0]!.speakerMention).toBe('تقرير للاستخبارات البريطانية');
  });

  it('finds a person by the English spelling of the family name alone or with an article', () => {
    const directory = new SpeakerDirectory();
    statementsOf('وقال مدير الشركة، فهد بن عبد الرحمن الجلاجل، إن الأرباح ارتفعت.\n\nوأكد غروندبرغ أن الهدنة صامدة.', directory);
    expect(directory.find('Fahad Al-Jalajel')[0]?.speaker.name).toBe('فهد بن عبد الرحمن الجلاجل');
    expect(directory.find('Hans Grundberg')[0]?.speaker.name).toBe('غروندبرغ');
  });

  it('reads a title in construct with its own complement (رئيس وزراء البلد) before the name', () => {
    const [s] = statementsOf('وقال رئيس وزراء مالطا روبرت أبيلا إن الانتخابات ستجري في موعدها.');
    expect(s!.speaker).toBe('روبرت أبيلا');
  });

  it('gives a feminine title with no named minister to the woman who spoke before', () => {
    const out = statementsOf('وقالت سلوى النجار إن المفاوضات ستستأنف قريبا.\n\nوأضافت الوزيرة أن الاتفاق بات قريبا جدا.');
    expect(out.map((s) => s.speaker)).toEqual(['سلوى النجار', 'سلوى النجار']);
  });

  it('labels headline claims and mixed quotes, leaving full quotes and plain reports unlabelled', () => {
    const out = statementsOf('وزير المالية: «الموازنة الجديدة ستخفض العجز بشكل كبير»\n\nوقال الوزير إن الإصلاحات «ضرورية ولا مفر منها» هذا العام.\n\nوأكد الوزير أن الحكومة ماضية في خطتها.');
    expect(out.map((s) => s.form)).toEqual(['headline', 'partial', undefined]);
  });
});
