import { SlashCommandBuilder, PermissionFlagsBits } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { errorDoc } from '../src/render/doc.ts';

/** /reload (admin) — re-read the data directory and say what changed. */

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Re-read the article directory and report what changed (admins)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  adminOnly: true,
  expensive: true,
  example: '/reload',
  async execute(invocation, { reload }) {
    if (!invocation.user.isAdmin) return errorDoc('Only administrators can reload the desk');
    if (!reload) return errorDoc('Reloading is not available here', ['This runtime was started without a data directory to reload from.']);
    const started = performance.now();
    const report = await reload();
    const list = (ids: string[]) => (ids.length ? ids.join(', ') : 'none');
    return {
      tone: report.skipped.length ? 'warning' : 'info',
      title: 'Desk reloaded from disk',
      summary: [
        `Added: ${list(report.added)}`,
        `Updated: ${list(report.updated)}`,
        `Removed: ${list(report.removed)}`,
        `Skipped: ${report.skipped.length ? report.skipped.map((s) => `${s.file} (${s.message})`).join('; ') : 'none'}`,
        `Took ${Math.round(performance.now() - started)} ms.`,
      ],
      ephemeral: true,
    };
  },
};
