import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../src/desk/desk.ts';
import { parseArticle } from '../src/corpus/load.ts';
import { plainText, type Doc } from '../src/render/doc.ts';
import { renderText } from '../src/render/text.ts';
import { whoSaid } from '../src/desk/who-said-query.ts';
import { command, speakerChoices, statementLabel } from './who-said.ts';

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

describe('/who-said reads roles, countries and nationalities through the entity lexicon', () => {
  it('a country names its own speakers: Russia is never Tokayev', async () => {
    const doc = await run({ speaker: 'Russia' });
    expect(doc.title).toContain('Vladimir Putin');
    expect(doc.title).not.toContain('Tokayev');
  });

  it('nationality + role names the office holder, not an office of theirs', async () => {
    expect((await run({ speaker: 'Kazakh president' })).title).toContain('Tokayev');
    expect((await run({ speaker: 'Kazakh president' })).title).not.toContain('Press Office');
    expect((await run({ speaker: 'Russian president' })).title).toContain('Vladimir Putin');
    expect((await run({ speaker: 'الرئيس الروسي' })).title).toContain('Vladimir Putin');
    expect((await run({ speaker: 'Chinese foreign minister' })).title).toContain('Wang Yi');
    expect((await run({ speaker: 'president' })).title).not.toContain('Press Office');
  });

  it('autocomplete reads the same way: China suggests Chinese speakers, not a sound-alike', () => {
    const names = speakerChoices(desk, 'China').map((c) => c.name);
    expect(names.some((n) => n.includes('Wang Yi'))).toBe(true);
    expect(names.some((n) => /Bashinyan|Pashinyan/.test(n))).toBe(false);
  });

  it('about: reads English places and phrases (Ukraine, fuel prices)', async () => {
    // The statement stops at «في إشارة إلى»; the sentence naming Ukraine is what about: matched.
    expect(quotes(await run({ about: 'Ukraine' })).some((q) => q.includes('ثورات ملونة'))).toBe(true);
    const fuel = await run({ about: 'fuel prices' });
    expect(fuel.tone).toBe('info');
    expect(quotes(fuel).some((q) => q.includes('أسعار الوقود'))).toBe(true);
  });

  it('a known person mentioned but never quoted: "mentioned in 004, not quoted", with the mention', async () => {
    const doc = await run({ speaker: 'lukashenko' });
    expect(doc.title).toBe('Alexander Lukashenko: mentioned in 004, not quoted');
    expect(quotes(doc).join(' ')).toContain('ألكسندر لوكاشينكو');
  });

  it('source: alone lists everyone quoted in the article (the /source card’s follow-up)', async () => {
    const doc = await run({ source: '003' });
    expect(doc.tone).toBe('info');
    expect(doc.sections!.map((s) => s.title!.slice(0, 3))).toEqual(['003']);
    const speakers = new Set(doc.sections![0]!.items.map((i) => i.heading.split(' — ')[0]));
    expect(speakers.size).toBeGreaterThan(1);
    expect(quotes(doc).length).toBe(desk.statements('003').length);
  });

  it('Forms seen lists only how the articles name the speaker', async () => {
    const doc = await run({ speaker: 'tokayev' });
    const forms = doc.footer!.replace(/^Forms seen: /, '').split(' / ');
    // توكايف and "Tokaev" are lexicon spellings no seed article uses.
    expect(forms).not.toContain('توكايف');
    expect(forms).not.toContain('Tokaev');
    for (const form of forms.filter((f) => !f.endsWith('…'))) expect(desk.articles().some((a) => a.text.includes(form)), form).toBe(true);
  });

  it('a statement carrying a withdrawn figure is marked withdrawn, not shown as a live claim', async () => {
    const doc = await run({ speaker: 'وزارة الإعلام' });
    const item = doc.sections!.flatMap((s) => s.items).find((i) => plainText(i.quote ?? '').includes('164'));
    expect(item?.heading).toMatch(/^WITHDRAWN — /);
  });

  it('labels partial and headline quotes as such, never "Direct quote"', () => {
    expect(statementLabel({ kind: 'direct' })).toBe('Direct quote');
    expect(statementLabel({ kind: 'indirect' })).toBe('Reported speech');
    // The attribution engine's additive `form` (see src/extract/types.ts on h13).
    expect(statementLabel({ kind: 'indirect', form: 'partial' })).toBe('Partial quote');
    expect(statementLabel({ kind: 'direct', form: 'partial' })).toBe('Partial quote');
    expect(statementLabel({ kind: 'direct', form: 'headline' })).toMatch(/^Headline/);
  });
});

describe('/who-said by a full English name when the copy uses the family name only', () => {
  it('Hans Grundberg finds غروندبرغ; a word inside someone’s title never stands in for the name', async () => {
    const own = new Desk();
    own.addArticle(
      parseArticle(
        '120_yemen.txt',
        '/tmp/desk/120_yemen.txt',
        'المبعوث الأممي يدعو إلى تمديد الهدنة في اليمن\n\nقال غروندبرغ في إحاطة لمجلس الأمن إن "الهدنة صمدت رغم الخروقات".\n\nوقال وزير مالية الكويت أنس الصالح إن الموازنة ستعرض الأسبوع المقبل.\n',
      ),
    );
    const found = whoSaid(own, { speaker: 'Hans Grundberg' });
    expect(found.kind).toBe('found');
    if (found.kind === 'found') expect(found.speaker?.name).toBe('غروندبرغ');
    // "Gheit" sounds like الكويت in a title, not like anyone's name.
    expect(whoSaid(own, { speaker: 'Ahmed Aboul Gheit' }).kind).toBe('unknown-speaker');
  });
});
