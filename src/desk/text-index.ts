import { termVariants, words } from '../arabic/tokenize.ts';
import { lexiconKey, normalizeLatin, type Lexicons } from '../lexicon.ts';

/**
 * How text is read for search: our tokeniser (normalised words, numbers kept whole) and, per
 * token, every clitic reading plus the Snowball stem (see tokenize.ts). The same reading runs at
 * index and at query time (term-index.ts), so matching is symmetric.
 */

const STOPWORDS = new Set(
  [
    'في', 'من', 'الى', 'علي', 'عن', 'ان', 'او', 'ثم', 'مع', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت',
    'قد', 'لا', 'ما', 'لم', 'لن', 'و', 'ف', 'ب', 'ل', 'ك', 'هو', 'هي', 'بين', 'حتي', 'اذا', 'كما', 'بعد', 'قبل', 'عند',
    'the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'is', 'are', 'was', 'what', 'who', 'by', 'for', 'with', 'about',
  ].map((w) => w),
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

/**
 * The query as groups of alternatives, one group per thing typed. Arabic words are their own groups;
 * a Latin word or phrase a lexicon knows (speaker aliases, topic names, news terms) becomes one group
 * of its Arabic forms, each kept as a phrase. Stopwords are dropped.
 */
export function searchPhraseGroups(query: string, lexicons: Lexicons): PhraseGroup[] {
  const groups: PhraseGroup[] = [];
  let rest = query;
  const latin = normalizeLatin(query);
  if (latin) {
    // Longest lexicon phrases first, so "wang yi" wins over "yi".
    const entries = [...lexicons.speakers, ...lexicons.topics, ...(lexicons.terms ?? [])].flatMap((e) => e.en.map((en) => ({ en: normalizeLatin(en), e })));
    entries.sort((a, b) => b.en.length - a.en.length);
    let remaining = ` ${latin} `;
    for (const { en, e } of entries) {
      if (!en) continue;
      if (remaining.includes(` ${en} `)) {
        remaining = remaining.replace(` ${en} `, ' ');
        groups.push(e.ar.map((ar) => words(ar)));
      }
    }
    // Keep Arabic parts and any Latin words no lexicon knew (names of outlets, "CSTO"…).
    rest = query.replace(/[A-Za-z][A-Za-z'\-]*/g, (w) => (remaining.includes(` ${lexiconKey(w)} `) ? w : ' '));
  }
  for (const w of words(rest)) groups.push([[w]]);
  const seen = new Set<string>();
  return groups
    .map((g) => g.map((phrase) => phrase.filter((w) => processTerm(w) !== null)).filter((phrase) => phrase.length > 0))
    .filter((g) => {
      const key = JSON.stringify(g);
      if (!g.length || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
