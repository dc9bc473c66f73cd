import { closeSync, constants, fstatSync, openSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { classifyLines } from './clean.ts';
import { parseDateValue } from './dates.ts';
import { decodeArticleBytes } from './decode.ts';
import { parseFrontMatter } from './front-matter.ts';
import { extractPage, looksLikeHtml, pageAsText } from './html.ts';
import { splitLines } from './lines.ts';
import { wrappedLines } from './wrapped.ts';
import { inferMeta } from './metadata.ts';
import { segmentParagraphs } from './segment.ts';
import { slicer } from './slices.ts';
import type { Article, ArticleMeta, BoilerplateRange, LoadResult, LoadWarning, Paragraph } from './types.ts';

/** Files larger than this are skipped with a warning (a news article is a few kilobytes). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** Longest a single file read may take before the file is skipped (a stalled network mount, a device). */
export const READ_TIMEOUT_MS = 10_000;

/**
 * How article files are opened: never through a symbolic link (O_NOFOLLOW — a link could point
 * anywhere, `.env` included: the data directory is the only place read), and without waiting
 * for a writer (O_NONBLOCK — opening a FIFO would otherwise block start-up forever). The handle
 * is then checked to be a regular file before a byte is read.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface LoadOptions {
  /** Size cap in bytes; default MAX_ARTICLE_BYTES. */
  maxBytes?: number;
  /**
   * Gives the loaded articles (in file-name order) their ids and returns notes on clashes; the
   * desk passes its stable-id registry (src/ingest/id-registry.ts). Default: ids from file names,
   * clashes numbered `-2`, `-3`… in name order.
   */
  assignIds?: (articles: Article[]) => LoadWarning[];
  /** Time cap for one file's read (live ingestion); default READ_TIMEOUT_MS. */
  readTimeoutMs?: number;
  /** Longest stretch of loading without giving the event loop a turn (see slices.ts); default 25 ms. */
  sliceMs?: number;
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
  const front = parseFrontMatter(text);
  if (markdown) {
    text = front.body;
    fields = front.fields;
    notes.push(...front.problems);
  } else if (front.body !== text && !front.problems.length && Object.keys(front.fields).length) {
    // A plain-text file may open with the same fenced key: value block (an export with its metadata);
    // only a block that reads cleanly counts, so a text that merely starts with --- stays text.
    text = front.body;
    fields = front.fields;
  }

  const lines = splitLines(text);
  const classes = classifyLines(lines, { markdown });
  const paragraphs: Paragraph[] = [];
  const boilerplate: BoilerplateRange[] = [];
  // A hard-wrapped paragraph's lines are one paragraph (wrapped.ts).
  const runsOn = markdown ? [] : wrappedLines(text, lines, (i) => classes[i]!.role === 'body');
  lines.forEach((line, i) => {
    const cls = classes[i]!;
    if (cls.role === 'boilerplate') {
      boilerplate.push({ start: line.start, end: line.end, reason: cls.reason ?? 'boilerplate' });
      return;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (runsOn[i - 1] && last) {
      last.end = line.end;
      last.text = text.slice(last.start, line.end);
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
    if (iso) {
      meta.published = iso;
      // Fetched feed items are kept with their feed's address in the front matter (src/ingest/reconcile.ts).
      meta.dateSource = fields.feed ? 'feed' : 'front-matter';
    } else notes.push(`front matter "published: ${fields.published}" is not a date I can read (use YYYY-MM-DD)`);
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
    case 'ELOOP':
    case 'EMLINK': // FreeBSD's O_NOFOLLOW error
      return 'is a symbolic link, which is never followed (only files inside the data directory are read)';
    case 'ENXIO':
      return 'is a socket or device, not a regular file';
    default:
      return code ? `cannot read (${code})` : `cannot read (${err instanceof Error ? err.message : String(err)})`;
  }
}

type FileRead = { bytes: Buffer; size: number; mtimeMs: number } | { problem: string };

/** Why a file's stat rules it out before reading, or null. */
function statProblem(st: Stats, maxBytes: number): string | null {
  if (st.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (!st.isFile()) return 'not a regular file';
  if (st.size > maxBytes) return `${formatBytes(st.size)} is over the ${formatBytes(maxBytes)} size cap for an article`;
  if (st.size === 0) return 'empty file';
  return null;
}

// Size is checked on the open handle before reading, so a huge file is never read into memory.
async function readArticleBytes(path: string, maxBytes: number, timeoutMs: number): Promise<FileRead> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (err) {
    return { problem: describeError(err) };
  }
  const reading = (async (): Promise<FileRead> => {
    const st = await handle.stat();
    const problem = statProblem(st, maxBytes);
    if (problem) return { problem };
    return { bytes: await handle.readFile(), size: st.size, mtimeMs: st.mtimeMs };
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<FileRead>((resolve) => {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    timer = setTimeout(() => resolve({ problem: `reading took longer than ${limit} (a stalled disk or network mount)` }), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([reading, timeout]);
  } catch (err) {
    return { problem: describeError(err) };
  } finally {
    clearTimeout(timer);
    // A stalled read keeps its handle until it ends; closing it under the read would fail that read, not free it.
    void reading.finally(() => handle.close()).catch(() => undefined);
  }
}

/**
 * The same, blocking: loading a whole directory at start-up has nothing else to wait for, and a
 * thread-pool round trip per file costs more than the read. Only regular files (checked on the
 * open descriptor) are read, and those do not block; the time bound is the async path's.
 */
function readArticleBytesSync(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
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

/** One file's load: an article, a warning (why it was skipped, or the caveat it loaded with), or both. */
export type FileLoad = { article?: Article; warning?: LoadWarning };

function articleFromRead(path: string, read: FileRead): FileLoad {
  const file = basename(path);
  const warn = (message: string): LoadWarning => ({ file, message });
  if ('problem' in read) return { warning: warn(`${read.problem}; skipped`) };
  const decoded = decodeArticleBytes(read.bytes);
  if (!decoded.ok) return { warning: warn(`${decoded.reason}; skipped`) };
  if (!decoded.text.trim()) return { warning: warn('contains only whitespace; skipped') };
  // A web page saved as an article: its text, not its markup (the page's own title, time and link kept).
  const page = looksLikeHtml(decoded.text, { fragments: extname(file).toLowerCase() !== '.md' }) ? extractPage(decoded.text) : undefined;
  if (page === null) return { warning: warn('an HTML page with no readable article text; skipped') };
  const { article, notes } = parseWithNotes(file, path, page ? pageAsText(page) : decoded.text, read.size, read.mtimeMs);
  if (page) {
    if (page.title) article.meta.title = page.title;
    // og:site_name is the publisher's own credit, for a page whose text credits no one.
    if (page.siteName && !article.meta.outlet) article.meta.outlet = page.siteName;
    if (page.canonicalUrl) article.meta.url = page.canonicalUrl;
    const published = page.published ? parseDateValue(page.published) : null;
    if (published) {
      article.meta.published = published;
      article.meta.dateSource = 'page-meta';
    }
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
  return articleFromRead(path, await readArticleBytes(path, options.maxBytes ?? MAX_ARTICLE_BYTES, options.readTimeoutMs ?? READ_TIMEOUT_MS));
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
 * Article files of a subfolder, counted so the warning can say what is being left out. One level
 * only and without following links: the count is a hint, not a load.
 */
async function countArticleFiles(dir: string): Promise<number> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && isArticleFile(e.name)).length;
  } catch {
    return 0;
  }
}

/**
 * Subfolders are not read, and the editor is told so, once per subfolder that holds articles: the
 * live watcher and the snapshot follow the data directory itself, so articles in a subfolder would
 * load at start-up and then silently go stale. Moving them up is the fix the warning names.
 * Folders without article files (an `archive/` of PDFs, `.git`) are passed over in silence.
 */
async function subfolderWarnings(dir: string, entries: Dirent[]): Promise<LoadWarning[]> {
  const warnings: LoadWarning[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const n = await countArticleFiles(join(dir, e.name));
    if (n > 0) warnings.push({ file: `${e.name}/`, message: `subfolder with ${n} article file(s) not read: only files directly in the data directory are loaded — move them up to include them` });
  }
  return warnings;
}

/** The article files of a data directory, in load order, and what the editor should know about the listing. */
export interface ArticleListing {
  /** File names (not paths) of the articles to load, sorted. */
  names: string[];
  warnings: LoadWarning[];
  /** The directory itself could not be read: `warnings` says why, and nothing loads. */
  unreadable?: true;
}

/**
 * The `.txt` and `.md` files directly in a directory, sorted by name (dotfiles and other
 * extensions are ignored; a subfolder holding articles is named in a warning). Never throws.
 */
export async function listArticleFiles(dir: string): Promise<ArticleListing> {
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) return { names: [], warnings: [{ file: dir, message: 'data directory is not a directory; no articles loaded' }], unreadable: true };
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.map((e) => e.name).filter(isArticleFile).sort();
    return { names, warnings: await subfolderWarnings(dir, entries) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const message = code === 'ENOENT' ? 'data directory not found; no articles loaded' : `cannot read data directory (${describeError(err)}); no articles loaded`;
    return { names: [], warnings: [{ file: dir, message }], unreadable: true };
  }
}

/**
 * Loads one article file of a directory load, blocking (see readArticleBytesSync): the unit of
 * work of loadCorpus and of the bulk loader's worker threads (src/desk/bulk-load.ts). Never
 * throws for a bad file: as loadArticleFile, a warning, an article, or both.
 */
export function loadArticleFileSync(path: string, options: Pick<LoadOptions, 'maxBytes'> = {}): FileLoad {
  return articleFromRead(path, readArticleBytesSync(path, options.maxBytes ?? MAX_ARTICLE_BYTES));
}

/**
 * Loads every `.txt` and `.md` article of a directory (not recursive: a subfolder holding articles
 * is named in a warning; dotfiles and other extensions are ignored). Never throws for a missing
 * directory or bad files: each problem is a warning naming the file and what was done, and
 * everything else loads.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const listing = await listArticleFiles(dir);
  if (listing.unreadable) return { articles: [], warnings: listing.warnings };
  const warnings = [...listing.warnings];
  // A /reload runs in a live bot: the directory is read and cleaned in slices between event-loop turns.
  const pause = slicer(options.sliceMs);
  const results: FileLoad[] = [];
  for (const name of listing.names) {
    results.push(loadArticleFileSync(join(dir, name), options));
    await pause();
  }
  const articles: Article[] = [];
  for (const r of results) {
    if (r.warning) warnings.push(r.warning);
    if (r.article) articles.push(r.article);
  }
  if (options.assignIds) warnings.push(...options.assignIds(articles));
  else disambiguateIds(articles, warnings);
  return { articles, warnings };
}
