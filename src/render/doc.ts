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
}

export function errorDoc(title: string, summary: RichText[] = []): Doc {
  return { tone: 'error', title, summary, ephemeral: true };
}

export function plainText(rich: RichText): string {
  return typeof rich === 'string' ? rich : rich.map((r) => r.text).join('');
}
