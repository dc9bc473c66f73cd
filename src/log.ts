import pino, { type Logger } from 'pino';

/** Structured JSON logs (pino). Anything that could carry the token is redacted by path. */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
