import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { articleProfile, loadFunctionWords } from './features.ts';

/**
 * Story grouping's date window reads the article's date from its profile: a page header's «today»
 * (dateSource 'page-header', often the day the page was saved) must not hold a story back, so an
 * old story's page saved years later still joins it.
 */
const functionWords = loadFunctionWords();
const STORY = 'تشييع ضحايا حريق مستشفى الأمل\nشيع أهالي الزرقاء ضحايا حريق مستشفى الأمل، فيما فتح الدفاع المدني تحقيقا في انطلاق النيران من غرفة الأكسجين.';
const profileDate = (text: string) => articleProfile(parseArticle('301_x.txt', '/tmp/301_x.txt', text), [], { functionWords }).date;

describe('the date story grouping sees', () => {
  it('is the article’s own date', () => {
    expect(profileDate(STORY.replace('\n', '\nالأحد 9 مايو 2021\n'))).toBe('2021-05-09');
  });

  it('is none when the only date is the page header’s', () => {
    const page = `عاجل\nالأحد 28 أبريل 2024 الموافق 19 شوال 1445\nرئيس التحرير\nنادر الصافي\n${STORY}`;
    expect(parseArticle('301_x.txt', '/tmp/301_x.txt', page).meta).toMatchObject({ published: '2024-04-28', dateSource: 'page-header' });
    expect(profileDate(page)).toBeNull();
  });
});
