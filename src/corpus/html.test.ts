import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articlePageHtml, STORIES } from '../../tests/fixtures/feeds.ts';
import { encodeWindows1256 } from '../../tests/loopback-web.ts';
import { decodeHtmlBytes, extractPage, htmlText, htmlToParagraphs, looksLikeHtml } from './html.ts';
import { loadArticleFile } from './load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('extractPage', () => {
  it('finds the body, title, byline, time and canonical URL of an Arabic article page, without the page furniture', () => {
    const page = extractPage(readFileSync('tests/fixtures/web/page-utf8.html', 'utf8'), { url: 'http://127.0.0.1:8080/x/y' })!;
    expect(page.title).toBe('وزير المالية: العجز سينخفض العام المقبل');
    expect(page.byline).toBe('سارة الخطيب');
    expect(page.published).toBe('2024-03-05T08:30:00+03:00');
    expect(page.canonicalUrl).toBe('http://127.0.0.1:8080/economy/2024/budget-deficit?utm_source=rss');
    expect(page.language).toBe('ar');
    expect(page.paragraphs[0]).toMatch(/^قال وزير المالية في مؤتمر صحفي/);
    expect(page.paragraphs).toContain('"لن نلجأ إلى الاقتراض الخارجي لتمويل النفقات الجارية"، قال الوزير.');
    const all = page.paragraphs.join('\n');
    for (const furniture of ['الرئيسية', 'الأكثر قراءة', 'جميع الحقوق محفوظة', 'بقلم']) expect(all).not.toContain(furniture);
  });

  it('returns null for a page with no readable text', () => {
    expect(extractPage('<!DOCTYPE html><html><body><nav><a href="/">الرئيسية</a></nav></body></html>')).toBeNull();
  });

  it('splits feed HTML and plain text into paragraphs', () => {
    expect(htmlToParagraphs('<p>الفقرة الأولى.</p><p>الفقرة <b>الثانية</b>.</p>')).toEqual(['الفقرة الأولى.', 'الفقرة الثانية.']);
    expect(htmlToParagraphs('سطر أول.\n\nسطر ثان.')).toEqual(['سطر أول.', 'سطر ثان.']);
    expect(htmlToParagraphs('خبر &amp; تعليق')).toEqual(['خبر & تعليق']);
    // Direction marks and zero-width spaces never reach a quote.
    expect(htmlToParagraphs('<p>قال\u200F الوزير:\u00A0"الوضع\u200B مستقر"</p>')).toEqual(['قال الوزير: "الوضع مستقر"']);
    expect(htmlText('<b>عاجل</b>: زلزال &quot;قوي&quot;')).toBe('عاجل: زلزال "قوي"');
  });
});

describe('decodeHtmlBytes', () => {
  const story = STORIES[1]!;
  it('reads a windows-1256 page by its declared charset and by the bytes when it declares none', () => {
    const declared = encodeWindows1256(articlePageHtml(story, 'http://127.0.0.1:1', { charset: 'windows-1256' }));
    const fromMeta = decodeHtmlBytes(declared, 'text/html');
    expect(fromMeta.charset).toBe('windows-1256');
    expect(extractPage(fromMeta.text)!.paragraphs[0]).toBe(story.paragraphs[0]);
    expect(decodeHtmlBytes(declared, 'text/html; charset=windows-1256').text).toContain(story.title);

    const undeclared = encodeWindows1256(articlePageHtml(story, 'http://127.0.0.1:1', { declare: false }));
    const sniffed = decodeHtmlBytes(undeclared, 'text/html');
    expect(sniffed).toMatchObject({ charset: 'windows-1256', note: 'no charset declared and not UTF-8; read as windows-1256' });
    expect(sniffed.text).toContain(story.title);

    // Declared UTF-8 in the header, served in windows-1256 (an old CMS behind a new proxy).
    const mislabelled = decodeHtmlBytes(undeclared, 'text/html; charset=utf-8');
    expect(mislabelled.charset).toBe('windows-1256');
    expect(mislabelled.note).toMatch(/declared utf-8 but is not/);
  });

  it('reads UTF-8 pages as UTF-8', () => {
    const bytes = Buffer.from(articlePageHtml(story, 'http://127.0.0.1:1'), 'utf8');
    expect(decodeHtmlBytes(bytes, null)).toMatchObject({ charset: 'utf-8' });
  });
});

describe('an HTML page saved as an article file', () => {
  it('loads as the page’s article text with its title, not as markup titled <!DOCTYPE html>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-html-'));
    dirs.push(dir);
    const path = join(dir, '050_saved-page.txt');
    writeFileSync(path, readFileSync('tests/fixtures/web/page-utf8.html'));
    const { article, warning } = await loadArticleFile(path);
    expect(article!.meta.title).toBe('وزير المالية: العجز سينخفض العام المقبل');
    expect(article!.meta.published).toBe('2024-03-05');
    expect(article!.text).not.toMatch(/<!DOCTYPE|<p>|<\/?div/i);
    expect(article!.sentences.some((s) => s.text.startsWith('قال وزير المالية في مؤتمر صحفي'))).toBe(true);
    expect(warning?.message).toMatch(/an HTML page; its article text was extracted/);
    expect(article!.meta.dateSource).toBe('page-meta');
  });

  it('takes the outlet from og:site_name when the text credits no one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-html-'));
    dirs.push(dir);
    const path = join(dir, '051_site-name.txt');
    const body = Array.from({ length: 4 }, (_, i) => `<p>قال المتحدث باسم وزارة الري إن منسوب النهر ارتفع ${i + 2} أمتار خلال الليل، وإن فرق الطوارئ أخلت القرى القريبة من الضفة الشرقية.</p>`).join('');
    writeFileSync(path, `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>النهر يرتفع</title><meta property="og:site_name" content="صدى الوادي"></head><body><article><h1>النهر يرتفع</h1>${body}</article></body></html>`);
    const { article } = await loadArticleFile(path);
    expect(article!.meta.outlet).toBe('صدى الوادي');
  });

  it('is told from prose that merely mentions a tag', () => {
    expect(looksLikeHtml('قال المبرمج إن الوسم <p> يبدأ فقرة في صفحات الويب.')).toBe(false);
    expect(looksLikeHtml('\uFEFF<!doctype html><html><body></body></html>')).toBe(true);
    const markdownWithTags = `${'<div dir="rtl"><p>فقرة من المقال.</p></div>\n'.repeat(4)}`;
    expect(looksLikeHtml(markdownWithTags)).toBe(true);
    expect(looksLikeHtml(markdownWithTags, { fragments: false })).toBe(false);
  });
});
