import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { Desk } from './desk.ts';
import { letterRuns, normalizedLetterRuns, statementsByStory } from './story-statements.ts';
import { normalizeForMatch } from '../arabic/normalize.ts';

const article = (file: string, text: string) => parseArticle(file, `/tmp/${file}`, text);

const QUOTE = 'وقالت وزارة الداخلية في بيان: "لن نسمح بتكرار ما حدث في مستشفى الأمل، وسنحاسب كل مقصر".';
const FIRE = 'حريق في مستشفى الأمل بمدينة الزرقاء\nاندلع حريق فجر اليوم في مستشفى الأمل بمدينة الزرقاء، ما أدى إلى وفاة 12 مريضا، وفق الدفاع المدني. ';
const FIRE_2 = 'ضحايا حريق مستشفى الأمل في الزرقاء\nارتفعت حصيلة ضحايا حريق مستشفى الأمل في الزرقاء إلى 15 وفاة، بحسب الدفاع المدني الذي قال إن النيران بدأت في غرفة الأكسجين. ';
const BUDGET =
  'الحكومة تقر الموازنة العامة بعجز قياسي\nأقر مجلس الوزراء مشروع الموازنة العامة للعام المقبل بعجز يبلغ ملياري دينار، وأحاله إلى البرلمان لمناقشته في دورته الاستثنائية. ' +
  'وتتوقع الموازنة نمو الإيرادات الضريبية بنسبة خمسة في المئة مع تراجع أسعار النفط وارتفاع خدمة الدين العام. ' +
  'وقالت وزارة الداخلية إن مخصصات الأمن لن تنقص رغم التقشف، فيما طالب نواب المعارضة بخفض النفقات الجارية وتوجيهها إلى التعليم والصحة.';

describe('statementsByStory', () => {
  it('groups a speaker by story and shows a republished statement once, with the outlets that carried it', async () => {
    // The seed articles give the rarity weights a desk to compare with.
    const desk = await Desk.fromDirectory('data/articles');
    desk.addArticle(article('301_a.txt', FIRE + QUOTE));
    desk.addArticle(article('302_b.txt', FIRE_2 + QUOTE));
    desk.addArticle(article('303_c.txt', BUDGET));
    expect(desk.storyOf('302')).toBe(desk.storyOf('301'));
    const key = desk.statements('301').find((s) => s.text.includes('لن نسمح'))!.speakerKey;
    const groups = ['302', '303', '301'].map((id) => ({ article: desk.getArticle(id)!, statements: desk.statements(id).filter((s) => s.speakerKey === key) }));
    const stories = statementsByStory(desk, groups);
    expect(stories.map((s) => s.story)).toEqual([desk.storyOf('302'), desk.storyOf('303')]);
    const fire = stories[0]!;
    const carried = fire.articles.flatMap((a) => a.statements).filter((c) => c.statement.text.includes('لن نسمح'));
    expect(carried).toHaveLength(1);
    expect(carried[0]!.statement.article).toBe('302');
    expect(carried[0]!.alsoIn.map((a) => a.id)).toEqual(['301']);
  });

  it('keeps the same words from another speaker as a statement of its own, and carries each speaker apart', async () => {
    const desk = await Desk.fromDirectory('data/articles');
    desk.addArticle(article('301_a.txt', FIRE + QUOTE));
    desk.addArticle(article('302_b.txt', FIRE_2 + QUOTE));
    expect(desk.storyOf('302')).toBe(desk.storyOf('301'));
    const quoted = (id: string) => desk.statements(id).find((s) => s.text.includes('لن نسمح'))!;
    // As in an answer about everyone: the words reported twice under one name, once under another.
    const other = { ...quoted('301'), speakerKey: `${quoted('301').speakerKey}-other` };
    const stories = statementsByStory(desk, [
      { article: desk.getArticle('302')!, statements: [quoted('302')] },
      { article: desk.getArticle('301')!, statements: [other, quoted('301')] },
    ]);
    expect(stories).toHaveLength(1);
    const shown = stories[0]!.articles.map((a) => a.statements.map((c) => [c.statement.speakerKey, c.alsoIn.map((x) => x.id)]));
    expect(shown).toEqual([[[quoted('302').speakerKey, ['301']]], [[other.speakerKey, []]]]);
  });
});

describe('letterRuns', () => {
  const byPattern = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('keeps the runs of letters and digits with one space between them', () => {
    expect(letterRuns('  «لن نسمح»، بتكرار ما حدث… ٣ مرات!  ')).toBe('لن نسمح بتكرار ما حدث ٣ مرات');
    expect(letterRuns('،،، ...')).toBe('');
  });

  it('reads what the pattern reads, marks, astral letters and lone surrogates included', () => {
    const pieces = ['ا', 'أ', ' ', '،', '.', '«', '"', 'A', 'é', 'x\u0301', '1', '٣', '²', '\u0610', '\u200f', '\ufeff', '\u00a0', '\n', '😀', '𝐀', '\ud800', '\udc00', 'ﻻ', 'ـ', 'Ⅻ', '½'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let j = 0, m = Math.floor(next() * 14); j < m; j++) text += pieces[Math.floor(next() * pieces.length)];
      expect(letterRuns(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});

describe('normalizedLetterRuns', () => {
  it('reads what letterRuns reads of the normalised text, in one pass', () => {
    expect(normalizedLetterRuns('  «لن نُسمحَ»، بتكرار ما حدث… ٣ مرّات!  ')).toBe('لن نسمح بتكرار ما حدث 3 مرات');
    expect(normalizedLetterRuns('وزارة الصحة')).toBe('وزاره الصحه');
    const plain = 'قال الوزير إن العمل مستمر';
    expect(normalizedLetterRuns(plain)).toBe(letterRuns(normalizeForMatch(plain)));
    expect(normalizedLetterRuns('a,b')).toBe('a b');
  });

  it('matches the composition on random text: diacritics, tatweel, ligatures, digits, quote marks, surrogates', () => {
    const pieces = ['ا', 'أ', 'إ', 'آ', 'ى', 'ة', ' ', '  ', '،', ',', '.', '«', '»', '"', '“', 'A', 'é', 'x\u0301', '1', '٣', '۴', '٫', '²', '\u0610', '\u064B', '\u0651', '\u200f', '\u200b', '\ufeff', '\u00a0', '\n', '\t', '😀', '𝐀', '\ud800', '\udc00', 'ﻻ', 'ـ', 'Ⅻ', '½', 'ﷲ', 'İ', 'ß', '-', '—'];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let j = 0, m = Math.floor(next() * 16); j < m; j++) text += pieces[Math.floor(next() * pieces.length)];
      expect(normalizedLetterRuns(text), JSON.stringify(text)).toBe(letterRuns(normalizeForMatch(text)));
    }
  });
});
