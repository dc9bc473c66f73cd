import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('needs nothing for the offline console and fills defaults', () => {
    const c = loadConfig({});
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.DATA_DIR).toBe('data/articles');
    expect(c.STATE_DIR).toBe('.state');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.REGISTER_COMMANDS_ON_START).toBe(false);
  });

  it('names the variable in one line and never echoes the token', () => {
    const token = 'bad token with spaces and a secret part';
    try {
      loadConfig({ DISCORD_TOKEN: token });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toMatch(/^DISCORD_TOKEN /);
      expect(message).not.toContain('secret');
      expect(message.split('\n')).toHaveLength(1);
    }
    expect(() => loadConfig({ DISCORD_GUILD_ID: 'abc' })).toThrow(/^DISCORD_GUILD_ID /);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL /);
    expect(() => loadConfig({ DIGEST_TIMEZONE: 'Mars/Olympus' })).toThrow(/^DIGEST_TIMEZONE /);
    expect(() => loadConfig({ DISCORD_API_URL: 'not a url' })).toThrow(/^DISCORD_API_URL /);
  });

  it('accepts a full Discord configuration', () => {
    const c = loadConfig({
      DISCORD_TOKEN: 'MTAxNTk4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456',
      DISCORD_CLIENT_ID: '101598765432101234',
      DISCORD_API_URL: 'http://127.0.0.1:4010/api',
      REGISTER_COMMANDS_ON_START: 'true',
      DIGEST_CRON: '0 8 * * *',
      DIGEST_TIMEZONE: 'Asia/Almaty',
      DIGEST_CHANNEL_ID: '101598765432109999',
    });
    expect(c.REGISTER_COMMANDS_ON_START).toBe(true);
    expect(c.DIGEST_TIMEZONE).toBe('Asia/Almaty');
  });

  it('takes the chart digit style, Western by default', () => {
    expect(loadConfig({}).CHART_DIGITS).toBe('western');
    expect(loadConfig({ CHART_DIGITS: ' Arabic ' }).CHART_DIGITS).toBe('arabic');
    expect(() => loadConfig({ CHART_DIGITS: 'roman' })).toThrow(/^CHART_DIGITS /);
  });
});

describe('loadConfig: values the README promises to refuse', () => {
  it('a DIGEST_CRON croner cannot read stops start-up with one line', () => {
    expect(() => loadConfig({ DIGEST_CRON: 'garbage' })).toThrow(/^DIGEST_CRON is not a cron schedule/);
    expect(() => loadConfig({ DIGEST_CRON: '0 8 * * *' })).not.toThrow();
  });

  it('a token that is plainly not one says what to do, without echoing it', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/^DISCORD_TOKEN is too short to be a bot token: copy the whole token from the Developer Portal/);
    expect(() => loadConfig({ DISCORD_TOKEN: '"MTAxNTk4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456"' })).toThrow(/quotes or spaces/);
  });
});
