import type { ArticleProfile } from './features.ts';
import { FeatureWeights } from './feature-weights.ts';

/**
 * Stories: articles grouped by what they tell, one article at a time.
 *
 * Method — incremental single-pass clustering over TF-IDF keyword vectors, with a date window:
 *  - An article's profile (features.ts: content words, word pairs, quoted speakers, long-sentence
 *    fingerprints) is weighted (1 + ln tf) × idf, idf from the desk's document frequencies, and cut
 *    to its `vectorSize` heaviest features, then scaled to unit length. Rarity does the work a
 *    hand-made entity list would: a place or a name that few articles mention weighs far more than
 *    "government" or "killed", and a pair (ذي قار) more than either word.
 *  - A story is the sum of its articles' unit vectors. An arriving article is compared (cosine) only
 *    with stories that share one of its `probeFeatures` heaviest features (an inverted index), joins
 *    the most similar if it reaches `joinSimilarity`, else opens a story of its own. Earlier
 *    decisions are never revisited, so an addition costs a few hundred multiplications per
 *    candidate story and a removal subtracts one vector: the desk is never regrouped.
 *  - Dates: when the article and the story both have dates and the article falls more than
 *    `dateWindowDays` outside the story's span, it must reach `outsideWindowSimilarity` instead —
 *    a second, much higher bar rather than a wall, because page dates are often the day a page
 *    was crawled, not the day of the event.
 * Why not MinHash: it estimates unweighted Jaccard, and here rarity is the signal (two reports of
 * one flood share few words, but the rare ones); with vectors cut to a few dozen features exact
 * cosine is as cheap as the sketch. Why not re-clustering (agglomerative, HDBSCAN): it regroups the
 * desk on every arrival, and story ids an editor has seen would move.
 * When the desk is built in bulk, `countAhead` first takes the document frequencies of every article,
 * so the first articles are weighed with the desk's rarity, not with that of the three before them.
 */

export interface StoryOptions {
  /** Heaviest features kept per article (the rest carry little and cost memory). */
  vectorSize: number;
  /** Heaviest features of an arriving article used to find candidate stories. */
  probeFeatures: number;
  /** Candidate stories scored per arrival (those sharing most of its heaviest features). */
  maxCandidates: number;
  /** Cosine between an article and a story's centre needed to join it. */
  joinSimilarity: number;
  /** Days outside a story's date span within which `joinSimilarity` applies. */
  dateWindowDays: number;
  /** Cosine needed to join a story dated farther away than the window. */
  outsideWindowSimilarity: number;
  /**
   * Cosine between the places an article names and those its story names (countries, cities: see
   * places.ts) below which the two are about different places and `outsideWindowSimilarity` applies.
   */
  placeAgreement: number;
  /** Cosine needed to join a story whose local places (towns, districts) differ from the article's. */
  localPlaceSimilarity: number;
  /**
   * Share of the article's place weight (squared, of a unit vector) its local places must hold for
   * their differing to count when both sides name the same cities (`sameCityAgreement`): a report
   * about a district names it often (حريق في المطرية), while a hospital or a quarter named in
   * passing in a city-wide heatwave report says little about where.
   */
  localPlaceShare: number;
  /**
   * Share of the listed place mentions on both sides that are towns and cities (not countries) from
   * which those alone say where: two shootings in Israel, in Jerusalem and in Jaffa, are two places.
   */
  citiesShare: number;
  /**
   * Cosine needed to join a story dated the same day or the day before or after that names the same
   * cities (cosine over listed places other than countries at least `sameCityAgreement`): short
   * reports of one earthquake by several outlets share a city, a day and few other words.
   */
  sameCitySimilarity: number;
  sameCityAgreement: number;
  /**
   * Cosine needed when only one side names a listed place (an article that names none and a story
   * that does, or the reverse). Nothing then says the two happened in one place, and shared words
   * alone join unrelated reports of one kind (two corruption trials, two exam results).
   */
  unplacedSimilarity: number;
  /**
   * What an unplaced join must share besides its words: a speaker, a place or a sentence fingerprint,
   * else at least this many word pairs (0: nothing more). Two parliaments' votes share "مجلس النواب"
   * and the words of voting, and no one's name.
   */
  unplacedMinPairs: number;
  /** Word pairs (or a name) a join needs when neither side names a listed place (0: none). */
  nowhereMinPairs: number;
  /**
   * How much an article's words no other article has weigh against its similarity (0: none,
   * 1: as much as its shared words), so an article that shares a name and little else stays apart.
   */
  uniqueWeight: number;
  /**
   * Features an article must share with a story's centre to join it: one coincidence is no story.
   * Kept low because wire briefs of one event share few words (a higher bar split short reports of
   * one toll); rarity and the place and date gates do the rest.
   */
  minSharedFeatures: number;
  /** Features in more than this share of the desk's articles say nothing about a story. */
  maxDocumentShare: number;
  /**
   * Place features (`g:` ids) that name a country. A local outlet rarely names its own country
   * (a Moroccan site writes إقليم تارودانت, a wire writes المغرب), so listed places are compared
   * with and without countries and the better agreement counts. Empty: countries are places like any.
   */
  countryPlaces: ReadonlySet<string>;
  /**
   * The country each place lies in (`g:` ids): a story that names only countries is not elsewhere
   * for an article naming towns of those countries and the countries themselves (a wire's "Tunisia"
   * and a local outlet's Gafsa and Kasserine). Empty: places are compared as they are.
   */
  placeCountries: ReadonlyMap<string, string>;
}

export const STORY_OPTIONS: StoryOptions = {
  vectorSize: 100,
  probeFeatures: 24,
  maxCandidates: 40,
  joinSimilarity: 0.15,
  dateWindowDays: 21,
  outsideWindowSimilarity: 0.45,
  maxDocumentShare: 0.3,
  placeAgreement: 0.3,
  minSharedFeatures: 3,
  localPlaceSimilarity: 0.3,
  localPlaceShare: 0.25,
  citiesShare: 0.4,
  sameCitySimilarity: 0.1,
  sameCityAgreement: 0.7,
  unplacedSimilarity: 0.35,
  unplacedMinPairs: 2,
  nowhereMinPairs: 3,
  uniqueWeight: 0.25,
  countryPlaces: new Set(),
  placeCountries: new Map(),
};

export interface StoryMember {
  article: string;
  date: string | null;
}

export interface StoryState {
  id: string;
  /** Member article ids, in arrival order. */
  members: string[];
  /** Earliest and latest member date (ISO), null when no member has one. */
  first: string | null;
  last: string | null;
}

interface ArticleVector {
  /** Feature ids and weights, unit length. */
  features: Int32Array;
  weights: Float32Array;
  date: string | null;
  story: string;
  /** Place ids named (g: features) and their share of the article's place mentions (unit length). */
  places: Iterable<readonly [string, number]>;
}

/** The stories whose members keep one feature, as parallel columns (a story finds its row through StoryRecord.rows). */
interface Posting {
  stories: StoryRecord[];
  /** The feature's weight in each story's centre. */
  weights: number[];
  /** How many of each story's members keep it. */
  holders: number[];
}

interface StoryRecord {
  id: string;
  members: string[];
  /**
   * The centre (sum of the members' vectors), as the story's row in each of its features'
   * postings, where the feature's weight in the centre and its holder count live (a typed table:
   * `shift` finds a story's row once per feature it changes).
   */
  rows: FeatureWeights;
  /** Squared length of the centre over the features some other article shares (df ≥ 2). */
  norm2: number;
  first: string | null;
  last: string | null;
  /** Sum of the members' place vectors. */
  places: Map<string, number>;
  /** Scratch for bestStory: the arrival that last counted this story (`hitMark`) and its count then. */
  hitMark: number;
  hits: number;
  /** Scratch for bestStory: the arrival that last scored this story (`scoreMark`), its dot product and shared features then. */
  scoreMark: number;
  dot: number;
  shared: number;
  /** `places` summed per side, until the story changes (many arrivals are compared with it in between). */
  placeSums?: PlaceSums;
}

/** Plain data for a snapshot: the vocabulary, document frequencies, vectors and memberships. */
export interface StoryIndexSnapshot {
  vocabulary: string[];
  documentFrequency: Int32Array;
  documents: number;
  articles: string[];
  /** Per article: its story id and date. */
  stories: string[];
  dates: Array<string | null>;
  /** Per article, its place vector. */
  places: Array<Array<[string, number]>>;
  /** Per article, how many features it keeps; the features and weights follow one another. */
  lengths: Int32Array;
  features: Int32Array;
  weights: Float32Array;
  surfaces: Array<[number, string]>;
  /** Story ids in the order they were opened (ids stay stable across restarts). */
  order: string[];
  nextSerial: number;
}

const DAY_MS = 86_400_000;

/** A profile in the index's own vocabulary: feature ids and counts (what a bulk build keeps between its passes). */
interface CompactProfile {
  ids: Int32Array;
  counts: Float32Array;
  date: string | null;
  places: Map<string, number>;
}

interface Weighted {
  features: Int32Array;
  weights: Float32Array;
}

/**
 * What an arrival is compared with: plain arrays, since it lives for one placement (small typed
 * arrays each take an off-heap buffer). Weights are rounded to single precision, as stored ones are.
 */
interface Probe {
  features: number[];
  weights: number[];
}

/** Features of an article with their weights (see weigh). */
interface Scored {
  ids: Int32Array;
  weights: Float64Array;
}

/** Whether feature `a` comes before `b` in weigh's order: heavier first, the lower feature id first among equals (a strict total order). */
function heavierFirst(a: number, b: number, weights: Float64Array, ids: Int32Array): boolean {
  const wa = weights[a]!;
  const wb = weights[b]!;
  return wa > wb || (wa === wb && ids[a]! < ids[b]!);
}

/**
 * Sorts the first `n` indices of `order` by heavierFirst: a quicksort (median of three, insertion
 * sort for short runs) with the comparison inline, since every arrival sorts its features and
 * Array.prototype.sort calls a comparator function per comparison. The order is strict, so any
 * correct sort gives this one result.
 */
export function sortHeaviestFirst(order: Int32Array, n: number, weights: Float64Array, ids: Int32Array): void {
  const stack: number[] = [0, n - 1];
  while (stack.length) {
    let hi = stack.pop()!;
    let lo = stack.pop()!;
    while (hi - lo > 16) {
      const mid = (lo + hi) >> 1;
      // Median of three into order[mid], then partition around it.
      if (heavierFirst(order[mid]!, order[lo]!, weights, ids)) swap(order, mid, lo);
      if (heavierFirst(order[hi]!, order[lo]!, weights, ids)) swap(order, hi, lo);
      if (heavierFirst(order[hi]!, order[mid]!, weights, ids)) swap(order, hi, mid);
      const pivot = order[mid]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (heavierFirst(order[i]!, pivot, weights, ids)) i++;
        while (heavierFirst(pivot, order[j]!, weights, ids)) j--;
        if (i <= j) swap(order, i++, j--);
      }
      // The shorter side next, the longer one later: the stack stays logarithmic.
      if (j - lo < hi - i) {
        stack.push(i, hi);
        hi = j;
      } else {
        stack.push(lo, j);
        lo = i;
      }
    }
    for (let k = lo + 1; k <= hi; k++) {
      const v = order[k]!;
      let m = k - 1;
      while (m >= lo && heavierFirst(v, order[m]!, weights, ids)) {
        order[m + 1] = order[m]!;
        m--;
      }
      order[m + 1] = v;
    }
  }
}

function swap(order: Int32Array, a: number, b: number): void {
  const t = order[a]!;
  order[a] = order[b]!;
  order[b] = t;
}

/** The picked features scaled to unit length. */
function unitVector(scored: Scored, picked: readonly number[]): Weighted {
  let norm = 0;
  for (const i of picked) norm += scored.weights[i]! * scored.weights[i]!;
  norm = Math.sqrt(norm) || 1;
  const features = new Int32Array(picked.length);
  const weights = new Float32Array(picked.length);
  for (let k = 0; k < picked.length; k++) {
    features[k] = scored.ids[picked[k]!]!;
    weights[k] = scored.weights[picked[k]!]! / norm;
  }
  return { features, weights };
}

function emptyStory(id: string): StoryRecord {
  return { id, members: [], rows: new FeatureWeights(), norm2: 0, first: null, last: null, places: new Map(), hitMark: 0, hits: 0, scoreMark: 0, dot: 0, shared: 0 };
}

/** Parsed ISO dates: every arrival compares its date with the spans of dozens of stories. */
const parsedDates = new Map<string, number>();
function dateMs(iso: string): number {
  let ms = parsedDates.get(iso);
  if (ms === undefined) {
    ms = Date.parse(iso);
    if (parsedDates.size < 100_000) parsedDates.set(iso, ms);
  }
  return ms;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(dateMs(a) - dateMs(b)) / DAY_MS;
}

/** How far `date` lies outside [first, last], in days (0 inside, or when a date is unknown). */
function daysOutside(date: string | null, first: string | null, last: string | null): number {
  if (!date || !first || !last) return 0;
  if (date < first) return daysBetween(date, first);
  if (date > last) return daysBetween(date, last);
  return 0;
}

/** Whether a date falls within a day of a story's span (both known). */
function sameDay(date: string | null, first: string | null, last: string | null): boolean {
  return !!date && !!first && !!last && daysOutside(date, first, last) <= 1;
}

const PLACE_PREFIX = 'g:';
const LOCAL_PLACE = 'g:~';

function placeVector(profile: ArticleProfile): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [feature, { count }] of profile.features) {
    if (!feature.startsWith(PLACE_PREFIX)) continue;
    out.set(feature, count);
    norm += count * count;
  }
  norm = Math.sqrt(norm);
  for (const [k, v] of out) out.set(k, v / norm);
  return out;
}

/**
 * How far the places an article names agree with its story's: cosine of mention shares over the
 * listed places (countries, cities: places.ts) when both name one, else over local places (towns,
 * districts, hospitals read after a place noun); null when there is nothing to compare. Local
 * places are read from context and are noisy (reports of one fire name different wards), so a
 * mismatch there raises the bar less (`localPlaceSimilarity`).
 */
export function placeAgreement(a: PlaceSides, story: StoryRecord, options: Pick<StoryOptions, 'countryPlaces' | 'placeCountries' | 'citiesShare' | 'localPlaceShare' | 'sameCityAgreement'>): { listed: boolean; cosine: number; cities: number; townsDiffer?: boolean; within?: boolean } | null {
  const { countryPlaces: countries, placeCountries, citiesShare } = options;
  // The article's side is split once per arrival (placeSides), the story's once per change.
  const b = story.places;
  const sums = (story.placeSums ??= placeSums(b));
  if (a.listed.length && sums.listed) {
    const cities = countries.size ? cosineWithout(a.listed, b, countries) : null;
    // When towns and cities are most of what both sides name, they say where: two shootings in
    // Israel, one in Jerusalem and one in Jaffa, agree on the country and on nothing else. A city
    // named in passing (a flight to Tel Aviv in a Hajj report) leaves the countries to speak.
    const citiesSay = cities !== null && cityShare(a.listed, countries) >= citiesShare && cityShare(b, countries) >= citiesShare;
    const all = citiesSay ? 0 : cosine(a.listed, a.listedNorm2, b, sums.listedNorm2);
    // "أحداث معان" told from Amman by one outlet and under "Jordan" by another: the same town
    // named on both sides says one place where the listed ones (a capital, a country) differ.
    const towns = a.local.length && sums.local ? cosine(a.local, a.localNorm2, b, sums.localNorm2) : 0;
    // An article naming no listed place the story does not (a report that mentions only where the
    // smugglers fled) is not about elsewhere, however little of the story's places it names.
    return { listed: true, cosine: Math.max(all, cities ?? 0, towns), cities: cities ?? 0, townsDiffer: a.local.length > 0 && sums.local > 0 && towns === 0 && (a.localNorm2 >= options.localPlaceShare * (a.localNorm2 + a.listedNorm2) || (cities ?? 0) < options.sameCityAgreement), within: a.listed.every(([k]) => b.has(k)) || inCountriesNamed(a, b, countries, placeCountries) };
  }
  if (a.local.length && sums.local) return { listed: false, cosine: cosine(a.local, a.localNorm2, b, sums.localNorm2), cities: 0 };
  return null;
}

/**
 * The story's listed places are all countries the article names too, and each other listed place
 * of the article lies in one of them (placeCountries): the article tells of towns of the story's
 * country.
 */
function inCountriesNamed(a: PlaceSides, b: ReadonlyMap<string, number>, countries: ReadonlySet<string>, placeCountries: ReadonlyMap<string, string>): boolean {
  if (!placeCountries.size) return false;
  const named = new Set(a.listed.map(([k]) => k));
  for (const k of b.keys()) if (!k.startsWith(LOCAL_PLACE) && (!countries.has(k) || !named.has(k))) return false;
  return a.listed.every(([k]) => countries.has(k) ? b.has(k) : b.has(placeCountries.get(k) ?? ''));
}

/** How many listed and local places a story names, and the squared length of each side. */
interface PlaceSums {
  listed: number;
  local: number;
  listedNorm2: number;
  localNorm2: number;
}

function placeSums(places: ReadonlyMap<string, number>): PlaceSums {
  const sums: PlaceSums = { listed: 0, local: 0, listedNorm2: 0, localNorm2: 0 };
  for (const [k, v] of places) {
    if (k.startsWith(LOCAL_PLACE)) {
      sums.local++;
      sums.localNorm2 += v * v;
    } else {
      sums.listed++;
      sums.listedNorm2 += v * v;
    }
  }
  return sums;
}

/** An article's place vector split into listed and local places, with the squared length of each. */
export interface PlaceSides {
  listed: Array<[string, number]>;
  local: Array<[string, number]>;
  listedNorm2: number;
  localNorm2: number;
}

export function placeSides(places: ReadonlyMap<string, number>): PlaceSides {
  const sides: PlaceSides = { listed: [], local: [], listedNorm2: 0, localNorm2: 0 };
  for (const entry of places) {
    const v = entry[1];
    if (entry[0].startsWith(LOCAL_PLACE)) {
      sides.local.push(entry);
      sides.localNorm2 += v * v;
    } else {
      sides.listed.push(entry);
      sides.listedNorm2 += v * v;
    }
  }
  return sides;
}

/** The share of a place vector's listed mentions that are not countries (local places left out). */
function cityShare(places: Iterable<readonly [string, number]>, countries: ReadonlySet<string>): number {
  let cities = 0;
  let all = 0;
  for (const [k, v] of places) {
    if (k.startsWith(LOCAL_PLACE)) continue;
    all += v;
    if (!countries.has(k)) cities += v;
  }
  return all > 0 ? cities / all : 0;
}

/** Cosine over the listed places that are not countries (null when either side has none). */
function cosineWithout(a: ReadonlyArray<[string, number]>, b: ReadonlyMap<string, number>, countries: ReadonlySet<string>): number | null {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    if (countries.has(k) || k.startsWith(LOCAL_PLACE)) continue;
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const [k, v] of b) if (!countries.has(k) && !k.startsWith(LOCAL_PLACE)) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : null;
}

/** Cosine of one side of an article's places with the same side of a story's (`b` may hold both sides: keys never clash). */
function cosine(a: ReadonlyArray<[string, number]>, na: number, b: ReadonlyMap<string, number>, nb: number): number {
  let dot = 0;
  for (const [k, v] of a) dot += v * (b.get(k) ?? 0);
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

export class StoryIndex {
  readonly options: StoryOptions;
  private readonly featureIds = new Map<string, number>();
  /** A feature's id by its process-wide number (FeatureTally.number), -1 when not seen yet: no text hashed per look-up. */
  private idOfNumber = new Int32Array(0);
  private readonly vocabulary: string[] = [];
  private documentFrequency: number[] = [];
  private documents = 0;
  private readonly vectors = new Map<string, ArticleVector>();
  private readonly storyRecords = new Map<string, StoryRecord>();
  /** Feature id → stories whose members keep it, their centres' weight of it and how many of their members do. */
  private readonly postings: Array<Posting | undefined> = [];
  /** Arrivals scored so far: marks which stories the current arrival has counted (StoryRecord.hitMark). */
  private arrivals = 0;
  /** Stories the current arrival shares a probe feature with (reused, so scoring allocates nothing per story). */
  private readonly touched: StoryRecord[] = [];
  private scratchArrays = { ids: new Int32Array(256), weights: new Float64Array(256), dfs: new Int32Array(256), order: new Int32Array(256) };
  /** A readable spelling per word feature, for labels. */
  private readonly surfaceOf = new Map<number, string>();
  /** Articles counted ahead by countAhead, kept compact until they are placed. */
  private readonly counted = new Map<string, CompactProfile>();
  private serial = 0;

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = { ...STORY_OPTIONS, ...options };
  }

  get size(): number {
    return this.storyRecords.size;
  }

  /** Remembers the id of a numbered feature (see FeatureTally.number). */
  private numbered(number: number, id: number): void {
    if (number >= this.idOfNumber.length) {
      const grown = new Int32Array(Math.max(number + 1, 2 * this.idOfNumber.length)).fill(-1);
      grown.set(this.idOfNumber);
      this.idOfNumber = grown;
    }
    this.idOfNumber[number] = id;
  }

  private featureId(feature: string): number {
    let id = this.featureIds.get(feature);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(feature);
      this.featureIds.set(feature, id);
      this.documentFrequency.push(0);
      // Indexed by feature id, as dense as the vocabulary: a look-up is an array read.
      this.postings.push(undefined);
    }
    return id;
  }

  private compact(profile: ArticleProfile): CompactProfile {
    const ids = new Int32Array(profile.features.size);
    const counts = new Float32Array(profile.features.size);
    let i = 0;
    for (const [feature, { count, surface, number = -1 }] of profile.features) {
      let id = number >= 0 && number < this.idOfNumber.length ? this.idOfNumber[number]! : -1;
      if (id < 0) {
        id = this.featureId(feature);
        if (number >= 0) this.numbered(number, id);
      }
      ids[i] = id;
      counts[i++] = count;
      // The first spelling the desk saw; kept only while a vector holds the feature (see toJSON).
      if (this.documentFrequency[id] === 0 && !this.surfaceOf.has(id)) {
        if (surface) this.surfaceOf.set(id, surface);
      }
    }
    return { ids, counts, date: profile.date, places: placeVector(profile) };
  }

  private countDocument(profile: CompactProfile, delta: 1 | -1): void {
    this.documents += delta;
    for (const id of profile.ids) {
      const before = this.documentFrequency[id]!;
      const after = Math.max(0, before + delta);
      this.documentFrequency[id] = after;
      // A word becomes shared (or stops being): the one story holding it counts it in its norm.
      if ((before < 2) !== (after < 2)) {
        const posting = this.postings[id];
        for (let r = 0; posting && r < posting.stories.length; r++) {
          const story = posting.stories[r]!;
          const c = posting.weights[r]!;
          story.norm2 += after >= 2 ? c * c : -c * c;
          if (story.norm2 < 1e-9) story.norm2 = 0;
        }
      }
    }
  }

  /**
   * Counts an article's document frequencies ahead of placing it (bulk builds count every article
   * first, then place them; `add` then does not count it again).
   */
  countAhead(article: string, profile: ArticleProfile): void {
    if (this.vectors.has(article) || this.counted.has(article)) return;
    const compact = this.compact(profile);
    this.countDocument(compact, 1);
    this.counted.set(article, compact);
  }

  /** Places every article counted ahead, in the order they were counted. */
  placeCounted(): void {
    for (const article of [...this.counted.keys()]) this.add(article);
  }

  /**
   * The article's vectors: `stored` (what it adds to its story) and `probe` (what it is compared
   * with). The probe leaves out words no other article has: they cannot link it to anything and
   * would only dilute it. The stored vector keeps them when the desk grows live, since a later
   * article may share them (a new story's own names); in a bulk build, counted ahead, they are
   * known to stay unique and are left out too.
   */
  private weigh(profile: CompactProfile, keepUnique: boolean): { stored: Weighted; probe: Probe } {
    const n = Math.max(1, this.documents);
    const size = this.options.vectorSize;
    // Flat arrays and one sort of indices, not a tuple per feature: every article of a bulk build passes through here.
    const { ids, weights, dfs, order } = this.scratch(profile.ids.length);
    const length = profile.ids.length;
    let kept = 0;
    for (let i = 0; i < length; i++) {
      const id = profile.ids[i]!;
      const count = profile.counts[i]!;
      const df = Math.max(1, this.documentFrequency[id]!);
      // Everywhere-words carry nothing; on a small desk the share test waits for a few articles.
      if (n >= 10 && df / n > this.options.maxDocumentShare) continue;
      const idf = Math.log((n + 1) / df);
      if (idf <= 0) continue;
      ids[kept] = id;
      weights[kept] = (1 + Math.log(count)) * idf;
      dfs[kept] = df;
      order[kept] = kept;
      kept++;
    }
    // Heaviest first, the lower feature id first among equals.
    sortHeaviestFirst(order, kept, weights, ids);
    // `top`: the heaviest of all; `probe`: the heaviest of those some other article shares (df ≥ 2).
    const top: number[] = [];
    const probe: number[] = [];
    for (let k = 0; k < kept && probe.length < size; k++) {
      const i = order[k]!;
      if (top.length < size) top.push(i);
      if (dfs[i]! >= 2) probe.push(i);
    }
    // The article's own words count against it: sharing a name and little else is no story.
    let unique = 0;
    for (const i of top) if (dfs[i]! < 2) unique += weights[i]! * weights[i]!;
    let probeNorm = 0;
    for (const i of probe) probeNorm += weights[i]! * weights[i]!;
    probeNorm = Math.sqrt(probeNorm + this.options.uniqueWeight * unique) || 1;
    return {
      stored: unitVector({ ids, weights }, keepUnique ? top : probe),
      probe: { features: probe.map((i) => ids[i]!), weights: probe.map((i) => Math.fround(weights[i]! / probeNorm)) },
    };
  }

  /** weigh's working arrays, kept between arrivals and grown to the largest profile seen. */
  private scratch(length: number): { ids: Int32Array; weights: Float64Array; dfs: Int32Array; order: Int32Array } {
    if (this.scratchArrays.ids.length < length) {
      const size = Math.max(length, 2 * this.scratchArrays.ids.length);
      this.scratchArrays = { ids: new Int32Array(size), weights: new Float64Array(size), dfs: new Int32Array(size), order: new Int32Array(size) };
    }
    return this.scratchArrays;
  }



  /**
   * Places an article (replacing an earlier placement of the same id); returns its story id. An
   * article counted ahead needs no profile again.
   */
  add(article: string, profile?: ArticleProfile): string {
    const ahead = this.counted.get(article);
    if (ahead) this.counted.delete(article);
    else if (this.vectors.has(article)) this.remove(article);
    const compact = ahead ?? (profile ? this.compact(profile) : undefined);
    if (!compact) throw new Error(`story index: no profile for article ${article}`);
    if (!ahead) this.countDocument(compact, 1);
    const { stored, probe } = this.weigh(compact, !ahead);
    const places = compact.places;
    const story = this.bestStory(probe, compact.date, placeSides(places)) ?? this.open(article);
    const vector: ArticleVector = { ...stored, date: compact.date, story: story.id, places };
    this.vectors.set(article, vector);
    this.join(story, article, vector);
    return story.id;
  }

  private open(article: string): StoryRecord {
    this.serial++;
    let id = `S${article}`;
    if (this.storyRecords.has(id)) id = `S${article}-${this.serial}`;
    const record = emptyStory(id);
    this.storyRecords.set(id, record);
    return record;
  }

  private bestStory(probe: Probe, date: string | null, places: PlaceSides): StoryRecord | undefined {
    let best: { story: StoryRecord; similarity: number } | undefined;
    const candidates = this.candidates(probe.features);
    this.score(candidates, probe);
    const lowestBar = Math.min(this.options.joinSimilarity, this.options.sameCitySimilarity, this.options.localPlaceSimilarity, this.options.outsideWindowSimilarity);
    for (const story of candidates) {
      const id = story.id;
      const similarity = story.norm2 <= 0 || story.shared < this.options.minSharedFeatures ? 0 : story.dot / Math.sqrt(story.norm2);
      // Dates and places only raise the bar: a candidate below the lowest, or one that could not
      // beat the best so far, is passed over before its places are compared.
      if (similarity < lowestBar || (best && (similarity < best.similarity || (similarity === best.similarity && id >= best.story.id)))) continue;
      const farInTime = daysOutside(date, story.first, story.last) > this.options.dateWindowDays;
      const where = placeAgreement(places, story, this.options);
      const elsewhere = !!where && !where.within && where.cosine < this.options.placeAgreement;
      // Only one side names a listed place, and no shared town or district stands in for it.
      const unplaced = !(where && !elsewhere) && !places.listed.length !== !(story.placeSums ??= placeSums(story.places)).listed;
      const needed =
        farInTime || (elsewhere && where.listed)
          ? this.options.outsideWindowSimilarity
          : Math.max(
              elsewhere
                ? this.options.localPlaceSimilarity
                : where && where.cities >= this.options.sameCityAgreement && sameDay(date, story.first, story.last)
                  ? this.options.sameCitySimilarity
                  : this.options.joinSimilarity,
              unplaced ? this.options.unplacedSimilarity : 0,
              where?.townsDiffer ? this.options.localPlaceSimilarity : 0,
            );
      if (similarity < needed) continue;
      if (unplaced && !this.sharesNames(probe, story)) continue;
      // Neither side names a listed place: nothing says where either happened, so a name must join
      // them too, or more word pairs than an unplaced join needs: two exam results share only
      // "نسبة النجاح" and "وزير التربية", three reports of one fuel price rise four pairs.
      if (!places.listed.length && !story.placeSums!.listed && !this.sharesNames(probe, story, this.options.nowhereMinPairs)) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.story.id)) best = { story, similarity };
    }
    return best?.story;
  }

  /**
   * Whether the probe shares with the story's centre a speaker, a place or a sentence fingerprint
   * (p:, g:, d:), or `minPairs` word pairs (b:): names, not only vocabulary. Asked only of
   * unplaced candidates that already reach their bar.
   */
  private sharesNames(probe: Probe, story: StoryRecord, minPairs = this.options.unplacedMinPairs): boolean {
    if (minPairs <= 0) return true;
    let pairs = 0;
    for (const f of probe.features) {
      const text = this.vocabulary[f]!;
      const kind = text.slice(0, 2);
      if (kind !== 'p:' && kind !== 'g:' && kind !== 'd:' && kind !== 'b:') continue;
      if (!this.postings[f]?.stories.includes(story)) continue;
      if (kind !== 'b:' || ++pairs >= minPairs) return true;
    }
    return false;
  }

  /**
   * Each candidate's dot product with the probe and the features they share (StoryRecord.dot,
   * .shared), walking the probe features' postings: sequential reads of a few thousand rows
   * instead of a hash look-up per feature in every candidate's table. A story's sum is taken in
   * the probe's order, as a look-up per feature would take it.
   */
  private score(candidates: readonly StoryRecord[], probe: Probe): void {
    const mark = this.arrivals;
    for (const story of candidates) {
      story.scoreMark = mark;
      story.dot = 0;
      story.shared = 0;
    }
    const { features, weights } = probe;
    for (let i = 0; i < features.length; i++) {
      const posting = this.postings[features[i]!];
      if (!posting) continue;
      const w = weights[i]!;
      const stories = posting.stories;
      const centre = posting.weights;
      for (let r = 0; r < stories.length; r++) {
        const story = stories[r]!;
        if (story.scoreMark !== mark) continue;
        story.dot += w * centre[r]!;
        story.shared++;
      }
    }
  }

  /**
   * The stories sharing the most of the article's `probeFeatures` heaviest features (at most
   * `maxCandidates`, fewer shared features first out, then the later id): only the likeliest are
   * scored. Counting marks the stories themselves, so a long posting list costs no map look-ups.
   */
  private candidates(features: readonly number[]): StoryRecord[] {
    const mark = ++this.arrivals;
    const touched = this.touched;
    touched.length = 0;
    const probeCount = Math.min(features.length, this.options.probeFeatures);
    for (let i = 0; i < probeCount; i++) {
      const posting = this.postings[features[i]!];
      if (!posting) continue;
      for (const story of posting.stories) {
        if (story.hitMark !== mark) {
          story.hitMark = mark;
          story.hits = 0;
          touched.push(story);
        }
        story.hits++;
      }
    }
    const max = this.options.maxCandidates;
    if (touched.length <= max) return touched;
    // The cut falls inside one count (hits are small integers): every story above it, and of that
    // count the earliest ids, as a sort by (hits desc, id asc) would keep.
    const above = new Int32Array(probeCount + 2);
    for (const story of touched) above[story.hits]!++;
    let cut = probeCount;
    let kept = above[cut]!;
    while (kept < max && cut > 1) kept += above[--cut]!;
    const out: StoryRecord[] = [];
    const atCut: StoryRecord[] = [];
    for (const story of touched) {
      if (story.hits > cut) out.push(story);
      else if (story.hits === cut) atCut.push(story);
    }
    atCut.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; out.length < max && i < atCut.length; i++) out.push(atCut[i]!);
    return out;
  }

  /** As bestStory scores a candidate, by look-ups in one story's rows. */
  private similarity(story: StoryRecord, { features, weights }: Probe): number {
    if (story.norm2 <= 0) return 0;
    let dot = 0;
    let shared = 0;
    for (let i = 0; i < features.length; i++) {
      const row = story.rows.get(features[i]!);
      if (row === undefined) continue;
      dot += weights[i]! * this.postings[features[i]!]!.weights[row]!;
      shared++;
    }
    return shared < this.options.minSharedFeatures ? 0 : dot / Math.sqrt(story.norm2);
  }

  /** Cosine between an article (as weighed now) and a story; for tests and diagnostics. */
  similarityTo(storyId: string, profile: ArticleProfile): number {
    const story = this.storyRecords.get(storyId);
    if (!story) return 0;
    return this.similarity(story, this.weigh(this.compact(profile), true).probe);
  }

  private join(story: StoryRecord, article: string, vector: ArticleVector): void {
    story.members.push(article);
    this.shift(story, vector, 1);
    // A joining member can only widen the span (spanOf walks every member: for removals).
    const date = vector.date;
    if (date) {
      if (!story.first || date < story.first) story.first = date;
      if (!story.last || date > story.last) story.last = date;
    }
  }

  private shift(story: StoryRecord, vector: ArticleVector, sign: 1 | -1): void {
    for (let i = 0; i < vector.features.length; i++) {
      const id = vector.features[i]!;
      let posting = this.postings[id];
      const row = story.rows.get(id);
      const before = row === undefined ? 0 : posting!.weights[row]!;
      const after = before + sign * vector.weights[i]!;
      if (this.documentFrequency[id]! >= 2) story.norm2 += after * after - before * before;
      const holders = (row === undefined ? 0 : posting!.holders[row]!) + sign;
      if (holders > 0) {
        if (row !== undefined) {
          posting!.weights[row] = after;
          posting!.holders[row] = holders;
          continue;
        }
        if (!posting) this.postings[id] = posting = { stories: [], weights: [], holders: [] };
        story.rows.set(id, posting.stories.length);
        posting.stories.push(story);
        posting.weights.push(after);
        posting.holders.push(holders);
      } else if (row !== undefined) {
        this.leave(posting!, id, story, row);
      }
    }
    if (story.norm2 < 1e-9) story.norm2 = 0;
    story.placeSums = undefined;
    for (const [place, share] of vector.places) {
      const next = (story.places.get(place) ?? 0) + sign * share;
      if (next > 1e-9) story.places.set(place, next);
      else story.places.delete(place);
    }
  }

  /** Takes a story's row out of a feature's posting: the last row moves into its place. */
  private leave(posting: Posting, id: number, story: StoryRecord, row: number): void {
    story.rows.delete(id);
    const last = posting.stories.length - 1;
    if (row !== last) {
      const moved = posting.stories[last]!;
      posting.stories[row] = moved;
      posting.weights[row] = posting.weights[last]!;
      posting.holders[row] = posting.holders[last]!;
      moved.rows.set(id, row);
    }
    posting.stories.pop();
    posting.weights.pop();
    posting.holders.pop();
    if (posting.stories.length === 0) this.postings[id] = undefined;
  }

  private spanOf(story: StoryRecord): void {
    let first: string | null = null;
    let last: string | null = null;
    for (const m of story.members) {
      const date = this.vectors.get(m)?.date;
      if (!date) continue;
      if (!first || date < first) first = date;
      if (!last || date > last) last = date;
    }
    story.first = first;
    story.last = last;
  }

  /** Takes an article out of its story (a story left empty is closed). Returns whether it was placed. */
  remove(article: string, profile?: ArticleProfile): boolean {
    const ahead = this.counted.get(article);
    if (ahead) {
      this.counted.delete(article);
      this.countDocument(ahead, -1);
      return false;
    }
    const vector = this.vectors.get(article);
    if (!vector) return false;
    if (profile) this.countDocument(this.compact(profile), -1);
    else this.uncountKept(vector);
    this.vectors.delete(article);
    const story = this.storyRecords.get(vector.story)!;
    story.members = story.members.filter((m) => m !== article);
    this.shift(story, vector, -1);
    if (story.members.length === 0) this.storyRecords.delete(story.id);
    else this.spanOf(story);
    return true;
  }

  /** Without the article's profile, only its kept features can be uncounted (the rest stay as noise). */
  private uncountKept(vector: ArticleVector): void {
    this.documents--;
    for (const id of vector.features) this.documentFrequency[id] = Math.max(0, this.documentFrequency[id]! - 1);
  }

  storyOf(article: string): string | undefined {
    return this.vectors.get(article)?.story;
  }

  /** Whether the article is placed or counted ahead (a bulk build need not profile it again). */
  has(article: string): boolean {
    return this.vectors.has(article) || this.counted.has(article);
  }

  story(id: string): StoryState | undefined {
    const s = this.storyRecords.get(id);
    return s ? { id: s.id, members: [...s.members], first: s.first, last: s.last } : undefined;
  }

  stories(): StoryState[] {
    return [...this.storyRecords.values()].map((s) => ({ id: s.id, members: [...s.members], first: s.first, last: s.last }));
  }

  /**
   * The listed places (country or city ids) a story is about: the one it names most and any named
   * at least half as often (a city and its country: صنعاء and اليمن).
   */
  mainPlaces(id: string): string[] {
    const listed = [...(this.storyRecords.get(id)?.places ?? [])].filter(([f]) => !f.startsWith(LOCAL_PLACE));
    const top = Math.max(0, ...listed.map(([, v]) => v));
    return listed.filter(([, v]) => v >= top / 2).map(([f]) => f.slice(PLACE_PREFIX.length));
  }

  /**
   * A story's key features with their readable spelling: those most of its articles share first
   * (what the story is about, even on a desk of one story where rarity says little), heaviest first
   * among equals.
   */
  keyFeatures(id: string, limit: number): Array<{ feature: string; surface: string; weight: number; articles: number }> {
    const story = this.storyRecords.get(id);
    if (!story || limit <= 0) return [];
    // The best `limit` kept in order as the centre is walked: a big story's centre holds thousands
    // of features, and a label asks for a few dozen.
    const top: Array<{ fid: number; weight: number; articles: number }> = [];
    const before = (articles: number, weight: number, fid: number, other: { fid: number; weight: number; articles: number }) =>
      articles !== other.articles ? articles > other.articles : weight !== other.weight ? weight > other.weight : this.vocabulary[fid]! < this.vocabulary[other.fid]!;
    story.rows.forEach((row, fid) => {
      const posting = this.postings[fid]!;
      const weight = posting.weights[row]!;
      const articles = posting.holders[row]!;
      if (top.length === limit && !before(articles, weight, fid, top[limit - 1]!)) return;
      let at = top.length;
      while (at > 0 && before(articles, weight, fid, top[at - 1]!)) at--;
      top.splice(at, 0, { fid, weight, articles });
      if (top.length > limit) top.pop();
    });
    return top.map(({ fid, weight, articles }) => ({ feature: this.vocabulary[fid]!, surface: this.surfaceOf.get(fid) ?? '', weight, articles }));
  }


  /**
   * The snapshot keeps only the vocabulary that can still matter: features some article's vector
   * holds, or that two articles share (df ≥ 2). A word one article had and left out of its vector
   * would start again from nothing, which is what it is worth; a desk's one-off word pairs are
   * most of its vocabulary, and restarts must not read them.
   */
  toJSON(): StoryIndexSnapshot {
    const keep = new Int32Array(this.vocabulary.length).fill(-1);
    const vocabulary: string[] = [];
    const documentFrequency: number[] = [];
    const mark = (id: number) => {
      if (keep[id] !== -1) return;
      keep[id] = vocabulary.length;
      vocabulary.push(this.vocabulary[id]!);
      documentFrequency.push(this.documentFrequency[id]!);
    };
    for (const v of this.vectors.values()) for (const id of v.features) mark(id);
    this.documentFrequency.forEach((df, id) => df >= 2 && mark(id));
    const articles = [...this.vectors.keys()];
    const lengths = new Int32Array(articles.length);
    let total = 0;
    articles.forEach((a, i) => (total += lengths[i] = this.vectors.get(a)!.features.length));
    const features = new Int32Array(total);
    const weights = new Float32Array(total);
    let at = 0;
    for (const a of articles) {
      const v = this.vectors.get(a)!;
      for (let i = 0; i < v.features.length; i++) features[at + i] = keep[v.features[i]!]!;
      weights.set(v.weights, at);
      at += v.features.length;
    }
    return {
      vocabulary,
      documentFrequency: Int32Array.from(documentFrequency),
      documents: this.documents,
      articles,
      stories: articles.map((a) => this.vectors.get(a)!.story),
      dates: articles.map((a) => this.vectors.get(a)!.date),
      places: articles.map((a) => Array.from(this.vectors.get(a)!.places, ([place, share]) => [place, share] as [string, number])),
      lengths,
      features,
      weights,
      surfaces: [...this.surfaceOf].filter(([id]) => keep[id] !== -1).map(([id, surface]) => [keep[id]!, surface] as [number, string]),
      order: [...this.storyRecords.keys()],
      nextSerial: this.serial,
    };
  }

  static fromJSON(data: StoryIndexSnapshot, options: Partial<StoryOptions> = {}): StoryIndex {
    const index = new StoryIndex(options);
    data.vocabulary.forEach((f, i) => {
      index.vocabulary.push(f);
      index.postings.push(undefined);
      index.featureIds.set(f, i);
    });
    index.documentFrequency = Array.from(data.documentFrequency);
    index.documents = data.documents;
    index.serial = data.nextSerial;
    for (const [id, surface] of data.surfaces) index.surfaceOf.set(id, surface);
    for (const id of data.order) index.storyRecords.set(id, emptyStory(id));
    let at = 0;
    data.articles.forEach((article, i) => {
      const n = data.lengths[i]!;
      const vector: ArticleVector = { features: data.features.subarray(at, at + n), weights: data.weights.subarray(at, at + n), date: data.dates[i] ?? null, story: data.stories[i]!, places: data.places[i] ?? [] };
      at += n;
      index.vectors.set(article, vector);
      let story = index.storyRecords.get(vector.story);
      if (!story) index.storyRecords.set(vector.story, (story = emptyStory(vector.story)));
      story.members.push(article);
    });
    index.restoreCentres();
    for (const story of index.storyRecords.values()) {
      if (story.members.length === 0) index.storyRecords.delete(story.id);
      else index.spanOf(story);
    }
    return index;
  }

  /**
   * Every story's centre, norm, places and postings from its members' vectors: what `shift` would
   * make adding them one by one, in the same order and with the same sums, but a story at a time,
   * summed in flat arrays indexed by feature id, so each (feature, story) pair is entered into the
   * centre and its posting once rather than once per member that keeps it.
   */
  private restoreCentres(): void {
    const sums = new Float64Array(this.vocabulary.length);
    const holders = new Int32Array(this.vocabulary.length);
    const seen: number[] = [];
    for (const story of this.storyRecords.values()) {
      seen.length = 0;
      let norm2 = 0;
      for (const member of story.members) {
        const vector = this.vectors.get(member)!;
        const { features, weights } = vector;
        for (let i = 0; i < features.length; i++) {
          const id = features[i]!;
          const before = sums[id]!;
          const after = before + weights[i]!;
          if (this.documentFrequency[id]! >= 2) norm2 += after * after - before * before;
          const held = holders[id]!;
          if (held === 0) seen.push(id);
          holders[id] = held + 1;
          sums[id] = after;
        }
        if (norm2 < 1e-9) norm2 = 0;
        for (const [place, share] of vector.places) {
          const next = (story.places.get(place) ?? 0) + share;
          if (next > 1e-9) story.places.set(place, next);
          else story.places.delete(place);
        }
      }
      story.norm2 = norm2;
      const rows = (story.rows = new FeatureWeights(seen.length));
      for (const id of seen) {
        const posting = (this.postings[id] ??= { stories: [], weights: [], holders: [] });
        rows.set(id, posting.stories.length);
        posting.stories.push(story);
        posting.weights.push(sums[id]!);
        posting.holders.push(holders[id]!);
        sums[id] = 0;
        holders[id] = 0;
      }
    }
  }
}
