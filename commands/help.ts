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
    // Two items (what anyone can ask, what admins can do) so every command fits on one page.
    const line = (c: DeskCommand): string => `/${c.data.name}${adminNote(c)} — ${c.data.description}${c.example ? ` · e.g. ${c.example}` : ''}`;
    const listed = commands.filter((c) => c.data.name !== 'help');
    const items = [
      { heading: 'Ask the desk', lines: listed.filter((c) => !policyOf(c).admin).map(line) },
      { heading: 'Admins', lines: listed.filter((c) => policyOf(c).admin).map(line) },
    ].filter((item) => item.lines.length > 0);
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
