import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { classifyLines } from './clean.ts';
import { parseDateValue } from './dates.ts';
import { decodeArticleBytes } from './decode.ts';
import { parseFrontMatter } from './front-matter.ts';
import { extractPage, looksLikeHtml, pageAsText } from './html.ts';
import { splitLines } from './lines.ts';
import { inferMeta } from './metadata.ts';
import { segmentParagraphs } from './segment.ts';
import type { Article, ArticleMeta, BoilerplateRange, LoadResult, LoadWarning, Paragraph } from './types.ts';

/** Files larger than this are skipped with a warning (a news article is a few kilobytes). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export interface LoadOptions {
  /** Size cap in bytes; default MAX_ARTICLE_BYTES. */
  maxBytes?: number;
  /**
   * Gives the loaded articles (in file-name order) their ids and returns notes on clashes; the
   * desk passes its stable-id registry (src/ingest/id-registry.ts). Default: ids from file names,
   * clashes numbered `-2`, `-3`… in name order.
   */
  assignIds?: (articles: Article[]) => LoadWarning[];
}

export function articleIdFromFile(file: string): string {
  const m = /^(\d+)/.exec(file);
  return m ? m[1]! : basename(file, extname(file));
}

export function isArticleFile(file: string): boolean {
  return !file.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(file).toLowerCase());
}

interface Parsed {
  article: Article;
  /** Things the editor should know about this file (bad front matter, nothing left after cleaning). */
  notes: string[];
}

const MARKDOWN_HEADING = /^#{1,6}\s+/u;

function parseWithNotes(file: string, path: string, input: string, bytes: number, mtimeMs: number): Parsed {
  const notes: string[] = [];
  const markdown = extname(file).toLowerCase() === '.md';
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  let fields: Record<string, string> = {};
  if (markdown) {
    const front = parseFrontMatter(text);
    text = front.body;
    fields = front.fields;
    notes.push(...front.problems);
  }

  const lines = splitLines(text);
  const classes = classifyLines(lines, { markdown });
  const paragraphs: Paragraph[] = [];
  const boilerplate: BoilerplateRange[] = [];
  lines.forEach((line, i) => {
    const cls = classes[i]!;
    if (cls.role === 'boilerplate') {
      boilerplate.push({ start: line.start, end: line.end, reason: cls.reason ?? 'boilerplate' });
      return;
    }
    let start = line.start;
    const heading = markdown ? MARKDOWN_HEADING.exec(line.text) : null;
    if (heading) start += heading[0].length;
    paragraphs.push({ index: paragraphs.length, role: cls.role, start, end: line.end, text: text.slice(start, line.end) });
  });
  const { sentences, quotedSpans } = segmentParagraphs(text, paragraphs);

  const meta: ArticleMeta = inferMeta({ lines, classes, paragraphs, sentences, fallbackTitle: basename(file, extname(file)) });
  if (fields.title) meta.title = fields.title;
  if (fields.outlet) meta.outlet = fields.outlet;
  if (fields.url) meta.url = fields.url;
  if (fields.language) meta.language = fields.language;
  if (fields.published) {
    const iso = parseDateValue(fields.published);
    if (iso) meta.published = iso;
    else notes.push(`front matter "published: ${fields.published}" is not a date I can read (use YYYY-MM-DD)`);
  }
  if (paragraphs.length === 0) notes.push('no article text left after removing page boilerplate; loaded without passages');

  return {
    article: { id: articleIdFromFile(file), file, path, text, meta, paragraphs, sentences, quotedSpans, boilerplate, bytes, mtimeMs },
    notes,
  };
}

/**
 * Cleans, segments and describes one article. `text` is the file's content (a BOM, CRLF line ends
 * and, for `.md`, front matter are handled here); all offsets in the result index `Article.text`.
 */
export function parseArticle(file: string, path: string, text: string, bytes = text.length, mtimeMs = 0): Article {
  return parseWithNotes(file, path, text, bytes, mtimeMs).article;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `cannot read (${code})` : `cannot read (${err instanceof Error ? err.message : String(err)})`;
  }
}

type FileRead = { bytes: Buffer; size: number; mtimeMs: number } | { problem: string };

/** Why a file's stat rules it out before reading, or null. */
function statProblem(st: Stats, maxBytes: number): string | null {
  if (!st.isFile()) return 'not a regular file';
  if (st.size > maxBytes) return `${formatBytes(st.size)} is over the ${formatBytes(maxBytes)} size cap for an article`;
  if (st.size === 0) return 'empty file';
  return null;
}

// Size is checked on the open handle before reading, so a huge file is never read into memory.
async function readArticleBytes(path: string, maxBytes: number): Promise<FileRead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return { problem: describeError(err) };
  }
  try {
    const st = await handle.stat();
    const problem = statProblem(st, maxBytes);
    if (problem) return { problem };
    return { bytes: await handle.readFile(), size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: describeError(err) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The same, blocking: loading a whole directory at start-up has nothing else to wait for, and a thread-pool round trip per file costs more than the read. */
function readArticleBytesSync(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { problem: describeError(err) };
  }
  try {
    const st = fstatSync(fd);
    const problem = statProblem(st, maxBytes);
    if (problem) return { problem };
    return { bytes: readFileSync(fd), size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: describeError(err) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to recover: the descriptor is gone either way.
    }
  }
}

type FileLoad = { article?: Article; warning?: LoadWarning };

function articleFromRead(path: string, read: FileRead): FileLoad {
  const file = basename(path);
  const warn = (message: string): LoadWarning => ({ file, message });
  if ('problem' in read) return { warning: warn(`${read.problem}; skipped`) };
  const decoded = decodeArticleBytes(read.bytes);
  if (!decoded.ok) return { warning: warn(`${decoded.reason}; skipped`) };
  if (!decoded.text.trim()) return { warning: warn('contains only whitespace; skipped') };
  // A web page saved as an article: its text, not its markup (the page's own title, time and link kept).
  const page = looksLikeHtml(decoded.text) ? extractPage(decoded.text) : undefined;
  if (page === null) return { warning: warn('an HTML page with no readable article text; skipped') };
  const { article, notes } = parseWithNotes(file, path, page ? pageAsText(page) : decoded.text, read.size, read.mtimeMs);
  if (page) {
    if (page.title) article.meta.title = page.title;
    if (page.canonicalUrl) article.meta.url = page.canonicalUrl;
    const published = page.published ? parseDateValue(page.published) : null;
    if (published) article.meta.published = published;
    if (page.language) article.meta.language = page.language.slice(0, 2).toLowerCase();
    notes.unshift('an HTML page; its article text was extracted');
  }
  if (decoded.note) notes.unshift(decoded.note);
  return notes.length ? { article, warning: warn(`loaded, but ${notes.join('; ')}`) } : { article };
}

/**
 * Loads one article file (also used for live ingestion). Never throws: a file that cannot be
 * loaded comes back as a warning only; a file loaded with a caveat (converted encoding, bad
 * front matter) comes back with both.
 */
export async function loadArticleFile(path: string, options: LoadOptions = {}): Promise<FileLoad> {
  return articleFromRead(path, await readArticleBytes(path, options.maxBytes ?? MAX_ARTICLE_BYTES));
}

/** Gives every article a unique id: later files (by name) with a taken id get `-2`, `-3`… */
function disambiguateIds(articles: Article[], warnings: LoadWarning[]): void {
  const owner = new Map<string, string>();
  for (const a of articles) if (!owner.has(a.id)) owner.set(a.id, a.file);
  const claimed = new Set<string>();
  for (const a of articles) {
    if (!claimed.has(a.id)) {
      claimed.add(a.id);
      continue;
    }
    let n = 2;
    while (claimed.has(`${a.id}-${n}`) || (owner.has(`${a.id}-${n}`) && owner.get(`${a.id}-${n}`) !== a.file)) n++;
    const id = `${a.id}-${n}`;
    warnings.push({ file: a.file, message: `duplicate id ${a.id}: also used by ${owner.get(a.id)}; loaded this file as ${id}` });
    a.id = id;
    claimed.add(id);
  }
}

/**
 * Loads every `.txt` and `.md` article of a directory (not recursive; dotfiles and other
 * extensions are ignored). Never throws for a missing directory or bad files: each problem is a
 * warning naming the file and what was done, and everything else loads.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const warnings: LoadWarning[] = [];
  let names: string[];
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) return { articles: [], warnings: [{ file: dir, message: 'data directory is not a directory; no articles loaded' }] };
    names = (await readdir(dir)).filter(isArticleFile).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const message = code === 'ENOENT' ? 'data directory not found; no articles loaded' : `cannot read data directory (${describeError(err)}); no articles loaded`;
    return { articles: [], warnings: [{ file: dir, message }] };
  }

  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const results = names.map((name) => {
    const path = join(dir, name);
    return articleFromRead(path, readArticleBytesSync(path, maxBytes));
  });
  const articles: Article[] = [];
  for (const r of results) {
    if (r.warning) warnings.push(r.warning);
    if (r.article) articles.push(r.article);
  }
  if (options.assignIds) warnings.push(...options.assignIds(articles));
  else disambiguateIds(articles, warnings);
  return { articles, warnings };
}
