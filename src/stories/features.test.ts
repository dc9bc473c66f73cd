import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { articleProfile, loadFunctionWords, type ProfileOptions } from './features.ts';
import { loadPlaces, placeMatcher, readsDigits } from './places.ts';

const article = (file: string, text: string) => parseArticle(file, `/tmp/${file}`, text);
const functionWords = loadFunctionWords();
/** Explicit fingerprint options: the sentence memory is bypassed, so the profile is read afresh. */
const afresh = (options: ProfileOptions): ProfileOptions => ({ ...options, fingerprintMinWords: 10, fingerprintWords: 8 });

const TOLL = (dead: string, hurt: string) =>
  `ارتفاع حصيلة حريق سوق الخضار\nارتفعت حصيلة ضحايا حريق سوق الخضار في مدينة الناصرية إلى ${dead} قتيلاً و${hurt} مصاباً، بحسب مديرية الدفاع المدني في محافظة ذي قار.`;

describe('article profiles', () => {
  it('gives a sentence that differs only in its numbers the features it would get read afresh (the sentence memory ignores digits)', () => {
    const options = { functionWords, places: loadPlaces() };
    const first = articleProfile(article('301_a.txt', TOLL('12', '30')), [], options);
    const update = article('302_b.txt', TOLL('١٥', '41'));
    const remembered = articleProfile(update, [], options);
    const read = articleProfile(update, [], afresh(options));
    expect(remembered.features).toEqual(read.features);
    expect([...remembered.features].map(([f, { count }]) => [f, count])).toEqual([...first.features].map(([f, { count }]) => [f, count]));
    expect([...read.features.keys()]).toContain('g:nasiriyah');
  });

  it('keeps numbers in the memory when a place name holds a digit (مدينة 6 أكتوبر is not مدينة 10 أكتوبر)', () => {
    const places = placeMatcher([{ id: 'six-october', en: ['6th of October City'], ar: ['6 أكتوبر'], kind: 'place', extra: {} }]);
    expect(readsDigits(places)).toBe(true);
    expect(readsDigits(loadPlaces())).toBe(false);
    const options = { functionWords, places };
    const text = (n: string) => `افتتاح مصنع جديد\nافتتحت الشركة مصنعاً جديداً للأدوية في مدينة ${n} أكتوبر غرب العاصمة، وقال مدير المصنع إن الإنتاج يبدأ الشهر المقبل.`;
    expect([...articleProfile(article('303_c.txt', text('6')), [], options).features.keys()]).toContain('g:six-october');
    const other = articleProfile(article('304_d.txt', text('10')), [], options);
    expect([...other.features.keys()]).not.toContain('g:six-october');
    expect(other.features).toEqual(articleProfile(article('304_d.txt', text('10')), [], afresh(options)).features);
  });

  it('counts the place of a dateline and of a place-and-author line, which cleaning takes out of the text', () => {
    const options = { functionWords, places: loadPlaces() };
    const filed = (line: string) =>
      `هيئة الرقابة: إيقاف 40 موظفا في قضايا رشوة\n${line}\nأعلنت هيئة الرقابة ومكافحة الفساد إيقاف 40 موظفا في قضايا رشوة واختلاس خلال الشهر الماضي، وقالت إن التحقيقات مستمرة.`;
    const places = (text: string) => [...articleProfile(article('305_e.txt', text), [], options).features.keys()].filter((f) => f.startsWith('g:'));
    expect(places(filed('عمان - الغد'))).toEqual(['g:amman']);
    expect(places(filed('القاهرة – سامي داود'))).toEqual(['g:cairo']);
    expect(places(filed('بغداد: الصباح'))).toEqual(['g:baghdad']);
    // The same report without a filing line names no place at all.
    expect(places(`هيئة الرقابة: إيقاف 40 موظفا في قضايا رشوة\nأعلنت هيئة الرقابة ومكافحة الفساد إيقاف 40 موظفا في قضايا رشوة واختلاس خلال الشهر الماضي.`)).toEqual([]);
  });
});
