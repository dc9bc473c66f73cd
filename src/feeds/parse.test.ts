import { describe, expect, it } from 'vitest';
import { atomFeed, jsonFeed, manyStories, rssFeed, STORIES } from '../../tests/fixtures/feeds.ts';
import { parseFeedText } from './parse.ts';

const ORIGIN = 'http://127.0.0.1:9';

describe('parseFeedText', () => {
  it('reads RSS 2.0, Atom and JSON Feed entries with their Arabic titles, links, guids and dates', () => {
    const rss = parseFeedText(rssFeed(STORIES, ORIGIN));
    expect(rss).toMatchObject({ ok: true, format: 'rss', title: 'صحيفة الاختبار', total: 3 });
    if (!rss.ok) return;
    expect(rss.entries[0]).toMatchObject({
      title: 'وزير المالية: العجز سينخفض إلى 3 في المئة العام المقبل',
      link: `${ORIGIN}/news/budget-deficit?utm_source=rss`,
      guid: 'test-budget-deficit',
      summary: 'توقع وزير المالية تراجع عجز الموازنة العامة في العام المقبل.',
      content: null,
    });
    expect(Date.parse(rss.entries[0]!.published!)).toBe(Date.parse('2024-03-05T08:30:00Z'));

    const atom = parseFeedText(atomFeed(STORIES, ORIGIN));
    expect(atom).toMatchObject({ ok: true, format: 'atom' });
    if (!atom.ok) return;
    expect(atom.entries[1]).toMatchObject({ guid: 'urn:test:flood-south', link: `${ORIGIN}/wire/flood-south`, author: 'محمد العلي' });
    expect(atom.entries[1]!.content).toContain('<p>أعلنت وزارة الداخلية');

    const json = parseFeedText(jsonFeed(STORIES, ORIGIN));
    expect(json).toMatchObject({ ok: true, format: 'json' });
    if (!json.ok) return;
    expect(json.entries[2]).toMatchObject({ guid: 'json-football-final', link: `${ORIGIN}/json/football-final`, published: '2024-03-03T19:00:00Z' });
  });

  it('names HTML served as a feed, a document that is no feed, an empty answer and broken JSON', () => {
    expect(parseFeedText('<!DOCTYPE html><html><head><title>الرئيسية</title></head><body><p>مرحبا</p></body></html>')).toMatchObject({ ok: false, problem: 'html-not-feed' });
    expect(parseFeedText('<p>x</p>', { contentType: 'text/html; charset=utf-8' })).toMatchObject({ ok: false, problem: 'html-not-feed' });
    expect(parseFeedText('<?xml version="1.0"?><note><to>المحرر</to></note>')).toMatchObject({ ok: false, problem: 'not-a-feed' });
    expect(parseFeedText('   ')).toMatchObject({ ok: false, problem: 'empty-response' });
    expect(parseFeedText('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toMatchObject({ ok: false, problem: 'malformed-feed' });
  });

  it('reads what it can of broken XML, with a malformed-feed warning, and refuses XML that holds nothing', () => {
    const cut = rssFeed(STORIES, ORIGIN).replace('</channel>\n</rss>', '').replace(/<\/item>\s*$/, '');
    const partial = parseFeedText(cut);
    expect(partial.ok).toBe(true);
    if (partial.ok) {
      expect(partial.warnings[0]).toMatchObject({ code: 'malformed-feed' });
      expect(partial.entries.length).toBeGreaterThanOrEqual(2);
    }
    expect(parseFeedText('<rss version="2.0"><channel><title>x</chanel></rss>')).toMatchObject({ ok: false, problem: 'malformed-feed' });
  });

  it('keeps the first items of a 10,000-item feed and says so', () => {
    const parsed = parseFeedText(rssFeed(manyStories(10_000), ORIGIN), { maxItems: 300 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.total).toBe(10_000);
    expect(parsed.entries).toHaveLength(300);
    expect(parsed.warnings).toContainEqual({ code: 'too-many-items', message: '10000 items in one feed; read the first 300' });
  });
});
