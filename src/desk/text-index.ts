import { termVariants, words } from '../arabic/tokenize.ts';
import { lexiconKey, normalizeLatin, type Lexicons } from '../lexicon.ts';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { findNumbers } from '../arabic/numbers.ts';
import { arabicAlternatives, entityModel, nearestKey } from './entities.ts';

/**
 * How text is read for search: our tokeniser (normalised words, numbers kept whole) and, per
 * token, every clitic reading plus the Snowball stem (see tokenize.ts). The same reading runs at
 * index and at query time (term-index.ts), so matching is symmetric.
 */

const STOPWORDS = new Set(
  [
    'في', 'من', 'إلى', 'علي', 'عن', 'ان', 'او', 'ثم', 'مع', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت',
    'قد', 'لا', 'ما', 'لم', 'لن', 'و', 'ف', 'ب', 'ل', 'ك', 'هو', 'هي', 'بين', 'حتي', 'اذا', 'كما', 'بعد', 'قبل', 'عند',
    'the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'is', 'are', 'was', 'what', 'who', 'by', 'for', 'with', 'about',
  ].map((w) => normalizeForMatch(w)),
);

/** A term's index readings (see termVariants), or null for a stopword. Memoised: called per token. */
export function processTerm(term: string): string[] | null {
  let terms = processed.get(term);
  if (terms === undefined) {
    const variants = STOPWORDS.has(term) ? [] : termVariants(term).filter((t) => !STOPWORDS.has(t));
    terms = variants.length > 0 ? variants : null;
    if (processed.size < 200_000) processed.set(term, terms);
  }
  return terms;
}

const processed = new Map<string, string[] | null>();

/**
 * One thing typed, as the ways it may be written: each alternative is the words of one spelling or
 * phrase (a lexicon entry's Arabic forms), or the one word typed.
 */
export type PhraseGroup = string[][];

/** Index term for a number's value, whatever its spelling (8000, ٨٠٠٠, ثمانية آلاف → "#8000"). */
export function numberTerm(value: number): string {
  return `#${value}`;
}

/**
 * The number terms a sentence is indexed under besides its words: one per number phrase read by
 * numbers.ts (digits, number words, "7 آلاف و939"). Vague quantities (آلاف alone) are not a value.
 */
export function numberTerms(text: string): string[] {
  return [...new Set(findNumbers(text).filter((n) => !n.vague && Number.isFinite(n.value)).map((n) => numberTerm(n.value)))];
}

export interface QueryReading {
  groups: PhraseGroup[];
  /** How words were read, for the answer ("Kazakstan → Kazakhstan", "massimov → ماسيموف"). */
  notes: string[];
}

export interface QueryReadingOptions {
  /** Arabic words on the desk that sound like a Latin word no lexicon knows (transliteration). */
  soundsLike?: (latinWord: string) => string[];
}

/** The query as groups of alternatives (see readQuery), without the notes. */
export function searchPhraseGroups(query: string, lexicons: Lexicons, options: QueryReadingOptions = {}): PhraseGroup[] {
  return readQuery(query, lexicons, options).groups;
}

interface LatinPhrase {
  en: string;
  ar: string[][];
}

const phraseTables = new WeakMap<Lexicons, { phrases: LatinPhrase[]; words: Map<string, LatinPhrase> }>();

/** Every English phrase a lexicon knows with its Arabic forms, longest first (so "wang yi" wins over "yi"). */
function latinPhrases(lexicons: Lexicons): { phrases: LatinPhrase[]; words: Map<string, LatinPhrase> } {
  let table = phraseTables.get(lexicons);
  if (!table) {
    const phrases: LatinPhrase[] = [];
    for (const e of [...lexicons.speakers, ...lexicons.topics, ...(lexicons.terms ?? [])]) {
      const ar = e.ar.map((form) => words(form));
      for (const en of e.en) phrases.push({ en: normalizeLatin(en), ar });
    }
    const model = entityModel(lexicons);
    for (const [en, ref] of model.english) phrases.push({ en, ar: arabicAlternatives(ref) });
    const filtered = phrases.filter((p) => p.en && p.ar.length > 0);
    filtered.sort((a, b) => b.en.length - a.en.length);
    const single = new Map<string, LatinPhrase>();
    for (const p of filtered) if (!p.en.includes(' ') && !single.has(p.en)) single.set(p.en, p);
    table = { phrases: filtered, words: single };
    phraseTables.set(lexicons, table);
  }
  return table;
}

/**
 * The query as groups of alternatives, one group per thing typed. A Latin word or phrase a lexicon
 * knows (speaker aliases, topics, news terms, countries, nationalities, places, roles) becomes one
 * group of its Arabic forms, each kept as a phrase; a Latin word no lexicon knows is read as a near
 * spelling of one (Kazakstan), else as the Arabic words on the desk that sound like it (massimov →
 * ماسيموف), and kept as typed too (outlet names, acronyms). An Arabic place or country name stands
 * for all its spellings (ألماتي / ألما آتا / ألماآتا). A number, in digits or words, also matches
 * the same value written any other way. Stopwords are dropped.
 */
export function readQuery(query: string, lexicons: Lexicons, options: QueryReadingOptions = {}): QueryReading {
  const groups: PhraseGroup[] = [];
  const notes: string[] = [];
  const { phrases, words: single } = latinPhrases(lexicons);
  let remaining = ` ${normalizeLatin(query)} `;
  if (remaining.trim()) {
    for (const { en, ar } of phrases) {
      if (remaining.includes(` ${en} `)) {
        remaining = remaining.replace(` ${en} `, ' ');
        groups.push(ar);
      }
    }
    for (const word of remaining.split(' ').filter(Boolean)) {
      if (/^\d+$/.test(word) || STOPWORDS.has(word)) continue;
      const near = nearestKey(single, word);
      if (near) {
        groups.push(single.get(near)!.ar);
        notes.push(`${word} → ${near}`);
        remaining = remaining.replace(` ${word} `, ' ');
        continue;
      }
      const sounds = options.soundsLike?.(word) ?? [];
      if (sounds.length) {
        groups.push([[word], ...sounds.map((w) => [w])]);
        notes.push(`${word} → ${sounds.slice(0, 3).join(' / ')}`);
        remaining = remaining.replace(` ${word} `, ' ');
      }
    }
  }
  // Arabic parts, and any Latin words still unread kept as typed ("CSTO", "TRT").
  const rest = query.replace(/[A-Za-z][A-Za-z'\-]*/g, (w) => (remaining.includes(` ${lexiconKey(w)} `) ? w : ' '));
  let tokens = words(rest);
  // Numbers first: "ثمانية آلاف" and "8000" are one value (the number reader gives it).
  for (const mention of findNumbers(rest).filter((n) => !n.vague)) {
    const phrase = words(rest.slice(mention.numberStart, mention.numberEnd));
    const at = indexOfPhrase(tokens, phrase);
    if (at < 0) continue;
    tokens = [...tokens.slice(0, at), ...tokens.slice(at + phrase.length)];
    groups.push([phrase, [numberTerm(mention.value)]]);
  }
  // Places and countries written in Arabic: every spelling of the same name.
  const model = entityModel(lexicons);
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    for (let n = Math.min(model.longest, tokens.length - i); n >= 1 && !matched; n--) {
      const ref = model.arabic.get(tokens.slice(i, i + n).join(' '));
      if (ref?.type !== 'place' && ref?.type !== 'country') continue;
      const spellings = (ref.type === 'place' ? ref.place.ar : ref.country.ar).map((f) => words(f));
      if (spellings.length < 2) continue;
      groups.push(spellings);
      tokens = [...tokens.slice(0, i), ...tokens.slice(i + n)];
      matched = true;
      i--;
    }
  }
  for (const w of tokens) groups.push([[w]]);
  const seen = new Set<string>();
  const kept = groups
    .map((g) => g.map((phrase) => phrase.filter((w) => w.startsWith('#') || processTerm(w) !== null)).filter((phrase) => phrase.length > 0))
    .filter((g) => {
      const key = JSON.stringify(g);
      if (!g.length || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { groups: kept, notes };
}

function indexOfPhrase(tokens: string[], phrase: string[]): number {
  if (!phrase.length) return -1;
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((w, j) => tokens[i + j] === w)) return i;
  return -1;
}
