import { createInterface } from 'node:readline/promises';
import type { CommandContext, DeskCommand } from '../command/types.ts';
import { writeDocCharts } from '../render/chart-images.ts';
import { answerLine } from './session.ts';
import type { ConsoleNotices } from './notices.ts';

/**
 * The offline console: what `npm start` opens when there is no DISCORD_TOKEN. The person types the
 * same slash commands as in Discord and reads the same answers as text.
 */
export async function runConsole(commands: readonly DeskCommand[], context: CommandContext, intro: string[] = [], notices?: ConsoleNotices, options: { chartsDir?: string } = {}): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  // Desk changes while the editor types are printed above the prompt (see notices.ts).
  if (interactive) notices?.attach(rl as unknown as import('node:readline').Interface, process.stdout);
  for (const line of intro) console.log(line);
  console.log(`Commands: ${commands.map((c) => `/${c.data.name}`).join('  ')}   (/help for examples, /quit to leave)`);
  rl.setPrompt('desk> ');
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === '/quit' || trimmed === '/exit' || trimmed === 'quit' || trimmed === 'exit') break;
    if (trimmed) {
      const answer = await answerLine(trimmed, commands, context, { ansi: interactive });
      console.log(answer.text);
      // Charts go to files (a terminal shows no pictures): --charts DIR, else a temp directory.
      for (const chart of await writeDocCharts(answer.doc, { dir: options.chartsDir })) console.log(`Chart: ${chart.path}`);
      console.log('');
    }
    rl.prompt();
  }
  notices?.detach();
  rl.close();
}
