import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/wait.ts';
import { command as digestCommand } from '../../commands/digest.ts';
import { command as source } from '../../commands/source.ts';
import { Desk } from '../desk/desk.ts';
import { watchDataDir } from '../ingest/watch.ts';
import type { Doc } from '../render/doc.ts';
import { renderText } from '../render/text.ts';
import { DigestService } from './service.ts';

/** The whole live path: a file dropped into the watched directory → /source → the next digest. */

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const temp = tempDirs('desk-');

const FLOOD = [
  '---',
  'title: فيضانات تجتاح قرى الشمال',
  'outlet: وكالة الأنباء المحلية',
  'published: 2022-01-12',
  '---',
  'فيضانات تجتاح قرى الشمال',
  'قال محافظ الإقليم إن السيول غمرت 12 قرية وأجبرت مئات العائلات على النزوح.',
  'وأضاف: «فرق الإنقاذ تعمل ليلاً ونهاراً ولن نترك أحداً خلفنا».',
  '',
].join('\n');

describe('live ingestion into /source and the digest', () => {
  it('a dropped file is answerable within seconds and is in the next digest, and only there', async () => {
    const dataDir = temp('desk-live-data-');
    copyFileSync('data/articles/003_17f18ee68b87133c.txt', join(dataDir, '003_17f18ee68b87133c.txt'));
    const desk = await Desk.fromDirectory(dataDir);
    const posts: Doc[][] = [];
    const digest = new DigestService({ desk, stateDir: temp('desk-live-state-'), logger: silent, post: async (docs) => (posts.push(docs), docs.map((_, i) => `m${i}`)) });
    await digest.postNow();
    expect(posts).toHaveLength(1);

    const watcher = watchDataDir(desk, dataDir, { debounceMs: 50 });
    try {
      const dropped = Date.now();
      writeFileSync(join(dataDir, '120_flood.md'), FLOOD);
      while (!desk.getArticle('120')) {
        if (Date.now() - dropped > 5000) throw new Error('the new article did not reach the desk within 5 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      const user = { id: 'u', name: 'editor', isAdmin: false };
      const card = renderText(await source.execute({ options: { id: '120' }, user, surface: 'console' }, { desk }));
      expect(card).toContain('Article 120');
      expect(card).toContain('وكالة الأنباء المحلية');

      const preview = renderText(await digestCommand.execute({ options: {}, subcommand: 'preview', user, surface: 'console' }, { desk, digest }));
      expect(preview).toContain('1 new article');
      expect(preview).toContain('فيضانات تجتاح قرى الشمال');
      expect(preview).not.toContain('003 ·');

      await digest.postNow('schedule');
      const posted = posts[1]!.map((d) => renderText(d)).join('\n');
      expect(posted).toContain('120 · وكالة الأنباء المحلية · 2022-01-12');
      expect(await digest.pendingArticles()).toEqual([]);
    } finally {
      watcher.close();
    }
  });
});
