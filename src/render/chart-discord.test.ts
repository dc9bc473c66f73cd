import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../command/registry.ts';
import type { DeskCommand } from '../command/types.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { ATTACHMENT_LIMITS, attachImages, fitAttachments, renderDiscordWithCharts } from './chart-discord.ts';
import type { ChartImage } from './chart.ts';
import { limitViolations, renderDiscord } from './discord.ts';

let desk: Desk;
let commands: DeskCommand[];

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  commands = [...(await loadCommands())];
});

const fakeImage = (name: string, bytes: number): ChartImage => ({
  name,
  png: Buffer.alloc(bytes),
  width: 880,
  height: 400,
  description: name,
  layout: { plot: { left: 0, top: 0, width: 1, height: 1 }, bars: [], labels: [], header: { left: 0, top: 0, width: 1, height: 1 }, axis: 'linear' },
  timing: { draw_ms: 0, encode_ms: 0 },
});

describe('charts on Discord', () => {
  it('/figure deaths: the first page carries both charts, each shown by an embed through attachment://', async () => {
    const { doc } = await answerLine('/figure deaths', commands, { desk });
    const pages = await renderDiscordWithCharts(doc);
    const [first, ...rest] = pages;
    expect(first!.files!.map((f) => f.name)).toEqual(['figure-deaths-security-forces-s000.png', 'figure-deaths-all-s000.png']);
    expect(first!.files!.every((f) => f.contentType === 'image/png' && f.data.subarray(1, 4).toString() === 'PNG')).toBe(true);
    expect(first!.attachments).toEqual([
      { id: '0', filename: 'figure-deaths-security-forces-s000.png', description: expect.stringMatching(/^deaths — security forces \(story S000\) — sources disagree/) },
      { id: '1', filename: 'figure-deaths-all-s000.png', description: expect.stringMatching(/^deaths — all reported \(story S000\)/) },
    ]);
    expect(first!.embeds![0]!.image).toEqual({ url: 'attachment://figure-deaths-security-forces-s000.png' });
    expect(first!.embeds![0]!.title).toBe(renderDiscord(doc)[0]!.embeds![0]!.title);
    expect(first!.embeds![1]).toEqual({ color: first!.embeds![0]!.color, image: { url: 'attachment://figure-deaths-all-s000.png' } });
    expect(limitViolations(first!)).toEqual([]);
    for (const page of rest) expect(page.files).toBeUndefined();
  });

  it('an answer without charts renders exactly as before', async () => {
    const { doc } = await answerLine('/source 002', commands, { desk });
    expect(await renderDiscordWithCharts(doc)).toEqual(renderDiscord(doc));
  });

  it("keeps within Discord's limits: files per message, bytes per file and message, embeds", () => {
    const many = Array.from({ length: 12 }, (_, i) => fakeImage(`c${i}.png`, 1000));
    expect(fitAttachments(many, 20).fitted).toHaveLength(Math.min(ATTACHMENT_LIMITS.files, ATTACHMENT_LIMITS.embeds - 1));
    expect(fitAttachments(many).fitted).toHaveLength(4);
    const huge = fakeImage('huge.png', ATTACHMENT_LIMITS.fileBytes + 1);
    expect(fitAttachments([huge, fakeImage('ok.png', 10)])).toEqual({ fitted: [expect.objectContaining({ name: 'ok.png' })], dropped: 1 });
    const halves = [fakeImage('a.png', ATTACHMENT_LIMITS.messageBytes / 2 + 1), fakeImage('b.png', ATTACHMENT_LIMITS.messageBytes / 2 + 1), fakeImage('c.png', 10)];
    expect(fitAttachments(halves).fitted.map((i) => i.name)).toEqual(['a.png', 'c.png']);
    expect(fitAttachments([fakeImage('رسم.png', 10)]).fitted).toEqual([]);
    const pages = attachImages([{ embeds: [{ title: 't' }], allowed_mentions: { parse: [] } }], many);
    expect(pages[0]!.embeds).toHaveLength(4);
    expect(limitViolations(pages[0]!)).toEqual([]);
  });
});
