import type { ChartSpec } from './chart-spec.ts';

/**
 * A surface-neutral answer. Commands build a Doc from desk results; `render/discord.ts` lays it out
 * as embeds within Discord's limits (escaping article text, paginating), `render/text.ts` as console
 * text. Strings in a Doc are plain, unescaped text: renderers escape what they must.
 */

/** A run of text; `strong` marks highlighted words (search hits, speaker names). */
export interface Inline {
  text: string;
  strong?: boolean;
}

/** Text that may carry highlights: a plain string or runs. */
export type RichText = string | Inline[];

export interface DocItem {
  /** One-line heading, e.g. "زيلينسكي · Volodymyr Zelensky — 012 · الجزيرة · 2023-05-02". */
  heading: string;
  /** A verbatim Arabic excerpt, shown as a quote block on its own lines (right-to-left). */
  quote?: RichText;
  /** Further lines (metadata, notes), shown under the quote. */
  lines?: RichText[];
}

export interface DocSection {
  /** Group title, e.g. an article ("002 · العرب اليوم · 2022-01-10"), or a topic. */
  title?: string;
  items: DocItem[];
}

export interface Doc {
  tone: 'info' | 'warning' | 'error';
  title: string;
  /** Lines under the title (summary, discrepancy notes, usage). */
  summary?: RichText[];
  sections?: DocSection[];
  footer?: string;
  /** Only the requester should see it (Discord: ephemeral reply). Errors and usage are ephemeral. */
  ephemeral?: boolean;
  /** Pictures of the answer's figures (Discord: PNG attachments shown in the embed; console: files). */
  charts?: ChartSpec[];
  /** Items per page for a long list: the console pages it (`--page N`; absent: printed whole); Discord pages every long answer, this many items a page at most (default 8). */
  pageSize?: number;
}

export function errorDoc(title: string, summary: RichText[] = []): Doc {
  return { tone: 'error', title, summary, ephemeral: true };
}

export function plainText(rich: RichText): string {
  return typeof rich === 'string' ? rich : rich.map((r) => r.text).join('');
}

/** How many items a console page holds (Discord lays pages out itself, see render/discord.ts). */
export const CONSOLE_PAGE_ITEMS = 10;

/**
 * Page `page` (1-based) of a long answer: its items only, a section title marked "(continued)"
 * where the page starts inside it, and a line saying where the reader is. Docs whose items fit one
 * page come back unchanged.
 */
export function docPage(doc: Doc, page: number, size: number = CONSOLE_PAGE_ITEMS): { doc: Doc; page: number; pages: number } {
  const items = (doc.sections ?? []).flatMap((section, s) => section.items.map((item, n) => ({ s, n, item })));
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  if (pages === 1) return { doc, page: 1, pages };
  const sections: DocSection[] = [];
  let open: number | undefined;
  for (const { s, n, item } of items.slice((at - 1) * size, at * size)) {
    if (open !== s) {
      const title = doc.sections![s]!.title;
      sections.push({ title: title && n > 0 ? `${title} (continued)` : title, items: [] });
      open = s;
    }
    sections[sections.length - 1]!.items.push(item);
  }
  const next = at < pages ? ` — add --page ${at + 1} for the next` : '';
  return { doc: { ...doc, sections, summary: [...(doc.summary ?? []), `Page ${at}/${pages}${next}.`] }, page: at, pages };
}
