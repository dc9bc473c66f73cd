import SearchableMap from 'minisearch/SearchableMap';
import { tokenize } from '../arabic/tokenize.ts';
import { processTerm } from './text-index.ts';
import { phoneticKey } from '../arabic/transliterate.ts';

/**
 * An inverted index over short documents (the desk's distinct sentences), built for queries that
 * must stay fast when a word occurs in half the archive.
 *
 * Words are read as in text-index.ts (normalised, every clitic reading, the Snowball stem); each
 * reading keeps a posting list of [document, frequency] pairs in document order, so "every word"
 * queries (each thing typed as alternatives, each alternative one or more words) walk the rarest
 * list and look the others up by binary search instead of scoring whole lists. "Any word" queries add into one reusable score array and keep the best few. Scores
 * are BM25+ with MiniSearch's constants, so ranking matches what MiniSearch gave. MiniSearch's
 * radix tree (SearchableMap) is the term dictionary for near spellings and prefixes; it is built
 * the first time such a query comes, not at start-up.
 *
 * Document ids are small positive integers given in increasing order (PassageIndex's ids).
 */

export interface TermHit {
  doc: number;
  score: number;
  /** Index terms the document matched (readings, near spellings, completions), for highlighting. */
  terms: string[];
}

/**
 * A hit is made by a constructor, not as an object literal: V8 may decide a literal's objects are
 * long-lived and place them straight in the old generation (see excerpt.ts), and these live for
 * one query. On the bench's /search mix at 10,000 articles, hits and the term lists they hold were
 * the largest share of what young-generation collections had to keep.
 */
class Hit implements TermHit {
  constructor(
    readonly doc: number,
    readonly score: number,
    readonly terms: string[],
  ) {}
}

const hitScratch: TermHit[] = [];
/** Distinct term lists of the hits being made (see hitsOf), and the matched term ids of one hit. */
const listScratch: string[][] = [];
let idsScratch = new Int32Array(16);
/** Distinct term lists one search's hits share; past that, each hit has its own. */
const SHARED_TERM_LISTS = 8;

/** The index as plain data for a snapshot: typed arrays serialise and load back in one copy. */
export interface TermIndexData {
  terms: string[];
  /** Where each term's pairs start in `pairs` (terms.length + 1 entries). */
  offsets: Int32Array;
  /** [document, frequency] pairs of every term, term after term. */
  pairs: Int32Array;
  /** Token count of each document by id (0: no such document). */
  lengths: Int32Array;
}

// BM25+ and the weights of near spellings and completions, as MiniSearch has them.
const K1 = 1.2;
const B = 0.7;
const D = 0.5;
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
/** Near spellings and completions per query word: the closest ones; more only add noise and time. */
const MAX_EXPANSIONS = 50;

/** A term's BM25+ score in one document, given its idf, frequency there and the document's length. */
function bm25(idf: number, frequency: number, length: number, averageLength: number): number {
  return idf * (D + (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength)));
}

interface QueryTerm {
  id: number;
  weight: number;
}

export class TermIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per term id, its [document, frequency] pairs; restored lists stay typed views until written. */
  private readonly postings: Array<number[] | Int32Array> = [];
  private lengths: number[] = [];
  private documents = 0;
  private totalLength = 0;
  private dictionary: SearchableMap<number> | undefined;
  /** Phonetic key → Arabic term ids, for soundsLike (built on first use; reset when terms are added). */
  private sounds: Map<string, number[]> | undefined;
  /**
   * Near spellings and completions found in the term tree, by reading, until a term is added:
   * query words recur from query to query, and a fuzzy walk of the tree is the dearest part of a
   * widened search.
   */
  private readonly expansions = new Map<string, Int32Array>();
  /** Token spelling → its readings' term ids (see readingIds). */
  private readonly spellingTerms = new Map<string, readonly number[]>();
  /** While a document is added: occurrences per term id (zero otherwise), and the ids counted, in first-seen order. */
  private counts = new Int32Array(0);
  private readonly touched: number[] = [];
  /** Per-document working space for queries, zero between queries (grown with the ids). */
  private scratch = { scores: new Float64Array(0), level: new Int32Array(0), docs: new Int32Array(0) };
  /** The best hits so far while a query's candidates are walked (see best). */
  private top = { docs: new Int32Array(0), scores: new Float64Array(0) };

  constructor(data?: TermIndexData) {
    if (!data) return;
    data.terms.forEach((term, id) => {
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postings.push(data.pairs.subarray(data.offsets[id]!, data.offsets[id + 1]!));
    });
    this.lengths = Array.from(data.lengths);
    for (const length of this.lengths) {
      if (length > 0) {
        this.documents++;
        this.totalLength += length;
      }
    }
  }

  get size(): number {
    return this.documents;
  }

  /**
   * Indexes a document; its id must be higher than every id added before. `extra` are terms the
   * words do not give (number values: "#8000"), indexed as they are.
   */
  add(doc: number, text: string, extra: readonly string[] = []): void {
    // Term ids counted in a reused array, in the order each first occurs (extra terms, then each
    // token's readings in turn): the ids a new term gets are those a per-document map of readings
    // gave, and a token spelling's readings are found once per index, not hashed again for every
    // sentence that holds them.
    const touched = this.touched;
    for (const term of extra) this.countTerm(this.termId(term), touched);
    // tokenize(), not words(): extraction has just tokenised this sentence, and tokenize() remembers.
    const tokens = tokenize(text);
    for (const token of tokens) for (const id of this.readingIds(token.norm)) this.countTerm(id, touched);
    const counts = this.counts;
    for (const id of touched) {
      this.writable(id).push(doc, counts[id]!);
      counts[id] = 0;
    }
    touched.length = 0;
    this.lengths[doc] = Math.max(1, tokens.length);
    this.documents++;
    this.totalLength += this.lengths[doc]!;
  }

  /** One occurrence of a term in the document being added. */
  private countTerm(id: number, touched: number[]): void {
    if (id >= this.counts.length) {
      const grown = new Int32Array(Math.max(1024, this.counts.length * 2, id + 1));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[id]!++ === 0) touched.push(id);
  }

  /** A token spelling's readings (processTerm) as term ids, new terms made in reading order; remembered (ids never change). */
  private readingIds(norm: string): readonly number[] {
    let ids = this.spellingTerms.get(norm);
    if (!ids) {
      ids = (processTerm(norm) ?? []).map((reading) => this.termId(reading));
      this.spellingTerms.set(norm, ids);
    }
    return ids;
  }

  /** A term's id, made (with an empty posting list) when the index has not seen it. */
  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postings.push([]);
      this.dictionary?.set(term, id);
      this.sounds = undefined;
      this.expansions.clear();
    }
    return id;
  }

  /** Removes a document; `text` and `extra` must be what it was added with. */
  remove(doc: number, text: string, extra: readonly string[] = []): void {
    if (!this.lengths[doc]) return;
    for (const term of this.readingCounts(text, extra).readings.keys()) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const at = this.find(this.postings[id]!, doc);
      if (at >= 0) this.writable(id).splice(at, 2);
    }
    this.totalLength -= this.lengths[doc]!;
    this.lengths[doc] = 0;
    this.documents--;
  }

  toData(): TermIndexData {
    const offsets = new Int32Array(this.terms.length + 1);
    let total = 0;
    this.postings.forEach((list, id) => {
      offsets[id] = total;
      total += list.length;
    });
    offsets[this.terms.length] = total;
    const pairs = new Int32Array(total);
    this.postings.forEach((list, id) => pairs.set(list, offsets[id]));
    return { terms: [...this.terms], offsets, pairs, lengths: Int32Array.from(this.lengths, (n) => n ?? 0) };
  }

  /**
   * Documents that hold, for every group, one of its alternatives (every word of it, in any
   * reading; no near spellings), best first. A group is the ways one thing typed may be written:
   * one word, or a lexicon's forms (ماكرون / إيمانويل ماكرون). `accept` keeps only some documents.
   */
  searchAll(groups: string[][][], limit: number, accept?: (doc: number) => boolean): TermHit[] {
    return this.searchAllCounted(groups, limit, accept).hits;
  }

  /** searchAll, with how many documents hold every group in all (not only the best `limit`). */
  searchAllCounted(groups: string[][][], limit: number, accept?: (doc: number) => boolean): { hits: TermHit[]; total: number } {
    const plans = groups.map((group) => this.groupPlan(group));
    if (!plans.length || plans.some((plan) => plan.alternatives.length === 0)) return { hits: [], total: 0 };
    plans.sort((a, b) => a.size - b.size);
    const { scores, level, docs: candidates } = this.scratchFor();
    const average = this.averageLength();
    const lengths = this.lengths;
    // Candidates come from the rarest group, into the reused array (a common word's list holds much
    // of the archive); level[doc] counts the groups a candidate holds so far.
    let count = 0;
    const first = plans[0]!.alternatives;
    if (first.every((words) => words.length === 1)) {
      // One-word alternatives (the common case): every document in their lists is a candidate.
      for (const id of new Set(first.flat(2))) {
        const list = this.postings[id]!;
        const idf = this.idf(id);
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i]!;
          if (level[doc] === 0) {
            if (accept && !accept(doc)) continue;
            level[doc] = 1;
            candidates[count++] = doc;
          }
          scores[doc] = scores[doc]! + bm25(idf, list[i + 1]!, lengths[doc]!, average);
        }
      }
    } else {
      for (const words of first) {
        // Walk the alternative's rarest word; look its other words up.
        const driver = words.reduce((best, ids) => (this.sizeOf(ids) < this.sizeOf(best) ? ids : best));
        for (const id of driver) {
          const list = this.postings[id]!;
          for (let i = 0; i < list.length; i += 2) {
            const doc = list[i]!;
            if (level[doc] === 1) continue;
            if (accept && !accept(doc)) continue;
            const score = this.alternativeScore(doc, words, average);
            if (score < 0) continue;
            level[doc] = 1;
            scores[doc] = score;
            candidates[count++] = doc;
          }
        }
      }
    }
    try {
      for (let g = 1; g < plans.length && count > 0; g++) {
        const { alternatives, size } = plans[g]!;
        const ids = [...new Set(alternatives.flat(2))];
        // One-word alternatives with many candidates: walk their lists once instead of looking up.
        if (alternatives.every((words) => words.length === 1) && count * ids.length * Math.log2(size + 2) >= size) {
          for (const id of ids) {
            const list = this.postings[id]!;
            const idf = this.idf(id);
            for (let i = 0; i < list.length; i += 2) {
              const doc = list[i]!;
              if (level[doc] !== g && level[doc] !== g + 1) continue;
              level[doc] = g + 1;
              scores[doc] = scores[doc]! + bm25(idf, list[i + 1]!, lengths[doc]!, average);
            }
          }
        } else {
          for (let c = 0; c < count; c++) {
            const doc = candidates[c]!;
            for (const words of alternatives) {
              const score = this.alternativeScore(doc, words, average);
              if (score < 0) continue;
              level[doc] = g + 1;
              scores[doc] = scores[doc]! + score;
            }
          }
        }
        // Keep the candidates holding this group too, in order; the others' working space is cleared now.
        let kept = 0;
        for (let c = 0; c < count; c++) {
          const doc = candidates[c]!;
          if (level[doc] === g + 1) candidates[kept++] = doc;
          else scores[doc] = level[doc] = 0;
        }
        count = kept;
      }
      const all = [...new Set(plans.flatMap((plan) => plan.alternatives.flat(2)))].map((id) => ({ id, weight: 1 }));
      return { hits: this.hitsOf(this.best(candidates.subarray(0, count), scores, limit), all), total: count };
    } finally {
      for (let c = 0; c < count; c++) scores[candidates[c]!] = level[candidates[c]!] = 0;
    }
  }

  /**
   * Documents that hold any of these words: every reading, near spellings of long words and
   * completions of the last word (a half-typed query), best first.
   */
  searchAny(queryWords: string[], limit: number, accept?: (doc: number) => boolean): TermHit[] {
    return this.searchAnyCounted(queryWords, limit, accept).hits;
  }

  /**
   * searchAny, with how many documents hold any of the words in all. `exclude`d documents count in
   * the total but are never among the hits (a caller's hits already shown), so matched terms are
   * looked up for the hits returned only.
   */
  searchAnyCounted(queryWords: string[], limit: number, accept?: (doc: number) => boolean, exclude?: (doc: number) => boolean): { hits: TermHit[]; total: number } {
    const query = this.widenedTerms(queryWords);
    if (!query.length) return { hits: [], total: 0 };
    // The documents touched go in a reused array: a common word's union holds most of the archive.
    const { scores, docs } = this.scratchFor();
    let touched = 0;
    const average = this.averageLength();
    const lengths = this.lengths;
    for (const { id, weight } of query) {
      const list = this.postings[id]!;
      const idf = this.idf(id) * weight;
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i]!;
        if (scores[doc] === 0) {
          if (accept && !accept(doc)) continue;
          docs[touched++] = doc;
        }
        scores[doc] = scores[doc]! + bm25(idf, list[i + 1]!, lengths[doc]!, average);
      }
    }
    const size = this.best(docs.subarray(0, touched), scores, limit, exclude);
    for (let i = 0; i < touched; i++) scores[docs[i]!] = 0;
    return { hits: this.hitsOf(size, query), total: touched };
  }

  /**
   * Arabic surface words of the index whose consonant skeleton is a Latin word's (massimov →
   * ماسيموف), most frequent first: how a name no lexicon knows is found in Arabic copy. Keys
   * shorter than three consonants match too much to mean anything.
   */
  soundsLike(latinWord: string, max = 8): string[] {
    const key = phoneticKey(latinWord);
    if (key.length < 3) return [];
    if (!this.sounds) {
      this.sounds = new Map();
      this.terms.forEach((term, id) => {
        if (!/^[\u0621-\u064A]{3,}$/.test(term)) return;
        const k = phoneticKey(term);
        if (k.length < 3) return;
        const list = this.sounds!.get(k) ?? [];
        list.push(id);
        this.sounds!.set(k, list);
      });
    }
    return (this.sounds.get(key) ?? [])
      .filter((id) => this.postings[id]!.length > 0)
      .sort((a, b) => this.postings[b]!.length - this.postings[a]!.length)
      .slice(0, max)
      .map((id) => this.terms[id]!);
  }

  /** Every document that holds any of these words in any reading. */
  documentsWithAny(queryWords: string[]): Set<number> {
    const out = new Set<number>();
    for (const { id } of this.exactTerms(queryWords)) {
      const list = this.postings[id]!;
      for (let i = 0; i < list.length; i += 2) out.add(list[i]!);
    }
    return out;
  }

  private readingCounts(text: string, extra: readonly string[] = []): { readings: Map<string, number>; tokens: number } {
    const readings = new Map<string, number>();
    for (const term of extra) readings.set(term, (readings.get(term) ?? 0) + 1);
    // tokenize(), not words(): extraction has just tokenised this sentence, and tokenize() remembers.
    const tokens = tokenize(text);
    for (const token of tokens) {
      for (const reading of processTerm(token.norm) ?? []) readings.set(reading, (readings.get(reading) ?? 0) + 1);
    }
    return { readings, tokens: tokens.length };
  }

  /**
   * A group's alternatives as, per word, the term ids of its readings (alternatives with a word the
   * index lacks are dropped), and how many documents it may hold at most.
   */
  private groupPlan(group: string[][]): { alternatives: number[][][]; size: number } {
    const alternatives = group
      .map((words) => words.map((word) => this.exactTerms([word]).map((t) => t.id)))
      .filter((words) => words.length > 0 && words.every((ids) => ids.length > 0));
    const size = alternatives.reduce((sum, words) => sum + Math.min(...words.map((ids) => this.sizeOf(ids))), 0);
    return { alternatives, size };
  }

  /** How many [document, frequency] pairs these terms' lists hold together. */
  private sizeOf(ids: number[]): number {
    let size = 0;
    for (const id of ids) size += this.postings[id]!.length / 2;
    return size;
  }

  /** A document's score for an alternative holding every one of its words (any reading), or -1. */
  private alternativeScore(doc: number, words: number[][], average: number): number {
    let total = 0;
    for (const ids of words) {
      let found = false;
      for (const id of ids) {
        const list = this.postings[id]!;
        const at = this.find(list, doc);
        if (at < 0) continue;
        found = true;
        total += bm25(this.idf(id), list[at + 1]!, this.lengths[doc]!, average);
      }
      if (!found) return -1;
    }
    return total;
  }

  /** The index terms for these words read exactly (each reading once). */
  private exactTerms(queryWords: string[]): QueryTerm[] {
    const ids = new Set<number>();
    for (const word of queryWords) {
      for (const reading of word.startsWith('#') ? [word] : processTerm(word) ?? []) {
        const id = this.termIds.get(reading);
        if (id !== undefined && this.postings[id]!.length > 0) ids.add(id);
      }
    }
    return [...ids].map((id) => ({ id, weight: 1 }));
  }

  /**
   * Exact readings at full weight; near spellings of readings of six letters or more (one edit,
   * two from ten letters) and completions of the last word's readings (three letters or more) at
   * MiniSearch's reduced weights, closest first.
   */
  private widenedTerms(queryWords: string[]): QueryTerm[] {
    const weights = new Map<number, number>();
    const offer = (id: number, weight: number) => {
      if (this.postings[id]!.length > 0 && weight > (weights.get(id) ?? 0)) weights.set(id, weight);
    };
    for (const { id } of this.exactTerms(queryWords)) offer(id, 1);
    queryWords.forEach((word, i) => {
      for (const reading of processTerm(word) ?? []) {
        if (reading.length >= 6) {
          const near = this.nearSpellings(reading);
          for (let k = 0; k < near.length; k += 2) {
            const length = this.terms[near[k]!]!.length;
            offer(near[k]!, (FUZZY_WEIGHT * length) / (length + 0.3 * near[k + 1]!));
          }
        }
        if (i === queryWords.length - 1 && reading.length >= 3) {
          const completions = this.completions(reading);
          for (let k = 0; k < completions.length; k += 2) {
            const extra = this.terms[completions[k]!]!.length - reading.length;
            offer(completions[k]!, (PREFIX_WEIGHT * reading.length) / (reading.length + 0.3 * extra));
          }
        }
      }
    });
    return [...weights].map(([id, weight]) => ({ id, weight }));
  }

  /** The closest terms within one edit of a reading (two from ten letters), fewest edits first: [id, edits] pairs. */
  private nearSpellings(reading: string): Int32Array {
    return this.expanded(`~${reading}`, () => {
      const distance = reading.length >= 10 ? 2 : 1;
      const near = [...this.termTree().fuzzyGet(reading, distance)].sort((a, b) => a[1][1] - b[1][1]);
      return near.slice(0, MAX_EXPANSIONS).map(([, [id, edits]]) => [id, edits]);
    });
  }

  /** The shortest terms a reading begins: [id, 0] pairs. */
  private completions(reading: string): Int32Array {
    return this.expanded(`^${reading}`, () => {
      const completions = [...this.termTree().atPrefix(reading)].sort((a, b) => a[0].length - b[0].length);
      return completions.slice(0, MAX_EXPANSIONS).map(([, id]) => [id, 0]);
    });
  }

  /**
   * Expansions are remembered as [id, edits] pairs in one typed array each (a term is its id's):
   * thousands of them, and a list of tuples per reading survived into the old generation.
   */
  private expanded(key: string, find: () => Array<[number, number]>): Int32Array {
    let found = this.expansions.get(key);
    if (!found) {
      found = Int32Array.from(find().flat());
      if (this.expansions.size >= 20_000) this.expansions.clear();
      this.expansions.set(key, found);
    }
    return found;
  }

  /** The radix tree of terms, for near spellings and prefixes: built on first use, then kept current. */
  private termTree(): SearchableMap<number> {
    if (!this.dictionary) {
      this.dictionary = new SearchableMap<number>();
      this.terms.forEach((term, id) => this.dictionary!.set(term, id));
    }
    return this.dictionary;
  }

  private scratchFor(): { scores: Float64Array; level: Int32Array; docs: Int32Array } {
    if (this.scratch.scores.length < this.lengths.length) {
      const size = this.lengths.length * 2;
      this.scratch = { scores: new Float64Array(size), level: new Int32Array(size), docs: new Int32Array(size) };
    }
    return this.scratch;
  }

  /** BM25+ inverse document frequency of a term: the same for every document in one query. */
  private idf(term: number): number {
    const df = this.postings[term]!.length / 2;
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  private averageLength(): number {
    return this.totalLength / Math.max(1, this.documents);
  }

  /**
   * The best `limit` of these documents by their scores, best first (ties: lower id first, i.e.
   * indexed earlier), left in `top` (documents and scores); returns how many. Read straight from
   * the score array and kept in typed arrays while walking: a common word's thousands of
   * candidates make no pair or list each. `exclude`d documents are passed over.
   */
  private best(docs: ArrayLike<number>, scores: Float64Array, limit: number, exclude?: (doc: number) => boolean): number {
    if (limit <= 0) return 0;
    const room = Math.min(limit, docs.length);
    if (this.top.docs.length < room) this.top = { docs: new Int32Array(room), scores: new Float64Array(room) };
    const topDocs = this.top.docs;
    const topScores = this.top.scores;
    let size = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const score = scores[doc]!;
      if (size === room) {
        const lastScore = topScores[room - 1]!;
        if (!(score > lastScore || (score === lastScore && doc < topDocs[room - 1]!))) continue;
      }
      if (exclude?.(doc)) continue;
      let at = size < room ? size : room - 1;
      while (at > 0) {
        const s = topScores[at - 1]!;
        if (!(score > s || (score === s && doc < topDocs[at - 1]!))) break;
        at--;
      }
      // Shift the worse ones down one place (the last falls off when full).
      const end = size < room ? size : room - 1;
      topDocs.copyWithin(at + 1, at, end);
      topScores.copyWithin(at + 1, at, end);
      topDocs[at] = doc;
      topScores[at] = score;
      if (size < room) size++;
    }
    return size;
  }

  /**
   * The first `size` documents of `top` as hits, with the query terms each holds. Gathered in a
   * reused list and copied out (slice), not pushed into a new literal list: an array literal is an
   * allocation site V8 may pretenure too (see Hit).
   */
  private hitsOf(size: number, query: QueryTerm[]): TermHit[] {
    const hits = hitScratch;
    hits.length = 0;
    // Hits mostly match the same few terms: each distinct list is made once and shared by the hits
    // matching it (a list per hit was garbage a moment later; see sharedTerms).
    const lists = listScratch;
    lists.length = 0;
    for (let i = 0; i < size; i++) {
      const doc = this.top.docs[i]!;
      hits.push(new Hit(doc, this.top.scores[i]!, this.matchedTerms(doc, query, lists)));
    }
    const out = hits.slice();
    hits.length = 0;
    lists.length = 0;
    return out;
  }

  /** The terms of `query` that `doc` holds, in query order: one of `lists` when it holds the same ones (read only). */
  private matchedTerms(doc: number, query: QueryTerm[], lists: string[][]): string[] {
    let count = 0;
    if (idsScratch.length < query.length) idsScratch = new Int32Array(query.length * 2);
    for (let i = 0; i < query.length; i++) {
      const { id } = query[i]!;
      if (this.find(this.postings[id]!, doc) >= 0) idsScratch[count++] = id;
    }
    const shared = lists.length <= SHARED_TERM_LISTS ? lists.find((list) => this.sameTermsAs(list, count)) : undefined;
    if (shared) return shared;
    const out: string[] = new Array<string>(count);
    for (let k = 0; k < count; k++) out[k] = this.terms[idsScratch[k]!]!;
    if (lists.length <= SHARED_TERM_LISTS) lists.push(out);
    return out;
  }

  /** Whether `list` is the first `count` terms of idsScratch. */
  private sameTermsAs(list: readonly string[], count: number): boolean {
    if (list.length !== count) return false;
    for (let k = 0; k < count; k++) if (list[k] !== this.terms[idsScratch[k]!]) return false;
    return true;
  }

  /** Index of `doc` in a pair list (binary search over the even slots), or -1. */
  private find(list: number[] | Int32Array, doc: number): number {
    let lo = 0;
    let hi = list.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = list[mid * 2]!;
      if (at === doc) return mid * 2;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A term's list as a growable array (a restored typed view is copied the first time it changes). */
  private writable(id: number): number[] {
    let list = this.postings[id]!;
    if (!Array.isArray(list)) this.postings[id] = list = Array.from(list);
    return list;
  }
}
