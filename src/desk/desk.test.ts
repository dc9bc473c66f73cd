import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { Desk } from './desk.ts';

const article = (file: string, text: string) => parseArticle(file, `/tmp/${file}`, text);

describe('Desk', () => {
  it('gives a second desk in the same process the same figure topics as the first (a /reload reads the lexicons again)', () => {
    const text = 'حصيلة جديدة\nقتل 12 شخصا وأصيب 30 آخرون في انفجار بمستودع للوقود، وفق ما أعلنت السلطات المحلية.';
    const topicsOf = () => {
      const desk = new Desk();
      desk.addArticle(article('010_a.txt', text));
      return desk.figures().map((f) => [f.value, f.topic]);
    };
    const first = topicsOf();
    expect(first).toEqual([
      [12, 'deaths'],
      [30, 'injuries'],
    ]);
    expect(topicsOf()).toEqual(first);
  });

  it('finds a passage by a clitic-bearing or stemmed form and highlights the original words', () => {
    const desk = new Desk();
    desk.addArticle(article('010_a.txt', 'عنوان الخبر\nوحذر الرئيس من أن بلاده لن تسمح "بثورات ملونة" في المنطقة.'));
    const hits = desk.searchPassages('ثورات ملونة');
    expect(hits[0]?.article.id).toBe('010');
    const hit = hits[0]!;
    expect(hit.highlights.map(([s, e]) => hit.text.slice(s, e))).toEqual(['بثورات', 'ملونة']);
  });

  it('renews only the label of the story an article joins or leaves, and keeps labels across a snapshot', () => {
    const desk = new Desk();
    const flood = 'فيضانات في مدينة الموصل\nقال محافظ نينوى إن الفيضانات في الموصل أغرقت مئات المنازل وشردت عشرات العائلات.';
    const vote = 'انتخابات بلدية في تونس\nأعلنت الهيئة العليا للانتخابات في تونس أن نسبة المشاركة في الانتخابات البلدية بلغت 30 بالمئة.';
    desk.addArticle(article('020_a.txt', flood));
    desk.addArticle(article('021_b.txt', vote));
    const [floodStory, voteStory] = ['020', '021'].map((id) => desk.storyOf(id)!);
    const voteLabel = desk.storyLabel(voteStory!);
    const floodLabel = desk.storyLabel(floodStory!);
    desk.addArticle(article('022_c.txt', 'ارتفاع ضحايا فيضانات الموصل\nوقال محافظ نينوى إن الفيضانات في الموصل أغرقت آلاف المنازل وشردت مئات العائلات.'));
    expect(desk.storyOf('022')).toBe(floodStory);
    expect(desk.storyLabel(voteStory!)).toBe(voteLabel); // the same object: not worked out again
    expect(desk.storyLabel(floodStory!)).not.toBe(floodLabel);
    const restored = Desk.fromSnapshot(desk.toSnapshot());
    expect(restored.storyLabel(voteStory!)).toEqual(voteLabel);
  });

  it('updates incrementally: replacing and removing an article changes search results', () => {
    const desk = new Desk();
    desk.addArticle(article('011_a.txt', 'عنوان\nأعلنت الوزارة توقيف مئات المحتجين في العاصمة.'));
    expect(desk.searchPassages('المحتجين').length).toBe(1);
    desk.addArticle(article('011_a.txt', 'عنوان\nأعلنت الوزارة افتتاح جسر جديد في العاصمة.'));
    expect(desk.size).toBe(1);
    expect(desk.searchPassages('المحتجين').length).toBe(0);
    expect(desk.searchPassages('جسر').length).toBe(1);
    expect(desk.removeArticle('011')).toBe(true);
    expect(desk.searchPassages('جسر').length).toBe(0);
    expect(desk.removeArticle('011')).toBe(false);
  });

  it('resolves ids typed as 3, 003 or the file name, and suggests the nearest otherwise', () => {
    const desk = new Desk();
    for (const f of ['001_x.txt', '003_17f18ee68b87133c.txt', '012_y.txt']) desk.addArticle(article(f, 'عنوان\nنص.'));
    expect(desk.findArticle('3').article?.id).toBe('003');
    expect(desk.findArticle('003').article?.id).toBe('003');
    expect(desk.findArticle('003_17f18ee68b87133c.txt').article?.id).toBe('003');
    expect(desk.findArticle('003_17f18ee68b87133c').article?.id).toBe('003');
    const miss = desk.findArticle('11');
    expect(miss.article).toBeUndefined();
    expect(!miss.article && miss.suggestions.map((a) => a.id)[0]).toBe('012');
  });

  it('maps English lexicon words to Arabic query terms', () => {
    const desk = new Desk({
      lexicons: { speakers: [], topics: [{ id: 'arrests', en: ['arrests', 'detained'], ar: ['اعتقال', 'توقيف'], extra: {} }], warnings: [] },
    });
    desk.addArticle(article('020_z.txt', 'عنوان\nأعلنت الحكومة توقيف نحو ثمانية آلاف شخص.'));
    expect(desk.searchPassages('detained')[0]?.article.id).toBe('020');
  });

  it('answers a sentence republished word for word once, naming the other articles, and keeps it while one remains', () => {
    const desk = new Desk();
    const wire = 'وقال المتحدث باسم الحكومة إن "الهدوء عاد إلى شوارع المدينة بعد ليلة صعبة".';
    desk.addArticle(article('030_a.txt', `عنوان أول\n${wire}`));
    desk.addArticle(article('031_b.txt', `عنوان ثان\nوفي تطور آخر، ${wire}`));
    desk.addArticle(article('032_c.txt', `عنوان ثالث\n${wire}\nوأغلقت المدارس أبوابها.`));
    // 031 wraps the sentence in words of its own: a different sentence, a hit of its own.
    const hits = desk.searchPassages('الهدوء عاد إلى شوارع');
    expect(hits.map((h) => h.article.id).sort()).toEqual(['031', '032']);
    expect(hits.find((h) => h.article.id === '032')!.alsoIn.map((a) => a.id)).toEqual(['030']);
    expect(hits.find((h) => h.article.id === '032')!.alsoInCount).toBe(1);
    expect(desk.searchPassages('الهدوء عاد', 10, '030')[0]?.article.id).toBe('030');
    desk.removeArticle('032');
    expect(desk.searchPassages('الهدوء عاد إلى شوارع').map((h) => h.article.id).sort()).toEqual(['030', '031']);
    desk.removeArticle('030');
    expect(desk.searchPassages('الهدوء عاد إلى شوارع').map((h) => h.article.id)).toEqual(['031']);
  });

  it('names the newest few of the many articles a wire sentence stands in, and counts the rest', () => {
    const desk = new Desk();
    const wire = 'وأكدت الوكالة أن "حركة الطيران استؤنفت في مطار المدينة".';
    for (let day = 1; day <= 15; day++) desk.addArticle(article(`${100 + day}_w.txt`, `عنوان ${day}\nتاريخ النشر: ${day} يناير 2022\n${wire}`));
    const [hit] = desk.searchPassages('حركة الطيران استؤنفت');
    expect(hit?.article.id).toBe('115');
    expect(hit?.alsoInCount).toBe(14);
    expect(hit?.alsoIn.map((a) => a.id)).toEqual(['114', '113', '112', '111', '110', '109', '108', '107', '106', '105']);
    expect(desk.searchPassages('حركة الطيران', 10, '103')[0]?.article.id).toBe('103');
  });

  it('ranks sentences with every word first, then widens to any word', () => {
    const desk = new Desk();
    desk.addArticle(article('040_a.txt', 'عنوان\nأعلنت الوزارة توقيف عشرات المحتجين في العاصمة.'));
    desk.addArticle(article('041_b.txt', 'عنوان\nشهدت العاصمة هدوءاً حذراً صباح اليوم.'));
    const hits = desk.searchPassages('توقيف العاصمة');
    expect(hits.map((h) => h.article.id)).toEqual(['040', '041']);
  });

  it('keeps id order, newest-first order and id lookups current as articles come and go', () => {
    const desk = new Desk();
    const dated = (file: string, date: string) => article(file, `عنوان\nتاريخ النشر: ${date}\nقال الوزير إن الوضع مستقر.`);
    desk.addArticle(dated('010_a.txt', '5 يناير 2022'));
    desk.addArticle(dated('002_b.txt', '7 يناير 2022'));
    expect(desk.articles().map((a) => a.id)).toEqual(['002', '010']);
    expect(desk.findArticle('10').article?.id).toBe('010');
    desk.addArticle(dated('9_c.txt', '6 يناير 2022'));
    expect(desk.articles().map((a) => a.id)).toEqual(['002', '9', '010']);
    expect(desk.articlesNewestFirst().map((a) => a.id)).toEqual(['002', '9', '010']);
    expect(desk.findArticle('009').article?.id).toBe('9');
    desk.removeArticle('002');
    expect(desk.articlesNewestFirst().map((a) => a.id)).toEqual(['9', '010']);
    expect(desk.findArticle('2').article).toBeUndefined();
  });
});
