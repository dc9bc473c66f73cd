import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { stripClitics, type Token } from '../arabic/tokenize.ts';
import { DEFAULT_LEXICON_DIR, readLexiconFile, type LexiconEntry } from '../lexicon.ts';

/**
 * Places an article is about: countries (by name or nationality adjective) and cities from
 * data/lexicon/entities.json (entries of kind "country" or "place"). A story is mostly one place, so
 * place mentions are strong grouping features and give a story's label its "where". Without the
 * file there are no place features and grouping rests on rarity alone. Local places no list can
 * hold (a town, a district, a hospital) are read from the word after a place noun
 * (data/lexicon/place-cues.json: محافظة إربد، جزيرة الوراق).
 */

export interface Place {
  id: string;
  /** English display name. */
  en: string;
  /** Arabic display name. */
  ar: string;
  kind: 'country' | 'place';
  /** The country a place lies in (entities.json `country`), for places that say. */
  country?: string;
}

export interface PlaceMatcher {
  /** Phrases by their first word's normalised form: longest first. */
  byFirstWord: Map<string, Array<{ words: string[]; place: Place; commonWord?: boolean; demonym?: boolean }>>;
  places: Map<string, Place>;
  /** Normalised place nouns (محافظه، بلده…) after which a local place name stands. */
  cues: Set<string>;
  /** Normalised words that are no place after such a noun (مركز الزلزال، منطقة الحادث): place-cues.json notNames. */
  notNames: Set<string>;
}

const matcherCache = new Map<string, PlaceMatcher>();
/** Endings of a nationality adjective used as a noun: مصريا، مصريين، مصريون، مصريات. */
const DEMONYM_ENDING = /^([\u0621-\u064A]{3,}ي)(?:ا|ين|ون|ات)$/;

function phrases(entry: LexiconEntry): string[] {
  const demonyms = entry.extra['demonym_ar'];
  return [...entry.ar, ...(Array.isArray(demonyms) ? demonyms.filter((d): d is string => typeof d === 'string') : [])];
}

/** A matcher for the country and place entries of a lexicon list, and local places after `cues`. */
export function placeMatcher(entries: readonly LexiconEntry[], cueNouns: readonly string[] = [], notNames: readonly string[] = []): PlaceMatcher {
  const byFirstWord = new Map<string, Array<{ words: string[]; place: Place; commonWord?: boolean; demonym?: boolean }>>();
  const places = new Map<string, Place>();
  for (const entry of entries) {
    if (entry.kind !== 'country' && entry.kind !== 'place') continue;
    const country = typeof entry.extra['country'] === 'string' ? (entry.extra['country'] as string) : undefined;
    const place: Place = { id: entry.id, en: entry.en[0] ?? entry.id, ar: entry.ar[0] ?? entry.id, kind: entry.kind, ...(country ? { country } : {}) };
    places.set(entry.id, place);
    // A place spelt like a common noun (صور images / Tyre): not that place when a noun follows in construct.
    const commonWord = entry.extra['commonWord'] === true;
    for (const phrase of phrases(entry)) {
      const words = normalizeForMatch(phrase).split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      // A listed form loses only its article (الروسية is looked up as روسيه too): its other first
      // letters are the name's own, and stripping them as clitics made باجل (Bajil) of every من أجل.
      for (const first of new Set([words[0]!, ...withoutArticle(words[0]!)])) {
        let list = byFirstWord.get(first);
        if (!list) byFirstWord.set(first, (list = []));
        list.push({ words: [first, ...words.slice(1)], place, commonWord: commonWord && words.length === 1 && entry.ar.includes(phrase), demonym: !entry.ar.includes(phrase) });
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const normalised = (words: readonly string[]) => new Set(words.map((c) => normalizeForMatch(c).trim()).filter(Boolean));
  return { byFirstWord, places, cues: normalised(cueNouns), notNames: normalised(notNames) };
}

/** A listed form's first word without its article ال, when a word of three letters or more is left. */
function withoutArticle(word: string): string[] {
  return word.startsWith('ال') && word.length >= 5 ? [word.slice(2)] : [];
}

/** The places of data/lexicon/entities.json in `dir` (else the project's), read once per directory. */
export function loadPlaces(dir: string = DEFAULT_LEXICON_DIR): PlaceMatcher {
  let matcher = matcherCache.get(dir);
  if (matcher) return matcher;
  const warnings: string[] = [];
  const own = join(dir, 'entities.json');
  const path = existsSync(own) ? own : join(DEFAULT_LEXICON_DIR, 'entities.json');
  const cueFile = readPlaceCues(dir);
  matcher = placeMatcher(existsSync(path) ? readLexiconFile(path, warnings) : [], cueFile.nouns, cueFile.notNames);
  matcherCache.set(dir, matcher);
  return matcher;
}

function readPlaceCues(dir: string): { nouns: string[]; notNames: string[] } {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : []);
  for (const path of [join(dir, 'place-cues.json'), join(DEFAULT_LEXICON_DIR, 'place-cues.json')]) {
    if (!existsSync(path)) continue;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { nouns?: unknown; notNames?: unknown };
      if (Array.isArray(data.nouns)) return { nouns: strings(data.nouns), notNames: strings(data.notNames) };
    } catch {
      // A broken editor file falls back to the project's.
    }
  }
  return { nouns: [], notNames: [] };
}

const digitReaders = new WeakMap<PlaceMatcher, boolean>();

/**
 * Whether a number's digits can change what the matcher reads: a place phrase or a place noun
 * with a digit in it. Without one, a number token is never a place nor a local place's name.
 */
export function readsDigits(matcher: PlaceMatcher): boolean {
  let reads = digitReaders.get(matcher);
  if (reads === undefined) {
    const digit = /\p{N}/u;
    reads = [...matcher.cues].some((c) => digit.test(c)) || [...matcher.byFirstWord.values()].some((list) => list.some((p) => p.words.some((w) => digit.test(w))));
    digitReaders.set(matcher, reads);
  }
  return reads;
}

/** The readings of a word with and without its clitics (ومستشفى → مستشفى), remembered: place look-ups read every token. */
const readingCache = new Map<string, string[]>();
function readings(norm: string): string[] {
  let forms = readingCache.get(norm);
  if (!forms) {
    forms = stripClitics(norm);
    if (readingCache.size < 200_000) readingCache.set(norm, forms);
  }
  return forms;
}

type Phrase = { words: string[]; place: Place; commonWord?: boolean; demonym?: boolean };

/**
 * What one normalised word can start, for a matcher and a function-word list: listed places
 * (per reading, the phrases it may open and the one-word place its nationality ending stands
 * for), and its part in a local place (a place noun in construct form; a word that cannot follow
 * one). Worked out once per word: a desk's vocabulary is far smaller than its text.
 */
interface WordPlaces {
  /** Per reading that can open a listed place, in reading order. */
  starts: Array<{ phrases: Phrase[] | undefined; single: Phrase | undefined }>;
  /** A place noun in construct form (محافظة, not المحافظة). */
  cue: boolean;
  /** A place noun or a function word: never the name after a place noun. */
  blocksName: boolean;
}

const wordPlaceCache = new WeakMap<PlaceMatcher, WeakMap<ReadonlySet<string>, Map<string, WordPlaces>>>();
const WORD_PLACE_CACHE_LIMIT = 200_000;

/** The WordPlaces of a matcher and function-word list, by normalised word (looked up once per sentence, not per word). */
function wordPlaceTable(matcher: PlaceMatcher, functionWords: ReadonlySet<string>): Map<string, WordPlaces> {
  let byWords = wordPlaceCache.get(matcher);
  if (!byWords) wordPlaceCache.set(matcher, (byWords = new WeakMap()));
  let cache = byWords.get(functionWords);
  if (!cache) byWords.set(functionWords, (cache = new Map()));
  return cache;
}

function wordPlaces(cache: Map<string, WordPlaces>, matcher: PlaceMatcher, functionWords: ReadonlySet<string>, norm: string): WordPlaces {
  let info = cache.get(norm);
  if (info) return info;
  const forms = readings(norm);
  const starts: WordPlaces['starts'] = [];
  if (matcher.places.size > 0) {
    for (const form of forms) {
      const phrases = matcher.byFirstWord.get(form);
      // A nationality adjective in the accusative or plural (مصريا، مصريين، مصريون) is its base form.
      const base = DEMONYM_ENDING.exec(form)?.[1];
      const single = base ? matcher.byFirstWord.get(base)?.find((p) => p.words.length === 1) : undefined;
      if (phrases || single) starts.push({ phrases, single });
    }
  }
  info = {
    starts,
    cue: forms.some((f) => matcher.cues.has(f)) && !/^(?:[وفبلك]?ال|[وف]?لل)/.test(norm),
    blocksName: forms.some((f) => matcher.cues.has(f) || functionWords.has(f)),
  };
  if (cache.size < WORD_PLACE_CACHE_LIMIT) cache.set(norm, info);
  return info;
}

/**
 * A local place after a place noun at token i. The noun must be in construct form (محافظة إربد,
 * مدينة الناصرية): a definite noun followed by a definite word is a noun and its adjective
 * (المركز الإعلامي، المنطقة العربية), not a place.
 */
function localPlaceAt(matcher: PlaceMatcher, tokens: readonly Token[], i: number, here: WordPlaces, functionWords: ReadonlySet<string>, table: Map<string, WordPlaces>): Place | null {
  if (i + 1 >= tokens.length || !here.cue) return null;
  const next = tokens[i + 1]!;
  if (wordPlaces(table, matcher, functionWords, next.norm).blocksName) return null;
  const name = next.norm.startsWith('ال') && next.norm.length > 4 ? next.norm.slice(2) : next.norm;
  if (!/^[\u0621-\u064A]{3,}$/.test(name) || matcher.byFirstWord.has(next.norm) || matcher.notNames.has(name)) return null;
  return { id: `~${name}`, en: '', ar: next.surface.replace(/[\u064B-\u065F\u0670\u0640]/g, ''), kind: 'place' };
}

const NO_FUNCTION_WORDS: ReadonlySet<string> = new Set();

/** A word that may end a person's name before a nisba: Arabic letters, no article or clitic article, no function word. */
function isBareNameWord(t: Token, functionWords: ReadonlySet<string>): boolean {
  return /^[\u0621-\u064A]{3,}$/.test(t.norm) && !/^(?:[وفبلك]?ال|[وف]?لل)/.test(t.norm) && !functionWords.has(t.norm) && !/[ةه]$/.test(t.norm);
}

/**
 * Places mentioned in a sentence's tokens, once per mention: listed ones by id, local ones as
 * `~name` (the word after a place noun, without its article), with `functionWords` never a name.
 */
export function placesIn(matcher: PlaceMatcher, tokens: readonly Token[], functionWords: ReadonlySet<string> = NO_FUNCTION_WORDS): Place[] {
  const out: Place[] = [];
  const table = wordPlaceTable(matcher, functionWords);
  for (let i = 0; i < tokens.length; i++) {
    const here = wordPlaces(table, matcher, functionWords, tokens[i]!.norm);
    const local = matcher.cues.size ? localPlaceAt(matcher, tokens, i, here, functionWords, table) : null;
    if (local) out.push(local);
    if (matcher.places.size === 0) continue;
    let matched: Phrase | undefined;
    for (const { phrases, single } of here.starts) {
      matched = phrases?.find((p) => p.words.every((w, k) => k === 0 || tokens[i + k]?.norm === w)) ?? single;
      if (matched) break;
    }
    if (!matched) continue;
    // "صور الأقمار الصناعية" are satellite images: a common-noun place in construct names no place.
    if (matched.commonWord && /^(?:[وفبلك]?ال|[وف]?لل)/.test(tokens[i + 1]?.norm ?? '')) continue;
    // "محمد شياع السوداني": a nationality with the article right after a bare name word is a family name.
    if (matched.demonym && matched.words.length === 1 && i > 0 && /^ال/.test(tokens[i]!.norm) && isBareNameWord(tokens[i - 1]!, functionWords)) continue;
    out.push(matched.place);
    i += matched.words.length - 1;
  }
  return out;
}
