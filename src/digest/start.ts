import type { REST } from 'discord.js';
import type { DiscordMessage } from '../render/discord.ts';
import type { Doc } from '../render/doc.ts';
import { channelPoster, restSend } from './channel.ts';
import type { DigestService } from './service.ts';

/**
 * What the Discord runtime calls once its client is ready: point the digest at DIGEST_CHANNEL_ID
 * through the client's REST and start the schedule (which logs whether it is on, and catches a
 * missed run up once). On shutdown: `stopDigest` — no new run starts, a post under way finishes.
 */
export async function startDigest(
  digest: DigestService,
  options: { rest: REST; channelId: string | undefined; render: (doc: Doc) => DiscordMessage[] | Promise<DiscordMessage[]> },
): Promise<void> {
  if (options.channelId) {
    digest.attachPoster(channelPoster({ channelId: options.channelId, render: options.render, send: restSend(options.rest) }));
  }
  await digest.start();
}

export async function stopDigest(digest: DigestService): Promise<void> {
  digest.stop();
  await digest.settled();
}
