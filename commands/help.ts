import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { policyOf } from '../src/command/preconditions.ts';

/** /help — what the desk can answer, with one example per command. */

/** " (admin)" or " (post: admin)", from the command's preconditions. */
function adminNote(c: DeskCommand): string {
  if (policyOf(c).admin) return ' (admin)';
  const parts = Object.entries(c.subcommandPreconditions ?? {}).filter(([, list]) => list.includes('admin')).map(([name]) => name);
  return parts.length ? ` (${parts.join(', ')}: admin)` : '';
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot can answer, with examples'),
  preconditions: ['private'],
  example: '/help',
  async execute(_invocation, { desk, commands = [] }) {
    const items = commands
      .filter((c) => c.data.name !== 'help')
      .map((c) => ({
        heading: `/${c.data.name}${adminNote(c)}`,
        lines: [c.data.description, ...(c.example ? [`Example: ${c.example}`] : [])],
      }));
    return {
      tone: 'info',
      title: 'Desk bot — quoted, attributed excerpts from the desk’s articles',
      summary: [
        `${desk.size} articles on the desk. Type in English or Arabic; quotes are shown verbatim.`,
        'Options: /command value or /command name:value (e.g. /who-said speaker:putin about:ثورات).',
      ],
      sections: [{ items }],
      ephemeral: true,
    };
  },
};
