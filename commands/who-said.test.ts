import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { plainText, type Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { whoSaid } from '../src/desk/who-said-query.ts';
import { command } from './who-said.ts';

const user = { id: 'u1', name: 'editor', isAdmin: false };
let desk: Desk;

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

const run = (options: Record<string, string>): Promise<Doc> => command.execute({ options, user, surface: 'console' }, { desk });
const quotes = (doc: Doc): string[] => (doc.sections ?? []).flatMap((s) => s.items.map((i) => plainText(i.quote ?? '')));

describe('/who-said', () => {
  it('finds one speaker from English, Arabic and a variant spelling, quoting verbatim', async () => {
    for (const speaker of ['putin', 'Vladimir Putin', 'بوتين', 'بوتن']) {
      const doc = await run({ speaker });
      expect(doc.title, speaker).toContain('Vladimir Putin');
      expect(quotes(doc).length).toBeGreaterThanOrEqual(10);
    }
    const doc = await run({ speaker: 'putin' });
    for (const q of quotes(doc)) expect(desk.articles().some((a) => a.text.includes(q.replace(/…$/, '')))).toBe(true);
    // Grouped by article, the dated article first.
    expect(doc.sections![0]!.title).toMatch(/^002 /);
  });

  it('marks direct quotes and reported speech', async () => {
    const text = renderText(await run({ speaker: 'Wang Yi' }));
    expect(text).toContain('Direct quote');
    expect(text).toContain('Reported speech');
  });

  it('narrows by topic words and by article', async () => {
    const coup = await run({ speaker: 'tokayev', about: 'انقلاب' });
    expect(quotes(coup).length).toBeGreaterThan(0);
    expect(quotes(coup).length).toBeLessThan(quotes(await run({ speaker: 'tokayev' })).length);
    // A topic (English or one of its Arabic words) keeps statements whose sentence speaks of it.
    const deaths = quotes(await run({ speaker: 'tokayev', about: 'deaths' }));
    expect(deaths.length).toBeGreaterThan(0);
    expect(deaths.length).toBeLessThan(quotes(await run({ speaker: 'tokayev' })).length);
    expect(quotes(await run({ speaker: 'tokayev', about: 'قتلى' }))).toEqual(deaths);
    expect((await run({ speaker: 'tokayev', about: 'arrests' })).title).toContain('nothing about');
    const one = await run({ speaker: 'tokayev', source: '4' });
    expect(one.sections!.map((s) => s.title!.slice(0, 3))).toEqual(['004']);
  });

  it('reads an English about: through the news terms, needing every word of a phrase', () => {
    const answer = whoSaid(desk, { speaker: 'putin', about: 'coup' });
    if (answer.kind !== 'found') throw new Error('putin not found');
    const sentences = answer.groups.flatMap((g) => g.statements.map((s) => s.sentence));
    expect(sentences.length).toBeGreaterThan(0);
    // محاولة انقلاب is one of the forms: a sentence with محاولة alone (محاولة التدخل) does not count.
    for (const sentence of sentences) expect(sentence).toMatch(/انقلاب/);
    const all = whoSaid(desk, { speaker: 'putin', limit: 1000 });
    if (all.kind !== 'found') throw new Error('putin not found');
    expect(all.groups.flatMap((g) => g.statements).some((s) => s.sentence.includes('محاولة التدخل'))).toBe(true);
  });

  it('counts every statement but gathers only the first page, newest article first', () => {
    const all = whoSaid(desk, { speaker: 'tokayev' });
    const page = whoSaid(desk, { speaker: 'tokayev', limit: 3 });
    if (all.kind !== 'found' || page.kind !== 'found') throw new Error('tokayev not found');
    expect(page.total).toBe(all.total);
    expect(page.articleCount).toBe(all.groups.length);
    expect(page.groups[0]!.article.id).toBe(all.groups[0]!.article.id);
    expect(page.groups.flatMap((g) => g.statements).length).toBeLessThan(all.total);
  });

  it('keeps topic totals in step with the statements as articles leave and return', async () => {
    const scanned = (d: Desk) => {
      const all = whoSaid(d, { speaker: 'tokayev', limit: 10_000 });
      if (all.kind !== 'found') throw new Error('tokayev not found');
      return all.groups.flatMap((g) => g.statements).filter((s) => s.topics?.includes('deaths')).length;
    };
    const own = await Desk.fromDirectory('data/articles');
    const counted = () => {
      const answer = whoSaid(own, { speaker: 'tokayev', about: 'deaths' });
      return answer.kind === 'found' ? answer.total : -1;
    };
    expect(counted()).toBeGreaterThan(0);
    expect(counted()).toBe(scanned(own));
    const answer = whoSaid(own, { speaker: 'tokayev', about: 'deaths' });
    if (answer.kind !== 'found') throw new Error('tokayev not found');
    const article = answer.groups[0]!.article;
    const before = counted();
    own.removeArticle(article.id);
    expect(counted()).toBe(before - answer.groups[0]!.statements.length);
    expect(counted()).toBe(scanned(own));
    own.addArticle(article);
    expect(counted()).toBe(before);
  });

  it('answers a speaker no list knows by transliteration', async () => {
    expect((await run({ speaker: 'pashinyan' })).title).toContain('باشينيان');
    expect((await run({ speaker: 'Antonov' })).title).toContain('أنطونوف');
  });

  it('explains unknown speakers, empty input and unknown articles without throwing', async () => {
    const unknown = await run({ speaker: 'Zzyzx Qwerty' });
    expect(unknown.tone).toBe('error');
    expect(renderText(unknown)).toMatch(/Did you mean|Most quoted/);
    expect((await run({ speaker: '  ' })).tone).toBe('error');
    expect(renderText(await run({ speaker: 'putin', source: '999' }))).toContain('No article "999"');
  });

  it('autocompletes speakers, most quoted first, within Discord limits', () => {
    const all = command.autocomplete!({ name: 'speaker', value: '' }, { options: {}, user, surface: 'console' }, { desk });
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all[0]!.name).toContain('Tokayev');
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
    const typed = command.autocomplete!({ name: 'speaker', value: 'put' }, { options: {}, user, surface: 'console' }, { desk });
    expect(typed[0]!.name).toContain('Putin');
  });
});
