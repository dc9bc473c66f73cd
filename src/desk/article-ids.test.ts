import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { ArticleIds } from './article-ids.ts';

const article = (file: string) => parseArticle(file, `/data/${file}`, 'عنوان الخبر\n\nقال الوزير إن الوضع مستقر تماماً في العاصمة.\n');
const articles = ['003_5e0c2a9b41d7f803.txt', '010_aa.txt', '011_bb.md', '120_cc.txt', 'report-beirut.txt'].map(article);
const ids = new ArticleIds(articles);
const id = (input: string) => ids.resolve(input).article?.id;
const suggestions = (input: string) => {
  const found = ids.resolve(input);
  return found.article ? [] : found.suggestions.map((a) => a.id);
};

describe('ArticleIds', () => {
  it('finds an article by id, number, file name, base name and file-name prefix', () => {
    expect(id('003')).toBe('003');
    expect(id('3')).toBe('003');
    expect(id('id:10')).toBe('010');
    expect(id('003_5e0c2a9b41d7f803.txt')).toBe('003');
    expect(id('011_BB')).toBe('011');
    expect(id('003_5e0c')).toBe('003');
    expect(id('Report-Beirut')).toBe('report-beirut');
  });

  it('suggests the nearest ids for an unknown one', () => {
    expect(suggestions('13')).toEqual(['011', '010', '003', '120']);
    expect(suggestions('119')).toEqual(['120', '011', '010', '003']);
    expect(suggestions('report-beirat')[0]).toBe('report-beirut');
  });

  it('lists matches in id order and stops at the limit', () => {
    expect(ids.matching((file) => file.includes('_'), 2).map((a) => a.id)).toEqual(['003', '010']);
  });
});
