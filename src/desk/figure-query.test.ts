import { describe, expect, it } from 'vitest';
import type { Figure } from '../extract/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import { discrepancies, formatClaimValue, groupClaims, resolveTopic } from './figure-query.ts';
import { figurePeriod } from '../stories/figure-period.ts';

function figure(article: string, value: number, extra: Partial<Figure> = {}): Figure {
  return { id: `${article}:${value}`, article, value, approx: false, direction: null, vague: false, unit: 'شخص', topic: 'deaths', group: null, speakerKey: null, attribution: null, text: '', sentence: '', start: 0, end: 0, withdrawn: false, ...extra };
}

describe('claims and discrepancies', () => {
  it('states each value once with all its sources and flags sources that disagree', () => {
    const claims = groupClaims([figure('010', 120), figure('011', 120), figure('012', 95, { approx: true, direction: 'about' })]);
    expect(claims.map((c) => [formatClaimValue(c), c.figures.map((f) => f.article)])).toEqual([
      ['120', ['010', '011']],
      ['~95', ['012']],
    ]);
    expect(discrepancies(claims)).toHaveLength(1);
    expect(discrepancies(claims)[0]).toMatchObject({ low: 95, high: 120 });
  });

  it('takes a number both sources print as agreement only when it is one side\'s main figure', () => {
    const at = (article: string, value: number, start: number) => figure(article, value, { topic: 'defendants', start, id: `${article}:${start}` });
    // Each names the six sentenced after its own count of the accused: 14 and 12 still differ.
    expect(discrepancies(groupClaims([at('010', 14, 0), at('010', 6, 80), at('011', 12, 0), at('011', 6, 95)])).map((d) => d.pairs)).toEqual([[['010', '011']]]);
    // An update naming the toll it replaces agrees with the report of that toll.
    expect(discrepancies(groupClaims([at('010', 18, 0), at('011', 21, 0), at('011', 18, 60)]))).toEqual([]);
  });

  it('compares figures of different periods never, and figures of one period as before', () => {
    const exports = (article: string, value: number, sentence: string) => figure(article, value, { topic: 'oil', unit: 'برميل', text: `${value} مليون برميل`, sentence });
    const november = exports('010', 58, 'بلغت الصادرات في شهر تشرين الثاني الماضي 58 مليون برميل.');
    const september = exports('011', 102, 'بلغت الصادرات خلال شهر أيلول الماضي 102 مليون برميل.');
    const alsoSeptember = exports('012', 90, 'صدر العراق في شهر أيلول الماضي 90 مليون برميل.');
    const context = { story: () => 'S1', scope: () => null, period: (f: Figure) => figurePeriod(f), update: () => false };
    expect(discrepancies(groupClaims([november, september], context))).toEqual([]);
    expect(discrepancies(groupClaims([september, alsoSeptember], context))).toHaveLength(1);
  });

  it('compares a periodic quantity (oil output, a rate) only where both sources say which period', () => {
    const output = (article: string, value: number, sentence: string) => figure(article, value, { topic: 'oil', unit: 'برميل', text: `${value} ألف برميل`, sentence });
    const cut2020 = output('010', 500, 'خفض الإنتاج بمقدار 500 ألف برميل يوميا.');
    const cut2023 = output('011', 1000, 'خفض الإنتاج بمقدار 1000 ألف برميل يوميا.');
    const periodic = { story: () => 'S1', scope: () => null, period: (f: Figure) => figurePeriod(f), update: () => false, periodic: (topic: string) => topic === 'oil' };
    expect(discrepancies(groupClaims([cut2020, cut2023], periodic))).toEqual([]);
    // Both saying the month: one quantity, and the sources disagree.
    const may = (article: string, value: number) => output(article, value, `بلغ الإنتاج في شهر أيار الماضي ${value} ألف برميل.`);
    expect(discrepancies(groupClaims([may('010', 500), may('011', 1000)], periodic))).toHaveLength(1);
    // A toll is no periodic quantity: deaths still disagree without a period.
    expect(discrepancies(groupClaims([figure('010', 20), figure('011', 40)], periodic))).toHaveLength(1);
  });

  it('compares percentages only of one named measure', () => {
    const pct = (article: string, value: number, quantity: string | null) => figure(article, value, { topic: 'percent', unit: '%', measure: 'percent', quantity, id: `${article}:${value}` });
    expect(discrepancies(groupClaims([pct('010', 39, 'inflation'), pct('011', 70, 'food share')]))).toEqual([]);
    expect(discrepancies(groupClaims([pct('010', 39, null), pct('011', 70, null)]))).toEqual([]);
    expect(discrepancies(groupClaims([pct('010', 39, 'inflation'), pct('011', 33, 'inflation')]))).toHaveLength(1);
  });

  it('says "at least" only when every source of the claim does', () => {
    const min = (article: string, inclusive: boolean) => figure(article, 54, { approx: true, direction: 'more', bound: 'min', ...(inclusive ? { inclusive: true as const } : {}) });
    expect(groupClaims([min('010', true), min('011', true)]).map((c) => formatClaimValue(c))).toEqual(['at least 54']);
    expect(groupClaims([min('010', true), min('011', false)]).map((c) => formatClaimValue(c))).toEqual(['more than 54']);
  });

  it('compares amounts only when they measure the same thing in the same currency', () => {
    const amount = (article: string, value: number, quantity: string | null, currency = 'SAR') => figure(article, value, { topic: 'money', measure: 'money', quantity, currency, unit: 'ريال' });
    // A budget's spending and a company's profit, or amounts whose sentence says not what they are: no disagreement.
    expect(discrepancies(groupClaims([amount('010', 1.2e12, 'spending'), amount('011', 2.6e10, 'profit')]))).toEqual([]);
    expect(discrepancies(groupClaims([amount('010', 1.2e12, null), amount('011', 2.6e10, null)]))).toEqual([]);
    expect(discrepancies(groupClaims([amount('010', 5e6, 'fine', 'KWD'), amount('011', 9e6, 'fine', 'SAR')]))).toEqual([]);
    // The same deficit stated differently is one.
    expect(discrepancies(groupClaims([amount('010', 1.66e11, 'deficit'), amount('011', 1.9e11, 'deficit')]))).toHaveLength(1);
    // A headline's sum that names nothing is the tranche its article's body names for the same number.
    const headlineFirst = [{ ...amount('010', 1.2e9, null, 'USD'), start: 0 }, { ...amount('010', 1.2e9, 'tranche', 'USD'), start: 90 }, amount('011', 8.2e8, 'tranche', 'USD')];
    expect(discrepancies(groupClaims(headlineFirst)).map((d) => d.pairs)).toEqual([[['010', '011']]]);
  });

  it('does not call a withdrawn figure, a vague one or two numbers of one article a disagreement', () => {
    expect(discrepancies(groupClaims([figure('010', 120), figure('011', 164, { withdrawn: true })]))).toEqual([]);
    expect(discrepancies(groupClaims([figure('010', 120), figure('011', 10, { vague: true, approx: true })]))).toEqual([]);
    expect(discrepancies(groupClaims([figure('010', 120), figure('010', 45)]))).toEqual([]);
    // 011 repeats 010's number and adds another: no source contradicts another.
    expect(discrepancies(groupClaims([figure('010', 2030), figure('011', 2030), figure('011', 250)]))).toEqual([]);
  });

  it('lets a bound agree with a value just past it, not with one a tenth or more beyond', () => {
    const more = (article: string, value: number) => figure(article, value, { approx: true, direction: 'more', bound: 'min' });
    const real = (claims: ReturnType<typeof groupClaims>) => discrepancies(claims).filter((d) => d.severity === 'disagree');
    expect(real(groupClaims([more('010', 160), figure('011', 164)]))).toEqual([]);
    expect(real(groupClaims([more('010', 78), figure('011', 87)]))).toHaveLength(1);
  });

  it('keeps security-force counts and overall tolls as separate quantities', () => {
    const claims = groupClaims([figure('010', 16, { group: 'security forces' }), figure('011', 160, { approx: true, direction: 'more' })]);
    expect(new Set(claims.map((c) => c.quantity)).size).toBe(2);
    expect(discrepancies(claims)).toEqual([]);
  });
});

describe('resolveTopic', () => {
  const topics: LexiconEntry[] = [
    { id: 'arrests', en: ['arrests', 'detained'], ar: ['اعتقالات', 'اعتقال', 'توقيف'], extra: {} },
    { id: 'deaths', en: ['deaths', 'killed', 'death toll'], ar: ['قتلى', 'مقتل'], extra: {} },
  ];
  it('maps English names and synonyms and Arabic words in any form to a topic', () => {
    expect(resolveTopic(topics, 'Arrests')?.id).toBe('arrests');
    expect(resolveTopic(topics, 'detained')?.id).toBe('arrests');
    expect(resolveTopic(topics, 'death toll')?.id).toBe('deaths');
    expect(resolveTopic(topics, 'والاعتقالات')?.id).toBe('arrests');
    expect(resolveTopic(topics, 'التوقيف')?.id).toBe('arrests');
    expect(resolveTopic(topics, 'weather')).toBeUndefined();
    expect(resolveTopic(topics, '')).toBeUndefined();
  });
});
