import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { Desk } from '../desk/desk.ts';
import type { Figure } from '../extract/types.ts';
import { renderText } from '../render/text.ts';
import { disagreementLine } from '../render/story-doc.ts';
import { storyFacts } from '../desk/story-query.ts';
import { buildDigest } from './build.ts';
import { formatClaimValue, groupClaims } from './claims.ts';

/**
 * The digest's figure sections over Figure records. The figures extractor is replaced by a small
 * test double (number + counted noun + topic cue word + withdrawal cue per sentence) so these
 * tests pin the digest's own logic — grouping, disagreements, withdrawals, earlier coverage —
 * whatever the extractor's state.
 */
vi.mock('../extract/figures.ts', async (importActual) => ({
  ...(await importActual<typeof import('../extract/figures.ts')>()),
  extractFigures(article: Article): Figure[] {
    const out: Figure[] = [];
    for (const s of article.sentences) {
      const m = /(نحو |أكثر من )?(\d+) (\S+)/u.exec(s.text);
      if (!m) continue;
      const topic = /اعتقال|اعتقل/u.test(s.text) ? 'arrests' : /قتل|مقتل/u.test(s.text) ? 'deaths' : null;
      const source = /(?:قالت|أعلنت) ([^\s]+ [^\s]+)/u.exec(s.text)?.[1] ?? null;
      const start = s.start + m.index;
      out.push({
        id: `${article.id}:${start}`,
        article: article.id,
        value: Number(m[2]),
        approx: !!m[1],
        direction: m[1] === 'نحو ' ? 'about' : m[1] ? 'more' : null,
        vague: false,
        unit: m[3]!.replace(/[.،]$/u, ''),
        topic,
        speakerKey: null,
        attribution: source,
        text: m[0],
        sentence: s.text,
        start,
        end: start + m[0].length,
        withdrawn: /سحبت|نفت/u.test(s.text),
      });
    }
    return out;
  },
}));

const article = (id: string, outlet: string, body: string) => parseArticle(`${id}_x.md`, `/tmp/${id}_x.md`, `---\ntitle: خبر ${id}\noutlet: ${outlet}\n---\n${body}\n`);

const lexicons = { speakers: [], topics: [{ id: 'arrests', en: ['arrests'], ar: ['اعتقالات'], extra: {} }, { id: 'deaths', en: ['deaths'], ar: ['قتلى'], extra: {} }], warnings: [] };

function desk(...articles: Article[]): Desk {
  const d = new Desk({ lexicons });
  for (const a of articles) d.addArticle(a);
  return d;
}

const A = article('010', 'وكالة أ', 'قالت وزارة الداخلية إن 7939 شخصاً اعتقلوا خلال الاحتجاجات في ألماتي.');
const B = article('011', 'صحيفة ب', 'قالت الحكومة المحلية إن نحو 8000 شخصاً اعتقلوا في ألماتي وأنحاء البلاد.');
const C = article('012', 'موقع ج', 'أعلنت الحكومة المحلية اعتقال نحو 8000 شخصاً في ألماتي.\nوقالت وزارة الصحة إن أكثر من 164 شخصاً قتلوا، ثم سحبت الوزارة الرقم.\nوقالت وزارة الداخلية إن 16 عنصراً من قوات الأمن قتلوا.');
const D = article('013', 'وكالة د', 'أعلنت الحكومة المحلية اعتقال آلاف المحتجين في ألماتي وأنحاء البلاد.\nوقالت وزارة الصحة إن أكثر من 164 شخصاً قتلوا في المدينة.');
const E = article('015', 'وكالة هـ', 'أعلنت الحكومة المحلية اعتقال 5000 شخصاً في ألماتي وأنحاء البلاد.\nوقالت وزارة الداخلية إن الاحتجاجات مستمرة.');

const text = (d: Desk, covered: string[] = []) => buildDigest(d, { covered: new Set(covered), since: null }).map((doc) => renderText(doc)).join('\n');

describe('digest figures', () => {
  it('groups figures into claims and formats values for readers', () => {
    const claims = groupClaims(desk(A, B, C).figures().filter((f) => f.topic === 'arrests'));
    expect(claims.map((c) => [formatClaimValue(c), c.figures.map((f) => f.article)])).toEqual([
      ['~8,000', ['011', '012']],
      ['7,939', ['010']],
    ]);
    expect(formatClaimValue({ value: 160, approx: true, direction: 'more', vague: false })).toBe('more than 160');
  });

  it('shows one story with its figures per topic, each claim once with its sources and dates, and its disagreements', () => {
    const d = desk(A, B, C);
    const story = d.storyOf('010')!;
    expect([d.storyOf('011'), d.storyOf('012')]).toEqual([story, story]);
    const out = text(d);
    // The story's heading: label and date span, as /story shows it.
    expect(out).toContain(`${story} · ${d.storyLabel(story).ar} / ${d.storyLabel(story).en} — undated`);
    expect(out).toContain('── Figures: arrests · اعتقالات ──');
    expect(out).toContain('ℹ arrests · اعتقالات: differ only by rounding — 011, 012 say ~8,000 (الحكومة المحلية); 010 says 7,939 (وزارة الداخلية)');
    expect(text(desk(E, B, C))).toContain('⚠ arrests · اعتقالات: 011, 012 say ~8,000 (الحكومة المحلية); 015 says 5,000 (الحكومة المحلية)');
    expect(out).toContain('~8,000 شخصاً — 011 · صحيفة ب · date unknown; 012 · موقع ج · date unknown — الحكومة المحلية');
    expect(out).toContain('قالت وزارة الداخلية إن 7939 شخصاً اعتقلوا خلال الاحتجاجات في ألماتي.');
  });

  it('raises exactly the disagreements /story raises for the story, no more', async () => {
    const d = desk(E, B, C);
    const story = d.storyOf('015')!;
    const facts = storyFacts(d, story)!;
    const digest = buildDigest(d, { covered: new Set(), since: null }).find((doc) => doc.title.startsWith(story))!;
    const raised = (digest.sections ?? []).filter((s) => s.title === 'Where sources disagree').flatMap((s) => s.items.map((i) => i.heading));
    expect(raised).toEqual(facts.discrepancies.map((x) => disagreementLine(d, x)));
  });

  it('marks withdrawn figures and keeps them out of the disagreement', () => {
    const out = text(desk(A, B, C));
    expect(out).toMatch(/WITHDRAWN — more than 164 شخصاً — 012 · موقع ج/);
    expect(out).not.toMatch(/[⚠ℹ] deaths/);
    expect(out).toContain('16 عنصراً — 012 · موقع ج');
  });

  it('says which disagreements are against earlier coverage and which known figures a new article withdraws', () => {
    const d = desk(E, D, C);
    const out = text(d, ['015', '013']);
    expect(out).toContain('1 new of 3 articles');
    expect(out).toContain('⚠ arrests · اعتقالات: 012 says ~8,000 (الحكومة المحلية); 015 says 5,000 (الحكومة المحلية) — against earlier coverage (015)');
    expect(out).toContain('⚠ deaths · قتلى: 013 says more than 164 (وزارة الصحة) — now reported withdrawn (012)');
    // A rounding of a known figure is said to be one.
    expect(text(desk(A, B, C), ['010', '011'])).toMatch(/ℹ arrests · اعتقالات: differ only by rounding — 011, 012 say ~8,000 \(الحكومة المحلية\); 010 says 7,939 \(وزارة الداخلية\) — against earlier coverage \(010\)/);
    // Only new articles' claims are listed as figures.
    expect(out).not.toContain('5,000 شخصاً — 015');
  });

  it('has no figure sections when the new articles carry no figures', () => {
    const quiet = article('014', 'وكالة هـ', 'قال المتحدث إن الاجتماع كان مثمراً.');
    const out = text(desk(A, quiet), ['010']);
    expect(out).not.toContain('Figures:');
    expect(out).not.toMatch(/[⚠ℹ] /u);
  });
});
