import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.ts';
import { articleIdFromFile, loadArticleFile, loadCorpus, MAX_ARTICLE_BYTES } from './load.ts';

const ARTICLE = 'عنوان الخبر الرئيسي\nقال الوزير إن "الوضع مستقر" في العاصمة.\nوأضاف أن الحكومة تتابع التطورات.\n';
/** The same article in Windows-1256 (legacy Arabic code page), written byte by byte. */
const CP1256: Record<string, number> = { ا: 0xc7, ل: 0xe1, ر: 0xd1, ئ: 0xc6, ي: 0xed, س: 0xd3, ' ': 0x20, ق: 0xde, '.': 0x2e, '\n': 0x0a };
const encode1256 = (s: string) => Buffer.from([...s].map((c) => CP1256[c]!));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await chmod(join(dir, '005_locked.txt'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('article ids', () => {
  it('takes the leading digits, else the base name', () => {
    expect(articleIdFromFile('003_17f18ee68b87133c.txt')).toBe('003');
    expect(articleIdFromFile('interview.md')).toBe('interview');
  });

  it('keeps both files of a duplicate id, warns naming both, and numbers the later one', async () => {
    await writeFile(join(dir, '003_b.txt'), ARTICLE);
    await writeFile(join(dir, '003_a.txt'), ARTICLE);
    await writeFile(join(dir, '003_c.txt'), ARTICLE);
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.file])).toEqual([
      ['003', '003_a.txt'],
      ['003-2', '003_b.txt'],
      ['003-3', '003_c.txt'],
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]!.file).toBe('003_b.txt');
    expect(warnings[0]!.message).toContain('003_a.txt');
    expect(warnings[0]!.message).toContain('003-2');
  });
});

describe('loading a directory', () => {
  it('loads .txt and .md, skips dotfiles and other extensions silently', async () => {
    await writeFile(join(dir, '001_a.txt'), ARTICLE);
    await writeFile(join(dir, '002_b.md'), `---\ntitle: "عنوان من المحرر"\noutlet: الجزيرة نت\npublished: 2022-01-11\nurl: https://example.com/a\n---\n# عنوان الخبر\nقال الوزير إن الوضع مستقر.\n`);
    await writeFile(join(dir, '.003_hidden.txt'), ARTICLE);
    await writeFile(join(dir, 'notes.json'), '{}');
    await mkdir(join(dir, 'archive'));
    const { articles, warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['001', '002']);
    const md = articles[1]!;
    expect(md.meta).toEqual({ title: 'عنوان من المحرر', outlet: 'الجزيرة نت', published: '2022-01-11', dateSource: 'front-matter', url: 'https://example.com/a', language: 'ar' });
    expect(md.text.startsWith('# عنوان الخبر')).toBe(true); // front matter removed, offsets index this text
    expect(md.paragraphs[0]).toMatchObject({ role: 'headline', text: 'عنوان الخبر' });
    expect(md.text.slice(md.paragraphs[1]!.start, md.paragraphs[1]!.end)).toBe('قال الوزير إن الوضع مستقر.');
  });

  it('turns every bad file into a warning naming it and loads the rest', async () => {
    await writeFile(join(dir, '001_good.txt'), ARTICLE);
    await writeFile(join(dir, '002_empty.txt'), '');
    await writeFile(join(dir, '003_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(join(dir, '004_blank.md'), ' \n\n\t\n');
    await writeFile(join(dir, '005_locked.txt'), ARTICLE);
    await chmod(join(dir, '005_locked.txt'), 0o000);
    const { articles, warnings } = await loadCorpus(dir);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.message]));
    expect(articles.map((a) => a.id)).toContain('001');
    expect(byFile['002_empty.txt']).toMatch(/empty file; skipped/);
    expect(byFile['003_binary.txt']).toMatch(/binary file .*skipped/);
    expect(byFile['004_blank.md']).toMatch(/only whitespace; skipped/);
    const root = process.getuid?.() === 0; // root reads anything; the permission case cannot arise
    if (!root) expect(byFile['005_locked.txt']).toMatch(/permission denied; skipped/);
    expect(articles.map((a) => a.id)).toEqual(root ? ['001', '005'] : ['001']);
  });

  it('skips a file over the size cap without reading it, naming size and cap', async () => {
    const big = join(dir, '006_huge.txt');
    const handle = await open(big, 'w');
    await handle.truncate(50 * 1024 * 1024); // sparse 50 MB: costs no disk
    await handle.close();
    await writeFile(join(dir, '007_ok.txt'), ARTICLE);
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['007']);
    expect(warnings).toEqual([{ file: '006_huge.txt', message: `50.0 MB is over the ${MAX_ARTICLE_BYTES / (1024 * 1024)}.0 MB size cap for an article; skipped` }]);
    const small = await loadArticleFile(join(dir, '007_ok.txt'), { maxBytes: 10 });
    expect(small.article).toBeUndefined();
    expect(small.warning?.message).toMatch(/size cap/);
  });

  it('converts Windows-1256 and UTF-16 files with a warning instead of losing them', async () => {
    await writeFile(join(dir, '008_cp1256.txt'), encode1256('الرئيس قال.\n'));
    await writeFile(join(dir, '009_utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.find((a) => a.id === '008')!.text).toBe('الرئيس قال.\n');
    expect(articles.find((a) => a.id === '009')!.paragraphs[1]!.text).toBe('قال الوزير إن "الوضع مستقر" في العاصمة.');
    expect(warnings.map((w) => w.file)).toEqual(['008_cp1256.txt', '009_utf16.txt']);
    expect(warnings[0]!.message).toMatch(/Windows-1256/);
    expect(warnings[1]!.message).toMatch(/UTF-16LE/);
  });

  it('normalises a BOM and CRLF line ends so offsets index the stored text', async () => {
    await writeFile(join(dir, '010_crlf.txt'), '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n'));
    const { articles } = await loadCorpus(dir);
    const a = articles[0]!;
    expect(a.text.includes('\r')).toBe(false);
    expect(a.text.charCodeAt(0)).not.toBe(0xfeff);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('warns about a missing or non-directory data path and returns an empty corpus', async () => {
    const missing = await loadCorpus(join(dir, 'no-such-dir'));
    expect(missing.articles).toEqual([]);
    expect(missing.warnings).toEqual([{ file: join(dir, 'no-such-dir'), message: 'data directory not found; no articles loaded' }]);
    await writeFile(join(dir, 'plain.txt'), ARTICLE);
    const notDir = await loadCorpus(join(dir, 'plain.txt'));
    expect(notDir.articles).toEqual([]);
    expect(notDir.warnings[0]!.message).toMatch(/not a directory/);
  });

  it('loadArticleFile reports a missing file and an article with nothing but boilerplate', async () => {
    expect((await loadArticleFile(join(dir, 'gone.txt'))).warning?.message).toMatch(/not found; skipped/);
    await writeFile(join(dir, '011_furniture.txt'), 'تابعنا\nالأكثر قراءة\nأضف تعليقاً\n');
    const { article, warning } = await loadArticleFile(join(dir, '011_furniture.txt'));
    expect(article?.paragraphs).toEqual([]);
    expect(article?.boilerplate).toHaveLength(3);
    expect(warning?.message).toMatch(/no article text left/);
  });
});

describe('files that must not be read', () => {
  it('never follows a symbolic link out of the data directory (.env stays unread)', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'corpus-outside-'));
    try {
      await writeFile(join(outside, '.env'), 'DISCORD_TOKEN=MTAwMDAw.secret.value\n');
      await mkdir(join(dir, 'articles'));
      const data = join(dir, 'articles');
      await writeFile(join(data, '001_ok.txt'), ARTICLE);
      await symlink(join(outside, '.env'), join(data, '999_x.txt'));
      const { articles, warnings } = await loadCorpus(data);
      expect(articles.map((a) => a.id)).toEqual(['001']);
      expect(JSON.stringify(articles)).not.toContain('secret');
      expect(warnings).toEqual([{ file: '999_x.txt', message: expect.stringMatching(/symbolic link, which is never followed.*; skipped$/) }]);
      const live = await loadArticleFile(join(data, '999_x.txt'));
      expect(live.article).toBeUndefined();
      expect(live.warning?.message).toMatch(/symbolic link/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('skips a FIFO named *.txt with a warning instead of hanging, at start-up and live', async () => {
    execFileSync('mkfifo', [join(dir, '002_pipe.txt')]);
    await writeFile(join(dir, '001_ok.txt'), ARTICLE);
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['001']);
    expect(warnings).toEqual([{ file: '002_pipe.txt', message: 'is a named pipe (FIFO), not a regular file; skipped' }]);
    expect((await loadArticleFile(join(dir, '002_pipe.txt'))).warning?.message).toMatch(/named pipe/);
  });

  it('names a subfolder that holds articles instead of ignoring it silently', async () => {
    await writeFile(join(dir, '001_ok.txt'), ARTICLE);
    await mkdir(join(dir, '2022-01'));
    await writeFile(join(dir, '2022-01', '050_a.txt'), ARTICLE);
    await writeFile(join(dir, '2022-01', '051_b.md'), ARTICLE);
    await mkdir(join(dir, 'pdfs'));
    await writeFile(join(dir, 'pdfs', 'scan.pdf'), '%PDF');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['001']);
    expect(warnings).toEqual([{ file: '2022-01/', message: expect.stringMatching(/^subfolder with 2 article file\(s\) not read: .*move them up/) }]);
  });
});

describe('text encodings', () => {
  it('reads UTF-8 with one stray byte as UTF-8, replacing only that byte, with a warning naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('عنوان الخبر الرئيسي\nقال الوزير إن '), Buffer.from([0xa0]), Buffer.from('"الوضع مستقر" في العاصمة.\n')]);
    await writeFile(join(dir, '013_stray.txt'), bytes);
    const { article, warning } = await loadArticleFile(join(dir, '013_stray.txt'));
    expect(article!.text).toBe('عنوان الخبر الرئيسي\nقال الوزير إن \uFFFD"الوضع مستقر" في العاصمة.\n');
    expect(warning!.message).toMatch(/1 invalid UTF-8 byte\(s\) \(first on line 2\)/);
  });

  it('reads a Latin-1 file as Latin-1: «Élysée» stays Élysée, never «ةlysée»', async () => {
    await writeFile(join(dir, '014_latin1.txt'), Buffer.from('Le président a reçu à l\'Élysée le ministre.\nIl a déclaré que la situation était «stable».\n', 'latin1'));
    const { article, warning } = await loadArticleFile(join(dir, '014_latin1.txt'));
    expect(article!.text).toContain("l'Élysée");
    expect(article!.text).not.toContain('ة');
    expect(warning!.message).toMatch(/Windows-1252 \(Latin-1\)/);
  });

  it('keeps reading a real Windows-1256 Arabic file as Arabic', async () => {
    await writeFile(join(dir, '015_cp1256.txt'), encode1256('الرئيس قال.\nالرئيس قال.\n'));
    const { article, warning } = await loadArticleFile(join(dir, '015_cp1256.txt'));
    expect(article!.text).toBe('الرئيس قال.\nالرئيس قال.\n');
    expect(warning!.message).toMatch(/Windows-1256/);
  });
});

describe('front matter', () => {
  it('reads key: value lines with quoted values and folds aliases', () => {
    const fm = parseFrontMatter('---\ntitle: "بوتين: \\"لن نسمح\\""\nsource: \'رويترز\'\ndate: 10 كانون الثاني 2022 # منقول\n---\nالنص.');
    expect(fm.fields).toEqual({ title: 'بوتين: "لن نسمح"', outlet: 'رويترز', published: '10 كانون الثاني 2022' });
    expect(fm.body).toBe('النص.');
    expect(fm.problems).toEqual([]);
  });

  it('treats an unclosed block as text and says so', () => {
    const fm = parseFrontMatter('---\ntitle: x\nالنص بلا خاتمة.');
    expect(fm.fields).toEqual({});
    expect(fm.body).toBe('---\ntitle: x\nالنص بلا خاتمة.');
    expect(fm.problems[0]).toMatch(/never closed/);
  });

  it('reads a clean front matter block at the top of a plain-text file too, and leaves a text that only starts with --- alone', async () => {
    await writeFile(join(dir, '013_meta.txt'), '---\ntitle: حريق في سوق المدينة\noutlet: وكالة الأنباء\ndate: 2026-11-20\n---\nحريق في سوق المدينة\n\nقال الدفاع المدني إن الحريق أخمد.\n');
    const { article } = await loadArticleFile(join(dir, '013_meta.txt'));
    expect(article?.meta).toMatchObject({ title: 'حريق في سوق المدينة', outlet: 'وكالة الأنباء', published: '2026-11-20' });
    expect(article?.text.startsWith('حريق في سوق المدينة')).toBe(true);
    await writeFile(join(dir, '014_rule.txt'), '---\nهذا سطر من النص وليس حقلا\n---\nقال الوزير إن الوضع مستقر.\n');
    const { article: plain } = await loadArticleFile(join(dir, '014_rule.txt'));
    expect(plain?.text.startsWith('---')).toBe(true);
  });

  it('warns about a published value that is not a date and keeps the article', async () => {
    await writeFile(join(dir, '012_bad.md'), '---\npublished: قريباً\nnot a field line\n---\nقال الوزير إن الوضع مستقر.\n');
    const { article, warning } = await loadArticleFile(join(dir, '012_bad.md'));
    expect(article?.meta.published).toBeNull();
    expect(warning?.message).toMatch(/not "key: value"/);
    expect(warning?.message).toMatch(/not a date/);
  });
});
