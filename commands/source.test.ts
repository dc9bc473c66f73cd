import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { plainText, type Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { command as source, deskListDoc, sourceCard } from './source.ts';
import { parseArticle } from '../src/corpus/load.ts';
import { command as search } from './search.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommands } from '../src/command/registry.ts';
import { answerLine } from '../src/console/session.ts';
import { exportDesk } from '../src/export/export-json.ts';

const user = { id: 'u1', name: 'editor', isAdmin: false };
let desk: Desk;

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

const run = (cmd: typeof source, options: Record<string, string>): Promise<Doc> => cmd.execute({ options, user, surface: 'console' }, { desk });

describe('/source', () => {
  it('shows the card of 003 however the id is typed', async () => {
    for (const id of ['003', '3', '003_17f18ee68b87133c.txt']) {
      const doc = await run(source, { id });
      const text = renderText(doc);
      expect(doc.tone).toBe('info');
      expect(text).toContain('Article 003');
      expect(text).toContain('003_17f18ee68b87133c.txt');
      // The lead is verbatim article text.
      const lead = plainText(doc.sections?.[0]?.items[0]?.quote ?? '').replace(/…$/, '');
      expect(desk.getArticle('003')!.text).toContain(lead);
    }
  });

  it('answers an unknown id with the nearest ids, not a crash', async () => {
    const doc = await run(source, { id: '42' });
    expect(doc.tone).toBe('error');
    expect(doc.ephemeral).toBe(true);
    expect(renderText(doc)).toMatch(/Nearest ids: 004/);
    // No id at all lists the desk instead (see the listing test).
    expect((await run(source, { id: '  ' })).title).toMatch(/^The desk: 5 articles/);
  });

  it('autocompletes ids with titles within Discord limits', () => {
    const choices = source.autocomplete!({ name: 'id', value: '00' }, { options: {}, user, surface: 'discord' }, { desk });
    expect(choices.map((c) => c.value)).toEqual(['000', '001', '002', '003', '004']);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/search', () => {
  it('finds the "colour revolutions" passages of 000 and 001 first', async () => {
    const doc = await run(search, { query: 'ثورات ملونة' });
    const items = doc.sections?.[0]?.items ?? [];
    expect(items.slice(0, 2).map((i) => i.heading.slice(0, 3)).sort()).toEqual(['000', '001']);
    const strong = items.flatMap((i) => (typeof i.quote === 'string' ? [] : (i.quote ?? []).filter((r) => r.strong).map((r) => r.text)));
    expect(strong.some((t) => t.includes('ملونة'))).toBe(true);
  });

  it('reads English news words through the terms lexicon (colour revolutions → ثورات ملونة)', async () => {
    const doc = await run(search, { query: 'colour revolutions' });
    const items = doc.sections?.[0]?.items ?? [];
    expect(items.slice(0, 2).map((i) => i.heading.slice(0, 3)).sort()).toEqual(['000', '001']);
    // A general term and a speaker together: every group must match first.
    const both = await run(search, { query: 'putin coup' });
    expect(renderText(both)).toMatch(/انقلاب/);
  });

  it('says when no passage has every word, so a near match is not taken for the quote', async () => {
    expect((await run(search, { query: 'ثورات ملونة' })).summary?.[0]).toMatch(/^2 passages with every word, then \d+ passages with some of them/);
    expect((await run(search, { query: 'توكاييف الطوارئ' })).summary?.[0]).toMatch(/^No passage has every word; \d+ passages have some of them/);
    expect((await run(search, { query: 'توكاييف' })).summary?.[0]).toMatch(/^\d+ passages? with every word/);
  });

  it('limits to one article with source:', async () => {
    const doc = await run(search, { query: 'ثورات', source: '3' });
    const items = doc.sections?.[0]?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.heading.startsWith('003')).toBe(true);
  });

  it('gives a usage message for empty and absurdly long queries', async () => {
    expect((await run(search, { query: '' })).tone).toBe('error');
    expect((await run(search, { query: 'ا'.repeat(5000) })).title).toMatch(/too long/);
    const none = await run(search, { query: 'zzqx' });
    expect(none.tone).toBe('warning');
  });
});

describe('/source follow-ups and listing', () => {
  it('reads Arabic-Indic digits in an id (٣ → 003)', async () => {
    const doc = await run(source, { id: '٣' });
    expect(doc.tone).toBe('info');
    expect(renderText(doc)).toContain('Article 003');
  });

  it('every follow-up the card suggests works as written', async () => {
    const commands = await loadCommands();
    const card = await run(source, { id: '003' });
    const followUps = card.footer!.split(' · ');
    expect(followUps).toEqual(['/who-said source:003', '/figure source:003']);
    for (const line of followUps) {
      const answer = await answerLine(line, commands, { desk });
      expect(answer.ran, line).toBe(true);
      expect(answer.doc.tone, `${line}: ${answer.doc.title}`).toBe('info');
    }
    const figures = await answerLine('/figure source:003', commands, { desk });
    expect(figures.text).toContain('ثمانية آلاف');
  });

  it('without an id lists the desk newest first, paged in the console', async () => {
    const doc = await run(source, {});
    expect(doc.title).toBe('The desk: 5 articles');
    const ids = doc.sections![0]!.items.map((i) => i.heading.slice(0, 3));
    expect(ids[0]).toBe('002'); // the only dated seed
    expect(new Set(ids)).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(doc.pageSize).toBeGreaterThan(0);
  });

  it('lists undated articles after dated ones, by when they reached the desk rather than by id, and says "date unknown"', () => {
    const own = new Desk();
    const lead = 'قال المتحدث باسم الوزارة إن الوضع هادئ في المدينة.';
    own.addArticle(parseArticle('101_a.txt', '/tmp/101_a.txt', `عنوان الخبر الأول عن المدينة\nالسبت 27 مارس 2021\n${lead}`, 100, 1_000));
    own.addArticle(parseArticle('102_b.txt', '/tmp/102_b.txt', `عنوان الخبر الثاني عن المدينة\n${lead}`, 100, 5_000));
    own.addArticle(parseArticle('103_c.txt', '/tmp/103_c.txt', `عنوان الخبر الثالث عن المدينة\n${lead}`, 100, 2_000));
    own.addArticle(parseArticle('104_d.txt', '/tmp/104_d.txt', `عاجل\nالأحد 28 أبريل 2024\nرئيس التحرير\nنادر الصافي\nعنوان الخبر الرابع عن المدينة\n${lead}`, 100, 3_000));
    const headings = deskListDoc(own).sections![0]!.items.map((i) => i.heading);
    expect(headings).toEqual(['104 · 2024-04-28 (page header)', '101 · 2021-03-27', '102 · date unknown', '103 · date unknown']);
    expect(renderText(sourceCard(own, own.getArticle('101')!))).toContain('Published: 2021-03-27 (from the date line by the headline)');
    expect(renderText(sourceCard(own, own.getArticle('102')!))).toContain('Published: date unknown');
  });

  it('shows the url: of front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-url-'));
    try {
      writeFileSync(join(dir, '010_url.md'), '---\ntitle: عنوان الخبر\noutlet: وكالة الأنباء\nurl: https://example.org/article-10\n---\nقال المتحدث باسم الوزارة إن الوضع هادئ.\n');
      const own = await Desk.fromDirectory(dir);
      const doc = await source.execute({ options: { id: '10' }, user, surface: 'console' }, { desk: own });
      expect(renderText(doc)).toContain('Link: https://example.org/article-10');
      expect(exportDesk(own).articles[0]!.url).toBe('https://example.org/article-10');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
