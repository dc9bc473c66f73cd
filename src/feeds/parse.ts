import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { looksLikeHtml } from '../corpus/html.ts';

/**
 * Feed text → entries, for RSS 2.0 (and 0.9x/RDF), Atom and JSON Feed.
 *
 * Parser: feedsmith 3.0.1 (MIT, maintained, Node ≥ 14, two small dependencies). Chosen over
 * @extractus/feed-extractor because it only parses — fetching stays with our polite client
 * (src/feeds/http.ts: conditional GET, per-host queue, backoff), which feed-extractor would do
 * its own way — and because it keeps every field (content:encoded, Atom content and summary,
 * JSON Feed content_html / content_text, guids) instead of flattening them to one description.
 *
 * Bad input is a named problem, not a throw: HTML served where a feed should be, XML that does not
 * parse, a document that is no feed. XML with a local fault (an unclosed tag near the end) is
 * still read for what it holds, with a warning.
 */

export interface FeedEntry {
  guid: string | null;
  link: string | null;
  title: string;
  /** The feed's summary / description (HTML or text). */
  summary: string | null;
  /** Full content when the feed carries it (content:encoded, Atom content, content_html). */
  content: string | null;
  published: string | null;
  /** When the publisher last changed it (Atom updated, JSON date_modified, dc:modified), if said. */
  updated: string | null;
  author: string | null;
}

export type FeedProblem = 'html-not-feed' | 'malformed-feed' | 'not-a-feed' | 'empty-response';

export interface FeedWarning {
  code: string;
  message: string;
}

export type ParsedFeed =
  | { ok: true; format: 'rss' | 'atom' | 'json' | 'rdf'; title: string | null; entries: FeedEntry[]; total: number; warnings: FeedWarning[] }
  | { ok: false; problem: FeedProblem; message: string };

export interface ParseOptions {
  contentType?: string | null;
  /** Entries kept from one feed document (the first ones: feeds list newest first). Default 500. */
  maxItems?: number;
}

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return null;
};

type AnyRecord = Record<string, unknown>;

function rssEntry(item: AnyRecord): FeedEntry {
  const guid = item.guid as AnyRecord | string | undefined;
  const content = item.content as AnyRecord | undefined;
  const authors = (item.authors as unknown[] | undefined) ?? [];
  const dc = item.dc as AnyRecord | undefined;
  return {
    guid: text(guid),
    link: text(item.link) ?? (guid && typeof guid === 'object' && guid.isPermaLink !== false && /^https?:/i.test(String(guid.value ?? '')) ? String(guid.value) : null),
    title: text(item.title) ?? text(dc?.title) ?? '',
    summary: text(item.description),
    content: text(content?.encoded),
    published: text(item.pubDate) ?? text(dc?.date),
    updated: text((item.dcterms as AnyRecord | undefined)?.modified) ?? null,
    author: text(authors[0]) ?? text(dc?.creator),
  };
}

function atomEntry(entry: AnyRecord): FeedEntry {
  const links = (entry.links as AnyRecord[] | undefined) ?? [];
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  const authors = (entry.authors as AnyRecord[] | undefined) ?? [];
  return {
    guid: text(entry.id),
    link: text(link?.href),
    title: text(entry.title) ?? '',
    summary: text(entry.summary),
    content: text(entry.content),
    published: text(entry.published) ?? text(entry.updated),
    updated: text(entry.updated),
    author: text(authors[0]?.name),
  };
}

function jsonEntry(item: AnyRecord): FeedEntry {
  const authors = (item.authors as AnyRecord[] | undefined) ?? (item.author ? [item.author as AnyRecord] : []);
  const id = item.id;
  return {
    guid: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
    link: text(item.url) ?? text(item.external_url),
    title: text(item.title) ?? '',
    summary: text(item.summary),
    content: text(item.content_html) ?? text(item.content_text),
    published: text(item.date_published) ?? text(item.date_modified),
    updated: text(item.date_modified),
    author: text(authors[0]?.name),
  };
}

export function parseFeedText(input: string, options: ParseOptions = {}): ParsedFeed {
  const maxItems = options.maxItems ?? 500;
  const body = input.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, problem: 'empty-response', message: 'the feed address answered with an empty body' };
  const trimmed = body.trimStart();
  const isJson = trimmed.startsWith('{');
  if (!isJson && (/^text\/html/i.test(options.contentType ?? '') || looksLikeHtml(body)) && !/^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b/i.test(trimmed)) {
    return { ok: false, problem: 'html-not-feed', message: 'the address serves an HTML page, not a feed (look for the site’s RSS link)' };
  }
  const warnings: FeedWarning[] = [];
  let parsed: { format: string; feed: AnyRecord };
  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (err) {
      return { ok: false, problem: 'malformed-feed', message: `the JSON Feed does not parse (${(err as Error).message.slice(0, 120)})` };
    }
    try {
      parsed = parseFeed(json as never) as unknown as typeof parsed;
    } catch (err) {
      return { ok: false, problem: 'not-a-feed', message: `JSON but not a JSON Feed (${(err as Error).message})` };
    }
  } else {
    const valid = XMLValidator.validate(body);
    if (valid !== true) {
      warnings.push({ code: 'malformed-feed', message: `the XML is broken at line ${valid.err.line} (${valid.err.msg}); read what could be read` });
    }
    try {
      parsed = parseFeed(body) as unknown as typeof parsed;
    } catch (err) {
      if (valid !== true) return { ok: false, problem: 'malformed-feed', message: `the XML does not parse: line ${valid.err.line}, ${valid.err.msg}` };
      return { ok: false, problem: 'not-a-feed', message: `XML but not RSS, Atom or RDF (${(err as Error).message})` };
    }
  }
  const feed = parsed.feed ?? {};
  const raw = ((parsed.format === 'atom' ? feed.entries : feed.items) as AnyRecord[] | undefined) ?? [];
  const toEntry = parsed.format === 'atom' ? atomEntry : parsed.format === 'json' ? jsonEntry : rssEntry;
  if (warnings.length && raw.length === 0) return { ok: false, problem: 'malformed-feed', message: warnings[0]!.message };
  if (raw.length > maxItems) warnings.push({ code: 'too-many-items', message: `${raw.length} items in one feed; read the first ${maxItems}` });
  const entries = raw.slice(0, maxItems).map((item) => toEntry(item ?? {}));
  return { ok: true, format: parsed.format as 'rss' | 'atom' | 'json' | 'rdf', title: text(feed.title), entries, total: raw.length, warnings };
}
