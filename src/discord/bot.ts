import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { CommandContext, DeskCommand } from '../command/types.ts';
import { requireForDiscord, type Config } from '../config.ts';
import type { Desk } from '../desk/desk.ts';
import { startDigest, stopDigest } from '../digest/start.ts';
import type { Logger } from '../log.ts';
import { DIGEST_MAX_CHARTS, renderDiscordWithCharts } from '../render/chart-discord.ts';
import { InteractionHandler, type InteractionHandlerOptions } from './interactions.ts';
import { registerCommands, restApiBase } from './register.ts';

/**
 * The Discord runtime: logs in with discord.js, serves the commands from `commands/` through the
 * interaction handler, optionally registers them, and points the digest at its channel. `stop()`
 * finishes replies under way, stops the digest (a post under way completes) and closes the gateway.
 */

export interface BotOptions {
  config: Config;
  desk: Desk;
  commands: readonly DeskCommand[];
  logger: Logger;
  context: CommandContext;
  /** Tests: shorter cooldowns, page expiry, defer threshold. */
  handler?: Partial<Pick<InteractionHandlerOptions, 'cooldown' | 'pages' | 'deferAfterMs'>>;
  /** Give up logging in after this long (a wrong DISCORD_API_URL or network should not hang start-up). */
  readyTimeoutMs?: number;
}

export interface RunningBot {
  client: Client;
  handler: InteractionHandler;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, commands, logger, context } = options;
  requireForDiscord(config, ['DISCORD_TOKEN']);
  const api = restApiBase(config.DISCORD_API_URL);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // A second guard behind the per-message allowed_mentions: nothing this client sends can ping.
    allowedMentions: { parse: [] },
    // The gateway URL comes from GET /gateway/bot on this REST base, so an override moves both.
    rest: api ? { api } : {},
  });
  const handler = new InteractionHandler({ commands, context, logger: logger.child({ component: 'interactions' }), ...options.handler });
  client.on(Events.InteractionCreate, (interaction) => void handler.handle(interaction));
  client.on(Events.Error, (err) => logger.error({ err: { message: err.message } }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Discord did not report ready in time (check the token and network)')), options.readyTimeoutMs ?? 60_000);
    timer.unref();
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    // discord.js errors never contain the token; keep only the message.
    throw new Error(`Discord login failed: ${(err as Error).message}`);
  }
  const applicationId = client.application?.id ?? config.DISCORD_CLIENT_ID;
  logger.info({ user: client.user?.tag, application: applicationId, guilds: client.guilds.cache.size, commands: commands.map((c) => c.data.name) }, 'discord bot ready');

  if (config.REGISTER_COMMANDS_ON_START) {
    if (!applicationId) {
      logger.error('REGISTER_COMMANDS_ON_START is set but the application id is unknown: set DISCORD_CLIENT_ID');
    } else {
      try {
        const result = await registerCommands(client.rest, { applicationId, guildId: config.DISCORD_GUILD_ID, commands });
        logger.info(result, 'slash commands registered');
      } catch (err) {
        logger.error({ err: { message: (err as Error).message } }, 'registering slash commands failed; the bot keeps serving the commands registered before');
      }
    }
  }

  if (context.digest) {
    await startDigest(context.digest, { rest: client.rest, channelId: config.DIGEST_CHANNEL_ID, render: (doc) => renderDiscordWithCharts(doc, { maxCharts: DIGEST_MAX_CHARTS }) });
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await handler.drain();
      if (context.digest) await stopDigest(context.digest);
      await client.destroy();
      logger.info('discord bot stopped');
    })());
  return { client, handler, stop };
}
