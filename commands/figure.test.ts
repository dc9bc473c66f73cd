import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import type { Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { command as figure } from './figure.ts';

const user = { id: 'u1', name: 'editor', isAdmin: false };
let desk: Desk;

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

const run = (options: Record<string, string>): Promise<Doc> => figure.execute({ options, user, surface: 'console' }, { desk });

describe('/figure', () => {
  it('shows 7,939 and ~8,000 arrests as differing only within rounding, from English or Arabic', async () => {
    for (const topic of ['arrests', 'detained', 'اعتقالات', 'الاعتقال']) {
      const text = renderText(await run({ topic }));
      expect(text, topic).toContain('7,939');
      expect(text, topic).toContain('~8,000');
      expect(text, topic).toMatch(/Sources disagree on arrests only within rounding in story S\d+[^:]*: .*001, 003 say ~8,000.*002 says 7,939.*consistent with one another/);
    }
  });

  it('raises the security-force deaths 16 vs 18, with 001\u2019s "more than 10" shown as the bound it is', async () => {
    const text = renderText(await run({ topic: 'deaths' }));
    const line = text.split('\n').find((l) => l.includes('disagree on deaths (security forces)'))!;
    expect(line).toMatch(/000 says 16/);
    expect(line).toMatch(/004 says 18/);
    // "وأكثر من عشرة من قوات الأمن": a bound that far below 16 and 18 is worth the editor's eye (DISAGREEMENT_OPTIONS.boundReach).
    expect(line).toMatch(/001 says more than 10\b/);
    expect(text).not.toMatch(/disagree on deaths in story/);
  });

  it('narrows to a story and explains a story it cannot find', async () => {
    const story = desk.storyOf('002')!;
    expect(renderText(await run({ topic: 'arrests', story }))).toContain('7,939');
    const missing = await run({ topic: 'arrests', story: 'S999' });
    expect(missing.tone).toBe('error');
    expect(renderText(missing)).toContain('/story');
    const choices = figure.autocomplete!({ name: 'story', value: '' }, { options: {}, user, surface: 'console' }, { desk });
    expect(choices.map((c) => c.value)).toContain(story);
  });

  it('separates security-force deaths from total tolls and marks the withdrawn figure', async () => {
    const doc = await run({ topic: 'deaths' });
    const sections = doc.sections!.map((s) => [s.title, s.items.map((i) => i.heading).join(' | ')]);
    const security = sections.find(([title]) => title!.includes('security forces'))!;
    const total = sections.find(([title]) => title!.includes('all reported'))!;
    expect(security[1]).toContain('16');
    expect(security[1]).toContain('18');
    expect(total[1]).toContain('more than 160');
    expect(total[1]).toMatch(/WITHDRAWN — more than 164/);
    expect(renderText(doc)).not.toMatch(/disagree[^\n]*164/);
  });

  it('limits to one article and explains unknown topics and ids', async () => {
    const one = renderText(await run({ topic: 'arrests', source: '2' }));
    expect(one).toContain('7,939');
    expect(one).not.toContain('8,000');
    const unknown = await run({ topic: 'weather' });
    expect(unknown.tone).toBe('error');
    expect(renderText(unknown)).toContain('Known topics with figures: deaths');
    expect((await run({ topic: '' })).tone).toBe('error');
    expect(renderText(await run({ topic: 'arrests', source: '999' }))).toContain('No article "999"');
  });

  it('autocompletes the topics that have figures', () => {
    const choices = figure.autocomplete!({ name: 'topic', value: '' }, { options: {}, user, surface: 'console' }, { desk });
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['arrests', 'deaths', 'troops']));
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(figure.autocomplete!({ name: 'topic', value: 'arr' }, { options: {}, user, surface: 'console' }, { desk }).map((c) => c.value)).toEqual(['arrests']);
  });
});

describe('/figure on topics no lexicon entry names', () => {
  let bank: Desk;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(`${tmpdir()}/desk-figure-open-`);
    writeFileSync(
      `${dir}/201_bank.txt`,
      'البنك المركزي يرفع أسعار الفائدة\nقال البنك المركزي إن معدل التضخم بلغ 12.5% في يونيو، بينما بلغت نسبة البطالة 9%.\nوأعلنت وزارة الصحة افتتاح 7 مستوصفات جديدة في الأرياف.\n',
    );
    bank = await Desk.fromDirectory(dir);
    return () => rmSync(dir, { recursive: true, force: true });
  });
  const ask = (options: Record<string, string>): Promise<Doc> => figure.execute({ options, user, surface: 'console' }, { desk: bank });

  it('answers every topic its autocomplete offers, open ones included', async () => {
    const choices = figure.autocomplete!({ name: 'topic', value: '' }, { options: {}, user, surface: 'console' }, { desk: bank });
    expect(choices.length).toBeGreaterThan(1);
    for (const c of choices) expect((await ask({ topic: c.value })).tone, c.value).toBe('info');
  });

  it('narrows a percentage topic to what it measures (inflation, التضخم), leaving unemployment out', async () => {
    for (const topic of ['inflation', 'التضخم']) {
      const text = renderText(await ask({ topic }));
      const claims = text.split('\n').filter((l) => l.startsWith('•'));
      expect(claims, topic).toHaveLength(1);
      expect(claims[0], topic).toMatch(/^• 12\.5/);
    }
  });
});
