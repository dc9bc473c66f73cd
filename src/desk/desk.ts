import type { Article, LoadWarning } from '../corpus/types.ts';
import { extractRecords, type ArticleRecords } from '../extract/index.ts';
import { loadAttributionCues, type AttributionCues } from '../extract/cues.ts';
import { SpeakerDirectory } from '../extract/speakers.ts';
import type { Figure, Speaker, Statement } from '../extract/types.ts';
import { loadLexicons, type LexiconEntry, type Lexicons } from '../lexicon.ts';
import { readQuery, type PhraseGroup } from './text-index.ts';
import { matchHighlights } from './highlight.ts';
import { PassageIndex, type NewestOrder, type PassageLocation, type PassageSnapshot, type SentenceNumbers } from './passages.ts';
import { entriesFromSnapshot, entriesToSnapshot, figureTopicsOf, hasWithdrawnFigure, type EntriesSnapshot } from './snapshot-form.ts';
import { rangeAt } from '../text/ranges.ts';
import { IdRegistry } from '../ingest/id-registry.ts';
import { ArticleIds, compareArticleIds, insertionPoint, type ArticleLookup } from './article-ids.ts';
import { articleProfile, loadFunctionWords, type ArticleProfile } from '../stories/features.ts';
import { loadPlaces, type PlaceMatcher } from '../stories/places.ts';
import { StoryIndex, type StoryIndexSnapshot, type StoryOptions } from '../stories/story-index.ts';
import { storyLabel, type StoryLabel } from '../stories/label.ts';
import { figureScope } from '../stories/figure-scope.ts';
import { articlePeriods } from '../stories/figure-period.ts';
import { loadUpdatePhrases } from '../stories/figure-updates.ts';
import { bulkLoad, type BulkLoadOptions, type BulkLoadStats } from './bulk-load.ts';

/** The scope of a figure whose clause tells of another incident (Figure.otherEvent). */
export const OTHER_INCIDENT_SCOPE = '!other-incident';

/**
 * The in-memory desk: articles, their sentences (search passages), attributed statements and
 * figures, with MiniSearch indices. Adding or removing one article updates everything
 * incrementally; nothing here knows about Discord.
 */

export interface ReloadReport {
  added: string[];
  updated: string[];
  removed: string[];
  skipped: LoadWarning[];
  /** Files that loaded with a caveat (converted encoding, duplicate id renamed, bad front matter). */
  notes?: LoadWarning[];
}

export interface DeskOptions {
  /** Directory of data/lexicon JSON files; defaults to the project's. */
  lexiconDir?: string;
  /** Already-loaded lexicons (tests, benchmarks); wins over lexiconDir (and a directory then loads in this thread). */
  lexicons?: Lexicons;
  /** How fromDirectory spreads the load over worker threads (bulk-load.ts). */
  loading?: BulkLoadOptions;
}

/** Everything a built desk holds, as plain data (see snapshot.ts). */
export interface DeskSnapshotData {
  entries: EntriesSnapshot;
  passages: PassageSnapshot;
  speakers: unknown;
  warnings: LoadWarning[];
  /** Story grouping (absent in older snapshots: regrouped on load). */
  stories?: StoryIndexSnapshot;
  /** Story labels as shown before the restart (absent: worked out when first asked). */
  labels?: Array<[string, StoryLabel]>;
}

/** A story as the desk shows it: its label, dates and articles (newest first). */
export interface StorySummary {
  id: string;
  label: StoryLabel;
  /** Earliest and latest article date (ISO), null when none is dated. */
  first: string | null;
  last: string | null;
  articles: Article[];
}

export interface PassageHit {
  article: Article;
  /** The sentence, verbatim. */
  text: string;
  start: number;
  end: number;
  score: number;
  /** [start, end) ranges within `text` of the words that matched the query. */
  highlights: Array<[number, number]>;
  /** Statements overlapping this sentence (so a hit can name its speaker). */
  statements: readonly Statement[];
  /** Other articles where the same sentence stands word for word: the newest few (ALSO_IN_LISTED). */
  alsoIn: readonly Article[];
  /** How many other articles hold the sentence (wire copy can stand in thousands). */
  alsoInCount: number;
  /** The sentence holds every thing typed; otherwise it is a nearest match (some words, near spellings). */
  complete: boolean;
}

export interface SearchOptions {
  /** Sentences with every word to return (all are counted); default 10. */
  limit?: number;
  /** Nearest matches (some words, near spellings) to return after them; default `limit`. */
  partialLimit?: number;
  /** Only this article's sentences. */
  article?: string;
}

export interface SearchAnswer {
  /** Sentences with every word first, then the nearest matches. */
  hits: PassageHit[];
  /** Distinct sentences holding every thing typed, on the whole desk (or article). */
  completeTotal: number;
  /** Further sentences holding only some of it (or near spellings). */
  partialTotal: number;
  /** How words were read ("Kazakstan → Kazakhstan"). */
  notes: string[];
}

/**
 * A search's passages as a remembered answer keeps them: per match, FOUND_ROW numbers (passage id,
 * score, 1 when it holds every thing typed, index of its matched terms in `terms`), and the totals.
 */
interface FoundPassages {
  rows: Float64Array;
  terms: string[][];
  completeTotal: number;
  partialTotal: number;
}
const FOUND_ROW = 4;

/** How many of the other articles holding a sentence a search hit names. */
export const ALSO_IN_LISTED = 10;

/** A search hit stands in its newest article and names the next newest: each passage keeps those few up to date. */
const NEWEST_PLACES: NewestOrder = { compare: compareNewestFirst, keep: ALSO_IN_LISTED + 1 };

export interface ArticleEntry {
  article: Article;
  statements: Statement[];
  figures: Figure[];
  /** Passage id of each of the article's sentences (see passages.ts), for removal and snapshots. */
  passageIds: number[];
}

export class Desk {
  readonly lexicons: Lexicons;
  readonly speakers: SpeakerDirectory;
  private readonly entries = new Map<string, ArticleEntry>();
  private passages: PassageIndex;
  /** Statements per speaker key, kept up to date on add/remove so autocomplete never rescans the corpus. */
  private readonly speakerCounts = new Map<string, number>();
  private readonly topicCounts = new Map<string, number>();
  private readonly memory = new Map<string, unknown>();
  private readonly topicArticles = new Map<string, Set<string>>();
  /** Articles in which each speaker has statements (kept with the counts). */
  private readonly speakerArticles = new Map<string, Set<string>>();
  /** Per speaker and topic: how many of their statements on that topic each article holds. */
  private readonly topicArticlesBySpeaker = new Map<string, Map<string, Map<string, number>>>();
  /** Attribution words from the lexicon directory (data/lexicon/attribution.json). */
  private readonly cues: AttributionCues;
  private sortedArticles: Article[] | undefined;
  private newestArticles: Article[] | undefined;
  /** Each article's place in the newest-first order (0: newest); rebuilt after a change, when asked. */
  private recency: Map<Article, number> | undefined;
  private ids: ArticleIds | undefined;
  /** Warnings from the last load (bad files, broken lexicons), for the console and logs. */
  warnings: LoadWarning[] = [];
  /** Articles grouped into stories (src/stories), kept current on add/remove. */
  private stories = new StoryIndex();
  /** How the last fromDirectory load went (worker threads, articles re-extracted), for the bench and logs. */
  bulkLoadStats: BulkLoadStats | undefined;
  /** Time spent grouping stories (profiles, placement, removal) since the desk was made, for the bench. */
  storyGroupingMs = 0;
  /** While a directory loads, stories wait so that every article is weighed with the whole desk's rarity. */
  private storiesDeferred = false;
  private readonly functionWords: ReadonlySet<string>;
  private readonly placeNames: PlaceMatcher;
  /** Phrases saying a figure revises an earlier toll (data/lexicon/figure-updates.json). */
  readonly updatePhrases: string[][];
  /** Story labels, each until an article joins or leaves its story (see storyLabel). */
  private readonly labels = new Map<string, StoryLabel>();
  /** The lexicon entries that give labels their English: one array, so label.ts's per-vocabulary caches hold. */
  private labelVocabulary: LexiconEntry[] | undefined;

  constructor(options: DeskOptions = {}) {
    this.lexicons = options.lexicons ?? loadLexicons(options.lexiconDir);
    this.speakers = new SpeakerDirectory(this.lexicons.speakers);
    const cues = loadAttributionCues(options.lexiconDir);
    this.cues = cues.cues;
    if (cues.warning) this.lexicons.warnings.push(cues.warning);
    this.passages = new PassageIndex(undefined, NEWEST_PLACES);
    this.functionWords = loadFunctionWords(options.lexiconDir);
    this.placeNames = loadPlaces(options.lexiconDir);
    this.stories = new StoryIndex(this.storyOptions());
    this.updatePhrases = loadUpdatePhrases(options.lexiconDir);
    for (const message of this.lexicons.warnings) this.warnings.push({ file: 'data/lexicon', message });
  }

  /**
   * Loads every article of a directory. Unreadable files become warnings; the rest loads. Ids come
   * from the directory's stable-id registry (read afresh: this is a start-up), which is saved back.
   */
  static async fromDirectory(dir: string, options: DeskOptions = {}): Promise<Desk> {
    const desk = new Desk(options);
    const registry = IdRegistry.open(dir);
    desk.storiesDeferred = true;
    // Read, cleaned and extracted on worker threads when the directory is large (bulk-load.ts); the same desk either way.
    const loading = bulkLoad(
      dir,
      {
        speakers: desk.speakers,
        assignIds: (loaded) => registry.assignFileIds(loaded),
        extract: (article, speakers) => desk.extract(article, speakers),
        add: (article, records, numbers) => desk.addWith(article, records, numbers),
      },
      { ...options.loading, lexiconDir: options.lexiconDir, inThreadOnly: options.lexicons !== undefined },
    );
    // The ids given are kept even when an article then fails to add.
    const { warnings, stats } = await loading.finally(() => registry.save());
    desk.bulkLoadStats = stats;
    desk.warnings.push(...warnings);
    desk.groupStories();
    desk.prepareLookups();
    desk.labelAllStories();
    return desk;
  }

  /** Story grouping's options from the desk's lexicons: which place features name a country. */
  private storyOptions(): Partial<StoryOptions> {
    const places = [...this.placeNames.places.values()];
    return {
      countryPlaces: new Set(places.filter((p) => p.kind === 'country').map((p) => `g:${p.id}`)),
      placeCountries: new Map(places.filter((p) => p.country).map((p) => [`g:${p.id}`, `g:${p.country}`])),
    };
  }

  private profile(entry: ArticleEntry): ArticleProfile {
    return articleProfile(entry.article, entry.statements, { functionWords: this.functionWords, places: this.placeNames });
  }

  /**
   * Places every article counted ahead while the directory loaded (their document frequencies
   * are the whole desk's by now), or, for a restored desk without stories, groups them all.
   */
  private groupStories(): void {
    const t = performance.now();
    this.storiesDeferred = false;
    // Articles counted as they loaded are not profiled again (a profile costs as much as placing).
    for (const a of this.articles()) if (!this.stories.has(a.id)) this.stories.countAhead(a.id, this.profile(this.entries.get(a.id)!));
    this.stories.placeCounted();
    this.storyGroupingMs += performance.now() - t;
  }

  /** The built desk as plain data, for a snapshot file. */
  toSnapshot(): DeskSnapshotData {
    this.labelAllStories();
    return {
      entries: entriesToSnapshot([...this.entries.values()]),
      passages: this.passages.toJSON(),
      speakers: this.speakers.toJSON(),
      warnings: this.warnings,
      stories: this.stories.toJSON(),
      labels: [...this.labels],
    };
  }

  /**
   * Every story's label worked out ahead (after a directory load, before a snapshot is written):
   * one /who-said answer names dozens of stories, and a label costs about half a millisecond the
   * first time. An added or removed article then renews only its own story's label; the others
   * keep theirs, so a story an editor knows by its label does not change name under them.
   */
  private labelAllStories(): void {
    for (const story of this.stories.stories()) this.storyLabel(story.id);
  }

  /** A desk restored from `toSnapshot()` data without re-reading or re-extracting anything. */
  static fromSnapshot(data: DeskSnapshotData, options: DeskOptions = {}): Desk {
    const desk = new Desk(options);
    desk.passages = new PassageIndex(data.passages, NEWEST_PLACES);
    desk.speakers.restore(data.speakers);
    for (const entry of entriesFromSnapshot(data.entries)) {
      desk.entries.set(entry.article.id, entry);
      desk.passages.attach(entry.article, entry.passageIds);
      desk.sortedArticles = desk.newestArticles = desk.ids = undefined;
      desk.countSpeakers(entry.statements, +1);
      desk.countFigures(figureTopicsOf(entry), entry.article.id, +1);
    }
    desk.warnings = data.warnings;
    if (data.stories) desk.stories = StoryIndex.fromJSON(data.stories, desk.storyOptions());
    else desk.groupStories();
    if (data.stories) for (const [id, label] of data.labels ?? []) desk.labels.set(id, label);
    desk.prepareLookups();
    return desk;
  }

  /** Adds an article, or replaces the one with the same id. Returns whether it replaced one. */
  addArticle(article: Article): boolean {
    return this.addWith(article, () => this.extract(article));
  }

  private extract(article: Article, speakers: SpeakerDirectory = this.speakers): ArticleRecords {
    return extractRecords(article, { speakers, topics: this.lexicons.topics, cues: this.cues });
  }

  /** addArticle with the records from `records()` (a bulk load's, checked against this desk's speakers) and any sentence numbers already read. */
  private addWith(article: Article, records: () => ArticleRecords, numbers?: ReadonlyArray<SentenceNumbers | null>): boolean {
    const replaced = this.removeArticle(article.id);
    const { statements, figures } = records();
    const passageIds = this.passages.add(article, numbers);
    const entry: ArticleEntry = { article, statements, figures, passageIds };
    this.entries.set(article.id, entry);
    {
      // Profiled now, while the sentences' tokens are still cached from extraction; a directory
      // load only counts it here and places it once every article is counted (groupStories).
      const t = performance.now();
      if (this.storiesDeferred) this.stories.countAhead(article.id, this.profile(entry));
      else this.labels.delete(this.stories.add(article.id, this.profile(entry)));
      this.storyGroupingMs += performance.now() - t;
    }
    this.placeArticle(article);
    this.countSpeakers(statements, +1);
    this.countFigures(figures.map((f) => f.topic), article.id, +1);
    this.memory.clear();
    this.recency = undefined;
    return replaced;
  }

  removeArticle(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.passages.remove(id, entry.passageIds);
    const t = performance.now();
    const story = this.stories.storyOf(id);
    if (story) this.labels.delete(story);
    this.stories.remove(id, this.profile(entry));
    this.storyGroupingMs += performance.now() - t;
    this.countSpeakers(entry.statements, -1);
    this.countFigures(figureTopicsOf(entry), id, -1);
    this.memory.clear();
    this.recency = undefined;
    this.entries.delete(id);
    // Orders lose one item; id lookups are rebuilt when next asked (a removed name may have hidden another).
    for (const list of [this.sortedArticles, this.newestArticles]) {
      const at = list?.indexOf(entry.article) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
    this.ids = undefined;
    return true;
  }

  /** Puts a new article into the cached orders and lookups, so a live addition costs no re-sort. */
  private placeArticle(article: Article): void {
    if (this.sortedArticles) this.sortedArticles.splice(insertionPoint(this.sortedArticles, (a) => compareIds(a, article) > 0), 0, article);
    if (this.newestArticles) this.newestArticles.splice(insertionPoint(this.newestArticles, (a) => compareNewestFirst(a, article) > 0), 0, article);
    this.ids?.add(article);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Builds the article orders and id lookups once a desk is loaded, so no editor's first query pays for them. */
  private prepareLookups(): void {
    this.articles();
    this.articlesNewestFirst();
    this.articleIds();
  }

  /** Articles in id order (cached; kept up to date on add/remove). */
  articles(): Article[] {
    this.sortedArticles ??= [...this.entries.values()].map((e) => e.article).sort(compareIds);
    return this.sortedArticles;
  }

  /** Articles newest first (see compareNewestFirst; cached; invalidated by add/remove). */
  articlesNewestFirst(): Article[] {
    this.newestArticles ??= [...this.entries.values()].map((e) => e.article).sort(compareNewestFirst);
    return this.newestArticles;
  }

  /**
   * An article's place in the newest-first order (0: newest): a few articles are put newest first
   * by these numbers, without comparing their dates and ids again.
   */
  newestRank(article: Article): number {
    this.recency ??= new Map(this.articlesNewestFirst().map((a, i) => [a, i]));
    return this.recency.get(article) ?? this.recency.size;
  }

  /** Ids of the articles in which a speaker has statements. */
  speakerArticleIds(speakerKey: string): ReadonlySet<string> {
    return this.speakerArticles.get(speakerKey) ?? new Set();
  }

  /** Articles holding a speaker's statements on a topic, with how many each (kept current on add/remove). */
  speakerTopicArticles(speakerKey: string, topic: string): ReadonlyMap<string, number> {
    return this.topicArticlesBySpeaker.get(speakerKey)?.get(topic) ?? new Map();
  }

  getArticle(id: string): Article | undefined {
    return this.entries.get(id)?.article;
  }

  /** `3`, `003`, `003_17f1….txt` or the base name → the article, or the nearest ids. */
  findArticle(input: string): ArticleLookup {
    const direct = this.entries.get(input.trim());
    return direct ? { article: direct.article } : this.articleIds().resolve(input);
  }

  /** Id, file-name and number lookups over the current articles (cached; invalidated by add/remove). */
  articleIds(): ArticleIds {
    this.ids ??= new ArticleIds(this.articles());
    return this.ids;
  }

  statements(articleId?: string): Statement[] {
    if (articleId !== undefined) return this.entries.get(articleId)?.statements ?? [];
    return [...this.entries.values()].flatMap((e) => e.statements);
  }

  figures(articleId?: string): Figure[] {
    if (articleId !== undefined) return this.entries.get(articleId)?.figures ?? [];
    return [...this.entries.values()].flatMap((e) => e.figures);
  }

  /** Whether one of an article's figures is withdrawn (a restored article's figures are not made to tell). */
  hasWithdrawnFigure(articleId: string): boolean {
    const entry = this.entries.get(articleId);
    return !!entry && hasWithdrawnFigure(entry);
  }

  speaker(key: string): Speaker | undefined {
    return this.speakers.get(key);
  }

  /** Speakers with at least one statement on the desk, most-quoted first. */
  quotedSpeakers(): Array<{ speaker: Speaker; count: number }> {
    const out: Array<{ speaker: Speaker; count: number }> = [];
    for (const [key, count] of this.speakerCounts) {
      const speaker = this.speakers.get(key);
      if (speaker) out.push({ speaker, count });
    }
    return out.sort((a, b) => b.count - a.count || a.speaker.latin.localeCompare(b.speaker.latin));
  }

  private countSpeakers(statements: Statement[], delta: 1 | -1): void {
    for (const s of statements) {
      for (const topic of s.topics ?? []) {
        let byTopic = this.topicArticlesBySpeaker.get(s.speakerKey);
        if (!byTopic) this.topicArticlesBySpeaker.set(s.speakerKey, (byTopic = new Map()));
        let articles = byTopic.get(topic);
        if (!articles) byTopic.set(topic, (articles = new Map()));
        const n = (articles.get(s.article) ?? 0) + delta;
        if (n > 0) articles.set(s.article, n);
        else articles.delete(s.article);
      }
      const n = (this.speakerCounts.get(s.speakerKey) ?? 0) + delta;
      if (n > 0) this.speakerCounts.set(s.speakerKey, n);
      else this.speakerCounts.delete(s.speakerKey);
      let articles = this.speakerArticles.get(s.speakerKey);
      if (delta > 0) {
        if (!articles) this.speakerArticles.set(s.speakerKey, (articles = new Set()));
        articles.add(s.article);
      } else if (articles) {
        // Only whole articles leave the desk, so the speaker no longer speaks in this one.
        articles.delete(s.article);
        if (articles.size === 0) this.speakerArticles.delete(s.speakerKey);
      }
    }
  }

  /** Counts an article's figures by topic (`topics`: each figure's, in order; a restored article's figures need not be made for it). */
  private countFigures(topics: ReadonlyArray<string | null>, article: string, delta: 1 | -1): void {
    for (const topic of new Set(topics.filter((t): t is string => !!t))) {
      const n = topics.filter((t) => t === topic).length * delta + (this.topicCounts.get(topic) ?? 0);
      if (n > 0) this.topicCounts.set(topic, n);
      else this.topicCounts.delete(topic);
      let articles = this.topicArticles.get(topic);
      if (delta > 0) {
        if (!articles) this.topicArticles.set(topic, (articles = new Set()));
        articles.add(article);
      } else if (articles) {
        articles.delete(article);
        if (articles.size === 0) this.topicArticles.delete(topic);
      }
    }
  }

  /** The id of the story an article belongs to (undefined for an unknown article). */
  storyOf(articleId: string): string | undefined {
    return this.stories.storyOf(articleId);
  }

  /**
   * A story's label, remembered until an article joins or leaves that story. Labels have a memory of their own, not
   * memo()'s: one /who-said answer can name hundreds of stories, and they would push every other
   * remembered answer out.
   */
  storyLabel(id: string): StoryLabel {
    let label = this.labels.get(id);
    if (!label) this.labels.set(id, (label = this.computeStoryLabel(id)));
    return label;
  }

  private computeStoryLabel(id: string): StoryLabel {
    return (
      storyLabel(this.stories, id, {
        speaker: (key) => this.speakers.get(key),
        quoted: (storyId) => {
          const counts = new Map<string, number>();
          for (const m of this.stories.story(storyId)?.members ?? []) for (const s of this.entries.get(m)?.statements ?? []) counts.set(s.speakerKey, (counts.get(s.speakerKey) ?? 0) + 1);
          return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
        },
        places: this.placeNames,
        vocabulary: (this.labelVocabulary ??= [...this.lexicons.topics, ...(this.lexicons.terms ?? [])]),
        titles: (storyId) => (this.stories.story(storyId)?.members ?? []).map((m) => this.entries.get(m)?.article.meta.title ?? '').filter(Boolean),
      })
    );
  }

  /** The month or year a figure counts over, from its sentence or an earlier one of its article (see figure-period.ts), else null. */
  figurePeriod(f: Figure): string | null {
    // Kept per article's figure list (replaced when the article is): /figure reads the periods of
    // thousands of articles' figures, far more than the answer memory holds.
    const figures = this.figures(f.article);
    let periods = this.figurePeriods.get(figures);
    if (!periods) this.figurePeriods.set(figures, (periods = articlePeriods(figures)));
    return periods.get(f.id) ?? null;
  }

  /** Periods of each article's figures (figurePeriod), by the article's figure list. */
  private readonly figurePeriods = new WeakMap<readonly Figure[], Map<string, string | null>>();

  /** The place a figure counts in when narrower than its story's own (see figure-scope.ts), else null. */
  figureScope(f: Figure): string | null {
    // Background about another incident is its own quantity: never compared with this story's toll.
    if (f.otherEvent) return OTHER_INCIDENT_SCOPE;
    const story = this.stories.storyOf(f.article);
    return figureScope(f, { places: this.placeNames, storyPlaces: story ? this.stories.mainPlaces(story) : undefined });
  }

  /** English and Arabic name of a listed place id (countries, cities), or of a local place (~name). */
  placeName(id: string): { en: string; ar: string } {
    if (id === OTHER_INCIDENT_SCOPE) return { en: 'another incident', ar: 'حادث آخر' };
    const place = this.placeNames.places.get(id);
    return place ? { en: place.en, ar: place.ar } : { en: id.replace(/^~/, ''), ar: id.replace(/^~/, '') };
  }

  /** One story with its articles newest first, or undefined. */
  story(id: string): StorySummary | undefined {
    const state = this.stories.story(id);
    if (!state) return undefined;
    this.recency ??= new Map(this.articlesNewestFirst().map((a, i) => [a, i]));
    const recency = this.recency;
    const articles = state.members.map((m) => this.entries.get(m)?.article).filter((a): a is Article => !!a);
    articles.sort((a, b) => (recency.get(a) ?? 0) - (recency.get(b) ?? 0));
    return { id, label: this.storyLabel(id), first: state.first, last: state.last, articles };
  }

  /**
   * Every story, newest first: by its latest article date; undated stories after dated ones, in
   * the order of their newest article (file time), never by id alone.
   */
  storyList(): StorySummary[] {
    return this.memo('story-list', () => {
      const out = this.stories.stories().map((s) => this.story(s.id)!).filter(Boolean);
      this.recency ??= new Map(this.articlesNewestFirst().map((a, i) => [a, i]));
      const recency = this.recency;
      const newest = (s: StorySummary) => recency.get(s.articles[0]!) ?? 0;
      return out.sort((a, b) => {
        if (a.last !== b.last) return !a.last ? 1 : !b.last ? -1 : a.last < b.last ? 1 : -1;
        return newest(a) - newest(b);
      });
    });
  }

  /** Figures of one topic (no scan of the whole desk). */
  figuresOf(topic: string): Figure[] {
    const out: Figure[] = [];
    for (const id of this.topicArticles.get(topic) ?? []) for (const f of this.entries.get(id)?.figures ?? []) if (f.topic === topic) out.push(f);
    return out;
  }

  /** What the desk's percentages and amounts measure (Figure.quantity: inflation, subsidies…) → the topics those figures carry. */
  figureQuantities(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.memo('figure-quantities', () => {
      const out = new Map<string, Set<string>>();
      for (const entry of this.entries.values()) {
        for (const f of entry.figures) {
          if (!f.quantity || !f.topic) continue;
          const topics = out.get(f.quantity) ?? new Set<string>();
          topics.add(f.topic);
          out.set(f.quantity, topics);
        }
      }
      return out;
    });
  }

  /** How many statements a speaker has on the desk (0 when none). */
  speakerCount(key: string): number {
    return this.speakerCounts.get(key) ?? 0;
  }

  /**
   * A query result remembered until the desk changes: editors ask the same questions all day, and
   * any add or remove clears the memory. When full, the answer asked for least recently goes (an
   * answer asked again moves to the back), so the day's common questions stay.
   */
  memo<T>(key: string, compute: () => T): T {
    if (this.memory.has(key)) {
      const known = this.memory.get(key) as T;
      this.memory.delete(key);
      this.memory.set(key, known);
      return known;
    }
    const value = compute();
    if (this.memory.size >= 500) this.memory.delete(this.memory.keys().next().value!);
    this.memory.set(key, value);
    return value;
  }

  /** Figures per topic on the desk, kept up to date on add/remove. */
  topicFigureCounts(): ReadonlyMap<string, number> {
    return this.topicCounts;
  }

  /** Texts of the sentences that contain any of these normalised terms (any reading, exactly). */
  sentencesMatching(terms: string[]): Set<string> {
    return this.passages.textsMatching(terms);
  }

  /** One speaker's statements, article by article (no scan of the whole desk). */
  statementsBy(speakerKey: string): Statement[] {
    const out: Statement[] = [];
    for (const id of this.speakerArticles.get(speakerKey) ?? []) {
      for (const s of this.entries.get(id)?.statements ?? []) if (s.speakerKey === speakerKey) out.push(s);
    }
    return out;
  }

  /**
   * The best sentences for an Arabic or English query, with matched words located. A sentence that
   * stands word for word in several articles is one hit: in the newest of them (or in `article`),
   * the others listed in `alsoIn`. Remembered until the desk changes.
   */
  searchPassages(query: string, limit = 10, article?: string): PassageHit[] {
    return this.searchPassagesCounted(query, { limit, partialLimit: limit, article }).hits.slice(0, limit);
  }

  /**
   * Every sentence holding every thing typed (up to `limit`), then up to `partialLimit` nearest
   * matches, with the totals of each and how the query was read (near spellings, sound-alikes).
   */
  searchPassagesCounted(query: string, options: SearchOptions = {}): SearchAnswer {
    const key = `search|${options.limit ?? ''}|${options.partialLimit ?? ''}|${options.article ?? ''}|${query}`;
    // What is remembered is where the passages stand (FoundPassages), not the hits, and the hits are
    // made again from it each time (highlighting is remembered per sentence). A couple of hundred
    // hit objects per answer, kept for the day, each survived young-generation collections, and
    // kept answers made V8 treat every search's hits as long-lived (pretenured into the old
    // generation, holding young lists each collection then had to copy): on the bench's /search mix
    // keeping answers asked twice whole saved 0.2–0.4 ms per repeat and cost 6× the survivors.
    const found: FoundPassages & { notes: string[] } = this.memo(key, () => {
      const { groups, notes } = readQuery(query, this.lexicons, { soundsLike: (w) => this.passages.soundsLike(w) });
      return { ...this.locatePassages(groups, options), notes };
    });
    return { hits: this.passageHits(found, options.article), completeTotal: found.completeTotal, partialTotal: found.partialTotal, notes: found.notes };
  }

  /** searchPassagesCounted for a query already read into groups of alternatives (text-index.ts). */
  searchGroups(groups: PhraseGroup[], options: SearchOptions = {}): Omit<SearchAnswer, 'notes'> {
    const found = this.locatePassages(groups, options);
    return { hits: this.passageHits(found, options.article), completeTotal: found.completeTotal, partialTotal: found.partialTotal };
  }

  /** The passages of a search as ids, scores and matched terms (see FoundPassages). */
  private locatePassages(groups: PhraseGroup[], options: SearchOptions): FoundPassages {
    if (groups.length === 0) return { rows: new Float64Array(0), terms: [], completeTotal: 0, partialTotal: 0 };
    const limit = options.limit ?? 10;
    const partialLimit = options.partialLimit ?? options.limit ?? 10;
    const only = options.article;
    const within = only === undefined ? undefined : new Set(this.entries.get(only)?.passageIds ?? []);
    const terms: string[][] = [];
    const row = rowScratch;
    row.length = 0;
    // Hits mostly match the same few terms: each distinct list is kept once, found by comparing
    // lists term by term (no key joined per hit); past a few distinct lists, by a joined key.
    let byKey: Map<string, number> | undefined;
    const visit = (id: number, match: { score: number; terms: string[] }, complete: boolean): void => {
      let at = -1;
      if (terms.length <= FEW_TERM_LISTS) at = terms.findIndex((list) => sameTerms(list, match.terms));
      else {
        byKey ??= new Map(terms.map((list, k) => [list.join('\u0000'), k]));
        at = byKey.get(match.terms.join('\u0000')) ?? -1;
      }
      if (at < 0) {
        at = terms.length;
        terms.push(match.terms);
        byKey?.set(match.terms.join('\u0000'), at);
      }
      row.push(id, match.score, complete ? 1 : 0, at);
    };
    const found = this.passages.searchEach(groups, { limit, partialLimit, within, visit });
    const rows = new Float64Array(row);
    row.length = 0;
    return { rows, terms, completeTotal: found.complete, partialTotal: found.partial };
  }

  /**
   * Where a passage is shown in a search of one article: in `only`, then the next few newest
   * articles holding it (a search of the whole desk reads them off the passage: PassageMatch.newest).
   * A wire sentence can stand in thousands of articles, so they are not sorted: a short list keeps
   * the best few, walking from the most recently added (usually the newest).
   */
  private placesIn(only: string, locations: readonly PassageLocation[]): { places: readonly PassageLocation[]; articleCount: number } {
    const places: PassageLocation[] = [];
    const count = ALSO_IN_LISTED + 1;
    this.recency ??= new Map(this.articlesNewestFirst().map((a, i) => [a, i]));
    const recency = this.recency;
    // `only` ranks before every article; the rest by recency. `ranks` holds the places' ranks.
    const ranks: number[] = [];
    let articleCount = 0;
    let previous = '';
    for (let i = locations.length - 1; i >= 0; i--) {
      // One article's locations stand together (an article's sentences are placed in one go).
      const { article, start } = locations[i]!;
      if (article.id === previous) continue;
      previous = article.id;
      articleCount++;
      const r = article.id === only ? -1 : (recency.get(article) ?? recency.size);
      if (places.length === count && r >= ranks[count - 1]!) continue;
      const at = insertionPoint(ranks, (rank) => rank > r);
      places.splice(at, 0, { article, start });
      ranks.splice(at, 0, r);
      if (places.length > count) {
        places.pop();
        ranks.pop();
      }
    }
    return { places, articleCount };
  }

  /** The hits of located passages: each in its newest article (or in `only`), with its statements and highlights. */
  private passageHits(found: FoundPassages, only?: string): PassageHit[] {
    const hits: PassageHit[] = [];
    const { rows, terms } = found;
    for (let r = 0; r < rows.length; r += FOUND_ROW) {
      const passage = this.passages.placesOf(rows[r]!);
      if (!passage) continue;
      let places = passage.newest;
      let articleCount = passage.articles;
      if (only !== undefined) ({ places, articleCount } = this.placesIn(only, passage.locations));
      const first = places[0];
      if (!first) continue;
      const { article } = first;
      const sentence = rangeAt(article.sentences, first.start);
      if (!sentence) continue;
      // Plain loops: this runs for every hit of every search (up to a couple of hundred each).
      // Most hits overlap no statement and stand in one article: they share the empty lists.
      let overlapping: Statement[] | undefined;
      for (const st of this.entries.get(article.id)?.statements ?? []) if (st.start < sentence.end && st.end > sentence.start) (overlapping ??= []).push(st);
      let alsoIn: Article[] | undefined;
      for (let i = 1; i < places.length; i++) (alsoIn ??= []).push(places[i]!.article);
      const matched = terms[rows[r + 3]!]!;
      hits.push({
        article,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        score: rows[r + 1]!,
        complete: rows[r + 2] === 1,
        highlights: matchHighlights(sentence.text, matched, passage.numbers ?? (matched.some(isNumberTerm) ? this.passages.numbersOf(rows[r]!) : undefined)),
        statements: overlapping ?? NO_STATEMENTS,
        alsoIn: alsoIn ?? NO_ARTICLES,
        alsoInCount: articleCount - 1,
      });
    }
    return hits;
  }
}

/** The lists of a hit that overlaps no statement or stands in no other article (shared, so frozen). */
const NO_STATEMENTS: readonly Statement[] = Object.freeze([]);
const NO_ARTICLES: readonly Article[] = Object.freeze([]);

/** A search's rows (see FoundPassages) as they are found, before they are copied into the answer's own array. */
const rowScratch: number[] = [];

/** Distinct lists of matched terms compared one by one before a search keys them. */
const FEW_TERM_LISTS = 8;

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A number's index term ("#8000", see numberTerm). */
const isNumberTerm = (term: string) => term.startsWith('#');

/** Newest first: publication date, then file time, then the higher id. */
export function compareNewestFirst(a: Article, b: Article): number {
  const da = a.meta.published ?? '';
  const db = b.meta.published ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.mtimeMs !== b.mtimeMs) return b.mtimeMs - a.mtimeMs;
  return compareArticleIds(b.id, a.id);
}

const compareIds = (a: Article, b: Article) => compareArticleIds(a.id, b.id);
