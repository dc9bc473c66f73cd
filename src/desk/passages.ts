import type MiniSearch from 'minisearch';
import type { AsPlainObject, Query, SearchResult } from 'minisearch';
import type { Article } from '../corpus/types.ts';
import { createTextIndex, restoreTextIndex, type IndexedDoc } from './text-index.ts';

/**
 * The passage index: every distinct sentence on the desk, indexed once in MiniSearch, with the
 * places it occurs. Wire copy is republished word for word and stories are updated in place, so
 * the same sentence often stands in several articles; a search answers it once ("also in 003,
 * 004") and the index does not grow with the repeats.
 */

export interface PassageLocation {
  article: string;
  /** Offset of the sentence in its article's text. */
  start: number;
}

export interface PassageMatch {
  text: string;
  locations: PassageLocation[];
  score: number;
  /** Index terms (readings) that matched, for highlighting. */
  terms: string[];
}

interface Passage {
  id: number;
  text: string;
  locations: PassageLocation[];
}

/** The index as plain data (snapshot): MiniSearch's own form; passages are rebuilt from the articles. */
export type PassageSnapshot = AsPlainObject;

export class PassageIndex {
  private index: MiniSearch<IndexedDoc>;
  private readonly byText = new Map<string, Passage>();
  private readonly byId = new Map<number, Passage>();
  private nextId = 1;

  constructor(saved?: PassageSnapshot) {
    this.index = saved ? restoreTextIndex(saved) : createTextIndex();
  }

  /** Indexes an article's sentences; returns the passage id of each sentence (kept for removal and snapshots). */
  add(article: Article): number[] {
    const fresh: IndexedDoc[] = [];
    const ids = article.sentences.map((s) => {
      let passage = this.byText.get(s.text);
      if (!passage) {
        passage = this.create(this.nextId++, s.text);
        fresh.push({ id: passage.id, text: s.text });
      }
      passage.locations.push({ article: article.id, start: s.start });
      return passage.id;
    });
    this.index.addAll(fresh);
    return ids;
  }

  /**
   * Re-attaches an article restored from a snapshot whose index already holds its passages, under
   * the ids they were saved with.
   */
  attach(article: Article, ids: number[]): void {
    article.sentences.forEach((s, i) => {
      const id = ids[i]!;
      const passage = this.byId.get(id) ?? this.create(id, s.text);
      passage.locations.push({ article: article.id, start: s.start });
      if (id >= this.nextId) this.nextId = id + 1;
    });
  }

  remove(articleId: string, ids: number[]): void {
    for (const id of new Set(ids)) {
      const passage = this.byId.get(id);
      if (!passage) continue;
      passage.locations = passage.locations.filter((l) => l.article !== articleId);
      if (passage.locations.length > 0) continue;
      this.index.discard(id);
      this.byId.delete(id);
      this.byText.delete(passage.text);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  toJSON(): PassageSnapshot {
    return this.index.toJSON();
  }

  /**
   * Passages for groups of query terms (each group: the alternatives for one typed word), best
   * first. Sentences with every group, read exactly, come first; only when they are too few is the
   * query widened to any word, near spellings and a prefix of the last word. `article` keeps
   * passages that occur in that article.
   */
  search(groups: string[][], limit: number, article?: string): PassageMatch[] {
    const out: PassageMatch[] = [];
    const seen = new Set<number>();
    const take = (results: SearchResult[]): void => {
      for (const r of results) {
        if (out.length >= limit) return;
        const passage = this.byId.get(r.id as number);
        if (!passage || seen.has(passage.id)) continue;
        if (article && !passage.locations.some((l) => l.article === article)) continue;
        seen.add(passage.id);
        out.push({ text: passage.text, locations: passage.locations, score: r.score, terms: r.terms });
      }
    };
    const exact: Query = { combineWith: 'AND', queries: groups.map((g) => ({ combineWith: 'OR', queries: [g.join(' ')] })) };
    take(this.index.search(exact, { prefix: false, fuzzy: false }));
    if (out.length < limit) take(this.index.search(groups.flat().join(' '), { combineWith: 'OR' }));
    return out;
  }

  /** Texts of the passages that contain any of these terms, read exactly. */
  textsMatching(terms: string[]): Set<string> {
    const out = new Set<string>();
    if (!terms.length) return out;
    for (const r of this.index.search(terms.join(' '), { combineWith: 'OR', prefix: false, fuzzy: false })) {
      const passage = this.byId.get(r.id as number);
      if (passage) out.add(passage.text);
    }
    return out;
  }

  private create(id: number, text: string): Passage {
    const passage: Passage = { id, text, locations: [] };
    this.byText.set(text, passage);
    this.byId.set(id, passage);
    return passage;
  }
}
