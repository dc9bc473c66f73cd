import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFeedToList, feedsFileFromArgs, loadFeedList } from './config.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const file = (content?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-feeds-config-'));
  dirs.push(dir);
  const path = join(dir, 'feeds.json');
  if (content !== undefined) writeFileSync(path, content);
  return path;
};

describe('the feed list', () => {
  it('is empty, without a warning, when the file is absent or empty', () => {
    expect(loadFeedList(file())).toEqual({ feeds: [], warnings: [] });
    expect(loadFeedList(file(''))).toEqual({ feeds: [], warnings: [] });
    expect(loadFeedList(file('[]'))).toEqual({ feeds: [], warnings: [] });
  });

  it('skips a bad entry with a warning naming it, and loads the rest', () => {
    const path = file(
      JSON.stringify([
        { url: 'https://example.com/rss.xml', outlet: 'صحيفة المثال', keywords: ['النفط'] },
        { url: 'ftp://example.com/feed', outlet: 'خطأ' },
        { url: 'https://example.com/atom.xml' },
        { url: 'https://example.com/rss.xml', outlet: 'مكرر' },
        { url: 'https://example.com/json', outlet: 'كل ساعة', intervalMinutes: 60 },
      ]),
    );
    const list = loadFeedList(path);
    expect(list.feeds.map((f) => f.outlet)).toEqual(['صحيفة المثال', 'كل ساعة']);
    expect(list.warnings).toEqual([
      `${path}: feed 2 skipped: url must be an http(s) address`,
      `${path}: feed 3 skipped: outlet is required (the name editors know the source by)`,
      `${path}: feed 4 skipped: https://example.com/rss.xml is listed twice`,
    ]);
  });

  it('says so when the file is not JSON, and adds a feed keeping hand-written entries', () => {
    expect(loadFeedList(file('{ url: x')).warnings[0]).toMatch(/not valid JSON/);
    const path = file(JSON.stringify([{ url: 'https://example.com/rss.xml', outlet: 'صحيفة المثال', note: 'للمحرر' }]));
    expect(addFeedToList(path, { url: 'https://example.org/feed', outlet: 'وكالة' })).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([
      { url: 'https://example.com/rss.xml', outlet: 'صحيفة المثال', note: 'للمحرر' },
      { url: 'https://example.org/feed', outlet: 'وكالة' },
    ]);
    expect(addFeedToList(path, { url: 'https://example.org/feed', outlet: 'وكالة' })).toMatchObject({ ok: false });
  });

  it('comes from --feeds, then FEEDS_FILE, then data/feeds.json', () => {
    expect(feedsFileFromArgs(['--feeds', 'a.json'], { FEEDS_FILE: 'b.json' })).toBe('a.json');
    expect(feedsFileFromArgs(['--feeds=c.json'], {})).toBe('c.json');
    expect(feedsFileFromArgs([], { FEEDS_FILE: 'b.json' })).toBe('b.json');
    expect(feedsFileFromArgs(['--data', 'x'], {})).toBe('data/feeds.json');
  });
});
