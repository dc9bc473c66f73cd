import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { Desk } from '../desk/desk.ts';
import type { Statement } from '../extract/types.ts';
import { plainText, type Doc } from '../render/doc.ts';
import { renderText } from '../render/text.ts';
import { buildDigest, DIGEST_OPTIONS } from './build.ts';

/**
 * The digest's "who said what" over Statement records. The quote extractor is replaced by a test
 * double (a sentence "X قال: «…»" or "قال X إن …" gives a statement by X) so the ranking and
 * selection are pinned independently of the extractor.
 */
vi.mock('../extract/quotes.ts', () => ({
  extractStatements(article: Article): Statement[] {
    const out: Statement[] = [];
    for (const s of article.sentences) {
      const direct = /^(\S+) قال: «(.+)»/u.exec(s.text);
      const indirect = /^قال (\S+(?: \S+)?) إن (.+)$/u.exec(s.text);
      const m = direct ?? indirect;
      if (!m) continue;
      const start = s.start + s.text.indexOf(m[2]!);
      out.push({ id: `${article.id}:${start}`, article: article.id, speakerKey: m[1]!, speakerMention: m[1]!, kind: direct ? 'direct' : 'indirect', text: m[2]!, sentence: s.text, start, end: start + m[2]!.length });
    }
    return out;
  },
}));

const lexicons = { speakers: [{ id: 'الوزير', en: ['minister'], ar: ['الوزير'], extra: {} }], topics: [], warnings: [] };
const article = (id: string, lines: string[]) => parseArticle(`${id}_x.md`, `/tmp/${id}_x.md`, `---\ntitle: خبر ${id}\noutlet: وكالة ${id}\n---\n${lines.join('\n')}\n`);

const keyStatements = (docs: Doc[]) => docs.flatMap((d) => d.sections ?? []).filter((s) => s.title === 'Key statements').flatMap((s) => s.items);

describe('digest statements', () => {
  const desk = new Desk({ lexicons });
  // Earlier coverage: the mayor is quoted often on the desk.
  desk.addArticle(article('020', ['العمدة قال: «الطرق مغلقة بسبب الفيضانات في المدينة».', 'العمدة قال: «المدارس مغلقة بسبب الفيضانات في المدينة».', 'العمدة قال: «الوضع صعب في المدينة بعد الفيضانات».']));
  const flood = [
    'قال مصدر مطلع إن الاجتماع بشأن الفيضانات في المدينة تأجل.',
    'قال المتحدث إن الحكومة ستعقد اجتماعاً طارئاً بشأن الفيضانات في المدينة.',
    'العمدة قال: «سنعيد فتح الجسر غداً بعد انحسار الفيضانات في المدينة».',
    'الوزير قال: «لن نسمح بتكرار ما حدث في المدينة من فيضانات».',
    'قال الوزير إن لجنة تحقيق ستشكل في أسباب الفيضانات بالمدينة.',
    'الوزير قال: «نحن نتابع الوضع».',
  ];
  desk.addArticle(article('021', flood));
  // Another outlet republishes the minister's words verbatim.
  desk.addArticle(article('022', ['الوزير قال: «لن نسمح بتكرار ما حدث في المدينة من فيضانات».', 'قال المتحدث إن الحكومة ستعقد اجتماعاً طارئاً بشأن الفيضانات في المدينة.']));

  it('puts prominent speakers first, different speakers before a second statement, verbatim with their source', () => {
    expect(new Set(['020', '021', '022'].map((id) => desk.storyOf(id))).size).toBe(1);
    const items = keyStatements(buildDigest(desk, { covered: new Set(['020']), since: null }));
    // Lexicon-known minister, then the much-quoted mayor, then the rest; four a story, one each first.
    expect(items.map((i) => i.heading.split(' — ')[0])).toEqual(['الوزير', 'العمدة', 'المتحدث', 'مصدر مطلع']);
    const more = keyStatements(buildDigest(desk, { covered: new Set(['020']), since: null }, { ...DIGEST_OPTIONS, statementsPerStory: 8 }));
    expect(more.map((i) => i.heading.split(' — ')[0])).toEqual(['الوزير', 'العمدة', 'المتحدث', 'مصدر مطلع', 'الوزير']);
    expect(items[0]!.heading).toMatch(/^الوزير — Direct quote — 02[12] · وكالة 02[12] · date unknown$/);
    const text = items.map((i) => `${i.heading}\n${plainText(i.quote ?? '')}\n${(i.lines ?? []).map(plainText).join('\n')}`).join('\n');
    expect(text).toContain('لن نسمح بتكرار ما حدث في المدينة من فيضانات');
    // Only new articles' statements.
    expect(text).not.toContain('الطرق مغلقة');
  });

  it('shows a statement several outlets carried word for word once, with the outlets that carried it', () => {
    const items = keyStatements(buildDigest(desk, { covered: new Set(['020']), since: null }));
    const minister = items.filter((i) => plainText(i.quote ?? '').includes('لن نسمح بتكرار'));
    expect(minister).toHaveLength(1);
    expect(minister[0]!.lines?.map(plainText)).toEqual([expect.stringMatching(/^Also carried by: 02[12] · وكالة 02[12] · date unknown$/)]);
    const spokesman = items.filter((i) => i.heading.startsWith('المتحدث'));
    expect(spokesman).toHaveLength(1);
    expect(renderText(buildDigest(desk, { covered: new Set(['020']), since: null })[1]!)).toContain('Also carried by:');
  });
});
