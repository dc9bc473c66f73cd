/**
 * Which speakers a name query can possibly reach, so that SpeakerDirectory.find scores a few of
 * them instead of every speaker on the desk. Each way a speaker can score (see
 * SpeakerDirectory.score) needs something an index can look up:
 *
 * - a written form equal to the query → forms;
 * - every query word among the speaker's words → the speakers holding each word, intersected;
 * - every query word (three letters or more) beginning one of the speaker's words → the speakers
 *   with a word opening with each query word's first three letters, intersected;
 * - sound-alike keys: the average of the query keys' similarities must reach a floor, so one key
 *   must reach it with one of the speaker's keys. The desk's distinct keys (far fewer than
 *   speakers × forms) are compared with the query's in the lengths that can reach it; a speaker
 *   found so is kept only if the sum of each query key's best similarity among its keys — what
 *   no assignment of query words to name words can beat — reaches the floor too, or the family
 *   name alone (the last key) reaches the family floor.
 *
 * The answer is a superset of the speakers that score: they are then scored exactly as before,
 * in the directory's order, so a look-up gives the same speakers and scores as a full scan.
 */

/** What SpeakerDirectory.score reads of one speaker. */
export interface SpeakerSearchForms {
  forms: string[];
  words: Set<string>;
  formKeys: string[][];
}

export interface CandidateQuery {
  /** The normalised query. */
  text: string;
  /** Its words without articles and joining particles. */
  bare: string[];
  /** Phonetic keys of the bare words. */
  keys: string[];
}

/** When sound-alike keys can reach the threshold asked for, what they must reach. */
export interface SoundAlikeFloors {
  /** The average similarity of the query keys (each to a different key of the speaker) needed. */
  average: number;
  /** The last query key's similarity needed to count on its own (a family name), ≥ `average`. */
  family: number;
  /** Similarity of query key number q to a key, as the scoring reads it (never above its real similarity). */
  similarity: (q: number, key: string) => number;
}

/** Query words this long and longer may match as the beginning of a speaker's word. */
export const PREFIX_LETTERS = 3;
/** Keys shorter than this only count when identical (as in score). */
const SHORT_KEY = 2;
/** Float slack for the floors (the scoring divides sums; this compares them). */
const SLACK = 1e-9;

interface KeyEntry {
  key: string;
  /** Its number among the index's distinct keys. */
  id: number;
  speakers: number[];
}

function addTo<K>(map: Map<K, number[]>, key: K, speaker: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [speaker]);
  else if (list[list.length - 1] !== speaker) list.push(speaker);
}

/** Numbers in every list (each ascending), ascending. */
function intersect(lists: ReadonlyArray<readonly number[] | undefined>): readonly number[] {
  if (lists.some((l) => !l)) return [];
  const sorted = (lists as ReadonlyArray<readonly number[]>).slice().sort((a, b) => a.length - b.length);
  let out = sorted[0] ?? [];
  for (const list of sorted.slice(1)) {
    const kept: number[] = [];
    for (let i = 0, j = 0; i < out.length && j < list.length; ) {
      if (out[i]! < list[j]!) i++;
      else if (out[i]! > list[j]!) j++;
      else {
        kept.push(out[i]!);
        i++;
        j++;
      }
    }
    out = kept;
  }
  return out;
}

export class SpeakerCandidateIndex {
  private readonly byForm = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  /** Distinct keys of two letters or more, by length. */
  private readonly keysByLength = new Map<number, KeyEntry[]>();
  /** The distinct keys, numbered. */
  private readonly keyList: string[];
  /** Each speaker's distinct keys (their numbers), all forms together. */
  private readonly speakerKeys: Int32Array[];
  /** Per query key and distinct key, their similarity once asked (-1: not yet); reused between look-ups. */
  private similarities = new Float64Array(0);

  /** `speakers[i]` is the speaker numbered i (the directory's order). */
  constructor(speakers: readonly SpeakerSearchForms[]) {
    const ownKeys = speakers.map(({ forms, words, formKeys }, i) => {
      for (const form of forms) addTo(this.byForm, form, i);
      for (const word of words) {
        addTo(this.byWord, word, i);
        if (word.length >= PREFIX_LETTERS) addTo(this.byPrefix, word.slice(0, PREFIX_LETTERS), i);
      }
      for (const keys of formKeys) for (const key of keys) addTo(this.byKey, key, i);
      return new Set(formKeys.flat());
    });
    this.keyList = [...this.byKey.keys()];
    const keyIds = new Map(this.keyList.map((key, id) => [key, id]));
    this.speakerKeys = ownKeys.map((keys) => Int32Array.from(keys, (key) => keyIds.get(key)!));
    for (const [key, list] of this.byKey) {
      if (key.length < SHORT_KEY) continue;
      const bucket = this.keysByLength.get(key.length) ?? [];
      bucket.push({ key, id: keyIds.get(key)!, speakers: list });
      this.keysByLength.set(key.length, bucket);
    }
  }

  /**
   * Numbers of the speakers a query may score with, ascending. `soundAlike`: what sound-alike keys
   * must reach (undefined: they cannot reach the threshold asked for).
   */
  candidates(query: CandidateQuery, soundAlike: SoundAlikeFloors | undefined): number[] {
    const out = new Set<number>();
    const take = (list: readonly number[] | undefined) => {
      if (list) for (const i of list) out.add(i);
    };
    take(this.byForm.get(query.text));
    if (query.bare.length) {
      take(intersect(query.bare.map((w) => this.byWord.get(w))));
      if (query.bare.every((w) => w.length >= PREFIX_LETTERS)) take(intersect(query.bare.map((w) => this.byPrefix.get(w.slice(0, PREFIX_LETTERS)))));
    }
    if (soundAlike && query.keys.length) for (const i of this.soundAlikes(query.keys, soundAlike)) out.add(i);
    return [...out].sort((a, b) => a - b);
  }

  /** Speakers whose keys can give a sound-alike score reaching the floors. */
  private soundAlikes(keys: readonly string[], floors: SoundAlikeFloors): number[] {
    const count = this.keyList.length;
    if (this.similarities.length < keys.length * count) this.similarities = new Float64Array(keys.length * count);
    const known = this.similarities;
    known.fill(-1, 0, keys.length * count);
    const similarity = (q: number, id: number): number => {
      let sim = known[q * count + id]!;
      if (sim < 0) known[q * count + id] = sim = floors.similarity(q, this.keyList[id]!);
      return sim;
    };
    const floor = floors.average - SLACK;
    // Some query key must reach the average floor with some key of the speaker.
    const reached = new Set<number>();
    keys.forEach((qk, q) => {
      // Identical keys are similarity 1, whatever their length.
      for (const i of this.byKey.get(qk) ?? []) reached.add(i);
      if (qk.length < SHORT_KEY) return;
      for (const [length, bucket] of this.keysByLength) {
        // The edit distance is at least the difference in length.
        if (1 - Math.abs(length - qk.length) / Math.max(length, qk.length) < floor) continue;
        for (const { key, id, speakers } of bucket) if (key !== qk && similarity(q, id) >= floor) for (const i of speakers) reached.add(i);
      }
    });
    const out: number[] = [];
    for (const i of reached) {
      const own = this.speakerKeys[i]!;
      let sum = 0;
      let last = 0;
      for (let q = 0; q < keys.length; q++) {
        let best = 0;
        for (const id of own) best = Math.max(best, similarity(q, id));
        sum += best;
        last = best;
      }
      if (sum >= keys.length * floors.average - SLACK || last >= floors.family - SLACK) out.push(i);
    }
    return out;
  }
}
