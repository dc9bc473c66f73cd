import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { Desk } from '../desk/desk.ts';
import type { Statement } from '../extract/types.ts';
import { renderText } from '../render/text.ts';
import { buildDigest } from './build.ts';

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

describe('digest statements', () => {
  it('puts prominent speakers first, one or two statements each, verbatim with their source', () => {
    const desk = new Desk({ lexicons });
    // Earlier coverage: the mayor is quoted often on the desk.
    desk.addArticle(article('020', ['العمدة قال: «الطرق مغلقة».', 'العمدة قال: «المدارس مغلقة».', 'العمدة قال: «الوضع صعب».']));
    desk.addArticle(
      article('021', [
        'قال مصدر مطلع إن الاجتماع تأجل.',
        'قال المتحدث إن الحكومة ستعقد اجتماعاً طارئاً.',
        'العمدة قال: «سنعيد فتح الجسر غداً».',
        'الوزير قال: «لن نسمح بتكرار ما حدث».',
        'قال الوزير إن لجنة تحقيق ستشكل.',
        'الوزير قال: «نحن نتابع الوضع».',
      ]),
    );
    const docs = buildDigest(desk, { covered: new Set(['020']), since: null });
    const who = docs.find((d) => d.title === 'Who said what')!;
    // Lexicon-known minister, then the much-quoted mayor, then the rest.
    expect(who.sections!.map((s) => s.title)).toEqual(['الوزير', 'العمدة', 'المتحدث', 'مصدر مطلع']);
    const minister = who.sections![0]!;
    expect(minister.items).toHaveLength(2);
    expect(minister.items.map((i) => i.heading)).toEqual(['Direct quote — 021 · وكالة 021', 'Direct quote — 021 · وكالة 021']);
    const text = renderText(who);
    expect(text).toContain('لن نسمح بتكرار ما حدث');
    // Only new articles' statements.
    expect(text).not.toContain('الطرق مغلقة');
  });
});
