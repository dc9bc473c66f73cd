import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { isArticleFile, loadArticleFile } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import type { Desk } from '../desk/desk.ts';
import type { Logger } from '../log.ts';
import { writeFileAtomically } from './files.ts';
import { IdRegistry } from './id-registry.ts';

/**
 * One way in. Every article reaches the desk through a Reconciler: files in the data directory
 * (start-up goes through the same id registry, see Desk.fromDirectory; then the watcher and
 * /reload), feed items and `/ingest url:…`. It gives each article its stable id, tells a new
 * article from an update of one already held (same file; same canonical URL or guid; same text)
 * and keeps a fetched article on disk as a Markdown file with front matter in the data
 * directory — so a restart reads it back instead of fetching it again, and the watcher, /reload
 * and the snapshot see it like any other file.
 */

export type SourceKind = 'file' | 'feed' | 'url';

export type Reconciled =
  | { type: 'added' | 'updated'; id: string; file: string; source: SourceKind }
  | { type: 'unchanged' | 'duplicate'; id: string; file: string; source: SourceKind; reason?: string }
  | { type: 'refused'; source: SourceKind; reason: string };

/** An article fetched from a feed or a link, before it is on disk. */
export interface FetchedArticle {
  /** Canonical URL (see canonicalUrl); null for a feed item without a link. */
  url: string | null;
  /** Feed item guid / Atom id; null when the feed gives none. */
  guid?: string | null;
  title: string;
  /** Body paragraphs, in order (no title). */
  paragraphs: string[];
  byline?: string | null;
  /** ISO date-time or date. */
  published?: string | null;
  outlet?: string | null;
  language?: string | null;
  /** Feed URL it came from, for the editor reading the file. */
  feed?: string | null;
  source: Exclude<SourceKind, 'file'>;
}

export interface ReconcilerOptions {
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export type ArticleChange = Extract<Reconciled, { type: 'added' | 'updated' }>;

/** Hash of an article's words (spacing and line breaks do not count), 16 hex digits. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, ' ').trim()).digest('hex').slice(0, 16);
}

const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|xtor|at_medium|at_campaign|ref|ref_src)$/i;

/**
 * The URL that names an article whatever link reached it: lower-case scheme and host, no
 * fragment, no tracking parameters, no default port, no trailing slash. Null for anything but http(s).
 */
export function canonicalUrl(input: string | null | undefined, base?: string): string | null {
  if (!input) return null;
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  let out = url.toString();
  if (url.pathname.length > 1 && out.endsWith('/') && !url.search) out = out.slice(0, -1);
  return out;
}

function quoteValue(value: string): string {
  return `"${value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim().replace(/["\\]/g, '\\$&')}"`;
}

/** The Markdown file a fetched article is kept in. */
export function fetchedArticleMarkdown(doc: FetchedArticle, fetchedAt: Date): string {
  const fields: Array<[string, string | null | undefined]> = [
    ['title', doc.title],
    ['outlet', doc.outlet],
    ['url', doc.url],
    ['published', doc.published],
    ['language', doc.language],
    ['byline', doc.byline],
    ['guid', doc.guid],
    ['feed', doc.feed],
    ['fetched', fetchedAt.toISOString()],
  ];
  const front = fields.filter(([, v]) => v && v.trim()).map(([k, v]) => `${k}: ${quoteValue(v!)}`);
  // The title also opens the body: the corpus reads the first line as the headline, as for any article.
  const body = [doc.title.replace(/\s+/g, ' ').trim(), ...doc.paragraphs.map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim()).filter(Boolean)];
  return `---\n${front.join('\n')}\n---\n${body.join('\n\n')}\n`;
}

export class Reconciler {
  readonly registry: IdRegistry;
  readonly dataDir: string;
  private readonly root: string;
  /** Fetched articles are taken one at a time, so two copies of one item cannot both get a new id. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(change: ArticleChange) => void>();

  /** `desk` null: articles are only kept on disk and recorded (`npm run poll`; a running bot's watcher takes them in). */
  constructor(
    readonly desk: Desk | null,
    dataDir: string,
    private readonly options: ReconcilerOptions = {},
  ) {
    this.dataDir = dataDir;
    this.root = resolve(dataDir);
    this.registry = IdRegistry.forDirectory(dataDir);
    // A desk restored from a snapshot holds ids the registry must never hand out again.
    if (desk) {
      const mine = desk.articles().filter((a) => this.isFromHere(a));
      this.registry.adopt(mine);
      // URLs of articles on disk (fetched ones carry theirs in front matter): a feed offering one again is a duplicate.
      for (const a of mine) {
        const url = canonicalUrl(a.meta.url);
        if (url) this.registry.noteUrl(a.id, url);
      }
    } else {
      // No desk to ask: the directory's file names say which ids are taken, so a new number cannot clash.
      let names: string[] = [];
      try {
        names = readdirSync(dataDir).filter(isArticleFile).sort();
      } catch {
        // A data directory not made yet holds nothing.
      }
      for (const name of names) this.registry.idForFile(name);
    }
    this.registry.save();
    for (const w of this.registry.warnings.splice(0)) options.logger?.warn({ dataDir }, w);
  }

  /** Writes pending registry changes now (shutdown, end of `npm run poll`). */
  flush(): void {
    this.registry.save();
  }

  /** Called after every article that reached or changed the desk (live announcements); returns the unsubscribe. */
  onChange(listener: (change: ArticleChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether an article came from this data directory (a desk may hold others, e.g. in tests). */
  isFromHere(article: Article): boolean {
    return resolve(dirname(article.path)) === this.root;
  }

  articleForFile(file: string): Article | undefined {
    if (!this.desk) return undefined;
    const id = this.registry.fileRecord(file)?.id;
    const byId = id !== undefined ? this.desk.getArticle(id) : undefined;
    if (byId && byId.file === file && this.isFromHere(byId)) return byId;
    return this.desk.articles().find((a) => a.file === file && this.isFromHere(a));
  }

  /** A file of the data directory, loaded: added, an update of its earlier text, or unchanged. */
  acceptFile(loaded: Article, source: SourceKind = 'file', knownBefore = false): Reconciled {
    const previous = this.articleForFile(loaded.file);
    const id = previous?.id ?? this.registry.idForFile(loaded.file);
    // A file's id must survive a crash (it depends on arrival order); a fetched file is named after its id.
    if (source === 'file') this.registry.save();
    else this.registry.saveSoon();
    if (previous && previous.text === loaded.text && previous.meta.url === loaded.meta.url && previous.meta.title === loaded.meta.title) {
      return { type: 'unchanged', id, file: loaded.file, source };
    }
    this.desk?.addArticle({ ...loaded, id });
    const change: ArticleChange = { type: previous || (!this.desk && knownBefore) ? 'updated' : 'added', id, file: loaded.file, source };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.options.logger?.warn({ id }, `a listener failed on ${change.type} article: ${(err as Error).message}`);
      }
    }
    return change;
  }

  /** A file went away: its article leaves the desk; its id stays reserved for it. */
  removeFile(file: string): { id: string } | null {
    const gone = this.articleForFile(file);
    this.registry.markRemoved(file);
    this.registry.save();
    if (!gone || !this.desk?.removeArticle(gone.id)) return null;
    return { id: gone.id };
  }

  /**
   * A fetched article: a duplicate of one held (same URL or guid and the same text, or the same
   * text under another link) changes nothing; the same URL or guid with new text replaces the
   * article under its id; anything else is a new article with a new number. Each is written to
   * the data directory before it reaches the desk.
   */
  acceptFetched(doc: FetchedArticle, now = new Date()): Promise<Reconciled> {
    const run = this.queue.then(() => this.takeFetched(doc, now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async takeFetched(doc: FetchedArticle, now: Date): Promise<Reconciled> {
    const body = doc.paragraphs.join('\n');
    if (!body.trim()) return { type: 'refused', source: doc.source, reason: 'no article text' };
    const hash = contentHash(`${doc.title}\n${body}`);
    const known = this.registry.findFetched({ url: doc.url, guid: doc.guid, hash });
    if (known?.removedAt) {
      return { type: 'duplicate', id: known.id, file: known.file ?? '', source: doc.source, reason: `removed from the desk by an editor (${known.file}); not fetched again` };
    }
    // An article an editor put in the directory (its front matter names the URL) is theirs: never rewritten from the web.
    if (known && !known.hash) {
      return { type: 'duplicate', id: known.id, file: known.file ?? '', source: doc.source, reason: `already on the desk as ${known.file ?? known.id}, added by an editor` };
    }
    const sameStory = known && ((doc.url && known.url === doc.url) || (doc.guid && known.guid === doc.guid));
    if (known && (known.hash === hash || !sameStory)) {
      const reason = known.hash === hash && sameStory ? 'already on the desk' : `same text as ${known.id}`;
      return { type: 'duplicate', id: known.id, file: known.file ?? '', source: doc.source, reason };
    }
    const id = known?.id ?? this.registry.allocateNumber();
    const file = known?.file ?? `${id}_${createHash('sha256').update(doc.url ?? doc.guid ?? hash).digest('hex').slice(0, 16)}.md`;
    const path = join(this.dataDir, file);
    try {
      writeFileAtomically(path, fetchedArticleMarkdown(doc, now));
    } catch (err) {
      // Recorded only once on disk: a failed write is tried again at the next poll, not taken as held.
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return { type: 'refused', source: doc.source, reason: `cannot write ${file} to the data directory (${code}); nothing was lost, it is fetched again next time` };
    }
    this.registry.recordFetched(id, { file, url: doc.url ?? known?.url, guid: doc.guid ?? known?.guid, hash });
    this.registry.saveSoon();
    const loaded = await loadArticleFile(path);
    if (!loaded.article) return { type: 'refused', source: doc.source, reason: loaded.warning?.message ?? 'could not be read back' };
    return this.acceptFile(loaded.article, doc.source, !!known);
  }
}

const reconcilers = new WeakMap<Desk, Map<string, Reconciler>>();

/** The reconciler of a desk and data directory (one per pair, shared by watcher, /reload, feeds and /ingest). */
export function reconcilerFor(desk: Desk, dataDir: string, options: ReconcilerOptions = {}): Reconciler {
  let byDir = reconcilers.get(desk);
  if (!byDir) reconcilers.set(desk, (byDir = new Map()));
  const key = resolve(dataDir);
  let reconciler = byDir.get(key);
  if (!reconciler) byDir.set(key, (reconciler = new Reconciler(desk, dataDir, options)));
  return reconciler;
}
