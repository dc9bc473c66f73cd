import { pathToFileURL } from 'node:url';
import { REST } from 'discord.js';
import { loadCommands } from '../command/registry.ts';
import { ConfigError, loadConfig, requireForDiscord } from '../config.ts';
import { registerCommands, restApiBase } from './register.ts';

/**
 * `npm run deploy-commands`: registers the slash commands from `commands/` — to DISCORD_GUILD_ID
 * when set (instant, for testing), globally otherwise (can take up to an hour to appear).
 */

export interface DeployOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Registers the commands; returns the process exit code. */
export async function deployCommands(env: NodeJS.ProcessEnv = process.env, out: DeployOutput = { log: console.log, error: console.error }): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
    requireForDiscord(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  } catch (err) {
    if (err instanceof ConfigError) {
      out.error(`Configuration error: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const commands = await loadCommands();
  const api = restApiBase(config.DISCORD_API_URL);
  const rest = new REST({ retries: 1, timeout: 15_000, ...(api ? { api } : {}) }).setToken(config.DISCORD_TOKEN!);
  try {
    const result = await registerCommands(rest, { applicationId: config.DISCORD_CLIENT_ID!, guildId: config.DISCORD_GUILD_ID, commands });
    const where = result.scope === 'guild' ? `server ${result.guildId} (available now)` : 'all servers (global; may take up to an hour to appear)';
    out.log(`Registered ${result.names.length} command(s) for ${where}: ${result.names.map((n) => `/${n}`).join(', ')}`);
    return 0;
  } catch (err) {
    const e = err as { status?: number; message?: string };
    const hint = e.status === 401 ? ' — DISCORD_TOKEN was refused' : e.status === 403 || e.status === 404 ? ' — check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope' : '';
    out.error(`Registering commands failed: ${e.message ?? String(err)}${hint}`);
    return 1;
  }
}

// Run as `npm run deploy-commands`; importing the module (tests) runs nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await import('dotenv/config');
  process.exitCode = await deployCommands();
}
