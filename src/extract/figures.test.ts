import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { loadLexicons } from '../lexicon.ts';
import { extractFigures } from './figures.ts';
import { extractStatements } from './quotes.ts';
import { SpeakerDirectory } from './speakers.ts';

/** Articles about other events than the seeds: the rules must be general. */
function figuresOf(text: string) {
  const article = parseArticle('200_test.txt', '/tmp/200_test.txt', text);
  const directory = new SpeakerDirectory();
  const statements = extractStatements(article, directory);
  return extractFigures(article, statements, loadLexicons().topics).map((f) => ({ ...f, speaker: f.speakerKey ? directory.get(f.speakerKey)!.name : null }));
}

describe('extractFigures', () => {
  it('classifies counts by the words around them and keeps the counted noun', () => {
    const out = figuresOf(
      [
        'قالت وزارة الصحة السودانية إن 45 شخصاً قتلوا وأصيب أكثر من 200 آخرين في اشتباكات الخرطوم.',
        'وأفادت الأمم المتحدة بأن نحو 12 ألف لاجئ عبروا الحدود إلى تشاد خلال أسبوع.',
        'وأعلنت الشرطة اعتقال 37 مشتبهاً بهم.',
      ].join('\n\n'),
    );
    const brief = out.map((f) => [f.value, f.topic, f.approx]);
    expect(brief).toEqual([
      [45, 'deaths', false],
      [200, 'injuries', true],
      [12000, 'refugees', true],
      [37, 'arrests', false],
    ]);
    expect(out[0]!.speaker).toBe('وزارة الصحة السودانية');
    expect(out[2]!.unit).toBe('لاجئ');
  });

  it('separates security forces from the overall toll', () => {
    const [police, total] = figuresOf('قتل 3 من عناصر الشرطة و20 مدنياً على الأقل في الهجوم، بحسب مصادر طبية.\n\nوارتفعت حصيلة القتلى إلى 52 شخصاً.').filter((f) => f.topic === 'deaths');
    expect(police).toMatchObject({ value: 3, group: 'security forces' });
    expect(total).toBeDefined();
  });

  it('flags figures the text says were withdrawn or denied', () => {
    const [f] = figuresOf('ونفت الوزارة ما تداولته وسائل إعلام عن مقتل 300 شخص في المدينة.');
    expect(f).toMatchObject({ value: 300, topic: 'deaths', withdrawn: true });
  });

  it('ignores dates, years, ages and durations, and reads duals of counted nouns', () => {
    const out = figuresOf('في 3 مارس 2021، وبعد حصار دام 40 يوماً، قتل جنديان وأصيب رجل يبلغ من العمر 60 عاماً.');
    expect(out.map((f) => [f.value, f.topic])).toEqual([[2, 'deaths']]);
  });

  it('takes who says so from the statement, else from an "according to" phrase', () => {
    const [byBody] = figuresOf('وتجاوز عدد المعتقلين 1500 شخص بحسب منظمة العفو الدولية.');
    expect(byBody).toMatchObject({ value: 1500, topic: 'arrests', speaker: 'منظمة العفو الدولية' });
    const [byFigures] = figuresOf('وتجاوز عدد المعتقلين 1500 شخص بحسب أرقام رسمية.');
    expect(byFigures).toMatchObject({ value: 1500, topic: 'arrests', speakerKey: null, attribution: 'أرقام رسمية' });
  });
});
