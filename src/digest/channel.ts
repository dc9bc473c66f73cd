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
  /** Posts one message payload to the channel; returns the message id. `nonce`, when given, lets the channel drop a repeat. */
  send: (channelId: string, payload: Payload, nonce?: string) => Promise<string>;
}

export function channelPoster<Payload>(options: ChannelPosterOptions<Payload>): DigestPoster {
  return async (docs, postOptions = {}) => {
    const rendered: Payload[][] = [];
    for (const doc of docs) rendered.push(await options.render(doc));
    const count = rendered.reduce((n, p) => n + p.length, 0);
    const ids: string[] = [];
    for (const [d, payloads] of rendered.entries()) {
      const docIds: string[] = [];
      for (const [j, payload] of payloads.entries()) {
        const base = postOptions.nonces?.[d];
        const nonce = base && (j === 0 ? base : `${base}.${j}`);
        try {
          docIds.push(await options.send(options.channelId, payload, nonce));
        } catch (err) {
          // Posting stops at the first refusal; the service knows (through `sent`) what is out and sends the rest next time.
          const out = [...ids, ...docIds];
          const partial = out.length ? ` (after ${out.length} of ${count} messages were posted: ${out.join(', ')})` : '';
          throw new Error(`${describePostError(err, options.channelId)}${partial}`, { cause: err });
        }
      }
      ids.push(...docIds);
      await postOptions.sent?.(d, docIds);
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
 * article text quoted in a digest must never ping anyone. With a nonce, `enforce_nonce` makes
 * Discord answer a repeat (a retry after a crash) with the message already posted instead of a
 * second one. A payload's files (charts) go as multipart files[n], which its `attachments` list names.
 */
export function restSend(rest: REST): (channelId: string, payload: RESTPostAPIChannelMessageJSONBody & { files?: DiscordFile[] }, nonce?: string) => Promise<string> {
  return async (channelId, payload, nonce) => {
    const { files, ...json } = payload;
    const body: RESTPostAPIChannelMessageJSONBody = { ...json, allowed_mentions: { parse: [] }, ...(nonce ? { nonce, enforce_nonce: true } : {}) };
    const upload = files?.length ? { files: files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) } : {};
    const message = (await rest.post(Routes.channelMessages(channelId), { body, ...upload })) as RESTPostAPIChannelMessageResult;
    return message.id;
  };
}
