import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../render/doc.ts';
import { channelPoster, describePostError } from './channel.ts';

const apiError = (code: number, status: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.test/api/v10/channels/1/messages', { body: undefined, files: undefined });

const docs: Doc[] = [
  { tone: 'info', title: 'Desk digest (1/2)' },
  { tone: 'info', title: 'Desk digest (2/2)' },
];

describe('channelPoster', () => {
  it('posts one message per rendered payload, in order, and returns their ids', async () => {
    const sent: string[] = [];
    const post = channelPoster({ channelId: '123456789012345678', render: (d) => [d.title], send: async (_c, p: string) => (sent.push(p), `id-${sent.length}`) });
    expect(await post(docs)).toEqual(['id-1', 'id-2']);
    expect(sent).toEqual(['Desk digest (1/2)', 'Desk digest (2/2)']);
  });

  it('turns a refusal into one actionable sentence and says how far it got', async () => {
    let calls = 0;
    const post = channelPoster({
      channelId: '123456789012345678',
      render: (d) => [d.title],
      send: async () => {
        if (++calls === 2) throw apiError(50013, 403, 'Missing Permissions');
        return 'm1';
      },
    });
    await expect(post(docs)).rejects.toThrow(/may not post in the digest channel 123456789012345678 .*Send Messages.*after 1 of 2 messages were posted: m1/);
  });

  it('names the cause for a missing channel, no access, and anything else', () => {
    expect(describePostError(apiError(10003, 404, 'Unknown Channel'), '42')).toMatch(/digest channel 42 .* does not exist/);
    expect(describePostError(apiError(50001, 403, 'Missing Access'), '42')).toMatch(/cannot see .* View Channel/);
    expect(describePostError(new Error('socket hang up'), '42')).toMatch(/posting to the digest channel 42 .* failed: socket hang up/);
  });
});
