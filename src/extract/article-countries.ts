import { normalizeForMatch } from '../arabic/normalize.ts';
import { CodePointClasses } from '../text/code-point-classes.ts';

/**
 * Which country an article is about, as far as extraction needs to know: enough to keep "وزير
 * الصحة" of a Sudanese story from being the Lebanese minister another article introduced with the
 * same bare title. Read from the article's own words (country names, their cities, nationality
 * adjectives), counted; the countries named at least half as often as the most named one are the
 * article's. Entities and their forms are entities.json's (loaded with the attribution cues).
 */

/** A country or place form as normalised words, and the country it names. */
export interface CountryForm {
  words: string[];
  country: string;
}

/** Country forms by their first normalised word, longest first within a word. */
export type CountryIndex = ReadonlyMap<string, readonly CountryForm[]>;

/** Options of the reading, in one place. */
export const ARTICLE_COUNTRY_OPTIONS = {
  /** A country counts as the article's when named at least this share as often as the most named one. */
  dominantShare: 0.5,
} as const;

/** Builds the index from entities.json's countries (names and nationality adjectives) and places (their country). */
export function compileCountryIndex(entries: Iterable<{ id: string; kind?: string; ar: readonly string[]; demonym_ar?: readonly string[]; country?: string }>): CountryIndex {
  const index = new Map<string, CountryForm[]>();
  const add = (form: string, country: string) => {
    const words = normalizeForMatch(form).split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const list = index.get(words[0]!) ?? [];
    if (list.some((f) => f.words.join(' ') === words.join(' '))) return;
    list.push({ words, country });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0]!, list);
  };
  for (const e of entries) {
    const country = e.kind === 'country' ? e.id : e.kind === 'place' ? e.country : undefined;
    if (!country) continue;
    for (const form of e.ar) add(form, country);
    // "مصادر سودانية" as well as "السلطات السودانية": the adjective with or without its article.
    for (const d of e.kind === 'country' ? e.demonym_ar ?? [] : []) {
      add(d, country);
      if (d.startsWith('ال')) add(d.slice(2), country);
    }
  }
  return index;
}

const WAW = 'و'.charCodeAt(0);
const FEH = 'ف'.charCodeAt(0);
const BEH = 'ب'.charCodeAt(0);
const LAM = 'ل'.charCodeAt(0);
const KAF = 'ك'.charCodeAt(0);

/**
 * A word's readings without the clitics a name takes in running text (وبالسودان، للسودان، ولبنان):
 * the word, then without /^(?:و|ف)?(?:ب|ل|ك)?/ (at least 3 letters left), then with /^(?:و|ف)?لل/
 * read as ال (at least 4). Filled into `out` from its start, by char codes: every word of every
 * article is read, and most start with none of those letters. Returns how many readings there are.
 */
function readings(word: string, out: string[]): number {
  out[0] = word;
  let n = 1;
  let at = 0;
  const first = word.charCodeAt(0);
  if (first === WAW || first === FEH) at = 1;
  const next = word.charCodeAt(at);
  const bareAt = next === BEH || next === LAM || next === KAF ? at + 1 : at;
  if (bareAt > 0 && word.length - bareAt >= 3) out[n++] = word.slice(bareAt);
  // ل before the article drops its alif: للسودان → السودان.
  if (next === LAM && word.charCodeAt(at + 1) === LAM && word.length - at >= 4) out[n++] = `ال${word.slice(at + 2)}`;
  return n;
}

/** 1: a letter or digit (\p{L}, \p{N}), 2: anything else: the text's words are its runs of class 1. */
const IS_WORD = /^[\p{L}\p{N}]$/u;
const wordClasses = new CodePointClasses((char) => (IS_WORD.test(char) ? 1 : 2));

/** What `text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)` gives, by one scan of code-point classes. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (wordClasses.at(text, i) !== 1) {
      i += wordClasses.width;
      continue;
    }
    const start = i;
    while (i < n && wordClasses.at(text, i) === 1) i += wordClasses.width;
    words.push(text.slice(start, i));
  }
  return words;
}

/** Reused by articleCountries for a word's readings (at most three). */
const wordReadings: string[] = ['', '', ''];

/** The country form of `index` that the words from i on spell, first reading first (see readings). */
function formAt(words: readonly string[], i: number, index: CountryIndex): CountryForm | undefined {
  const count = readings(words[i]!, wordReadings);
  for (let r = 0; r < count; r++) {
    const forms = index.get(wordReadings[r]!);
    if (!forms) continue;
    const form = forms.find((f) => f.words.every((w, k) => (k === 0 ? true : words[i + k] === w)));
    if (form) return form;
  }
  return undefined;
}

/** The countries an article's text is about (see the module note); none when it names none. */
export function articleCountries(text: string, index: CountryIndex, options = ARTICLE_COUNTRY_OPTIONS): string[] {
  const words = wordsOf(normalizeForMatch(text));
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const form = formAt(words, i, index);
    if (!form) continue;
    counts.set(form.country, (counts.get(form.country) ?? 0) + 1);
    i += form.words.length - 1;
  }
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= most * options.dominantShare).map(([c]) => c).sort();
}
