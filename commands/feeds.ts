import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import { DEFAULT_INTERVAL_MINUTES } from '../src/feeds/config.ts';
import { isPrivateHost } from '../src/feeds/http.ts';
import type { FeedPollResult } from '../src/feeds/poller.ts';
import type { FeedService, FeedStatus } from '../src/feeds/service.ts';
import { errorDoc, type Doc, type DocItem } from '../src/render/doc.ts';

/** /feeds (list, anyone) and /feeds add url:… (admins): the wire and website feeds the desk polls. */

function ago(iso: string | undefined, now: number): string {
  if (!iso) return 'never';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}

function statusItem(status: FeedStatus, now: number): DocItem {
  const { feed, record } = status;
  const lines: string[] = [feed.url];
  const outcome = record?.lastOutcome ?? 'not polled yet';
  lines.push(`Last fetch: ${ago(record?.lastFetchAt, now)} (${outcome}) · every ${feed.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES} min`);
  lines.push(`New articles last time: ${record?.newArticles ?? 0}${record?.updatedArticles ? `, updated ${record.updatedArticles}` : ''} · ${record?.totalArticles ?? 0} in all`);
  if (record?.lastError) lines.push(`Last error (${ago(record.lastError.at, now)}): ${record.lastError.code} — ${record.lastError.message}`);
  if (status.backingOffUntil) lines.push(`Waiting until ${new Date(status.backingOffUntil).toISOString().slice(11, 16)} UTC before asking this host again`);
  for (const w of record?.warnings.slice(0, 3) ?? []) lines.push(`Warning: ${w.code} — ${w.message}`);
  if (feed.keywords?.length) lines.push(`Only items mentioning: ${feed.keywords.join('، ')}`);
  return { heading: [feed.outlet, feed.language].filter(Boolean).join(' · '), lines };
}

export function feedsDoc(feeds: FeedService, now = Date.now()): Doc {
  const statuses = feeds.statuses();
  const failing = statuses.filter((s) => s.record?.lastOutcome === 'failed' || s.record?.lastOutcome === 'backing-off').length;
  const summary = [
    statuses.length === 0 ? `No feeds yet. Add one with /feeds add url:… or list it in ${feeds.feedsFile}.` : `${statuses.length} feed(s) from ${feeds.feedsFile}${failing ? `; ${failing} failing` : ''}.`,
    ...feeds.warnings.map((w) => `Warning: ${w}`),
  ];
  return {
    tone: failing || feeds.warnings.length ? 'warning' : 'info',
    title: 'Feeds',
    summary,
    sections: statuses.length ? [{ items: statuses.map((s) => statusItem(s, now)) }] : [],
    ephemeral: true,
  };
}

function pollLine(result: FeedPollResult): string {
  if (result.error) return `First poll: ${result.outcome} — ${result.error.code}: ${result.error.message}`;
  return `First poll: ${result.newArticles} new article(s), ${result.duplicates} already on the desk${result.warnings.length ? `; warnings: ${result.warnings.map((w) => w.code).join(', ')}` : ''}.`;
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('feeds')
    .setDescription('The news feeds the desk polls: last fetch, new articles, errors')
    .addSubcommand((s) => s.setName('list').setDescription('List the feeds with their last fetch, new articles and last error'))
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add an RSS, Atom or JSON feed (admins)')
        .addStringOption((o) => o.setName('url').setDescription('The feed address (http or https)').setRequired(true).setMaxLength(500))
        .addStringOption((o) => o.setName('outlet').setDescription('Outlet name as editors know it, e.g. الجزيرة نت').setMaxLength(100))
        .addStringOption((o) => o.setName('language').setDescription('Language of its articles, e.g. ar').setMaxLength(12))
        .addIntegerOption((o) => o.setName('interval').setDescription('Minutes between polls (default 15)').setMinValue(1).setMaxValue(1440)),
    ),
  preconditions: ['cooldown'],
  subcommandPreconditions: { add: ['admin'] },
  example: '/feeds add url:https://example.com/rss.xml outlet:صحيفة المثال',
  async execute(invocation, { feeds }) {
    if (!feeds) return errorDoc('No feeds here', ['This runtime was started without feeds.']);
    if (invocation.subcommand !== 'add') return feedsDoc(feeds);
    const url = String(invocation.options.url ?? '').trim();
    if (!url) return errorDoc('Which feed?', ['Usage: /feeds add url:https://example.com/rss.xml outlet:صحيفة المثال']);
    if (invocation.surface === 'discord' && isPrivateHost(url)) return errorDoc('Feed not added', ['Feeds on this machine or a private network can be listed in the feeds file, not added from Discord.']);
    const interval = invocation.options.interval;
    const added = await feeds.add({
      url,
      outlet: typeof invocation.options.outlet === 'string' ? invocation.options.outlet : undefined,
      language: typeof invocation.options.language === 'string' ? invocation.options.language : undefined,
      intervalMinutes: typeof interval === 'number' ? interval : interval ? Number(interval) : undefined,
    });
    if (!added.ok) return errorDoc('Feed not added', [added.reason]);
    return {
      tone: added.result.error ? 'warning' : 'info',
      title: `Feed added: ${added.feed.outlet}`,
      summary: [added.feed.url, `Saved to ${feeds.feedsFile}; polled every ${added.feed.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES} min.`, pollLine(added.result)],
      ephemeral: true,
    };
  },
};
