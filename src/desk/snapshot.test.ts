import { copyFileSync, readFileSync, readdirSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/wait.ts';
import { parseArticle } from '../corpus/load.ts';
import { loadDeskWithSnapshot } from './snapshot.ts';

const temp = tempDirs('desk-');

function seedDir(): string {
  const dir = temp('desk-snap-data-');
  for (const f of readdirSync('data/articles')) copyFileSync(join('data/articles', f), join(dir, f));
  return dir;
}

describe('loadDeskWithSnapshot', () => {
  it('rebuilds once, then restarts from the snapshot with the same answers', async () => {
    const data = seedDir();
    const cacheDir = temp('desk-snap-cache-');
    const first = await loadDeskWithSnapshot(data, { cacheDir });
    expect(first.source).toBe('rebuild');
    const second = await loadDeskWithSnapshot(data, { cacheDir });
    expect(second.source).toBe('snapshot');
    expect(second.warnings).toEqual([]);
    expect(second.desk.articles().map((a) => a.id)).toEqual(first.desk.articles().map((a) => a.id));
    // Texts are cut again from each article on load: every record must come back exactly.
    expect(second.desk.statements()).toEqual(first.desk.statements());
    expect(second.desk.figures()).toEqual(first.desk.figures());
    // Paragraphs, quoted spans and boilerplate are made when first read, and read like data anywhere.
    const restored = second.desk.getArticle('003')!;
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(first.desk.getArticle('003'))));
    expect({ ...restored }.paragraphs).toBe(restored.paragraphs);
    expect(Object.keys(restored)).toEqual(expect.arrayContaining(['paragraphs', 'quotedSpans', 'boilerplate']));
    const boilerplate = { ...first.desk.getArticle('004')!.boilerplate };
    const other = second.desk.getArticle('004')!;
    other.quotedSpans = [];
    expect(other.quotedSpans).toEqual([]);
    expect({ ...other.boilerplate }).toEqual(boilerplate);
    other.quotedSpans = first.desk.getArticle('004')!.quotedSpans;
    expect(second.desk.articles()).toEqual(first.desk.articles());
    const hit = (d: typeof first.desk) => d.searchPassages('ثورات ملونة').map((h) => `${h.article.id}:${h.start}`);
    expect(hit(second.desk)).toEqual(hit(first.desk));
    // The restored desk is live: it still takes incremental updates, and knows the sentences it holds.
    const copy = second.desk.getArticle('000')!;
    second.desk.addArticle(parseArticle('009_copy.txt', join(data, '009_copy.txt'), copy.text));
    const hits = second.desk.searchPassages('ثورات ملونة');
    expect(hits.map((h) => h.text)).toEqual(first.desk.searchPassages('ثورات ملونة').map((h) => h.text));
    expect(hits.some((h) => [h.article.id, ...h.alsoIn.map((a) => a.id)].includes('009'))).toBe(true);
    second.desk.removeArticle('009');
    second.desk.removeArticle('000');
    expect(second.desk.searchPassages('ثورات ملونة').every((h) => h.article.id !== '000')).toBe(true);
  });

  it('makes a restored article\'s figures when first read, and counts their topics without them', async () => {
    const data = seedDir();
    const cacheDir = temp('desk-snap-cache-');
    const first = await loadDeskWithSnapshot(data, { cacheDir });
    const second = await loadDeskWithSnapshot(data, { cacheDir });
    expect(second.source).toBe('snapshot');
    expect([...second.desk.topicFigureCounts()]).toEqual([...first.desk.topicFigureCounts()]);
    const topics = [...new Set(first.desk.figures().map((f) => f.topic).filter((t): t is string => !!t))];
    expect(topics.length).toBeGreaterThan(1);
    // Topic look-ups walk the counted articles: the same figures come back, made on demand.
    for (const topic of topics) expect(second.desk.figuresOf(topic)).toEqual(first.desk.figuresOf(topic));
    const restored = second.desk.figures('003');
    expect(second.desk.figures('003')).toBe(restored);
    // Removing a restored article uncounts its figures' topics whether or not they were made.
    expect(first.desk.figures('004').some((f) => f.topic)).toBe(true);
    const third = await loadDeskWithSnapshot(data, { cacheDir });
    for (const desk of [first.desk, third.desk]) desk.removeArticle('004');
    expect(first.desk.topicFigureCounts().size).toBeGreaterThan(0);
    expect([...third.desk.topicFigureCounts()]).toEqual([...first.desk.topicFigureCounts()]);
  });

  it('ignores a stale snapshot when an article changes', async () => {
    const data = seedDir();
    const cacheDir = temp('desk-snap-cache-');
    await loadDeskWithSnapshot(data, { cacheDir });
    writeFileSync(join(data, '009_new.txt'), 'عنوان\nقال المتحدث إن الاجتماع انتهى.\n');
    const after = await loadDeskWithSnapshot(data, { cacheDir });
    expect(after.source).toBe('rebuild');
    expect(after.warnings[0]).toMatch(/stale/);
    expect(after.desk.getArticle('009')).toBeDefined();
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(data, '009_new.txt'), future, future);
    expect((await loadDeskWithSnapshot(data, { cacheDir })).source).toBe('rebuild');
  });

  it('never trusts a corrupt snapshot', async () => {
    const data = seedDir();
    const cacheDir = temp('desk-snap-cache-');
    const first = await loadDeskWithSnapshot(data, { cacheDir });
    writeFileSync(first.path, Buffer.from('garbage that is not a v8 snapshot'));
    const again = await loadDeskWithSnapshot(data, { cacheDir });
    expect(again.source).toBe('rebuild');
    expect(again.warnings[0]).toMatch(/unreadable|unknown shape|not a desk snapshot/);
    expect(again.desk.size).toBe(5);
  });

  it('never trusts a snapshot whose bytes changed on disk, even when it still deserialises', async () => {
    const data = seedDir();
    const cacheDir = temp('desk-snap-cache-');
    const first = await loadDeskWithSnapshot(data, { cacheDir });
    const bytes = readFileSync(first.path);
    // One flipped bit inside an article's text: «كازاخستان» becomes another word, the shape stays valid.
    const at = bytes.indexOf(Buffer.from('كازاخستان', 'utf16le'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 2] = bytes[at + 2]! ^ 0x01;
    writeFileSync(first.path, bytes);
    const again = await loadDeskWithSnapshot(data, { cacheDir });
    expect(again.source).toBe('rebuild');
    expect(again.warnings[0]).toMatch(/fails its checksum/);
    expect(again.desk.articles()).toEqual(first.desk.articles());
  });
});
