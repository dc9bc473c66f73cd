import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import type { Desk, ReloadReport } from '../src/desk/desk.ts';
import type { DocItem, DocSection } from '../src/render/doc.ts';
import { errorDoc } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';

/** /reload (admin) — re-read the data directory and say what changed. */

function articleItem(desk: Desk, id: string): DocItem {
  const article = desk.getArticle(id);
  if (!article) return { heading: id };
  return { heading: [id, article.file, article.meta.outlet].filter(Boolean).join(' · '), lines: [trimAtWord(article.meta.title, 150)] };
}

function reloadDoc(report: ReloadReport, desk: Desk, removedTitles: ReadonlyMap<string, string>, ms: number) {
  const sections: DocSection[] = [];
  if (report.added.length) sections.push({ title: `Added (${report.added.length})`, items: report.added.map((id) => articleItem(desk, id)) });
  if (report.updated.length) sections.push({ title: `Updated (${report.updated.length})`, items: report.updated.map((id) => articleItem(desk, id)) });
  if (report.removed.length) {
    sections.push({ title: `Removed (${report.removed.length})`, items: report.removed.map((id) => ({ heading: id, lines: removedTitles.has(id) ? [removedTitles.get(id)!] : [] })) });
  }
  if (report.skipped.length) sections.push({ title: `Skipped (${report.skipped.length})`, items: report.skipped.map((w) => ({ heading: w.file, lines: [w.message] })) });
  if (report.notes?.length) sections.push({ title: `Loaded with a caveat (${report.notes.length})`, items: report.notes.map((w) => ({ heading: w.file, lines: [w.message] })) });
  const changed = report.added.length + report.updated.length + report.removed.length;
  return {
    tone: report.skipped.length ? ('warning' as const) : ('info' as const),
    title: 'Desk reloaded from disk',
    summary: [
      changed === 0 ? 'No article changed.' : `${report.added.length} added, ${report.updated.length} updated, ${report.removed.length} removed.`,
      `${desk.size} article(s) on the desk; ${report.skipped.length} file(s) skipped. Took ${Math.round(ms)} ms.`,
    ],
    sections,
    ephemeral: true,
  };
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Re-read the article directory and report what changed (admins)'),
  // Registered with default_member_permissions (Manage Server) from this list: see register.ts.
  preconditions: ['admin', 'cooldown', 'private'],
  example: '/reload',
  async execute(invocation, { desk, reload }) {
    if (!reload) return errorDoc('Reloading is not available here', ['This runtime was started without a data directory to reload from.']);
    const titles = new Map(desk.articles().map((a) => [a.id, trimAtWord(a.meta.title, 150)]));
    const started = performance.now();
    const report = await reload();
    return reloadDoc(report, desk, titles, performance.now() - started);
  },
};
