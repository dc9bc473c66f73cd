import { escapeMarkdown, type APIEmbed, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { plainText, type Doc, type DocItem, type RichText } from './doc.ts';
import { trimAtWord } from '../text/excerpt.ts';

/**
 * Doc → Discord message payloads. A long answer becomes several pages (the bot shows them behind
 * next/previous buttons; a channel post sends them one after another), each one embed within every
 * Discord limit. Items are never split across pages; only a single quote too long for a whole page
 * is shortened, at a word boundary. All text from the Doc is treated as untrusted article text:
 * markdown escaped, mentions made inert, bare links unfurled to nothing, and every payload carries
 * `allowed_mentions: { parse: [] }` so nothing can ping even if a mention slipped through.
 */

export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedsTotal: 6000,
  embeds: 10,
  content: 2000,
} as const;

/** Items per page: more makes a wall of Arabic that is hard to scan on a phone. */
export const ITEMS_PER_PAGE = 8;
/** Description room per page; under 4096 so the page stays well inside 6000 with title and footer. */
const DESCRIPTION_BUDGET = 3800;

/** A file sent with a message (multipart files[n]); the payload's `attachments` lists it by index. */
export interface DiscordFile {
  name: string;
  data: Buffer;
  description: string;
  contentType: string;
}

export type DiscordMessage = RESTPostAPIChannelMessageJSONBody & { allowed_mentions: { parse: [] }; files?: DiscordFile[] };

const TONE_COLOUR: Record<Doc['tone'], number> = { info: 0x2b6cb0, warning: 0xd69e2e, error: 0xc53030 };

// Unicode directional isolates: the surrounding line cannot reorder what they enclose.
const LRI = '\u2066';
const PDI = '\u2069';
const ZWJ = '\u200D';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** A left-to-right run inside Arabic text: ids, dates, numbers with their sign, Latin names ("002", "2022-01-10", "~8,000", ">160", "Tokayev"). */
const LTR_RUN = /(?:[~≈±+−<>](?=[0-9]))?[0-9A-Za-z\u00C0-\u024F](?:[0-9A-Za-z\u00C0-\u024F.,:/_%+\-–'’]*[0-9A-Za-z\u00C0-\u024F%])?(?:[ ][0-9A-Za-z\u00C0-\u024F](?:[0-9A-Za-z\u00C0-\u024F.,:/_%+\-–'’]*[0-9A-Za-z\u00C0-\u024F%])?)*/g;

/**
 * Makes mentions inert by putting a zero-width joiner where Discord's parser needs adjacency:
 * `@everyone`, `@here`, and `<@id>`, `<@!id>`, `<@&id>`, `<#id>` no longer parse as mentions.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWJ}$1`).replace(/<([@#][!&]?)(\d+)>/g, `<${ZWJ}$1$2>`);
}

/** Bare links are shown as text in angle brackets (no preview card); masked links are escaped by escapeMarkdown. */
function quietLinks(text: string): string {
  return text.replace(/(?<![<\w])(https?:\/\/[^\s<>()]+)/gi, '<$1>');
}

/** Untrusted text → safe Discord markdown text (no formatting, no pings). */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(neutralizeMentions(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return quietLinks(escaped);
}

/** Quoted text inside a line («…», “…”, "…"): copied verbatim, so never given invisible marks. */
const QUOTED = /«[^«»\n]*»|“[^“”\n]*”|"[^"\n]*"/g;

/**
 * In a line that contains Arabic, isolates the left-to-right runs the bidi algorithm could
 * reorder: numbers with separators or a sign ("2022-01-10", "~8,000", "7,939"). A bare number, a
 * Latin word or phrase keeps its order by itself and gets nothing (so commands stay copyable), and
 * quoted text never does.
 */
export function isolateLtrRuns(text: string): string {
  if (!ARABIC.test(text)) return text;
  const isolate = (part: string) => part.replace(LTR_RUN, (run) => (/\d/.test(run) && !/^[0-9A-Za-z\u00C0-\u024F]+$/.test(run) ? `${LRI}${run}${PDI}` : run));
  let out = '';
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    out += isolate(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + isolate(text.slice(last));
}

/** Rich text → escaped markdown, highlights in bold, direction isolation applied per line (none in a verbatim excerpt). */
function richMarkdown(text: RichText, verbatim = false): string {
  const raw = typeof text === 'string' ? escapeText(text) : text.map((r) => (r.strong && r.text.trim() ? `**${escapeText(r.text)}**` : escapeText(r.text))).join('');
  if (verbatim) return raw;
  return raw
    .split('\n')
    .map((line) => isolateLtrRuns(line))
    .join('\n');
}

/**
 * A quote block: each line on its own `>` line. The excerpt is the article's text: no isolates or
 * direction marks, so what an editor copies into the CMS is what the article says. (An Arabic line
 * is right-to-left by its first letter; Discord lays out each line on its own.)
 */
function quoteBlock(text: RichText): string {
  return richMarkdown(text, true)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * One line within `max` characters after escaping and isolation, cut at a word. Titles render
 * markdown (so it is escaped); footers do not (escaping would show backslashes), mentions are made
 * inert in both.
 */
function singleLine(text: string, max: number, markdown: boolean): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const format = (t: string) => isolateLtrRuns(markdown ? escapeText(t) : neutralizeMentions(t));
  let room = max;
  let line = format(flat);
  while (line.length > max && room > 1) {
    room = Math.max(1, Math.min(room - 1, Math.floor(room * (max / line.length))));
    line = format(trimAtWord(flat, room));
  }
  return line;
}

function itemBlock(item: DocItem, quoteMax?: number): string {
  const parts = [`**${richMarkdown(item.heading.replace(/\s*\n\s*/g, ' '))}**`];
  if (item.quote !== undefined) {
    const quote = quoteMax === undefined ? item.quote : trimAtWord(plainText(item.quote), quoteMax);
    parts.push(quoteBlock(quote));
  }
  for (const line of item.lines ?? []) parts.push(richMarkdown(line));
  return parts.join('\n');
}

/** One item's block, shortening only its quote (at a word) when the block alone exceeds the page budget. */
function fittedItemBlock(item: DocItem, budget: number): string {
  let block = itemBlock(item);
  if (block.length <= budget) return block;
  let quoteMax = item.quote !== undefined ? plainText(item.quote).length : 0;
  while (block.length > budget && quoteMax > 40) {
    quoteMax = Math.floor(quoteMax * Math.min(0.9, budget / block.length));
    block = itemBlock(item, quoteMax);
  }
  // A heading or metadata lines that alone overflow a page (not article quotes) are cut at a word.
  return block.length <= budget ? block : trimAtWord(block, budget);
}

interface Block {
  text: string;
  /** Counts against ITEMS_PER_PAGE. */
  item: boolean;
  /** A section title: repeated (continued) at the top of a page that starts mid-section. */
  sectionTitle?: string;
}

function docBlocks(doc: Doc): { summary: string; blocks: Block[] } {
  const summary = (doc.summary ?? []).map((l) => richMarkdown(l)).join('\n');
  const blocks: Block[] = [];
  for (const section of doc.sections ?? []) {
    const title = section.title ? `__**${richMarkdown(section.title)}**__` : undefined;
    if (title) blocks.push({ text: title, item: false, sectionTitle: title });
    for (const item of section.items) blocks.push({ text: fittedItemBlock(item, DESCRIPTION_BUDGET - 300), item: true, sectionTitle: title });
  }
  return { summary: trimAtWord(summary, DESCRIPTION_BUDGET - 200), blocks };
}

/** Groups blocks into page descriptions: within the budget, at most ITEMS_PER_PAGE items, never splitting an item. */
function paginate(summary: string, blocks: Block[], itemsPerPage: number): string[] {
  const pages: string[][] = [];
  let current: string[] = summary ? [summary] : [];
  let size = summary.length;
  let items = 0;
  let openSection: string | undefined;
  const flush = () => {
    pages.push(current);
    current = [];
    size = 0;
    items = 0;
  };
  for (const block of blocks) {
    const cost = block.text.length + 2;
    const full = items >= itemsPerPage && block.item;
    if ((full || size + cost > DESCRIPTION_BUDGET) && current.length > 0) {
      flush();
      // A page that continues a section says which one, so an item is never orphaned from its group.
      if (block.item && block.sectionTitle && block.sectionTitle === openSection) {
        const cont = `${block.sectionTitle} (continued)`;
        current.push(cont);
        size += cont.length + 2;
      }
    }
    if (!block.item) openSection = block.sectionTitle;
    current.push(block.text);
    size += cost;
    if (block.item) items++;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  // A page holding only a section title (it was the last block before a flush) joins the next page.
  return pages.map((p) => p.join('\n\n')).filter((p, i, all) => p.trim() !== '' || all.length === 1);
}

export interface RenderOptions {
  /** Appended to the footer, e.g. the requester's name; kept short. */
  footerNote?: string;
}

/** Plain-message rendering for errors and usage: one short text, no embed. */
function renderPlain(doc: Doc): DiscordMessage {
  const lines = [`**${escapeText(doc.title)}**`, ...(doc.summary ?? []).map((l) => richMarkdown(l))];
  for (const section of doc.sections ?? []) for (const item of section.items) lines.push(`• ${richMarkdown(item.heading)}`);
  if (doc.footer) lines.push(richMarkdown(doc.footer));
  const content = lines.map((l) => isolateLtrRuns(l)).join('\n');
  return { content: content.length <= DISCORD_LIMITS.content ? content : trimAtWord(content, DISCORD_LIMITS.content), allowed_mentions: { parse: [] } };
}

/**
 * Lays a Doc out as one or more pages, each a complete message payload. Errors are plain text
 * (Discord shows them compactly); everything else one embed per page.
 */
export function renderDiscord(doc: Doc, options: RenderOptions = {}): DiscordMessage[] {
  if (doc.tone === 'error' && !(doc.sections ?? []).some((s) => s.items.some((i) => i.quote !== undefined))) return [renderPlain(doc)];
  const { summary, blocks } = docBlocks(doc);
  const descriptions = paginate(summary, blocks, doc.pageSize ?? ITEMS_PER_PAGE);
  const title = singleLine(doc.title, DISCORD_LIMITS.title, true);
  return descriptions.map((description, i) => {
    const footerParts = [doc.footer, descriptions.length > 1 ? `Page ${i + 1}/${descriptions.length}` : undefined, options.footerNote].filter(Boolean) as string[];
    const embed: APIEmbed = { title, color: TONE_COLOUR[doc.tone] };
    if (description.trim()) embed.description = description.length <= DISCORD_LIMITS.description ? description : trimAtWord(description, DISCORD_LIMITS.description);
    if (footerParts.length) embed.footer = { text: singleLine(footerParts.join(' · '), DISCORD_LIMITS.footer, false) };
    return { embeds: [embed], allowed_mentions: { parse: [] } };
  });
}

/** Characters Discord counts towards the 6000 limit of one message's embeds. */
export function embedChars(embeds: readonly APIEmbed[] = []): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/** Every limit Discord enforces on a message payload that a JSON schema cannot fully express; [] when within all. */
export function limitViolations(message: Pick<RESTPostAPIChannelMessageJSONBody, 'content' | 'embeds'>): string[] {
  const out: string[] = [];
  const L = DISCORD_LIMITS;
  if ((message.content ?? '').length > L.content) out.push(`content ${message.content!.length} > ${L.content}`);
  const embeds = message.embeds ?? [];
  if (embeds.length > L.embeds) out.push(`${embeds.length} embeds > ${L.embeds}`);
  embeds.forEach((e, i) => {
    if ((e.title ?? '').length > L.title) out.push(`embed ${i} title ${e.title!.length} > ${L.title}`);
    if ((e.description ?? '').length > L.description) out.push(`embed ${i} description ${e.description!.length} > ${L.description}`);
    if ((e.footer?.text ?? '').length > L.footer) out.push(`embed ${i} footer > ${L.footer}`);
    if ((e.fields ?? []).length > L.fields) out.push(`embed ${i} has ${e.fields!.length} fields > ${L.fields}`);
    for (const f of e.fields ?? []) {
      if (f.name.length > L.fieldName) out.push(`embed ${i} field name > ${L.fieldName}`);
      if (f.value.length > L.fieldValue) out.push(`embed ${i} field value > ${L.fieldValue}`);
    }
  });
  const total = embedChars(embeds);
  if (total > L.embedsTotal) out.push(`embeds total ${total} > ${L.embedsTotal}`);
  return out;
}
