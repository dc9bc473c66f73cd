import { decodeHtmlBytes, extractPage, looksLikeHtml, type ExtractedPage } from '../corpus/html.ts';
import { canonicalUrl } from '../ingest/reconcile.ts';
import type { WebClient } from './http.ts';
import type { FeedWarning } from './parse.ts';

/**
 * One article page: fetched politely, decoded in its charset, its body and metadata extracted.
 * Used for feed items that carry only a summary and for `/ingest url:…`.
 */

export type PageFetch = { ok: true; page: ExtractedPage; url: string; charsetNote?: string } | { ok: false; warning: FeedWarning };

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export async function fetchArticlePage(client: WebClient, url: string, options: { publicOnly?: boolean } = {}): Promise<PageFetch> {
  const response = await client.get(url, { accept: HTML_ACCEPT, publicOnly: options.publicOnly });
  if (!response.ok) return { ok: false, warning: { code: response.problem, message: `${url}: ${response.message}` } };
  if (response.status === 304) return { ok: false, warning: { code: 'not-modified', message: `${url}: not modified` } };
  const type = response.contentType ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) return { ok: false, warning: { code: 'not-a-page', message: `${url}: serves ${type.split(';')[0]}, not a web page` } };
  const decoded = decodeHtmlBytes(response.body, response.contentType);
  if (!looksLikeHtml(decoded.text)) return { ok: false, warning: { code: 'not-a-page', message: `${url}: not an HTML page` } };
  const page = extractPage(decoded.text, { url: response.url });
  if (!page || page.paragraphs.length === 0) return { ok: false, warning: { code: 'no-article-text', message: `${url}: no article text found on the page` } };
  // A canonical link pointing at the site's front page is a CMS default, not this article's address.
  const canonical = canonicalUrl(page.canonicalUrl);
  page.canonicalUrl = canonical && new URL(canonical).pathname.length > 1 ? canonical : null;
  return { ok: true, page, url: response.url, ...(decoded.note ? { charsetNote: decoded.note } : {}) };
}
