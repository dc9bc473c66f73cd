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
  it('shows 7,939 and ~8,000 arrests and flags the disagreement, from English or Arabic', async () => {
    for (const topic of ['arrests', 'detained', 'اعتقالات', 'الاعتقال']) {
      const text = renderText(await run({ topic }));
      expect(text, topic).toContain('7,939');
      expect(text, topic).toContain('~8,000');
      expect(text, topic).toMatch(/Sources disagree on arrests: .*001, 003 say ~8,000.*002 says 7,939|002 says 7,939.*001, 003 say ~8,000/);
    }
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
