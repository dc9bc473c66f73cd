import { SlashCommandBuilder } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskCommand } from '../../src/command/types.ts';
import { ADMIN_PERMISSIONS, DIGEST_CHANNEL_ID, EDITOR, GUILD_ID, OTHER_EDITOR, TOKEN, type Answer } from '../fake-discord/server.ts';
import { MENTION_ARTICLE_ID, PAGING_WORD, startHarness, waitForLogs, type Harness } from './harness.ts';

/**
 * The real discord.js client against the loopback Discord: every command end to end, autocomplete,
 * paging, mentions, failures, a dropped gateway, the digest post, shutdown with a reply in flight.
 * Every request body the bot sends is checked against Discord's API description by the fake;
 * each test ends by asserting that nothing it did produced a finding.
 */

const ADMIN = { id: '400000000000000009', username: 'chief' };

/** Test-only commands: one that throws, one that takes longer than the defer threshold. */
const explode: DeskCommand = {
  data: new SlashCommandBuilder().setName('explode').setDescription('Fails on purpose (tests)'),
  async execute() {
    throw new Error('index out of range at secret/path.ts:12');
  },
};
let releaseSlow: (() => void) | undefined;
const slow: DeskCommand = {
  data: new SlashCommandBuilder().setName('slow').setDescription('Answers after a while (tests)'),
  async execute() {
    await new Promise<void>((r) => {
      releaseSlow = r;
      setTimeout(r, 2000);
    });
    return { tone: 'info', title: 'Slow answer', summary: ['تم.'] };
  },
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness([explode, slow], { deferAfterMs: 150 });
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  // Every payload the bot sent in the test passed the schema and the limits.
  expect(h.fake.violations).toEqual([]);
});

const text = (a: Answer) => a.content + a.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${e.footer?.text ?? ''}`).join('\n');

describe('Discord bot over a loopback Discord', () => {
  it('registers every command to the guild on start, admin commands with default_member_permissions', () => {
    const registered = h.fake.registered.get(`guild:${GUILD_ID}`) as Array<{ name: string; default_member_permissions: unknown }>;
    expect(registered.map((c) => c.name).sort()).toEqual(h.commands.map((c) => c.data.name).sort());
    const reload = registered.find((c) => c.name === 'reload')!;
    expect(reload.default_member_permissions).toBe(32);
    expect(h.fake.gatewayLog).toContain('identify');
  });

  it('/source with a valid id: one public embed with the article title and quoted lead', async () => {
    const a = await h.fake.command('source', { options: { id: '3' } });
    expect(a.callbackType).toBe(4);
    expect(a.ephemeral).toBe(false);
    expect(a.embeds).toHaveLength(1);
    expect(a.embeds[0]!.title).toBe(h.desk.getArticle('003')!.meta.title);
    expect(a.embeds[0]!.description).toMatch(/\n> [^\u2066-\u2069\n]+$/m);
    // The lead is quoted verbatim: no bidi isolates inside the excerpt.
    for (const line of a.embeds[0]!.description!.split('\n').filter((l) => l.startsWith('> '))) expect(line).not.toMatch(/[\u2066-\u2069]/);
  });

  it('/source with an unknown id: an ephemeral plain message naming the nearest ids', async () => {
    const a = await h.fake.command('source', { options: { id: '777' } });
    expect(a.ephemeral).toBe(true);
    expect(a.embeds).toEqual([]);
    expect(a.content).toMatch(/No article "777"/);
  });

  it('/search finds a passage (matched words bold) and /help lists the commands', async () => {
    const search = await h.fake.command('search', { options: { query: 'كازاخستان' } });
    expect(search.callbackType).toBe(4);
    expect(text(search)).toMatch(/\*\*[^*]*كازاخستان/);
    const help = await h.fake.command('help');
    expect(help.ephemeral).toBe(true);
    // /help may run over several pages (one item per command): read them all.
    let all = text(help);
    for (let page = help; page.components[0]?.components[2] && !page.components[0].components[2].disabled; ) {
      page = await h.fake.press(page.message!, page.components[0].components[2].custom_id!);
      all += text(page);
    }
    for (const name of ['source', 'search', 'who-said', 'figure', 'story']) expect(all).toContain(`/${name}`);
  });

  it('/who-said and /figure answer (whatever the extractors find) without failing', async () => {
    for (const [name, options] of [
      ['who-said', { speaker: 'putin' }],
      ['who-said', { speaker: 'nobody-by-this-name' }],
      ['figure', { topic: 'arrests' }],
    ] as const) {
      const a = await h.fake.command(name, { options });
      expect([4, 5]).toContain(a.callbackType);
      expect(text(a).length).toBeGreaterThan(0);
      expect(text(a)).not.toMatch(/failed/);
    }
  });

  it('/figure deaths: the charts reach Discord as PNG attachments of a spec-valid multipart reply, shown by the embeds', async () => {
    const since = h.fake.requests.length;
    const a = await h.fake.command('figure', { options: { topic: 'deaths' } });
    expect(a.ephemeral).toBe(false);
    expect(a.attachments.map((f) => f.filename)).toEqual(['figure-deaths-security-forces-s000.png', 'figure-deaths-all-s000.png']);
    for (const file of a.attachments) {
      expect(file.content_type).toBe('image/png');
      expect(file.data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(file.size).toBeGreaterThan(5_000);
      expect(file.description).toMatch(/^deaths — /);
    }
    const images = a.embeds.map((e) => (e as { image?: { url: string } }).image?.url);
    expect(images).toEqual(['attachment://figure-deaths-security-forces-s000.png', 'attachment://figure-deaths-all-s000.png']);
    expect(text(a).replace(/[\u2066-\u2069]/g, '')).toMatch(/Sources disagree on deaths \(security forces\)/);
    // The answer (reply or deferred edit) carrying the files was multipart; the fake validated it against the spec (afterEach).
    const upload = h.fake.requests.slice(since).find((r) => r.uploads.length > 0)!;
    expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.uploads.map((u) => u.index)).toEqual([0, 1]);
    // Acknowledged within Discord's 3 s: the fake records a violation otherwise.
    const callback = h.fake.requests.slice(since).find((r) => r.path.endsWith('/callback'))!;
    expect(callback.at - h.fake.requests[since]!.at).toBeLessThan(3000);
  });

  it('/story id: the disputed figures come as charts too', async () => {
    const a = await h.fake.command('story', { options: { id: 'S000' } });
    expect(a.attachments.map((f) => f.filename)).toEqual(['figure-deaths-security-forces-s000.png', 'figure-arrests-all-s000.png']);
    expect(a.embeds.map((e) => (e as { image?: { url: string } }).image?.url).filter(Boolean)).toEqual(a.attachments.map((f) => `attachment://${f.filename}`));
  });

  it('autocomplete answers with at most 25 choices of at most 100 characters', async () => {
    const src = await h.fake.autocomplete('source', 'id', '00');
    expect(src.callbackType).toBe(8);
    expect(src.choices!.length).toBeGreaterThan(0);
    expect(src.choices!.length).toBeLessThanOrEqual(25);
    for (const c of src.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(src.choices!.map((c) => c.value)).toContain('003');
    const speakers = await h.fake.autocomplete('who-said', 'speaker', '');
    expect(speakers.callbackType).toBe(8);
    expect(speakers.choices!.length).toBeLessThanOrEqual(25);
  });

  it('pages a long answer: only the requester may turn pages; unknown or expired pages say so', async () => {
    const first = await h.fake.command('digest', { subcommand: 'preview' });
    expect(first.deferred).toBe(true); // expensive → deferred at once
    expect(first.ephemeral).toBe(true);
    const row = first.components[0]!.components;
    expect(row.map((b) => b.label)).toEqual(['◀ Previous', expect.stringMatching(/^1\/\d+$/), 'Next ▶']);
    const total = Number(row[1]!.label!.split('/')[1]);
    expect(total).toBeGreaterThan(1);
    const firstPage = first.embeds[0]!.description;

    const refused = await h.fake.press(first.message!, row[2]!.custom_id!, { user: OTHER_EDITOR });
    expect(refused.callbackType).toBe(4);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Only the person who ran this command/);

    const second = await h.fake.press(first.message!, row[2]!.custom_id!);
    expect(second.callbackType).toBe(7);
    expect(second.embeds[0]!.description).not.toBe(firstPage);
    expect(second.embeds[0]!.footer!.text).toMatch(new RegExp(`Page 2/${total}`));
    expect(second.components[0]!.components[1]!.label).toBe(`2/${total}`);
    const back = await h.fake.press(second.message!, second.components[0]!.components[0]!.custom_id!);
    expect(back.embeds[0]!.description).toBe(firstPage);

    const expired = await h.fake.press(first.message!, 'desk-page:0badc0ffee00:1');
    expect(expired.ephemeral).toBe(true);
    expect(expired.content).toMatch(/expired/);
  });

  it('/search with thirty results says so and pages through every one of them with the buttons', async () => {
    const first = await h.fake.command('search', { options: { query: PAGING_WORD } });
    expect(first.ephemeral).toBe(false);
    expect(first.embeds[0]!.description).toMatch(/^30 passages with every word/);
    let page = first;
    const seen: string[] = [];
    for (;;) {
      const description = page.embeds[0]!.description ?? '';
      // Every hit names its sentence's bridge number once ("الجسر رقم 17").
      seen.push(...[...description.matchAll(/رقم\s*\u2066?(\d+)/g)].map((m) => m[1]!));
      const row = page.components[0]!.components;
      expect(row[1]!.label).toMatch(/^\d+\/\d+$/);
      if (row[2]!.disabled) break;
      page = await h.fake.press(page.message!, row[2]!.custom_id!);
      expect(page.callbackType).toBe(7);
    }
    expect(new Set(seen).size).toBe(30);
    expect(seen).toHaveLength(30);
  });

  it('/reload runs for a member Discord let through (a role granted in Integrations); /digest post still needs Manage Server', async () => {
    const reload = await h.fake.command('reload', { user: OTHER_EDITOR });
    expect(text(reload)).not.toMatch(/Only administrators/);
    expect(text(reload)).toMatch(/Reloading is not available here|Desk reloaded/);
  });

  it('an expensive command has a per-user cooldown', async () => {
    const again = await h.fake.command('digest', { subcommand: 'preview' });
    expect(again.ephemeral).toBe(true);
    expect(again.content).toMatch(/Please wait \d+ s before running \/digest again/);
  });

  it('an article containing @everyone and a user mention pings nobody', async () => {
    const before = h.fake.requests.length;
    const a = await h.fake.command('source', { options: { id: MENTION_ARTICLE_ID } });
    expect(a.callbackType).toBe(4);
    const sent = JSON.stringify(h.fake.requests.slice(before).map((r) => r.body));
    expect(sent).toContain('everyone'); // the text is shown…
    expect(sent).not.toMatch(/@everyone|@here|<@!?\d+>/); // …but inert
    expect(sent).toContain('"allowed_mentions":{"parse":[]}');
    expect(text(a)).toContain('\\*\\*الشرطة\\*\\*'); // article markdown escaped
  });

  it('a command that throws becomes an ephemeral plain message (no internals)', async () => {
    const a = await h.fake.command('explode');
    expect(a.ephemeral).toBe(true);
    expect(a.content).toMatch(/\/explode failed/);
    expect(a.content).not.toMatch(/secret\/path/);
    const lines = await waitForLogs(h.logs, (ls) => ls.some((l) => l.command === 'explode'));
    expect(lines.find((l) => l.command === 'explode')).toMatchObject({ outcome: 'failed', kind: 'command' });
  });

  it('a slow command is deferred, then its reply edited in', async () => {
    const since = h.fake.requests.length;
    const answer = h.fake.command('slow');
    await h.fake.waitForRequest((r) => h.fake.requests.indexOf(r) >= since && r.path.endsWith('/callback') && (r.body as { type?: number }).type === 5);
    releaseSlow?.();
    const a = await answer;
    expect(a.deferred).toBe(true);
    expect(a.embeds[0]!.title).toBe('Slow answer');
  });

  it('resumes after the gateway drops the connection and answers the next interaction', async () => {
    const resumed = h.fake.nextSession();
    h.fake.dropConnection(4000);
    await resumed;
    expect(h.fake.gatewayLog.slice(-2)).toEqual(['close 4000', 'resume']);
    const a = await h.fake.command('source', { options: { id: '001' } });
    expect(a.embeds[0]!.title).toBe(h.desk.getArticle('001')!.meta.title);
  });

  it('/digest post: refused to members, posted to the digest channel for admins', async () => {
    const refused = await h.fake.command('digest', { subcommand: 'post', user: OTHER_EDITOR });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Only administrators/);
    expect(h.fake.channelMessages).toHaveLength(0);

    const posted = await h.fake.command('digest', { subcommand: 'post', user: ADMIN, admin: true });
    expect(text(posted)).toMatch(/Digest posted/);
    expect(h.fake.channelMessages.length).toBeGreaterThan(0);
    for (const m of h.fake.channelMessages) {
      expect(m.channel_id).toBe(DIGEST_CHANNEL_ID);
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
    expect(JSON.stringify(h.fake.channelMessages)).toContain(MENTION_ARTICLE_ID);
    expect(ADMIN_PERMISSIONS).not.toBe('0');
    // Each disagreement the digest reports comes with its chart, uploaded with its story's message.
    const withCharts = h.fake.channelMessages.filter((m) => m.attachments.length > 0);
    expect(withCharts).toHaveLength(1);
    const names = withCharts[0]!.attachments.map((a) => a.filename);
    expect(names).toEqual(expect.arrayContaining(['figure-arrests-all-s000.png', 'figure-deaths-security-forces-s000.png']));
    const images = (withCharts[0]!.embeds as Array<{ image?: { url: string } }>).map((e) => e.image?.url).filter(Boolean);
    expect(images).toEqual(names.map((n) => `attachment://${n}`));
    const upload = h.fake.requests.find((r) => r.path === `/channels/${DIGEST_CHANNEL_ID}/messages` && r.uploads.length > 0)!;
    expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.uploads.every((u) => u.contentType === 'image/png' && u.data.subarray(1, 4).toString() === 'PNG')).toBe(true);
  });

  it('logs one line per interaction (command, options, latency, outcome) and never the token', async () => {
    const dispatched = h.fake.requests.filter((r) => /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)).length;
    const lines = await waitForLogs(h.logs, (ls) => ls.length >= dispatched);
    expect(lines).toHaveLength(dispatched);
    for (const l of lines) {
      expect(typeof l.latencyMs).toBe('number');
      expect(typeof l.outcome).toBe('string');
    }
    expect(lines.find((l) => l.command === 'source')).toMatchObject({ kind: 'command', options: { id: '3' }, outcome: 'ok', user: EDITOR.id });
    const secret = TOKEN.split('.')[0]!;
    expect(h.logs.join('')).not.toContain(secret);
  });

  it('stop() finishes a reply in flight, then closes the gateway', async () => {
    const since = h.fake.requests.length;
    const answer = h.fake.command('slow');
    await h.fake.waitForRequest((r) => h.fake.requests.indexOf(r) >= since && r.path.endsWith('/callback') && (r.body as { type?: number }).type === 5);
    const stopped = h.bot.stop();
    releaseSlow?.();
    const a = await answer;
    expect(a.embeds[0]!.title).toBe('Slow answer');
    await stopped;
    expect(h.bot.client.isReady()).toBe(false);
  });
});
