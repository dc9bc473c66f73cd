import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { watchDataDir } from '../ingest/watch.ts';
import { articlePageHtml, rssFeed, STORIES } from '../../tests/fixtures/feeds.ts';
import { startLoopbackWeb, type LoopbackWeb } from '../../tests/loopback-web.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);

const dirs: string[] = [];
const servers: LoopbackWeb[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'desk-poll-cli-'));
  dirs.push(d);
  return d;
};

async function poll(dataDir: string, feedsFile: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, [resolve(ROOT, 'src/cli/poll.ts'), '--data', dataDir, '--feeds', feedsFile], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', HOME: tmpdir() }, timeout: 60_000 });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('npm run poll', () => {
  it('polls once, prints one line per feed, and a running desk takes the articles in under the same ids', async () => {
    const web = await startLoopbackWeb();
    servers.push(web);
    web.route('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed(STORIES, web.origin) });
    for (const s of STORIES) web.route(`/news/${s.slug}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePageHtml(s, web.origin) });
    web.route('/page', { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body><p>الصفحة الرئيسية</p></body></html>' });
    const data = tempDir();
    writeFileSync(join(data, '007_editor.txt'), 'مقال المحرر\nقال رئيس التحرير إن التغطية مستمرة على مدار الساعة.\n');
    const feedsFile = join(tempDir(), 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ url: web.url('/rss.xml'), outlet: 'صحيفة الاختبار' }, { url: web.url('/page'), outlet: 'صفحة' }]));

    // A bot is running on the directory meanwhile.
    const desk = await Desk.fromDirectory(data);
    const watcher = watchDataDir(desk, data, { debounceMs: 30 });
    try {
      const first = await poll(data, feedsFile);
      const lines = first.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^ok\s+صحيفة الاختبار <http:\/\/127\.0\.0\.1:\d+\/rss\.xml>  3 new, 0 updated, 0 already on the desk, 0 unchanged/);
      expect(lines[1]).toMatch(/^failed\s+صفحة .* html-not-feed: /);
      expect(first.code).toBe(1);

      const end = Date.now() + 5000;
      while (desk.size < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      await watcher.idle();
      // Numbers after the editor's 007, the same in the files and on the running desk.
      expect(desk.articles().map((a) => a.id)).toEqual(['007', '008', '009', '010']);
      expect(readdirSync(data).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, 3)).sort()).toEqual(['008', '009', '010']);

      const second = await poll(data, feedsFile);
      expect(second.stdout).toMatch(/0 new, 0 updated, 0 already on the desk, 3 unchanged/);
      expect(web.hits('/news/budget-deficit')).toBe(1);
    } finally {
      watcher.close();
    }
  }, 120_000);
});
