import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { stem, stripClitics, tokenize } from '../arabic/tokenize.ts';
import { hasFirmDate } from '../corpus/metadata.ts';
import type { Article } from '../corpus/types.ts';
import type { Statement } from '../extract/types.ts';
import { DEFAULT_LEXICON_DIR } from '../lexicon.ts';
import { placesIn, readsDigits, type PlaceMatcher } from './places.ts';
import { RecentMap } from '../text/recent-map.ts';

/**
 * What an article is about, as a bag of weighted features for story grouping:
 *  - `w:` content words (stemmed, function words left out), headline words counted twice;
 *  - `b:` pairs of adjacent content words: names and places are mostly two words
 *    (ذي قار، عبد الله، مستشفى الحسين) and a pair is far rarer than either word;
 *  - `p:` the speakers the article quotes (the extraction's merged speaker keys);
 *  - `d:` a fingerprint of each long sentence, so republished wire copy links articles at once;
 *  - `g:` the countries and places named (places.ts), weighted `placeWeight` per mention.
 * Counts only: rarity (IDF) is applied by the story index, which knows the desk.
 */

export interface ArticleProfile {
  /** Feature → its tally in the article, in first-seen order. */
  features: ReadonlyMap<string, FeatureTally>;
  /** ISO date of publication, or null. */
  date: string | null;
}

/** A feature's count in an article and, for words and pairs, its shortest spelling there. */
export interface FeatureTally {
  /** Raw count (headline words weigh double). */
  readonly count: number;
  /** A readable Arabic form of a word or pair feature (its shortest spelling in the article). */
  readonly surface: string | undefined;
  /** The feature's process-wide number (see featureNumber), or -1 / absent when it has none. */
  readonly number?: number;
}

/**
 * Process-wide numbers for feature texts, given when a sentence or word is first read: a story
 * index finds its own id for a numbered feature in an array instead of hashing the text again
 * (every article's every feature is looked up once per build). Bounded; past the bound features
 * go unnumbered and are looked up by text.
 */
const featureNumbers = new Map<string, number>();
const FEATURE_NUMBER_LIMIT = 500_000;

function featureNumber(feature: string): number {
  let number = featureNumbers.get(feature);
  if (number === undefined) {
    if (featureNumbers.size >= FEATURE_NUMBER_LIMIT) return -1;
    featureNumbers.set(feature, (number = featureNumbers.size));
  }
  return number;
}

export interface ProfileOptions {
  /** Normalised function words (see loadFunctionWords). */
  functionWords: ReadonlySet<string>;
  /** Countries and places to look for (none: no place features). */
  places?: PlaceMatcher;
  /** Weight of one place mention relative to a word. */
  placeWeight?: number;
  /** Weight of a headline word relative to a body word. */
  headlineWeight?: number;
  /** A sentence needs this many content words to get a fingerprint (short ones recur by chance). */
  fingerprintMinWords?: number;
  /** Content words that make up a fingerprint. */
  fingerprintWords?: number;
}

const HEADLINE_WEIGHT = 2;
const PLACE_WEIGHT = 1;
const FINGERPRINT_MIN_WORDS = 10;
const FINGERPRINT_WORDS = 8;
/** Bases shorter than this are particles or fragments, never a story's key word. */
const MIN_WORD = 3;
const ARABIC = /^[\u0621-\u064A]+$/;
const LATIN = /^[a-z][a-z'-]+$/;

const functionWordCache = new Map<string, ReadonlySet<string>>();

/**
 * data/lexicon/function-words.json, normalised. A missing or broken file in an editor's directory
 * falls back to the project's (the same policy as figure-cues.json); the project's own must exist.
 */
export function loadFunctionWords(dir: string = DEFAULT_LEXICON_DIR): ReadonlySet<string> {
  const known = functionWordCache.get(dir);
  if (known) return known;
  let words: string[] = [];
  for (const path of [join(dir, 'function-words.json'), join(DEFAULT_LEXICON_DIR, 'function-words.json')]) {
    if (!existsSync(path)) continue;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { words?: unknown };
      if (Array.isArray(data.words)) {
        words = data.words.filter((w): w is string => typeof w === 'string');
        break;
      }
    } catch {
      // A broken editor file falls back to the project's.
    }
  }
  const out = new Set<string>();
  for (const w of words) for (const part of normalizeForMatch(w).split(/\s+/)) if (part) out.add(part);
  functionWordCache.set(dir, out);
  return out;
}

/** wordKey answers per function-word list: a desk's vocabulary is far smaller than its text. */
const wordKeyCache = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const WORD_KEY_CACHE_LIMIT = 200_000;

/** The key of a content word, or null for a function word, a number or a fragment. */
export function wordKey(norm: string, functionWords: ReadonlySet<string>): string | null {
  let cache = wordKeyCache.get(functionWords);
  if (!cache) wordKeyCache.set(functionWords, (cache = new Map()));
  let key = cache.get(norm);
  if (key === undefined) {
    key = computeWordKey(norm, functionWords);
    if (cache.size < WORD_KEY_CACHE_LIMIT) cache.set(norm, key);
  }
  return key;
}

function computeWordKey(norm: string, functionWords: ReadonlySet<string>): string | null {
  if (functionWords.has(norm)) return null;
  if (LATIN.test(norm)) return norm.length >= MIN_WORD ? norm : null;
  if (!ARABIC.test(norm)) return null;
  const forms = stripClitics(norm);
  // وقال, والذي, بأن: a function word behind a clitic is still one.
  for (let i = 1; i < forms.length; i++) if (functionWords.has(forms[i]!)) return null;
  const base = forms[forms.length > 1 ? 1 : 0]!;
  if (base.length < MIN_WORD) return null;
  const s = stem(norm);
  return s.length >= 2 ? s : base;
}

/**
 * The `w:` feature of a word (or null, as wordKey), the string made once per word: building and
 * hashing a fresh `w:…` for every token of the archive was a good part of profiling it.
 */
const wordFeatureCache = new WeakMap<ReadonlySet<string>, Map<string, WordFeature | null>>();

interface WordFeature {
  /** wordKey's answer. */
  key: string;
  /** `w:` and the key, and its featureNumber. */
  feature: string;
  number: number;
}

/** The wordFeature answers of a function-word list (looked up once per sentence, not per word). */
function wordFeatureTable(functionWords: ReadonlySet<string>): Map<string, WordFeature | null> {
  let cache = wordFeatureCache.get(functionWords);
  if (!cache) wordFeatureCache.set(functionWords, (cache = new Map()));
  return cache;
}

function wordFeature(cache: Map<string, WordFeature | null>, norm: string, functionWords: ReadonlySet<string>): WordFeature | null {
  let word = cache.get(norm);
  if (word === undefined) {
    const key = wordKey(norm, functionWords);
    word = key === null ? null : { key, feature: `w:${key}`, number: featureNumber(`w:${key}`) };
    if (cache.size < WORD_KEY_CACHE_LIMIT) cache.set(norm, word);
  }
  return word;
}

/** The article's profile: its headline and body (boilerplate is already out of `paragraphs`), and its speakers. */
export function articleProfile(article: Article, statements: readonly Statement[], options: ProfileOptions): ArticleProfile {
  const headlineWeight = options.headlineWeight ?? HEADLINE_WEIGHT;
  const placeWeight = options.placeWeight ?? PLACE_WEIGHT;
  // Count and shortest spelling together, in first-seen order: one look-up per feature, not four.
  const features = new Map<string, Tally>();
  const bump = (feature: string, by: number, number: number): Tally => {
    let tally = features.get(feature);
    if (!tally) features.set(feature, (tally = { count: 0, surface: undefined, number }));
    tally.count += by;
    return tally;
  };
  const headlines = new Set(article.paragraphs.filter((p) => p.role === 'headline').map((p) => p.index));
  for (const sentence of article.sentences) {
    const weight = headlines.has(sentence.paragraph) ? headlineWeight : 1;
    for (const { feature, kind, occurrences, surface, number } of sentenceFeatures(sentence.text, options)) {
      // Added once per occurrence, as a word-by-word count would, so the sums are the same to the last bit.
      const by = kind === 'place' ? weight * placeWeight : kind === 'fingerprint' ? 1 : weight;
      let tally = bump(feature, by, number);
      for (let k = 1; k < occurrences; k++) tally = bump(feature, by, number);
      // The shortest spelling seen (الناصرية over بالناصرية): cheap, and clitic-free far more often than not.
      if (surface !== undefined && (tally.surface === undefined || surface.length < tally.surface.length)) tally.surface = surface;
    }
  }
  if (options.places) for (const place of datelinePlaces(article, options.places, options.functionWords)) bump(`g:${place}`, placeWeight, featureNumber(`g:${place}`));
  for (const s of statements) if (identifiesStory(s.speakerKey)) bump(`p:${s.speakerKey}`, 1, -1);
  // A page header's «today» is not the article's date: it must not keep an article out of its story.
  return { features, date: hasFirmDate(article.meta) ? article.meta.published : null };
}

/** Boilerplate lines that say where a story was filed: «سبق- الرياض», «القاهرة – أكرم علي». */
const FILING_LINE_REASONS: ReadonlySet<string> = new Set(['dateline', 'byline']);
/** A short header line of two parts around a dash or colon («عمان - الغد»، «بغداد: الصباح»): a place and an outlet. */
const DASHED_HEADER = /^\s*(\S+(?:\s+\S+)?)\s*[-–—:]\s*(\S+(?:\s+\S+)?)\s*$/u;

/**
 * The listed places of the article's filing lines: datelines, place-and-author lines, and a header
 * line that is a place and an outlet around a dash. Cleaning takes those lines out of the text,
 * yet they are often the only place a local report names (a Riyadh paper writes «سبق- الرياض» and
 * then «الهيئة»): without them the article would join any story whose words it shares, wherever
 * that story happened.
 */
function datelinePlaces(article: Article, matcher: PlaceMatcher, functionWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const listed = (tokens: ReturnType<typeof tokenize>) => placesIn(matcher, tokens, functionWords).filter((p) => !p.id.startsWith('~'));
  for (const range of article.boilerplate) {
    const line = article.text.slice(range.start, range.end);
    if (FILING_LINE_REASONS.has(range.reason)) {
      for (const place of listed(tokenize(line))) out.push(place.id);
    } else if (range.reason === 'page header') {
      // Only when one whole side is the place: a section label «أخبار مصر - عاجل» is no dateline.
      const parts = DASHED_HEADER.exec(line);
      if (!parts) continue;
      for (const side of [parts[1]!, parts[2]!]) {
        const tokens = tokenize(side);
        const found = listed(tokens);
        if (found.length === 1 && tokens.length === found[0]!.ar.split(' ').length) out.push(found[0]!.id);
      }
    }
  }
  return out;
}

/**
 * Whether a speaker says which story an article tells: a named person or a body with its country
 * does; an anonymous source (مصدر أمني) or a bare body any country has (وزارة الداخلية) does not,
 * and two unrelated stories quoting "the interior ministry" are no evidence of one story.
 */
function identifiesStory(speakerKey: string): boolean {
  if (speakerKey.startsWith('s:')) return false;
  if (speakerKey.startsWith('i:')) return speakerKey.slice(2).split(' ').length > 2;
  return true;
}

/** FeatureTally while the article is read. */
interface Tally {
  count: number;
  surface: string | undefined;
  number: number;
}

/** One feature of a sentence: how often it occurs there and, for words and pairs, its shortest spelling. */
interface SentenceFeature {
  feature: string;
  /** featureNumber(feature). */
  number: number;
  kind: 'word' | 'place' | 'fingerprint';
  occurrences: number;
  surface: string | undefined;
}

/**
 * Sentences profiled lately, per function-word list and place matcher: wire copy and updated
 * stories repeat sentences word for word, and a repeat costs one look-up instead of a walk over
 * its words. Bounded (a few megabytes); only default fingerprint options are remembered.
 * Remembered by `numberBlind` text: an update that changes only the toll is the same sentence here.
 */
const sentenceCache = new WeakMap<ReadonlySet<string>, WeakMap<PlaceMatcher | typeof NO_PLACES, RecentMap<string, SentenceFeature[]>>>();
const NO_PLACES = {};
/** Sentences per generation (RecentMap keeps two). */
const SENTENCE_CACHE_LIMIT = 4096;

/** A sentence's features in first-seen order: words and pairs as its words come, then places, then its fingerprint. */
function sentenceFeatures(text: string, options: ProfileOptions): SentenceFeature[] {
  const remembered = options.fingerprintMinWords === undefined && options.fingerprintWords === undefined;
  let cache: RecentMap<string, SentenceFeature[]> | undefined;
  let key = text;
  if (remembered) {
    let byPlaces = sentenceCache.get(options.functionWords);
    if (!byPlaces) sentenceCache.set(options.functionWords, (byPlaces = new WeakMap()));
    cache = byPlaces.get(options.places ?? NO_PLACES);
    if (!cache) byPlaces.set(options.places ?? NO_PLACES, (cache = new RecentMap(SENTENCE_CACHE_LIMIT)));
    key = options.places && readsDigits(options.places) ? text : numberBlind(text);
    const known = cache.get(key);
    if (known) return known;
  }
  const found = readSentence(text, options);
  cache?.set(key, found);
  return found;
}

const DIGITS = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;

/**
 * A sentence with each run of digits as one 0: texts that differ only in their numbers have the
 * same features. A number is a token of its own (tokenize.ts; digits normalise one for one and
 * never join a word), no function word, content word or fingerprint word, so it only ends a word
 * pair — whatever its value — unless a place phrase holds a digit (then the text is its own key).
 */
function numberBlind(text: string): string {
  return text.replace(DIGITS, '0');
}

function readSentence(text: string, options: ProfileOptions): SentenceFeature[] {
  const { functionWords } = options;
  const minWords = options.fingerprintMinWords ?? FINGERPRINT_MIN_WORDS;
  const fingerprintWords = options.fingerprintWords ?? FINGERPRINT_WORDS;
  const features = new Map<string, SentenceFeature>();
  const add = (feature: string, kind: SentenceFeature['kind'], surface?: string, number?: number): void => {
    const known = features.get(feature);
    if (!known) features.set(feature, { feature, number: number ?? featureNumber(feature), kind, occurrences: 1, surface });
    else {
      known.occurrences++;
      if (surface !== undefined && (known.surface === undefined || surface.length < known.surface.length)) known.surface = surface;
    }
  };
  const words = wordFeatureTable(functionWords);
  const keys: string[] = [];
  // The previous content word's key and spelling ('' after a function word: no pair).
  let previousKey = '';
  let previousSurface = '';
  const tokens = tokenize(text);
  for (const token of tokens) {
    const word = wordFeature(words, token.norm, functionWords);
    if (!word) {
      previousKey = '';
      continue;
    }
    const { key, feature } = word;
    keys.push(key);
    const surface = readable(token.surface);
    add(feature, 'word', surface, word.number);
    if (previousKey && previousKey !== key) add(`b:${previousKey} ${key}`, 'word', `${previousSurface} ${surface}`);
    previousKey = key;
    previousSurface = surface;
  }
  if (options.places) for (const place of placesIn(options.places, tokens, functionWords)) add(`g:${place.id}`, 'place');
  if (keys.length >= minWords) add(`d:${keys.slice(0, fingerprintWords).join(' ')}`, 'fingerprint');
  return [...features.values()];
}

/** A word as a label shows it: no diacritics or tatweel. Most words have none: no replace for them. */
function readable(surface: string): string {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return surface.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  }
  return surface;
}
