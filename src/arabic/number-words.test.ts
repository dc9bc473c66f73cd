import { toCardinal } from 'n2words/ar-SA';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.ts';
// The benchmark's seeded generator (mulberry32): the same values every run.
import { seededRandom } from '../../bench/synthetic.ts';

/**
 * Round trips: n2words (a maintained number-to-words library, Arabic locale) writes a number out,
 * our reader must read the same number back — in both genders, with the spelling, case and
 * vowelling variants real copy uses. A fixed seed keeps failures reproducible.
 */

/** Values spread over every order of magnitude up to 10^12, plus round and near-round numbers. */
function sampleValues(count: number, random: () => number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const digits = 1 + Math.floor(random() * 12);
    let n = Math.floor(random() * 10 ** digits);
    // A third are round at some scale (8,000 · 16,300,000), as news figures often are.
    if (k % 3 === 0) {
      const keep = 1 + Math.floor(random() * 3);
      const cut = 10 ** Math.max(0, String(n).length - keep);
      n = Math.floor(n / cut) * cut;
    }
    out.push(Math.max(1, n));
  }
  out.push(1e12, 2e12, 1e9, 2e9, 1e6, 2e6, 1000, 2000);
  return out;
}

/**
 * n2words writes a group ending in 01 before a scale as «مائة وألف ألف» (101,000), which is not
 * Arabic: it is given here as copy writes it, «مائة وواحد ألف».
 */
const cardinal = (n: number, gender: 'masculine' | 'feminine'): string =>
  toCardinal(n, { gender }).replace(/و(ألف|مليون|مليار|تريليون) \1/g, gender === 'masculine' ? 'وواحد $1' : 'وواحدة $1');

const readBack = (words: string): number[] => findNumbers(`وقال المتحدث إن ${words} شخصا وصلوا`).filter((n) => n.kind === 'count').map((n) => n.value);

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064D'];

/** Spelling variants one number takes in real copy (the meaning never changes). */
const variants: Array<[string, (words: string, random: () => number) => string]> = [
  ['as written', (w) => w],
  ['مئة spelling', (w) => w.replace(/مائة/g, 'مئة')],
  ['split hundreds', (w) => w.replace(/(ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)مائة/g, '$1 مائة')],
  ['split hundreds, مئة', (w) => w.replace(/(ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)مائة/g, '$1 مئة')],
  [
    'accusative/genitive case',
    (w) =>
      w
        .replace(/(عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)ون(?=\s|$)/g, '$1ين')
        .replace(/اثنان/g, 'اثنين')
        .replace(/اثنتان/g, 'اثنتين')
        .replace(/اثنا /g, 'اثني ')
        .replace(/اثنتا /g, 'اثنتي ')
        .replace(/(مائت|ألف|مليون|مليار|تريليون)ان(?=\s|$)/g, '$1ين'),
  ],
  [
    'vowelled',
    (w, random) =>
      [...w].map((ch) => (/[\u0621-\u064A]/.test(ch) && random() < 0.4 ? ch + HARAKAT[Math.floor(random() * HARAKAT.length)]! : ch)).join(''),
  ],
  ['without hamza', (w) => w.replace(/[أإآ]/g, 'ا').replace(/ة(?=\s|$)/g, 'ه')],
];

describe('Arabic number words round-trip through n2words', () => {
  it('reads every number 1–2,000 back in both genders', () => {
    const failures: string[] = [];
    for (let n = 1; n <= 2000; n++) {
      for (const gender of ['masculine', 'feminine'] as const) {
        const words = cardinal(n, gender);
        const got = readBack(words);
        if (got.length !== 1 || got[0] !== n) failures.push(`${n} ${gender}: ${words} → ${got.join(', ')}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('reads thousands of values up to 10^12 back, in every spelling variant', () => {
    const random = seededRandom(20261201);
    const failures: string[] = [];
    let checked = 0;
    for (const n of sampleValues(3000, random)) {
      const gender = random() < 0.5 ? 'masculine' : 'feminine';
      const words = cardinal(n, gender);
      for (const [name, variant] of variants) {
        const text = variant(words, random);
        const got = readBack(text);
        checked++;
        if (got.length !== 1 || got[0] !== n) failures.push(`${n} (${gender}, ${name}): ${text} → ${got.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe('number words from real copy (hand cases)', () => {
  const value = (text: string) => {
    const found = findNumbers(text).filter((n) => n.kind === 'count' || n.kind === 'percent');
    expect(found.length, text).toBe(1);
    return found[0]!.value;
  };

  it('reads fully vowelled compounds and split hundreds', () => {
    expect(value('وبلغ عدد الموقوفين ستةَ عشرَ ألفًا وثلاثِ مئةٍ وخمسٍ وأربعينَ موقوفًا')).toBe(16345);
    expect(value('نزح ثمانيةُ آلافٍ وتسعُ مئةٍ من السكان')).toBe(8900);
    expect(value('نقل إلى المستشفيات مئةٍ وسبعَ عشرَة مصابًا')).toBe(117);
    expect(value('نزح تسع مئة شخص')).toBe(900);
    expect(value('نزح تسعمائة شخص')).toBe(900);
    expect(value('ارتفع عدد الضحايا إلى خمسه عشره شخصا')).toBe(15);
  });

  it('reads digits mixed with scale words, decimals with a scale, duals of scales', () => {
    expect(value('أحصت الوزارة 7 آلاف و939 موقوفا')).toBe(7939);
    expect(value('سجلت الوزارة 38 ألف و817 إصابة')).toBe(38817);
    expect(value('لقي أكثر من 1.5 ألف شخص حتفهم')).toBe(1500);
    expect(value('تضرر ما لا يقل عن مليوني منزل')).toBe(2e6);
    expect(value('يحتاج 1.2 مليون أسرة إلى مساعدة')).toBe(1.2e6);
    expect(value('بلغ الدين ٢ تريليون جنيه')).toBe(2e12);
    expect(value('قدرت الخسائر بنصف مليون دولار')).toBe(5e5);
  });

  it('reads fractions after a scale (ونصف المليار)', () => {
    expect(value('بلغ العجز تسعة مليارات ونصف المليار دينار')).toBe(9.5e9);
    expect(value('تبلغ الميزانية واحدا وثلاثين مليارا ونصف المليار دولار')).toBe(31.5e9);
    expect(value('نزح مليون ونصف شخص')).toBe(1.5e6);
  });

  it('reads decimals in every script and separator, and the decimal point spelt out', () => {
    expect(value('بلغ التضخم ١٢.٧ ٪ في يوليو')).toBe(12.7);
    expect(value('بلغ التضخم 7،5 % في يوليو')).toBe(7.5);
    expect(value('بلغ التضخم ٣٫٥ في المئة')).toBe(3.5);
    expect(value('بلغ النمو ۲.۵ بالمئة')).toBe(2.5);
    expect(value('بلغ النمو سبعة فاصلة خمسة في المائة')).toBe(7.5);
  });

  it('reads numbers behind clitics', () => {
    expect(value('قدمت المساعدة لسبعة أطفال')).toBe(7);
    expect(value('تبرع بثلاثة ملايين دولار')).toBe(3e6);
    expect(value('وصل سعر الدولار إلى ال50 ليرة')).toBe(50);
  });

  it('does not read ordinary words as numbers', () => {
    expect(findNumbers('قالت إنها لست متأكدة من أن ست البيت غائبة')).toEqual([]);
    expect(findNumbers('ألقى أحد المسؤولين كلمة في الجلسة الأولى')).toEqual([]);
  });
});
