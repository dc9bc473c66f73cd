import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/load.ts';
import { Desk } from '../src/desk/desk.ts';
import type { Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { command as story } from './story.ts';

const user = { id: 'u1', name: 'editor', isAdmin: false };
let desk: Desk;

const extra = (file: string, text: string) => parseArticle(file, `/tmp/${file}`, text);

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  // A second, unrelated story dated later than the seeds: it must be listed first.
  desk.addArticle(
    extra(
      '050_rates.md',
      '---\ntitle: البنك المركزي يرفع أسعار الفائدة\npublished: 2023-03-02\n---\nقرر البنك المركزي رفع أسعار الفائدة بمقدار نصف نقطة مئوية لمواجهة التضخم، وقال المحافظ إن القرار يهدف إلى حماية العملة من تراجع جديد.\nوتوقع محللون أن يرفع البنك المركزي أسعار الفائدة مرة أخرى إذا استمر التضخم.',
    ),
  );
});

const run = (options: Record<string, string>): Promise<Doc> => story.execute({ options, user, surface: 'console' }, { desk });

describe('/story', () => {
  it('lists the stories newest first with counts of articles, statements, figures and disagreements', async () => {
    const doc = await run({});
    const headings = doc.sections![0]!.items.map((i) => i.heading);
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/^S050 /);
    const seeds = doc.sections![0]!.items[1]!;
    expect(seeds.lines![0]).toMatch(/5 article\(s\).* · \d+ statement\(s\) · \d+ figure\(s\) · 1 disagreement\(s\)/);
  });

  it('shows one story: its articles by outlet and date, speakers, figures per topic and disagreements', async () => {
    const id = desk.storyOf('002')!;
    const text = renderText(await run({ id }));
    expect(text).toContain('── Articles (newest first) ──');
    expect(text).toMatch(/002 · [^\n]+ · (date unknown|\d{4}-\d{2}-\d{2})/);
    expect(text).toMatch(/Top speakers: .*Tokayev/);
    expect(text).toContain('── Figures: arrests');
    expect(text).toMatch(/⚠ deaths · قتلى, security forces: .*16.*18|⚠ deaths · قتلى, security forces: .*18.*16/);
    expect(text).toMatch(/ℹ arrests · اعتقالات: differ only by rounding/);
    // Which outlets carry it, and for each claim its sources with outlet and date (is a later figure an update?).
    expect(text).toMatch(/^Outlets: .*×1/m);
    const article = desk.getArticle('002')!;
    expect(text).toContain(`7,939 شخصاً — 002 · ${article.meta.outlet ?? 'outlet unknown'} · ${article.meta.published ?? 'date unknown'}`);
  });

  it('counts only named outlets in the list, and says how many articles have none', async () => {
    const seeds = (await run({})).sections![0]!.items.find((i) => i.heading.startsWith(desk.storyOf('002')!))!;
    const named = new Set(desk.story(desk.storyOf('002')!)!.articles.map((a) => a.meta.outlet).filter(Boolean)).size;
    const without = desk.story(desk.storyOf('002')!)!.articles.filter((a) => !a.meta.outlet).length;
    expect(seeds.lines![0]).toContain(`from ${named} outlet${named === 1 ? '' : 's'}${without ? ` (${without} without one)` : ''}`);
  });

  it('finds a story by words of its label, autocompletes labels and explains a miss', async () => {
    const choices = story.autocomplete!({ name: 'id', value: 'فائد' }, { options: {}, user, surface: 'console' }, { desk });
    expect(choices.map((c) => c.value)).toEqual(['S050']);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);
    expect(renderText(await run({ id: 'الفائدة' }))).toContain('Story S050');
    const miss = await run({ id: 'S999' });
    expect(miss.tone).toBe('error');
    expect(renderText(miss)).toContain('/story without an id');
  });
});
