import { SlashCommandBuilder } from 'discord.js';
import { dateLabel } from '../src/corpus/metadata.ts';
import type { Article, DateSource } from '../src/corpus/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import type { AutocompleteChoice, DeskCommand } from '../src/command/types.ts';
import { errorDoc, type Doc } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';
import { normalizeDigits } from '../src/arabic/normalize.ts';

/** /source [id] — one article's card (or, without an id, the desk's articles newest first): metadata, size, lead paragraph, what the desk extracted from it. */

const LEAD_MAX = 700;

/** Where a date was read, as the card says it (ArticleMeta.dateSource). */
const DATE_SOURCE_NAMES: Readonly<Record<DateSource, string>> = {
  'front-matter': 'front matter',
  feed: 'feed',
  'page-meta': "page's metadata",
  dateline: 'date line by the headline',
  lead: 'dateline opening the lead',
  'page-header': 'page header',
};

export function articleLabel(article: Article): string {
  return [article.id, article.meta.outlet, dateLabel(article.meta)].filter(Boolean).join(' · ');
}

function leadParagraph(article: Article): string | undefined {
  return (article.paragraphs.find((p) => p.role === 'body') ?? article.paragraphs[0])?.text;
}

function wordCount(article: Article): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.text.split(/\s+/).filter(Boolean).length;
  return n;
}

/** Dropped blocks listed on an admin's card; the export lists them all. */
const DROPPED_MAX = 15;

/** What cleaning excluded and why, one item per block: how an admin sees a wrong drop. */
function droppedSection(article: Article): { title: string; items: Array<{ heading: string; lines: string[] }> } {
  const items = article.boilerplate.slice(0, DROPPED_MAX).map((b) => ({ heading: b.reason, lines: [trimAtWord(article.text.slice(b.start, b.end), 200)] }));
  const more = article.boilerplate.length - items.length;
  return { title: `Cleaned away${more > 0 ? ` (first ${items.length} of ${article.boilerplate.length}; the export lists all)` : ''}`, items };
}

/** An id as typed, with Arabic-Indic or Persian digits read as ASCII (٣ → 3, ۰۰۳ → 003). */
export function typedId(input: string): string {
  return normalizeDigits(input.trim());
}

/** Articles listed per console page by /source without an id (Discord pages them by its own limits). */
const LIST_PAGE = 10;

/** /source without an id: the desk's articles, newest first, paged. */
export function deskListDoc(desk: Desk): Doc {
  const articles = desk.articlesNewestFirst();
  if (articles.length === 0) return { tone: 'warning', title: 'The desk has no articles yet', summary: ['Add .txt or .md files to the data directory; they are picked up within seconds.'], ephemeral: true };
  return {
    tone: 'info',
    title: `The desk: ${articles.length} article${articles.length === 1 ? '' : 's'}`,
    summary: ['Newest first (undated articles last, in the order they reached the desk). /source id:… shows one article; /who-said source:… everyone quoted in it.'],
    sections: [
      {
        items: articles.map((a) => ({
          heading: articleLabel(a),
          lines: [`Headline: ${trimAtWord(a.meta.title, 120)}`, `${desk.statements(a.id).length} statement(s) · ${desk.figures(a.id).length} figure(s) · file ${a.file}`],
        })),
      },
    ],
    pageSize: LIST_PAGE,
  };
}

export function sourceCard(desk: Desk, article: Article, options: { admin?: boolean } = {}): Doc {
  const statements = desk.statements(article.id);
  const figures = desk.figures(article.id);
  const bySpeaker = new Map<string, number>();
  for (const s of statements) bySpeaker.set(s.speakerKey, (bySpeaker.get(s.speakerKey) ?? 0) + 1);
  const topSpeakers = [...bySpeaker.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, n]) => {
      const sp = desk.speaker(key);
      return sp ? `${sp.name} (${sp.latin}) ×${n}` : `${key} ×${n}`;
    });
  const lead = leadParagraph(article);
  const summary = [
    `Article ${article.id} · file ${article.file}`,
    `Outlet: ${article.meta.outlet ?? 'unknown'} · Published: ${dateLabel(article.meta)}${article.meta.dateSource && article.meta.dateSource !== 'page-header' ? ` (from the ${DATE_SOURCE_NAMES[article.meta.dateSource]})` : ''}`,
    ...(article.meta.url ? [`Link: ${article.meta.url}`] : []),
    `Length: ${wordCount(article)} words in ${article.paragraphs.length} paragraphs (${article.bytes.toLocaleString('en-US')} bytes on disk)`,
    `Attributed statements: ${statements.length} · Figures: ${figures.length}`,
  ];
  if (topSpeakers.length > 0) summary.push(`Top speakers: ${topSpeakers.join(', ')}`);
  if (article.boilerplate.length > 0) summary.push(`Cleaned away: ${article.boilerplate.length} boilerplate block(s)`);
  return {
    tone: 'info',
    title: article.meta.title,
    summary,
    sections: [
      ...(lead ? [{ title: 'Lead paragraph', items: [{ heading: articleLabel(article), quote: trimAtWord(lead, LEAD_MAX) }] }] : []),
      ...(options.admin && article.boilerplate.length > 0 ? [droppedSection(article)] : []),
    ],
    footer: `/who-said source:${article.id} · /figure source:${article.id}`,
  };
}

export function unknownArticleDoc(input: string, suggestions: Article[]): Doc {
  return errorDoc(`No article "${trimAtWord(input, 60)}"`, [
    suggestions.length > 0
      ? `Nearest ids: ${suggestions.map((a) => `${a.id} (${trimAtWord(a.meta.title, 50)})`).join(', ')}`
      : 'The desk has no articles yet: add files to the data directory.',
    'Give an id as 3, 003 or the file name.',
  ]);
}

/**
 * The `source:` option most commands take: nothing when empty, the article id when found, or the
 * "no such article" answer to return as is.
 */
export function sourceOption(desk: Desk, value: unknown): { article?: string; error?: Doc } {
  const source = typedId(String(value ?? ''));
  if (!source) return {};
  const found = desk.findArticle(source);
  return found.article ? { article: found.article.id } : { error: unknownArticleDoc(source, found.suggestions) };
}

export function articleChoices(desk: Desk, typed: string): AutocompleteChoice[] {
  const q = typedId(typed).toLowerCase();
  return desk
    .articleIds()
    .matching((file, a) => !q || a.id.startsWith(q) || file.includes(q) || a.meta.title.includes(typed.trim()) || String(Number(a.id)) === q, 25)
    .map((a) => ({ name: trimAtWord(`${a.id} · ${a.meta.title}`, 100), value: a.id.slice(0, 100) }));
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('Show one article: title, outlet, date, lead, and what was extracted from it')
    .addStringOption((o) => o.setName('id').setDescription('Article id (3, 003) or file name; leave empty to list the desk').setRequired(false).setAutocomplete(true)),
  example: '/source 003',
  async execute(invocation, { desk }) {
    const input = typedId(String(invocation.options.id ?? ''));
    if (!input) return deskListDoc(desk);
    const found = desk.findArticle(input);
    if (!found.article) return unknownArticleDoc(input, found.suggestions);
    return sourceCard(desk, found.article, { admin: invocation.user.isAdmin });
  },
  autocomplete(focused, _invocation, { desk }) {
    return articleChoices(desk, focused.value);
  },
};
