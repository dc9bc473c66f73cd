import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCommands } from '../../src/command/registry.ts';
import type { CommandContext, DeskCommand } from '../../src/command/types.ts';
import { loadConfig } from '../../src/config.ts';
import { Desk } from '../../src/desk/desk.ts';
import { DigestService } from '../../src/digest/service.ts';
import { startBot, type BotOptions, type RunningBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord, APP_ID, DIGEST_CHANNEL_ID, GUILD_ID, TOKEN } from '../fake-discord/server.ts';
import { REPO_ROOT } from '../fake-discord/schema.ts';

/**
 * One loopback Discord, one real bot: the seed articles plus an article that quotes @everyone and
 * a user mention, in a temp data directory; digest state in a temp directory; logs captured.
 */

export const MENTION_ARTICLE_ID = '900';
export const MENTION_ARTICLE = `بيان عاجل @everyone من المتحدث باسم الوزارة
تابعنا

قال المتحدث باسم وزارة الداخلية في مؤتمر صحفي يوم الثلاثاء إن "الوضع تحت السيطرة @everyone و@here ولا داعي للقلق <@123>"، مضيفا أن **الشرطة** اعتقلت 12 شخصا في العاصمة.
وأضاف المتحدث أن التحقيقات مستمرة.
`;

/** An article with thirty sentences naming one bridge: a /search with thirty results to page through. */
export const PAGING_ARTICLE_ID = '901';
export const PAGING_WORD = 'الجسر';
export const PAGING_ARTICLE = [
  'أعمال صيانة واسعة على جسور المدينة',
  '',
  ...Array.from({ length: 30 }, (_, i) => `وقالت البلدية إن ${PAGING_WORD} رقم ${i + 1} أعيد فتحه أمام حركة المرور بعد ${i + 2} أيام من أعمال الصيانة.`),
].join('\n');

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  desk: Desk;
  commands: DeskCommand[];
  logs: string[];
  dataDir: string;
  close(): Promise<void>;
}

export async function startHarness(extraCommands: DeskCommand[] = [], handler: BotOptions['handler'] = {}): Promise<Harness> {
  const fake = await new FakeDiscord().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-data-'));
  const stateDir = mkdtempSync(join(tmpdir(), 'desk-e2e-state-'));
  cpSync(resolve(REPO_ROOT, 'data/articles'), dataDir, { recursive: true });
  writeFileSync(join(dataDir, `${MENTION_ARTICLE_ID}_mentions.txt`), MENTION_ARTICLE);
  writeFileSync(join(dataDir, `${PAGING_ARTICLE_ID}_bridges.txt`), PAGING_ARTICLE);
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(line) } as never);
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    REGISTER_COMMANDS_ON_START: 'true',
    DIGEST_CHANNEL_ID,
    DATA_DIR: dataDir,
    STATE_DIR: stateDir,
  });
  const desk = await Desk.fromDirectory(dataDir);
  const commands = [...(await loadCommands()), ...extraCommands];
  const digest = new DigestService({ desk, stateDir, logger });
  const context: CommandContext = { desk, commands, digest };
  const bot = await startBot({ config, desk, commands, logger, context, handler, readyTimeoutMs: 15_000 });
  return {
    fake,
    bot,
    desk,
    commands,
    logs,
    dataDir,
    async close() {
      await bot.stop();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Parsed pino lines with msg "interaction". */
export function interactionLogs(logs: string[]): Array<Record<string, unknown>> {
  return logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'interaction');
}

/** Log lines are written just after the reply is sent: wait until `test` holds for them. */
export async function waitForLogs(logs: string[], test: (lines: Array<Record<string, unknown>>) => boolean, timeoutMs = 2000): Promise<Array<Record<string, unknown>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = interactionLogs(logs);
    if (test(lines) || Date.now() > deadline) return lines;
    await new Promise((r) => setTimeout(r, 10));
  }
}
