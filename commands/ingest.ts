import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { isPrivateHost } from '../src/feeds/http.ts';
import { errorDoc } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';

/** /ingest url:… (admins) — one article from a link: fetched, its text extracted, kept on disk, indexed. */

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('ingest')
    .setDescription('Add one article to the desk from a link (admins)')
    .addStringOption((o) => o.setName('url').setDescription('The article page (http or https)').setRequired(true).setMaxLength(1000))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  preconditions: ['admin', 'cooldown'],
  example: '/ingest url:https://example.com/news/budget',
  async execute(invocation, { desk, feeds }) {
    if (!feeds) return errorDoc('Adding from links is not available here', ['This runtime has no data directory to keep fetched articles in.']);
    const url = String(invocation.options.url ?? '').trim();
    if (!url) return errorDoc('Which link?', ['Usage: /ingest url:https://example.com/news/article']);
    if (invocation.surface === 'discord' && isPrivateHost(url)) return errorDoc('Article not added', ['Links to this machine or a private network are not fetched from Discord.']);
    // From Discord, redirects to this machine or a private network are refused too.
    const outcome = await feeds.ingestUrl(url, { publicOnly: invocation.surface === 'discord' });
    if (!outcome.ok) return errorDoc('Article not added', [`${outcome.code}: ${outcome.reason}`]);
    const { result } = outcome;
    const article = 'id' in result ? desk.getArticle(result.id) : undefined;
    const title = trimAtWord(article?.meta.title ?? outcome.title, 200);
    if (result.type === 'duplicate' || result.type === 'unchanged') {
      return { tone: 'info', title: 'Already on the desk', summary: [`${result.id} · ${title}`, result.type === 'duplicate' && result.reason ? result.reason : 'The page has not changed.'], ephemeral: true };
    }
    if (result.type === 'refused') return errorDoc('Article not added', [result.reason]);
    const lines = [`${result.id} · ${title}`, `Kept as ${result.file}; ${desk.statements(result.id).length} attributed statement(s), ${desk.figures(result.id).length} figure(s).`];
    if (article?.meta.outlet || article?.meta.published) lines.push([article.meta.outlet, article.meta.published].filter(Boolean).join(' · '));
    return { tone: 'info', title: result.type === 'added' ? 'Article added' : 'Article updated', summary: lines, ephemeral: true };
  },
};
