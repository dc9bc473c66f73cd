import { normalizeForMatch } from '../arabic/normalize.ts';

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

/** A word's readings without the clitics a name takes in running text (وبالسودان، للسودان، ولبنان). */
function readings(word: string): string[] {
  const out = [word];
  const bare = word.replace(/^(?:و|ف)?(?:ب|ل|ك)?/, '');
  if (bare !== word && bare.length >= 3) out.push(bare);
  // ل before the article drops its alif: للسودان → السودان.
  const lam = word.replace(/^(?:و|ف)?لل/, 'ال');
  if (lam !== word && lam.length >= 4) out.push(lam);
  return out;
}

/** The countries an article's text is about (see the module note); none when it names none. */
export function articleCountries(text: string, index: CountryIndex, options = ARTICLE_COUNTRY_OPTIONS): string[] {
  const words = normalizeForMatch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    for (const first of readings(words[i]!)) {
      const form = index.get(first)?.find((f) => f.words.every((w, k) => (k === 0 ? true : words[i + k] === w)));
      if (!form) continue;
      counts.set(form.country, (counts.get(form.country) ?? 0) + 1);
      i += form.words.length - 1;
      break;
    }
  }
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= most * options.dominantShare).map(([c]) => c).sort();
}
