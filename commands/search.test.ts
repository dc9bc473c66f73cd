import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { plainText, type Doc } from '../src/render/doc.ts';
import { command as search } from './search.ts';

/** /search on the seed articles: English names of places and countries, numbers, honest totals. */

const user = { id: 'u1', name: 'editor', isAdmin: false };
let desk: Desk;
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
});

const run = (options: Record<string, string>): Promise<Doc> => search.execute({ options, user, surface: 'console' }, { desk });
const quotes = (doc: Doc): string[] => (doc.sections ?? []).flatMap((s) => s.items.map((i) => plainText(i.quote ?? '')));
const complete = (doc: Doc): string[] => (doc.sections ?? []).flatMap((s) => s.items.filter((i) => !(i.lines ?? []).some((l) => plainText(l).startsWith('(some words)'))).map((i) => plainText(i.quote ?? '')));

describe('/search through the entity lexicon', () => {
  it('an English country finds its Arabic name and nationality adjective', async () => {
    const found = complete(await run({ query: 'Kazakhstan' }));
    expect(found.some((q) => q.includes('كازاخستان'))).toBe(true);
    expect(found.some((q) => /الكازاخ/.test(q))).toBe(true);
    expect(complete(await run({ query: 'Ukraine' })).some((q) => q.includes('أوكرانيا'))).toBe(true);
  });

  it('a place finds every spelling: Almaty and ألماتي find ألماتي, ألما آتا and ألماآتا', async () => {
    for (const query of ['Almaty', 'ألماتي']) {
      const found = complete(await run({ query })).join('\n');
      expect(found, query).toContain('ألماتي');
      expect(found, query).toContain('ألما آتا');
      expect(found, query).toContain('ألماآتا');
    }
  });

  it('an English misspelling is read as the nearest lexicon word, and says so', async () => {
    const doc = await run({ query: 'Kazakstan' });
    expect(complete(doc).some((q) => q.includes('كازاخستان'))).toBe(true);
    expect(doc.summary!.map(plainText).join(' ')).toContain('kazakstan → kazakhstan');
  });

  it('a Latin name no lexicon knows finds the Arabic that sounds like it (massimov → ماسيموف)', async () => {
    const doc = await run({ query: 'massimov' });
    expect(complete(doc).some((q) => q.includes('ماسيموف'))).toBe(true);
  });
});

describe('/search numbers', () => {
  it('digits find the same value written in words or mixed', async () => {
    expect(complete(await run({ query: '7939' })).some((q) => q.includes('7 آلاف و939'))).toBe(true);
    const eightThousand = complete(await run({ query: '8000' }));
    expect(eightThousand.some((q) => q.includes('ثمانية آلاف'))).toBe(true);
    expect(eightThousand.some((q) => q.includes('8000'))).toBe(true);
    // …and the other way round, in Arabic-Indic digits too.
    expect(complete(await run({ query: 'ثمانية آلاف' })).some((q) => q.includes('8000'))).toBe(true);
    expect(complete(await run({ query: '٨٠٠٠' })).some((q) => q.includes('ثمانية آلاف'))).toBe(true);
  });
});

describe('/search totals', () => {
  it('says how many sentences hold every word and lists every one of them (no silent cap)', async () => {
    const doc = await run({ query: 'منظمة معاهدة الأمن الجماعي' });
    const total = Number(/^(\d+) passages with every word/.exec(plainText(doc.summary![0]!))?.[1]);
    expect(total).toBeGreaterThan(8);
    expect(complete(doc)).toHaveLength(total);
    for (const q of complete(doc)) expect(q.replace(/\*\*/g, '')).toMatch(/معاهدة الأمن الجماعي/);
  });

  it('labels the headline under a hit as the article’s, not as more of the passage', async () => {
    const doc = await run({ query: 'ثورات ملونة' });
    const item = doc.sections![0]!.items[0]!;
    expect(plainText(item.lines![0]!)).toMatch(/^Article: /);
  });
});

describe('/search replies asked again', () => {
  it('a question asked again and again gets the same reply each time, kept from the third time', async () => {
    const first = await run({ query: 'ثورات ملونة' });
    const second = await run({ query: 'ثورات ملونة' });
    const third = await run({ query: 'ثورات ملونة' });
    const fourth = await run({ query: 'ثورات ملونة' });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(second).not.toBe(first);
    expect(fourth).toBe(third);
    expect(quotes(first).length).toBeGreaterThan(0);
  });
});
