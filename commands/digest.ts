import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { buildDigest } from '../src/digest/build.ts';
import { mergeDocs } from '../src/digest/merge.ts';
import { errorDoc } from '../src/render/doc.ts';

/** /digest preview (anyone, only to you) and /digest post (admins: to the digest channel now). */

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('The daily digest of new articles, statements and figures')
    .addSubcommand((s) => s.setName('preview').setDescription('Show (only to you) what the next digest would post'))
    .addSubcommand((s) => s.setName('post').setDescription('Post the digest to the digest channel now (admins)')),
  preconditions: ['cooldown', 'private'],
  subcommandPreconditions: { post: ['admin'] },
  example: '/digest preview',
  async execute(invocation, { desk, digest }) {
    if (invocation.subcommand === 'post') {
      if (!digest) return errorDoc('No digest channel here', ['Posting needs the Discord bot with DIGEST_CHANNEL_ID set; /digest preview works everywhere.']);
      const outcome = await digest.postNow('manual');
      if (!outcome.posted) return errorDoc('Digest not posted', [outcome.reason]);
      return { tone: 'info', title: 'Digest posted', summary: [`${outcome.articles.length} article(s) in ${outcome.messageIds.length} message(s).`], ephemeral: true };
    }
    const docs = digest ? await digest.preview() : buildDigest(desk, { covered: new Set(), since: null });
    return { ...mergeDocs(docs), ephemeral: true, footer: 'Preview — nothing was posted. Admins: /digest post' };
  },
};
