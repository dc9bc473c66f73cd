import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { extractStatements, sentenceText } from './quotes.ts';
import { SpeakerDirectory } from './speakers.ts';
import type { Statement } from './types.ts';

/** Articles from other outlets and topics than the seeds: the rules must be general. */
function statementsOf(text: string, directory = new SpeakerDirectory()): Array<Statement & { speaker: string }> {
  const article = parseArticle('100_test.txt', '/tmp/100_test.txt', text);
  return extractStatements(article, directory).map((s) => ({ ...s, speaker: directory.get(s.speakerKey)!.name }));
}

describe('extractStatements', () => {
  it('takes the subject after the verb, past titles and time words, and the words after إن', () => {
    const [s] = statementsOf('قال وزير الخارجية المصري سامح شكري، الأحد، إن بلاده ترفض أي تدخل في شؤون السودان.');
    expect(s).toMatchObject({ speaker: 'سامح شكري', kind: 'indirect', text: 'بلاده ترفض أي تدخل في شؤون السودان' });
  });

  it('carries the speaker on through a bare continuation and a participle with a quote', () => {
    const out = statementsOf(
      [
        'أكد رئيس الوزراء اللبناني نجيب ميقاتي أن الحكومة ستقر الموازنة خلال أسبوعين.',
        'وأضاف: «لن نسمح بانهيار ما تبقى من مؤسسات الدولة».',
        'وأشار إلى أن المفاوضات مع صندوق النقد الدولي مستمرة، مضيفاً: «نحن متفائلون بالنتائج رغم الصعوبات».',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['نجيب ميقاتي', 'indirect', 'الحكومة ستقر الموازنة خلال أسبوعين'],
      ['نجيب ميقاتي', 'direct', 'لن نسمح بانهيار ما تبقى من مؤسسات الدولة'],
      ['نجيب ميقاتي', 'indirect', 'المفاوضات مع صندوق النقد الدولي مستمرة'],
      ['نجيب ميقاتي', 'direct', 'نحن متفائلون بالنتائج رغم الصعوبات'],
    ]);
  });

  it('gives the statement to the subject, never to the object of the verb', () => {
    const [s] = statementsOf('أبلغ رئيس الوزراء اللبناني نجيب ميقاتي الرئيس الفرنسي إيمانويل ماكرون بأن الحكومة ستنفذ الإصلاحات المطلوبة.');
    expect(s).toMatchObject({ speaker: 'نجيب ميقاتي', text: 'الحكومة ستنفذ الإصلاحات المطلوبة' });
  });

  it('resolves a later title to the person it was introduced with', () => {
    const out = statementsOf(
      [
        'التقى وزير الخارجية الأردني أيمن الصفدي نظيره التركي في أنقرة لبحث ملف اللاجئين.',
        'وأكد الوزير الأردني أن عودة اللاجئين يجب أن تكون طوعية وآمنة.',
      ].join('\n\n'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.speakerMention).toBe('الوزير الأردني');
  });

  it('attributes "نقلت الوكالة عن الوزارة قولها" to the ministry, not the agency', () => {
    const [s] = statementsOf('ونقلت وكالة الأنباء الرسمية عن وزارة الصحة قولها إن 12 شخصاً أصيبوا في الانفجار.');
    expect(s).toMatchObject({ speaker: 'وزارة الصحة', text: '12 شخصاً أصيبوا في الانفجار' });
  });

  it('knows anonymous sources and institutions, and الوزارة refers back to the ministry', () => {
    const out = statementsOf(
      [
        'وقال مصدر أمني إن الانفجار وقع قرب مبنى السفارة في ساعة مبكرة.',
        'وأعلنت وزارة الداخلية السعودية القبض على ثلاثة أشخاص في الرياض.',
        'وأوضحت الوزارة أن التحقيقات ما زالت جارية مع الموقوفين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['مصدر أمني', 'وزارة الداخلية السعودية', 'وزارة الداخلية السعودية']);
    expect(out[1]!.text).toBe('القبض على ثلاثة أشخاص في الرياض');
  });

  it('reads subject-first sentences and trailing attributions', () => {
    const out = statementsOf(
      [
        'المتحدث باسم الجيش، العقيد أحمد المسماري، أكد أن القوات سيطرت على المطار بالكامل.',
        'وستبدأ عملية إعادة الإعمار في الربيع المقبل، على حد قوله.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['أحمد المسماري', 'القوات سيطرت على المطار بالكامل'],
      ['أحمد المسماري', 'وستبدأ عملية إعادة الإعمار في الربيع المقبل'],
    ]);
  });

  it('quotes nothing for a scare quote or a verb inside a relative clause', () => {
    expect(statementsOf('وشهدت المدينة ما وصفه السكان بـ«الليلة الأصعب» منذ سنوات طويلة.')).toEqual([]);
    expect(statementsOf('وانتقد البرلمان القرارات التي يقول الوزير إنها ستضر بالمزارعين.')).toEqual([]);
  });

  it('reads the headline form "Speaker: «quote»"', () => {
    const [s] = statementsOf('الرئيس السيسي: «مصر لن تتخلى عن حقوقها المائية»\n\nالقاهرة - عقد الرئيس اجتماعاً مع الحكومة.');
    expect(s).toMatchObject({ kind: 'direct', text: 'مصر لن تتخلى عن حقوقها المائية' });
    expect(s!.speaker).toContain('السيسي');
  });

  it('does not take a headline label or a newspaper for a person', () => {
    expect(statementsOf('عاجل: انفجار قوي يهز وسط العاصمة بيروت\n\nوقع الانفجار ظهر اليوم.')).toEqual([]);
    const [s] = statementsOf('وقالت صحيفة نيويورك تايمز إن المفاوضات وصلت إلى طريق مسدود.');
    expect(s).toMatchObject({ speaker: 'صحيفة نيويورك تايمز' });
    expect(s!.speakerKey.startsWith('i:')).toBe(true);
  });

  it('keeps a quote that runs on into the next sentence whole', () => {
    const [s] = statementsOf('وتابع الوزير: «الأزمة لم تنته بعد. وعلينا أن نستعد لشتاء صعب».');
    expect(s!.text).toBe('الأزمة لم تنته بعد. وعلينا أن نستعد لشتاء صعب');
  });

  it('merges spelling variants of one name across articles', () => {
    const directory = new SpeakerDirectory();
    const a = statementsOf('قال الرئيس الأوكراني فولوديمير زيلينسكي إن الهجوم المضاد سيستمر.', directory);
    const b = statementsOf('وقال زيلنسكي إن بلاده تحتاج إلى مزيد من أنظمة الدفاع الجوي.', directory);
    expect(b[0]!.speakerKey).toBe(a[0]!.speakerKey);
    expect(directory.get(a[0]!.speakerKey)!.name).toBe('فولوديمير زيلينسكي');
  });
});

describe('sentenceText', () => {
  const article = parseArticle(
    '101_test.txt',
    '/tmp/101_test.txt',
    'عنوان الخبر\nأعلنت الوزارة إغلاق المعبر. وقال المتحدث إن "القرار مؤقت. وسيعاد فتحه قريباً". وأغلقت المدارس أبوابها.',
  );
  const holding = (word: string) => article.sentences.find((s) => s.text.includes(word))!;

  it('gives the sentence a range stands in, or every sentence it runs across', () => {
    const inside = article.text.indexOf('المتحدث');
    expect(sentenceText(article, inside, inside + 7)).toBe(holding('المتحدث').text);
    const across = article.text.indexOf('المعبر');
    expect(sentenceText(article, across, inside + 7)).toBe(article.text.slice(holding('المعبر').start, holding('المتحدث').end));
    // Past the last sentence, the range itself.
    expect(sentenceText(article, article.text.length, article.text.length)).toBe('');
  });
});
