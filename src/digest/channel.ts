import { RESTJSONErrorCodes, Routes, type REST, type RESTPostAPIChannelMessageJSONBody, type RESTPostAPIChannelMessageResult } from 'discord.js';
import type { DiscordFile } from '../render/discord.ts';
import type { Doc } from '../render/doc.ts';
import type { DigestPoster } from './service.ts';

/**
 * The digest's way into a Discord channel, kept apart from the client: `send` posts one message
 * payload and returns its id (the bot passes its channel helper), `render` lays a Doc out as
 * message payloads (the Discord renderer). Every failure is turned into one sentence an operator
 * can act on, because it ends up in the log line that says the digest will be retried.
 */

export interface ChannelPosterOptions<Payload> {
  channelId: string;
  /** Doc → one or more message payloads (a Doc the splitter sized for one message normally gives one); may draw charts first. */
  render: (doc: Doc) => Payload[] | Promise<Payload[]>;
  /** Posts one message payload to the channel; returns the message id. */
  send: (channelId: string, payload: Payload) => Promise<string>;
}

export function channelPoster<Payload>(options: ChannelPosterOptions<Payload>): DigestPoster {
  return async (docs) => {
    const payloads: Payload[] = [];
    for (const doc of docs) payloads.push(...(await options.render(doc)));
    const ids: string[] = [];
    for (const payload of payloads) {
      try {
        ids.push(await options.send(options.channelId, payload));
      } catch (err) {
        // Posting stops at the first refusal; the digest stays pending and is posted whole next time.
        const partial = ids.length ? ` (after ${ids.length} of ${payloads.length} messages were posted: ${ids.join(', ')})` : '';
        throw new Error(`${describePostError(err, options.channelId)}${partial}`, { cause: err });
      }
    }
    return ids;
  };
}

/** A Discord failure as one plain sentence naming the channel and what to fix. */
export function describePostError(err: unknown, channelId: string): string {
  const e = err as { code?: number | string; status?: number; message?: string } | undefined;
  const channel = `digest channel ${channelId} (DIGEST_CHANNEL_ID)`;
  switch (e?.code) {
    case RESTJSONErrorCodes.UnknownChannel:
      return `${channel} does not exist or the bot is not in its server`;
    case RESTJSONErrorCodes.MissingAccess:
      return `the bot cannot see the ${channel}: give it View Channel there`;
    case RESTJSONErrorCodes.MissingPermissions:
      return `the bot may not post in the ${channel}: give it Send Messages and Embed Links there`;
    case RESTJSONErrorCodes.CannotSendMessagesToThisUser:
    case RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel:
      return `the ${channel} is not a text channel the bot can post in`;
  }
  if (e?.status === 401) return `Discord refused the bot's credentials while posting to the ${channel}`;
  if (e?.status === 403) return `the bot may not post in the ${channel} (HTTP 403: ${e.message ?? 'forbidden'})`;
  if (e?.status === 404) return `${channel} was not found (HTTP 404)`;
  return `posting to the ${channel} failed: ${e?.message ?? String(err)}`;
}

/**
 * `send` over Discord's REST API (the bot passes `client.rest`). Mentions are always disabled:
 * article text quoted in a digest must never ping anyone. A payload's files (charts) go as
 * multipart files[n], which its `attachments` list names.
 */
export function restSend(rest: REST): (channelId: string, payload: RESTPostAPIChannelMessageJSONBody & { files?: DiscordFile[] }) => Promise<string> {
  return async (channelId, payload) => {
    const { files, ...json } = payload;
    const body: RESTPostAPIChannelMessageJSONBody = { ...json, allowed_mentions: { parse: [] } };
    const upload = files?.length ? { files: files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) } : {};
    const message = (await rest.post(Routes.channelMessages(channelId), { body, ...upload })) as RESTPostAPIChannelMessageResult;
    return message.id;
  };
}
