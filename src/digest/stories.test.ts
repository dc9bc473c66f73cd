import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { Desk } from '../desk/desk.ts';
import { plainText } from '../render/doc.ts';
import { storyHeading } from '../render/story-doc.ts';
import { buildDigest, DIGEST_OPTIONS } from './build.ts';
import { mergeDocs } from './merge.ts';
import { renderText } from '../render/text.ts';

/** The digest's shape on a desk of several stories: which story comes when, in full or in brief. */

let desk: Desk;
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  // A later, unrelated one-article story.
  desk.addArticle(
    parseArticle(
      '050_rates.md',
      '/tmp/050_rates.md',
      '---\ntitle: البنك المركزي يرفع أسعار الفائدة\noutlet: الاقتصادية\npublished: 2023-03-02\n---\nقرر البنك المركزي رفع أسعار الفائدة بمقدار نصف نقطة مئوية لمواجهة التضخم، وقال المحافظ إن القرار يهدف إلى حماية العملة من تراجع جديد.\n',
    ),
  );
});

const all = () => ({ covered: new Set<string>(), since: null });

describe('the digest by story', () => {
  it('gives a story of several articles its own part under its /story heading, and one-article stories in brief after it', () => {
    const docs = buildDigest(desk, all());
    const seeds = desk.story(desk.storyOf('000')!)!;
    expect(docs.map((d) => d.title)).toEqual(['Desk digest — 6 new articles in 2 stories on the desk', storyHeading(seeds), 'Single-article stories']);
    expect(docs[0]!.summary!.map(plainText)).toEqual(['Story by story, newest activity first; then 1 single-article story in brief.', expect.stringMatching(/^⚠ Sources disagree in 1 story: S000 /)]);
    const story = docs[1]!;
    expect(story.sections!.map((s) => s.title)).toEqual(expect.arrayContaining(['Where sources disagree', 'New articles', 'Key statements', expect.stringMatching(/^Figures: /)]));
    expect(story.sections!.find((s) => s.title === 'New articles')!.items.map((i) => i.heading.split(' · ')[0])).toEqual(seeds.articles.map((a) => a.id));
    expect(story.footer).toContain(`/story id:${seeds.id}`);
    const brief = docs[2]!.sections![0]!.items;
    expect(brief).toHaveLength(1);
    expect(brief[0]!.heading).toBe(storyHeading(desk.story(desk.storyOf('050')!)!));
    expect(brief[0]!.lines!.map(plainText)).toContain('050 · الاقتصادية · 2023-03-02 — البنك المركزي يرفع أسعار الفائدة');
  });

  it('puts stories past the cap in brief too, each new article still on a line of its own, newest story first', () => {
    const docs = buildDigest(desk, all(), { ...DIGEST_OPTIONS, fullStories: 0 });
    expect(docs.map((d) => d.title)).toEqual(['Desk digest — 6 new articles in 2 stories on the desk', 'Stories, in brief']);
    const items = docs[1]!.sections![0]!.items;
    // The rates story (2023) is newer than the seeds' (2022).
    expect(items.map((i) => i.heading.split(' · ')[0])).toEqual([desk.storyOf('050'), desk.storyOf('000')]);
    const seedLines = items[1]!.lines!.map(plainText);
    for (const id of ['000', '001', '002', '003', '004']) expect(seedLines.some((l) => l.startsWith(`${id} · `))).toBe(true);
    expect(seedLines.filter((l) => l.startsWith('⚠ deaths'))).toHaveLength(1);
  });

  it('shows only new articles, and nothing at all when none arrived', () => {
    const docs = buildDigest(desk, { covered: new Set(['000', '001', '002', '003', '004']), since: '2022-01-11T03:00:00Z', timezone: 'Asia/Almaty' });
    expect(docs[0]!.title).toBe('Desk digest — 1 new article in 1 story since 2022-01-11 09:00 Asia/Almaty');
    expect(renderText(mergeDocs(docs))).not.toMatch(/\b00[0-4] · /);
    const none = buildDigest(desk, { covered: new Set(desk.articles().map((a) => a.id)), since: null });
    expect(none).toEqual([{ tone: 'info', title: 'Desk digest', summary: ['No new articles on the desk.'] }]);
  });
});
