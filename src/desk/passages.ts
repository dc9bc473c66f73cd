import type { Article } from '../corpus/types.ts';
import { TermIndex, type TermHit, type TermIndexData } from './term-index.ts';
import { numberTerms } from './text-index.ts';
import { numberPhrases, type NumberPhrases } from './highlight.ts';

/**
 * The passage index: every distinct sentence on the desk, indexed once (term-index.ts), with the
 * places it occurs. Wire copy is republished word for word and stories are updated in place, so
 * the same sentence often stands in several articles; a search answers it once ("also in 003,
 * 004") and the index does not grow with the repeats.
 */

export interface PassageLocation {
  /** The article itself (not its id): a wire sentence has thousands of places to rank by date. */
  article: Article;
  /** Offset of the sentence in its article's text. */
  start: number;
}

export interface PassageMatch {
  /** The passage's id (see matchOf). */
  id: number;
  text: string;
  locations: PassageLocation[];
  score: number;
  /** Index terms (readings) that matched, for highlighting. */
  terms: string[];
  /** Holds every thing typed (else it came from the widened search: some words, near spellings). */
  complete: boolean;
  /** The newest articles holding it, newest first (see NewestOrder), each at its last place there (the passage's own list, like `locations`: read it before the desk changes). */
  newest: readonly PassageLocation[];
  /** How many articles hold it. */
  articleCount: number;
}

/**
 * A match is made by a constructor, not as an object literal: V8 may decide a literal's objects
 * are long-lived and place them straight in the old generation (see excerpt.ts), and a search's
 * matches live for that search only.
 */
class Match implements PassageMatch {
  readonly id: number;
  readonly text: string;
  readonly locations: PassageLocation[];
  readonly score: number;
  readonly terms: string[];
  readonly complete: boolean;
  readonly newest: readonly PassageLocation[];
  readonly articleCount: number;

  constructor(passage: Passage, found: { score: number; terms: string[]; complete: boolean }) {
    this.id = passage.id;
    this.text = passage.text;
    this.locations = passage.locations;
    this.score = found.score;
    this.terms = found.terms;
    this.complete = found.complete;
    this.newest = passage.newest;
    this.articleCount = passage.articles;
  }
}

/**
 * Which of a passage's articles a search names: the `keep` first by `compare`. A wire sentence
 * can stand in thousands of articles, so the few newest are kept up to date as articles come
 * rather than found among them all when a search shows the sentence.
 */
export interface NewestOrder {
  compare: (a: Article, b: Article) => number;
  keep: number;
}

/** What a search hit is made from (see PassageIndex.placesOf): the passage's own fields, not copies. */
export interface PassagePlaces {
  readonly text: string;
  readonly locations: readonly PassageLocation[];
  /** The newest articles holding it, as PassageMatch.newest. */
  readonly newest: readonly PassageLocation[];
  /** How many articles hold it. */
  readonly articles: number;
  /** Its number phrases, when read as it was indexed (a passage restored from a snapshot: once numbersOf read them). */
  readonly numbers?: NumberPhrases;
}

interface Passage {
  id: number;
  text: string;
  locations: PassageLocation[];
  /** The `keep` first articles by the order, each with its last location (an article's locations stand together). */
  newest: PassageLocation[];
  /** Runs of one article's locations: the articles holding the passage. */
  articles: number;
  numbers?: NumberPhrases;
}

/**
 * What indexing reads of a sentence's numbers (one findNumbers pass: its index terms and phrases),
 * worked out ahead where the sentence was read (a load worker), so the thread that adds the
 * article does not read its numbers a second time.
 */
export interface SentenceNumbers {
  terms: string[];
  phrases: NumberPhrases;
}

export function sentenceNumbers(text: string): SentenceNumbers {
  return { terms: numberTerms(text), phrases: numberPhrases(text) };
}

/** The index as plain data (snapshot); passages themselves are rebuilt from the articles. */
export type PassageSnapshot = TermIndexData;

export class PassageIndex {
  private readonly index: TermIndex;
  private readonly byText = new Map<string, Passage>();
  private readonly byId = new Map<number, Passage>();
  private nextId = 1;

  constructor(saved: PassageSnapshot | undefined, private readonly order: NewestOrder) {
    this.index = new TermIndex(saved);
  }

  /**
   * Indexes an article's sentences; returns the passage id of each sentence (kept for removal and
   * snapshots). `numbers`: sentenceNumbers of some sentences, by sentence index, already read.
   */
  add(article: Article, numbers?: ReadonlyArray<SentenceNumbers | null>): number[] {
    return article.sentences.map((s, i) => {
      let passage = this.byText.get(s.text);
      if (!passage) {
        passage = this.create(this.nextId++, s.text);
        const known = numbers?.[i];
        this.index.add(passage.id, s.text, known ? known.terms : numberTerms(s.text));
        // Read now, while the number reader still remembers this sentence: a search for a number
        // highlights it in a couple of hundred sentences, and reading them then was most of its time.
        passage.numbers = known ? known.phrases : numberPhrases(s.text);
      }
      this.place(passage, { article, start: s.start });
      return passage.id;
    });
  }

  /**
   * Adds a location at the end of a passage's list, keeping its newest articles and article count
   * as a walk of the whole list from its end would find them: an article's locations stand
   * together, and the last of them is the one named.
   */
  private place(passage: Passage, location: PassageLocation): void {
    const previous = passage.locations[passage.locations.length - 1];
    passage.locations.push(location);
    const { newest } = passage;
    if (previous && previous.article.id === location.article.id) {
      const at = newest.findIndex((l) => l.article.id === location.article.id);
      if (at >= 0) newest[at] = location;
      return;
    }
    passage.articles++;
    const { compare, keep } = this.order;
    if (newest.length === keep && (keep === 0 || compare(location.article, newest[keep - 1]!.article) >= 0)) return;
    let at = newest.length;
    while (at > 0 && compare(location.article, newest[at - 1]!.article) < 0) at--;
    newest.splice(at, 0, location);
    if (newest.length > keep) newest.pop();
  }

  /** A passage's newest articles and article count worked out afresh (after a removal). */
  private recount(passage: Passage): void {
    const locations = passage.locations;
    passage.locations = [];
    passage.newest = [];
    passage.articles = 0;
    for (const location of locations) this.place(passage, location);
  }

  /**
   * Re-attaches an article restored from a snapshot whose index already holds its passages, under
   * the ids they were saved with.
   */
  attach(article: Article, ids: number[]): void {
    article.sentences.forEach((s, i) => {
      const id = ids[i]!;
      const passage = this.byId.get(id) ?? this.create(id, s.text);
      this.place(passage, { article, start: s.start });
      if (id >= this.nextId) this.nextId = id + 1;
    });
  }

  remove(articleId: string, ids: number[]): void {
    for (const id of new Set(ids)) {
      const passage = this.byId.get(id);
      if (!passage) continue;
      passage.locations = passage.locations.filter((l) => l.article.id !== articleId);
      if (passage.locations.length > 0) {
        this.recount(passage);
        continue;
      }
      this.index.remove(id, passage.text, numberTerms(passage.text));
      this.byId.delete(id);
      this.byText.delete(passage.text);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  toJSON(): PassageSnapshot {
    return this.index.toData();
  }

  /**
   * Passages for groups of query terms (each group: the alternatives for one thing typed, each
   * alternative its words), best first. Sentences with every group, read exactly, come first; only when they are too few is the
   * query widened to any word, near spellings and a prefix of the last word. `within` keeps only
   * those passages (an article's own, for a search in one article).
   */
  search(groups: string[][][], limit: number, within?: ReadonlySet<number>): PassageMatch[] {
    return this.searchCounted(groups, { limit, partialLimit: limit, within }).matches.slice(0, limit);
  }

  /**
   * Every passage holding every group (up to `limit`), then up to `partialLimit` of the closest
   * partial matches, with how many there are of each in all: an answer says its totals.
   */
  searchCounted(groups: string[][][], options: { limit: number; partialLimit: number; within?: ReadonlySet<number> }): { matches: PassageMatch[]; complete: number; partial: number } {
    const out: PassageMatch[] = [];
    const { complete, partial } = this.searchEach(groups, { ...options, visit: (id, hit, complete) => out.push(this.matchOf(this.byId.get(id)!, hit.score, hit.terms, complete)) });
    return { matches: out, complete, partial };
  }

  /**
   * searchCounted without a match object per passage: `visit` is given each passage found (its id,
   * see placesOf), best first, with its index hit; a desk's search keeps only ids, scores and terms,
   * and a couple of hundred matches per search were garbage a moment later.
   */
  searchEach(groups: string[][][], options: { limit: number; partialLimit: number; within?: ReadonlySet<number>; visit: (id: number, hit: TermHit, complete: boolean) => void }): { complete: number; partial: number } {
    const { limit, partialLimit, within, visit } = options;
    const accept = within ? (id: number) => within.has(id) : undefined;
    const seen = new Set<number>();
    const take = (hits: TermHit[], complete: boolean): void => {
      for (const hit of hits) {
        const passage = this.byId.get(hit.doc);
        if (!passage || seen.has(passage.id)) continue;
        seen.add(passage.id);
        visit(passage.id, hit, complete);
      }
    };
    const all = this.index.searchAllCounted(groups, limit, accept);
    take(all.hits, true);
    let partial = 0;
    if (partialLimit > 0) {
      // The closest passages not already taken: the best `partialLimit` of the others are the ones
      // a list of `out.length + partialLimit` would have held after the taken were skipped.
      const any = this.index.searchAnyCounted([...new Set(groups.flat(2))], partialLimit, accept, (doc) => seen.has(doc));
      partial = Math.max(0, any.total - all.total);
      take(any.hits, false);
    }
    return { complete: all.total, partial };
  }

  /**
   * A passage's text and places by id (a remembered search keeps ids, scores and terms only);
   * undefined once it is gone. The passage itself, read-only: a search makes a couple of hundred
   * hits from these, and a match object per hit was garbage a moment later.
   */
  placesOf(id: number): PassagePlaces | undefined {
    return this.byId.get(id);
  }

  /**
   * A passage's number phrases: read as it was indexed, or, for a passage restored from a
   * snapshot, the first time a search for a number highlights it, and kept with it (a restored
   * desk read them again for every such search, through a cache too small for the desk's number
   * sentences).
   */
  numbersOf(id: number): NumberPhrases | undefined {
    const passage = this.byId.get(id);
    if (passage) passage.numbers ??= numberPhrases(passage.text);
    return passage?.numbers;
  }

  private matchOf(passage: Passage, score: number, terms: string[], complete: boolean): PassageMatch {
    return new Match(passage, { score, terms, complete });
  }

  /** Arabic words on the desk that sound like a Latin word (see TermIndex.soundsLike). */
  soundsLike(latinWord: string): string[] {
    return this.index.soundsLike(latinWord);
  }

  /** Texts of the passages that contain any of these words, read exactly. */
  textsMatching(terms: string[]): Set<string> {
    const out = new Set<string>();
    for (const id of this.index.documentsWithAny(terms)) {
      const passage = this.byId.get(id);
      if (passage) out.add(passage.text);
    }
    return out;
  }

  private create(id: number, text: string): Passage {
    const passage: Passage = { id, text, locations: [], newest: [], articles: 0, numbers: undefined };
    this.byText.set(text, passage);
    this.byId.set(id, passage);
    return passage;
  }
}
