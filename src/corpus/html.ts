import { decodeArticleBytes } from './decode.ts';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Web pages → article text. The body is found with Mozilla's Readability (Firefox Reader View)
 * run over linkedom's DOM (no browser, no jsdom); the page's own metadata (canonical link,
 * Open Graph, article:published_time, JSON-LD NewsArticle) gives the title, byline, publication
 * time and canonical URL, which Readability alone does not keep. Used for pages fetched by the
 * feeds and `/ingest url:…`, and for an HTML page an editor saved as `.txt`.
 */

export interface ExtractedPage {
  title: string;
  byline: string | null;
  /** As the page states it (ISO date-time usually). */
  published: string | null;
  /** Absolute canonical URL (link rel=canonical, og:url), else null. */
  canonicalUrl: string | null;
  language: string | null;
  siteName: string | null;
  /** Body paragraphs in order, whitespace collapsed, without the title. */
  paragraphs: string[];
}

export interface HtmlOptions {
  /** The page's address, to resolve relative canonical links. */
  url?: string;
  /** Fewer body characters than this and Readability's answer is not trusted (default 140). */
  minTextChars?: number;
}

/**
 * Whether a text is an HTML document rather than article prose (a saved web page, a feed URL
 * serving a page). `fragments: false` accepts only whole documents (Markdown may hold some tags).
 */
export function looksLikeHtml(text: string, options: { fragments?: boolean } = {}): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  if (options.fragments === false) return false;
  // A fragment: mostly tags, with the block tags of a page.
  const tags = head.match(/<\/?(?:p|div|span|a|br|meta|script|li|h[1-6])\b[^>]*>/gi)?.length ?? 0;
  return tags >= 8 && /<\/p>|<\/div>/i.test(head);
}

const CHARSET_ALIASES: Readonly<Record<string, string>> = { cp1256: 'windows-1256', 'x-cp1256': 'windows-1256', 'arabic': 'iso-8859-6', utf8: 'utf-8' };

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  const name = CHARSET_ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

/** The charset a page declares: Content-Type header first, then <meta charset> / http-equiv in its first bytes. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return meta ? meta.toLowerCase() : null;
}

/**
 * Page bytes → text in the page's charset. A page that declares UTF-8 but is not (old CMSs serve
 * windows-1256 under a UTF-8 header) is read as windows-1256 when that gives Arabic text.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string; note?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const charset = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(charset).decode(bytes), charset };
  }
  const declared = declaredCharset(bytes, contentType);
  const declaredDecoder = declared ? decoderFor(declared) : null;
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') return { text: declaredDecoder.decode(bytes), charset: declaredDecoder.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // Not UTF-8 whatever the header says: the same guess as for files (a few bad bytes stay UTF-8,
    // windows-1256 only when it reads as Arabic, else Latin-1).
    const guessed = decodeArticleBytes(bytes);
    if (guessed.ok && guessed.encoding !== 'utf-8') {
      const note = `${declared ? `declared ${declared} but is not` : 'no charset declared and not UTF-8'}; read as ${guessed.encoding}`;
      return { text: guessed.text, charset: guessed.encoding, note };
    }
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', note: 'not valid UTF-8; bad bytes replaced' };
  }
}

/**
 * Web text as the desk keeps it: runs of space (nbsp included) as one, and the invisible marks
 * pages scatter through Arabic copy (zero-width space, direction marks and embeddings, soft
 * hyphens, BOMs) removed, so a quote taken from it holds only what a reader sees.
 */
const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const collapse = (text: string | null | undefined): string => (text ?? '').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();

/** The text of a bit of HTML (a feed title with tags or entities in it). */
export function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return collapse(document.body?.textContent);
}

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(document: Doc, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = collapse(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** NewsArticle fields from JSON-LD blocks (many Arabic news sites publish only these). */
function jsonLdFields(document: Doc): { published?: string; author?: string; headline?: string; url?: string } {
  const out: { published?: string; author?: string; headline?: string; url?: string } = {};
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data];
    for (const n of [...nodes]) {
      const graph = (n as { '@graph'?: unknown[] })?.['@graph'];
      if (Array.isArray(graph)) nodes.push(...graph);
    }
    for (const node of nodes) {
      const n = node as Record<string, unknown>;
      if (!n || typeof n !== 'object') continue;
      const type = String(n['@type'] ?? '');
      if (!/Article|NewsArticle|Report|BlogPosting/i.test(type)) continue;
      if (typeof n.datePublished === 'string') out.published ??= n.datePublished;
      if (typeof n.headline === 'string') out.headline ??= n.headline;
      if (typeof n.url === 'string') out.url ??= n.url;
      const author = Array.isArray(n.author) ? n.author[0] : n.author;
      const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string') out.author ??= name;
    }
  }
  return out;
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td';

/** Text blocks of an HTML fragment in document order; a block holding other blocks gives way to them. */
function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = collapse(el.textContent);
    if (text) out.push(text);
  }
  if (out.length === 0) {
    for (const line of (document.body?.textContent ?? '').split(/\n\s*\n|\n/)) {
      const text = collapse(line);
      if (text) out.push(text);
    }
  }
  return out;
}

/** Splits an HTML summary or content field from a feed into paragraphs. */
export function htmlToParagraphs(html: string): string[] {
  if (!/[<&]/.test(html)) return html.split(/\n\s*\n/).map(collapse).filter(Boolean);
  return blockTexts(html);
}

/** Title, byline, time, canonical URL and body paragraphs of a page; null when it holds no readable text. */
export function extractPage(html: string, options: HtmlOptions = {}): ExtractedPage | null {
  const minTextChars = options.minTextChars ?? 140;
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document as it works.
  const ld = jsonLdFields(document);
  const canonical =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), options.url) ??
    absolute(metaContent(document, ['meta[property="og:url"]']), options.url) ??
    absolute(ld.url, options.url);
  const published =
    metaContent(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]']) ??
    ld.published ??
    (collapse(document.querySelector('time[datetime]')?.getAttribute('datetime')) || null);
  const metaTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? ld.headline ?? null;
  const metaByline = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']) ?? ld.author ?? null;
  const language = collapse(document.documentElement?.getAttribute('lang')) || null;
  const pageTitle = collapse(document.querySelector('title')?.textContent);
  const siteName = metaContent(document, ['meta[property="og:site_name"]']);

  let paragraphs: string[] = [];
  let readTitle = '';
  let readByline: string | null = null;
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: minTextChars }).parse();
    if (article?.content && collapse(article.textContent).length >= minTextChars) {
      paragraphs = blockTexts(article.content);
      readTitle = collapse(article.title);
      readByline = collapse(article.byline) || null;
    }
  } catch {
    // A page Readability cannot walk: fall back to its paragraphs below.
  }
  if (paragraphs.length === 0) {
    const { document: fresh } = parseHTML(html);
    for (const el of fresh.querySelectorAll('script, style, nav, header, footer, aside, form')) el.remove();
    paragraphs = [...fresh.querySelectorAll('p')].map((p) => collapse(p.textContent)).filter((t) => t.length > 0);
    if (paragraphs.join(' ').length < Math.min(minTextChars, 40)) return null;
  }
  const title = metaTitle ?? (readTitle || pageTitle);
  // Readability sometimes keeps the headline or the byline line as the first blocks.
  const byline = metaByline ?? readByline;
  while (paragraphs[0] && (paragraphs[0] === collapse(title) || (byline && paragraphs[0].length <= byline.length + 20 && paragraphs[0].includes(byline)))) paragraphs = paragraphs.slice(1);
  return { title: collapse(title) || paragraphs[0]?.slice(0, 120) || '', byline, published, canonicalUrl: canonical, language, siteName, paragraphs };
}

/** An extracted page as plain article text: the title line, then one paragraph per line. */
export function pageAsText(page: ExtractedPage): string {
  return [page.title, ...page.paragraphs].filter(Boolean).join('\n\n') + '\n';
}
