import { Cron } from 'croner';
import { z } from 'zod';

/**
 * Configuration from the environment (dotenv loads `.env` first), validated with zod. Every
 * variable is optional for the offline console; a malformed value is one clear line naming the
 * variable. The token is never echoed, not even partly.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (15–22 digits)');
const optionalString = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const optionalSnowflake = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), snowflake.optional());
const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['', 'true', 'false', '1', '0', 'yes', 'no']).optional().transform((v) => v === 'true' || v === '1' || v === 'yes'),
);

const schema = z.object({
  DISCORD_TOKEN: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .min(20, 'is too short to be a bot token: copy the whole token from the Developer Portal (your application → Bot → Reset Token) into .env')
      .max(200, 'is too long to be a bot token: copy only the token from the Developer Portal (Bot → Reset Token)')
      .regex(/^[\w.-]+$/, 'has characters a bot token never has (tokens are letters, digits, dots and dashes): check for quotes or spaces around it in .env')
      .optional(),
  ),
  DISCORD_CLIENT_ID: optionalSnowflake,
  DISCORD_GUILD_ID: optionalSnowflake,
  DISCORD_API_URL: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.url().optional()),
  DATA_DIR: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().default('data/articles')),
  STATE_DIR: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().default('.state')),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  REGISTER_COMMANDS_ON_START: flag,
  DIGEST_CRON: optionalString,
  DIGEST_TIMEZONE: optionalString,
  DIGEST_CHANNEL_ID: optionalSnowflake,
  /** Digits in chart images: western (0-9, default) or arabic (٠-٩). */
  CHART_DIGITS: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v), z.enum(['western', 'arabic']).default('western')),
});

export type Config = z.infer<typeof schema>;

export const CONFIG_VARIABLES = Object.keys(schema.shape) as Array<keyof Config>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, unknown> = {};
  for (const key of CONFIG_VARIABLES) picked[key] = env[key];
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    // Never include the received value: it may be the token.
    throw new ConfigError(`${name} ${issue.message}`);
  }
  const config = parsed.data;
  if (config.DIGEST_CRON) {
    // croner reads the pattern the digest will run on; a pattern it refuses must stop start-up here.
    try {
      new Cron(config.DIGEST_CRON, { paused: true }).stop();
    } catch (err) {
      throw new ConfigError(`DIGEST_CRON is not a cron schedule (${(err as Error).message.replace(/\s*\(.*?\)/, '')}); e.g. "0 8 * * *" for 08:00 daily`);
    }
  }
  if (config.DIGEST_TIMEZONE) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: config.DIGEST_TIMEZONE });
    } catch {
      throw new ConfigError(`DIGEST_TIMEZONE is not a known time zone (e.g. Asia/Almaty)`);
    }
  }
  return config;
}

/** Discord mode needs the token and, for registration, the application id. */
export function requireForDiscord(config: Config, needs: Array<'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID'>): void {
  for (const name of needs) {
    if (!config[name]) throw new ConfigError(`${name} is required for this command (see .env.example)`);
  }
}
