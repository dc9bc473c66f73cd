import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleIdFromFile } from '../corpus/load.ts';
import type { Article, LoadWarning } from '../corpus/types.ts';

/**
 * Stable article ids. An id is assigned once, the first time an article is seen, and recorded
 * in `<data dir>/.desk-ids.json`; from then on the same file (or the same fetched URL / guid)
 * gets the same id whatever order files arrive in, and an id whose article went away stays
 * reserved, so `/source 003` never changes meaning and the digest never re-announces.
 *
 * A file's id is still read from its name (`003_….txt` → `003`) the first time, so a corpus
 * without a registry gets exactly the ids it always had; a name clash gets `-2`, `-3`… in the
 * order the clash was met (sorted names at start-up, arrival order while running), and that
 * choice is what is recorded. Fetched articles get the next free number and a file named after
 * it, so even without the registry the file name carries the id.
 *
 * The registry lives with the articles (copy the directory, the ids go with it). A read-only
 * data directory keeps it in memory: its ids are then those derived from the names, as before.
 */

export const REGISTRY_FILE = '.desk-ids.json';
const FORMAT = 1;

export interface IdRecord {
  id: string;
  /** File in the data directory holding the article. */
  file?: string;
  /** Canonical URL of a fetched article. */
  url?: string;
  /** Feed item guid / Atom id / JSON Feed id. */
  guid?: string;
  /** Content hash of the article text (see contentHash). */
  hash?: string;
  /** ISO time the article's file went away; the id stays reserved for it. */
  removedAt?: string;
}

interface RegistryFile {
  format: number;
  records: IdRecord[];
}

export interface FetchedKeys {
  url?: string | null;
  guid?: string | null;
  hash?: string | null;
}

export class IdRegistry {
  private readonly byId = new Map<string, IdRecord>();
  private readonly byFile = new Map<string, IdRecord>();
  private readonly byUrl = new Map<string, IdRecord>();
  private readonly byGuid = new Map<string, IdRecord>();
  private readonly byHash = new Map<string, IdRecord>();
  /** mtime of the registry file when last read or written, to notice another process's writes. */
  private seenMtimeMs = -1;
  private dirty = false;
  private saveFailed = false;
  private saveTimer: NodeJS.Timeout | undefined;
  /** Records whose URL was noted from the desk, not fetched (not worth writing on their own). */
  private readonly memoryOnlyUrls = new WeakSet<IdRecord>();
  /** Problems met reading or writing the registry (a corrupt file is set aside, not trusted). */
  readonly warnings: string[] = [];

  /** `path`: the registry file, or null to keep it in memory only. */
  constructor(readonly path: string | null) {
    if (path) this.readFromDisk();
  }

  /** Reads the registry of a data directory now (start-up: always from disk). */
  static open(dataDir: string): IdRegistry {
    const registry = new IdRegistry(join(dataDir, REGISTRY_FILE));
    shared.set(resolve(dataDir), registry);
    return registry;
  }

  /** The registry the running process uses for a data directory (opened on first use). */
  static forDirectory(dataDir: string): IdRegistry {
    return shared.get(resolve(dataDir)) ?? IdRegistry.open(dataDir);
  }

  get size(): number {
    return this.byId.size;
  }

  records(): IdRecord[] {
    return [...this.byId.values()];
  }

  /** The record holding an id. */
  get(id: string): IdRecord | undefined {
    return this.byId.get(id);
  }

  fileRecord(file: string): IdRecord | undefined {
    return this.byFile.get(file);
  }

  /** The id of a file's article: the recorded one, else a new one (recorded). */
  idForFile(file: string): string {
    let record = this.byFile.get(file);
    if (!record && this.refresh()) record = this.byFile.get(file);
    if (record) {
      if (record.removedAt) {
        delete record.removedAt;
        this.dirty = true;
      }
      return record.id;
    }
    const base = articleIdFromFile(file);
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    this.put({ id, file });
    return id;
  }

  /**
   * Ids for the files of a directory load, in the given (sorted) order; replaces the corpus
   * loader's own numbering. Returns a note for each file whose name clashes with another's.
   */
  assignFileIds(articles: Article[]): LoadWarning[] {
    const notes: LoadWarning[] = [];
    for (const article of articles) {
      const base = articleIdFromFile(article.file);
      article.id = this.idForFile(article.file);
      if (article.id !== base) {
        const holder = this.byId.get(base)?.file;
        notes.push({ file: article.file, message: `duplicate id ${base}: also used by ${holder ?? 'an earlier article'}; loaded this file as ${article.id}` });
      }
    }
    return notes;
  }

  /** Records the ids a desk already holds (restored from a snapshot), so no new file can take them. */
  adopt(articles: Iterable<Pick<Article, 'id' | 'file'>>): void {
    for (const a of articles) {
      const record = this.byId.get(a.id);
      if (!record) this.put({ id: a.id, file: a.file });
      else if (!record.file) {
        record.file = a.file;
        this.byFile.set(a.file, record);
        this.dirty = true;
      }
    }
  }

  /** A file went away: its id stays reserved for it. */
  markRemoved(file: string, at = new Date()): void {
    const record = this.byFile.get(file);
    if (record && !record.removedAt) {
      record.removedAt = at.toISOString();
      this.dirty = true;
    }
  }

  /** The record of a fetched article seen before: same canonical URL, else same guid, else same text. */
  findFetched(keys: FetchedKeys): IdRecord | undefined {
    const find = () => (keys.url && this.byUrl.get(keys.url)) || (keys.guid && this.byGuid.get(keys.guid)) || (keys.hash && this.byHash.get(keys.hash)) || undefined;
    return find() ?? (this.refresh() ? find() : undefined);
  }

  /** A new id for a fetched article: one above the highest number ever given, at least three digits. */
  allocateNumber(): string {
    // Another process (npm run poll) may have handed out numbers since we last looked.
    this.refresh();
    let max = -1;
    let width = 3;
    for (const id of this.byId.keys()) {
      if (!/^\d+$/.test(id)) continue;
      max = Math.max(max, Number(id));
      width = Math.max(width, id.length);
    }
    let id = String(max + 1).padStart(width, '0');
    while (this.byId.has(id)) id = String(Number(id) + 1).padStart(width, '0');
    return id;
  }

  /** Records (or updates) a fetched article's keys under its id. */
  recordFetched(id: string, fields: { file: string } & FetchedKeys): IdRecord {
    const existing = this.byId.get(id);
    if (existing) this.unindex(existing);
    const record: IdRecord = { id, file: fields.file };
    if (fields.url) record.url = fields.url;
    if (fields.guid) record.guid = fields.guid;
    if (fields.hash) record.hash = fields.hash;
    this.put(record);
    return record;
  }

  /** The hash of a file-loaded article's text, so a feed item repeating it is seen as a duplicate. */
  recordHash(id: string, hash: string): void {
    const record = this.byId.get(id);
    if (!record || record.hash === hash) return;
    if (record.hash && this.byHash.get(record.hash) === record) this.byHash.delete(record.hash);
    record.hash = hash;
    if (!this.byHash.has(hash)) this.byHash.set(hash, record);
    this.dirty = true;
  }

  private put(record: IdRecord): void {
    this.byId.set(record.id, record);
    if (record.file) this.byFile.set(record.file, record);
    if (record.url) this.byUrl.set(record.url, record);
    if (record.guid) this.byGuid.set(record.guid, record);
    if (record.hash && !this.byHash.has(record.hash)) this.byHash.set(record.hash, record);
    this.dirty = true;
  }

  private unindex(record: IdRecord): void {
    for (const [map, key] of [
      [this.byFile, record.file],
      [this.byUrl, record.url],
      [this.byGuid, record.guid],
      [this.byHash, record.hash],
    ] as const) {
      if (key && map.get(key) === record) map.delete(key);
    }
    this.byId.delete(record.id);
  }

  /**
   * Takes in records another process (`npm run poll`) wrote since we last looked. Ours win on a
   * clash: an id this process has handed out is never taken back. Returns whether anything new came in.
   */
  refresh(): boolean {
    if (!this.path) return false;
    const mtime = statSync(this.path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || mtime === this.seenMtimeMs) return false;
    const before = this.byId.size;
    this.readFromDisk();
    return this.byId.size > before;
  }

  private readFromDisk(): void {
    const path = this.path!;
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
      this.seenMtimeMs = statSync(path).mtimeMs;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.warnings.push(`cannot read ${REGISTRY_FILE} (${(err as Error).message}); ids are taken from file names`);
      return;
    }
    let parsed: RegistryFile | undefined;
    try {
      parsed = JSON.parse(raw) as RegistryFile;
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.format !== FORMAT || !Array.isArray(parsed.records)) {
      const aside = `${path}.corrupt-${Date.now()}`;
      try {
        renameSync(path, aside);
      } catch {
        // Left where it is; it will be overwritten by the next save.
      }
      this.warnings.push(`${REGISTRY_FILE} is not a registry this version can read; set aside as ${aside} and ids are taken from file names`);
      this.seenMtimeMs = -1;
      return;
    }
    const dirty = this.dirty;
    for (const r of parsed.records) {
      if (!r || typeof r.id !== 'string' || !r.id) continue;
      if (this.byId.has(r.id) || (r.file && this.byFile.has(r.file))) continue;
      this.put({ ...r });
    }
    this.dirty = dirty;
  }

  /**
   * Saves within `delayMs`, once for a burst of changes (a feed poll adds hundreds of articles;
   * an fsync each would double the cost of adding one). Losing the last burst to a crash costs
   * nothing an id depends on: fetched files are named after their ids, and the desk's URLs are
   * taken back in when the reconciler starts (see Reconciler).
   */
  saveSoon(delayMs = 200): void {
    if (!this.path || !this.dirty || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, delayMs);
    this.saveTimer.unref();
  }

  /** Records a URL for an id that has none (an article whose file names its URL in front matter). */
  noteUrl(id: string, url: string): void {
    const record = this.byId.get(id);
    if (!record || record.url || this.byUrl.has(url)) return;
    // In memory only: the reconciler takes the URLs back from the desk at every start.
    record.url = url;
    this.byUrl.set(url, record);
    this.memoryOnlyUrls.add(record);
  }

  /**
   * Whether the registry says more than the file names do (a clash numbered in arrival order, a
   * removed article's reserved id, a fetched article's keys). A directory whose ids all come from
   * its names is left unwritten: loading a corpus someone else keeps (an export, an evaluation)
   * must not add files to it.
   */
  private saysMoreThanNames(): boolean {
    for (const r of this.byId.values()) {
      if (!r.file || r.id !== articleIdFromFile(r.file) || r.removedAt || r.guid || r.hash) return true;
      if (r.url && !this.memoryOnlyUrls.has(r)) return true;
    }
    return false;
  }

  /** Writes the registry if it changed (atomically, fsynced). A read-only directory is reported once. */
  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.path || !this.dirty) return;
    // Another process's additions are merged first, so neither side's ids are lost.
    this.refresh();
    if (!existsSync(this.path) && !this.saysMoreThanNames()) {
      this.dirty = false;
      return;
    }
    const temp = `${this.path}.${process.pid}.tmp`;
    const body = JSON.stringify({ format: FORMAT, records: this.records() } satisfies RegistryFile);
    try {
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, body);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.path);
      this.seenMtimeMs = statSync(this.path).mtimeMs;
      this.dirty = false;
    } catch (err) {
      if (!this.saveFailed) this.warnings.push(`cannot write ${REGISTRY_FILE} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); ids are kept in memory only`);
      this.saveFailed = true;
      this.dirty = false;
    }
  }
}

const shared = new Map<string, IdRegistry>();
