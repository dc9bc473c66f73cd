import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { Desk } from '../../src/desk/desk.ts';
import { channelPoster, restSend } from '../../src/digest/channel.ts';
import { DigestService } from '../../src/digest/service.ts';
import { DIGEST_MAX_CHARTS, renderDiscordWithCharts } from '../../src/render/chart-discord.ts';
import { storyHeading } from '../../src/render/story-doc.ts';
import { DIGEST_CHANNEL_ID, FakeDiscord, TOKEN } from '../fake-discord/server.ts';
import { tempDirs } from '../wait.ts';

/**
 * A multi-story digest posted the way the bot posts it (Discord renderer with charts, REST with
 * nonces) to the fake Discord, which checks every body against Discord's API description and the
 * limits a schema cannot state: the parts arrive story by story, newest first, each story's
 * message headed by its label and date span, and nothing can ping anyone.
 */

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const temp = tempDirs('desk-digest-stories-');
const md = (file: string, meta: string, body: string[]) => parseArticle(file, `/tmp/${file}`, `---\n${meta}\n---\n${body.join('\n')}\n`);

let fake: FakeDiscord;
let desk: Desk;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  desk = await Desk.fromDirectory('data/articles');
  // A flood two outlets count differently, a day apart, and an unrelated one-article story.
  desk.addArticle(
    md('060_flood.md', 'title: سيول تجتاح وادي حضرموت\noutlet: وكالة الساحل\npublished: 2023-05-03', [
      'سيول تجتاح وادي حضرموت',
      'قال الدفاع المدني في حضرموت إن السيول أودت بحياة 12 شخصا وجرفت عشرات المنازل في وادي حضرموت.',
      'وقال محافظ حضرموت: «نطلب من السكان الابتعاد عن مجاري السيول @everyone».',
    ]),
  );
  desk.addArticle(
    md('061_flood.md', 'title: ارتفاع ضحايا سيول حضرموت\noutlet: صحيفة الوادي\npublished: 2023-05-04', [
      'ارتفاع ضحايا سيول حضرموت',
      'قال الدفاع المدني في حضرموت إن السيول أودت بحياة 30 شخصا في وادي حضرموت وجرفت عشرات المنازل.',
      'وقال محافظ حضرموت: «نطلب من السكان الابتعاد عن مجاري السيول @everyone».',
    ]),
  );
  desk.addArticle(
    md('062_rates.md', 'title: البنك المركزي يرفع أسعار الفائدة\noutlet: الاقتصادية\npublished: 2023-03-02', [
      'قرر البنك المركزي رفع أسعار الفائدة بمقدار نصف نقطة مئوية لمواجهة التضخم، وقال المحافظ إن القرار يهدف إلى حماية العملة من تراجع جديد.',
    ]),
  );
});
afterAll(() => fake.close());

describe('the digest by story, posted to the fake Discord', () => {
  it('posts a heading, then each story newest first under its label and span, within every limit, pinging nobody', { timeout: 60_000 }, async () => {
    const flood = desk.storyOf('060')!;
    expect(desk.storyOf('061')).toBe(flood);
    expect(desk.storyOf('062')).not.toBe(flood);
    const rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 10_000 }).setToken(TOKEN);
    const digest = new DigestService({
      desk,
      stateDir: temp('state-'),
      logger: silent,
      post: channelPoster({ channelId: DIGEST_CHANNEL_ID, render: (doc) => renderDiscordWithCharts(doc, { maxCharts: DIGEST_MAX_CHARTS }), send: restSend(rest) }),
    });
    const outcome = await digest.postNow('manual');
    expect(outcome).toMatchObject({ posted: true });
    expect(fake.violations).toEqual([]);

    const messages = fake.channelMessages.filter((m) => m.channel_id === DIGEST_CHANNEL_ID);
    const titles = messages.map((m) => (m.embeds[0] as { title?: string }).title ?? '');
    expect(titles[0]).toMatch(/^Desk digest — 8 new articles in 3 stories on the desk/);
    // The flood (newest) before the seeds' story; the one-article story in brief at the end.
    const seeds = desk.storyOf('000')!;
    const floodAt = titles.findIndex((t) => t.startsWith(`${flood} · `));
    const seedsAt = titles.findIndex((t) => t.startsWith(`${seeds} · `));
    expect(floodAt).toBeGreaterThan(0);
    expect(seedsAt).toBeGreaterThan(floodAt);
    expect(titles[floodAt]).toContain(desk.storyLabel(flood).en);
    expect(titles[floodAt]).toMatch(/2023-05-03\u2069? – \u2066?2023-05-04/);
    expect(titles.at(-1)).toBe('Single-article stories');
    const all = JSON.stringify(messages.map((m) => m.embeds));
    expect(all).toContain('062');

    // The flood's two tolls are a disagreement of that story, with its chart; the governor's words, carried by both, once.
    const floodText = JSON.stringify(messages[floodAt]!.embeds);
    expect(floodText).toMatch(/⚠ deaths · قتلى: .*30.*12/);
    expect(floodText.match(/نطلب من السكان الابتعاد/g)).toHaveLength(1);
    expect(floodText).toContain('Also carried by');
    expect(messages[floodAt]!.attachments.map((a) => a.filename)).toEqual(expect.arrayContaining([expect.stringMatching(/^figure-deaths-/)]));
    // Article text cannot ping: the mention is made inert, and every message says parse: [].
    expect(all).not.toMatch(/@everyone/);
    for (const m of messages) expect(m.allowed_mentions).toEqual({ parse: [] });
    // Every story heading is the one /story shows.
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining(storyHeading(desk.story(seeds)!).split(' — ')[0]!)]));
  });
});
