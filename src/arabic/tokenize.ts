import { stemmer as snowballArabic } from '@orama/stemmers/arabic';
import { CodePointClasses } from '../text/code-point-classes.ts';
import { normalizeForMatch, normalizeWithMap } from './normalize.ts';
import { RecentMap } from '../text/recent-map.ts';

/**
 * Tokenisation for Arabic (and the Latin words mixed into it), with clitic splitting and stemming.
 *
 * Arabic glues conjunctions, prepositions and the article to the word (وبلينكن، لـ«عدوان»، للمنظمة).
 * Which letters are clitics is ambiguous (بلينكن starts with ب), so `termVariants` returns every
 * plausible reading; the index and the query both use it, so matching stays symmetric. Names are
 * never *only* stemmed: Snowball turns بلينكن into لين, so the unstemmed forms are always kept.
 */

export interface Token {
  /** The word as written in the original text. */
  surface: string;
  /** Its comparison form (see normalize.ts). */
  norm: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

/** A run of letters, or a number with its thousands/decimal separators (و939 → و + 939). */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+/gu;

/**
 * The last texts tokenised: extraction reads each sentence several times (statements, numbers,
 * figures), so an article's sentences are tokenised once; and an archive repeats sentences across
 * articles (a story's follow-ups, wire copy reprinted), so enough are kept to span a few hundred
 * articles. Token arrays are shared: never mutate.
 */
const recentTokens = new RecentMap<string, readonly Token[]>(2048);

/** Splits a text into word tokens with original offsets. Tatweel joins (لـ«) are split off as punctuation. */
export function tokenize(text: string): readonly Token[] {
  const known = recentTokens.get(text);
  if (known) return known;
  const normalized = normalizeWithMap(text);
  const tokens: Token[] = [];
  const norm = normalized.text;
  // WORD's matches, found by a scan of character classes (wordSpans): no match object for every word of the archive.
  for (let k = wordSpans(norm); k < spanCount; k++) {
    const nStart = spanStarts[k]!;
    const nEnd = spanEnds[k]!;
    const start = normalized.map[nStart]!;
    const lastStart = normalized.map[nEnd - 1]!;
    let end = normalized.map[nEnd]!;
    if (end <= lastStart) end = lastStart + 1;
    tokens.push({ surface: text.slice(start, end), norm: norm.slice(nStart, nEnd), start, end });
  }
  recentTokens.set(text, tokens);
  return tokens;
}

/** Code point classes for wordSpans: what WORD's alternatives take, from WORD's own classes, so the two never disagree. */
const NONE = 1;
const LETTER = 2;
const NUMBER = 3;
const IS_NUMBER = /^\p{N}$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const classes = new CodePointClasses((char) => (IS_NUMBER.test(char) ? NUMBER : IS_LETTER.test(char) ? LETTER : NONE));

/** wordSpans' output: [start, end) of each match, reused from text to text (tokenize copies them out at once). */
let spanStarts = new Int32Array(256);
let spanEnds = new Int32Array(256);
let spanCount = 0;

function pushSpan(start: number, end: number): void {
  if (spanCount === spanStarts.length) {
    const starts = new Int32Array(spanCount * 2);
    const ends = new Int32Array(spanCount * 2);
    starts.set(spanStarts);
    ends.set(spanEnds);
    spanStarts = starts;
    spanEnds = ends;
  }
  spanStarts[spanCount] = start;
  spanEnds[spanCount++] = end;
}

/**
 * The spans WORD matches in a text, left to right (\p{N}+(?:[.,]\p{N}+)* or [\p{L}\p{M}]+, by code
 * points): into spanStarts/spanEnds, spanCount of them; returns 0, the first span's index.
 */
function wordSpans(text: string): number {
  spanCount = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classes.at(text, i);
    const start = i;
    i += classes.width;
    if (cls === NONE) continue;
    if (cls === LETTER) {
      while (i < n && classes.at(text, i) === LETTER) i += classes.width;
    } else {
      while (i < n && classes.at(text, i) === NUMBER) i += classes.width;
      // A separator joins only digits on both sides: "3.5", "7,939"; "2022." ends before the stop.
      while (i + 1 < n && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2c) && classes.at(text, i + 1) === NUMBER) {
        i += 1 + classes.width;
        while (i < n && classes.at(text, i) === NUMBER) i += classes.width;
      }
    }
    pushSpan(start, i);
  }
  return 0;
}

/** Clitic prefixes, longest first, in their normalised spelling. ال and لل are the article. */
const PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_BASE = 3;

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;

/**
 * The forms a normalised token may stand for once clitics are removed: the token itself and each
 * clitic-stripped reading whose base keeps at least three letters.
 */
export function stripClitics(norm: string): string[] {
  const forms = [norm];
  if (!ARABIC_LETTERS.test(norm)) return forms;
  for (const prefix of PREFIXES) {
    if (norm.startsWith(prefix) && norm.length - prefix.length >= MIN_BASE) {
      const base = norm.slice(prefix.length);
      if (!forms.includes(base)) forms.push(base);
    }
  }
  return forms;
}

const stemCache = new Map<string, string>();

/** Snowball Arabic stem of a normalised word (memoised: the vocabulary is small compared to the text). */
export function stem(norm: string): string {
  let out = stemCache.get(norm);
  if (out === undefined) {
    out = ARABIC_LETTERS.test(norm) ? normalizeForMatch(snowballArabic(norm)) : norm;
    if (stemCache.size < 200_000) stemCache.set(norm, out);
  }
  return out;
}

/**
 * Every index/query term for one normalised token: the surface, its fullest clitic-stripped
 * reading, the word without a leading و/ف (both unstemmed, so names survive) and the stem. Index and query both reduce a word to the
 * same fullest reading (وبلينكن and بلينكن share لين/بلينكن), so one stripped form is enough and keeps
 * the index small. Deduplicated, surface first.
 */
export function termVariants(norm: string): readonly string[] {
  let variants = variantCache.get(norm);
  if (variants === undefined) {
    variants = computeTermVariants(norm);
    if (variantCache.size < 200_000) variantCache.set(norm, variants);
  }
  return variants;
}

/** Indexing asks for every token's variants; a desk's vocabulary is far smaller than its text. */
const variantCache = new Map<string, readonly string[]>();

function computeTermVariants(norm: string): string[] {
  const forms = stripClitics(norm);
  const out = new Set([norm]);
  if (forms.length > 1) out.add(forms[1]!);
  // A leading conjunction is the commonest clitic and never part of a name: وبلينكن → بلينكن as well.
  if (forms.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') && norm.length > MIN_BASE + 1) out.add(norm.slice(1));
  const stemmed = stem(norm);
  if (stemmed.length >= 2) out.add(stemmed);
  return [...out];
}

/** Normalised tokens of a text, for callers that do not need offsets (indexing: no offset map is built). */
export function words(text: string): string[] {
  return normalizeForMatch(text).match(WORD) ?? [];
}
