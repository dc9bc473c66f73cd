import { normalizeForMatch } from '../arabic/normalize.ts';
import { COMPLEX_UNIT, DROPPED_UNIT, normalizedUnit } from '../arabic/normalize-unit.ts';
import { findNumbers } from '../arabic/numbers.ts';
import { termVariants, tokenize } from '../arabic/tokenize.ts';
import { numberTerm } from './text-index.ts';

/**
 * Where a search hit's matched words stand in its sentence, for bold runs. A search shows up to a
 * couple of hundred sentences, so each sentence's words are found by a scan that reads the text
 * once and makes no token objects (tokenSpans); it finds exactly the words, offsets and normal
 * forms tokenize() does, and sentences it cannot read that way go through tokenize().
 */

/** A sentence's number phrases as index terms ("#8000") with their offsets in it. */
export type NumberPhrases = ReadonlyArray<{ term: string; start: number; end: number }>;

/**
 * [start, end) ranges in `text` of the tokens whose index terms match and of the number phrases
 * whose value does. `numbers` are the sentence's number phrases when the caller has them (the
 * passage index reads them as it indexes the sentence); otherwise they are read here.
 */
export function matchHighlights(text: string, terms: readonly string[], numbers?: NumberPhrases): Array<[number, number]> {
  const words = highlightRanges(text, terms);
  // Word ranges come in text order; only number phrases need sorting in.
  const numberHits = numberRanges(text, terms, numbers);
  return numberHits.length ? words.concat(numberHits).sort((a, b) => a[0] - b[0]) : words;
}

/** Ranges of the number phrases of `text` whose value is one of the matched number terms ("#8000"). */
function numberRanges(text: string, matched: readonly string[], numbers: NumberPhrases | undefined): Array<[number, number]> {
  if (!matched.some((t) => t.startsWith('#'))) return [];
  const values = new Set(matched.filter((t) => t.startsWith('#')));
  return (numbers ?? numberTermsOf(text))
    .filter((n) => values.has(n.term))
    .map((n): [number, number] => [n.start, n.end]);
}

/** A sentence's number phrases (every number findNumbers reads, as its index term). */
export function numberPhrases(text: string): NumberPhrases {
  const found = findNumbers(text);
  return found.length === 0 ? NO_NUMBERS : found.map((n) => ({ term: numberTerm(n.value), start: n.numberStart, end: n.numberEnd }));
}

const NO_NUMBERS: NumberPhrases = Object.freeze([]);

/**
 * A sentence's number phrases, remembered like its words (reading numbers is the dearest part of
 * highlighting a number query's hits), for sentences whose phrases no caller has.
 */
function numberTermsOf(text: string): NumberPhrases {
  let known = numbered.get(text);
  if (!known) {
    known = numberPhrases(text);
    if (numbered.size >= NUMBERED_LIMIT) numbered.delete(numbered.keys().next().value!);
    numbered.set(text, known);
  }
  return known;
}

const numbered = new Map<string, NumberPhrases>();
const NUMBERED_LIMIT = 16_384;

/** Terms a highlight looks for: a set, or a short list. */
type MatchedTerms = ReadonlySet<string> | readonly string[];

/** Ranges of the tokens of `text` any of whose index terms is among `matched`. */
export function highlightRanges(text: string, terms: MatchedTerms): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const verdicts = verdictsFor(terms);
  const matched = verdictLookup;
  const at = scannedAt.get(text);
  if (at !== undefined) {
    const arena = scannedArena!;
    for (let k = 0, r = at + 1, count = arena[at]!; k < count; k++, r += 3) if (formMatched(arena[r + 2]!, verdicts, matched)) out.push([arena[r]!, arena[r + 1]!]);
    return out;
  }
  const count = scan(text);
  if (count < 0) {
    for (const token of tokenize(text)) if (anyMatched(termVariants(token.norm), matched)) out.push([token.start, token.end]);
    return out;
  }
  for (let i = 0; i < count; i++) {
    const id = idScratch[i]!;
    if (id >= 0 ? formMatched(id, verdicts, matched) : anyMatched(variantScratch[i]!, matched)) out.push([spanScratch[2 * i]!, spanScratch[2 * i + 1]!]);
  }
  remember(text, count);
  return out;
}

/**
 * Sentences highlighted lately, as their words' offsets and interned forms in one typed array
 * (count, then start, end and form id per word), found by text: common sentences come back query
 * after query, and reading one again costs a look-up per word. No object is made per sentence (a
 * cache of objects churned with every search and its entries survived into the old generation);
 * when the arena is full it starts again empty.
 */
const SCANNED_ARENA = 1 << 22;
let scannedArena: Int32Array | undefined;
let scannedEnd = 0;
const scannedAt = new Map<string, number>();

/** Keeps the last scan of `text` (every word's form interned), unless it would fill much of the arena alone. */
function remember(text: string, count: number): void {
  const size = 1 + 3 * count;
  if (size > SCANNED_ARENA >> 4) return;
  for (let i = 0; i < count; i++) if (idScratch[i]! < 0) return;
  scannedArena ??= new Int32Array(SCANNED_ARENA);
  if (scannedEnd + size > SCANNED_ARENA) {
    scannedAt.clear();
    scannedEnd = 0;
  }
  const arena = scannedArena;
  arena[scannedEnd] = count;
  for (let i = 0, r = scannedEnd + 1; i < count; i++, r += 3) {
    arena[r] = spanScratch[2 * i]!;
    arena[r + 1] = spanScratch[2 * i + 1]!;
    arena[r + 2] = idScratch[i]!;
  }
  scannedAt.set(text, scannedEnd);
  scannedEnd += size;
}

/**
 * Whether any index term of a token (its variants, see termVariants) is among `matched`. Nothing
 * is kept per sentence: a search highlights a couple of hundred sentences, and a cache of them
 * churned with every query, each new entry surviving into the old generation (young-generation
 * pauses grew with it); a word's form and variants are remembered once (see readForm).
 */
function anyMatched(terms: readonly string[], matched: MatchedTerms): boolean {
  if (isList(matched)) {
    for (let k = 0; k < terms.length; k++) if (matched.includes(terms[k]!)) return true;
  } else {
    for (let k = 0; k < terms.length; k++) if (matched.has(terms[k]!)) return true;
  }
  return false;
}

const isList = (matched: MatchedTerms): matched is readonly string[] => Array.isArray(matched);

export interface TokenSpans {
  /** [start, end) in the original text of each token, pair after pair. */
  spans: Int32Array;
  /** Each token's comparison form (Token.norm). */
  norms: string[];
}

// Classes of normalised units, as the tokeniser's word pattern reads them.
const OTHER = 1;
const DIGIT = 2;
const LETTER = 3;
const CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  let cls = CLASS[code]!;
  if (cls === 0) {
    const ch = String.fromCharCode(code);
    cls = /\p{N}/u.test(ch) ? DIGIT : /[\p{L}\p{M}]/u.test(ch) ? LETTER : OTHER;
    CLASS[code] = cls;
  }
  return cls;
}

const isSeparator = (code: number) => code === 0x2e || code === 0x2c; // . ,

/**
 * The tokens tokenize() finds in `text` (a run of letters and marks, or digits with their
 * thousands and decimal separators, read on the normalised text), as offsets in the original and
 * normal forms. The normalised text is not built: each unit is looked up as it is read.
 */
export function tokenSpans(text: string): TokenSpans {
  const count = scan(text);
  if (count >= 0) return { spans: spanScratch.slice(0, 2 * count), norms: normScratch.slice(0, count) };
  const tokens = tokenize(text);
  const spans = new Int32Array(tokens.length * 2);
  tokens.forEach((t, i) => {
    spans[2 * i] = t.start;
    spans[2 * i + 1] = t.end;
  });
  return { spans, norms: tokens.map((t) => t.norm) };
}

/** Token offsets, normal forms and their variants as the last scan found them (reused: read before the next scan). */
let spanScratch = new Int32Array(512);
const normScratch: string[] = [];
const variantScratch: Array<readonly string[]> = [];
let idScratch = new Int32Array(256);

/** The next unit at or after `i` that normalisation keeps, or the text's length (every unit's form known). */
function nextKept(text: string, i: number): number {
  while (i < text.length && normalizedUnit(text.charCodeAt(i)) === DROPPED_UNIT) i++;
  return i;
}

/**
 * Normal forms of the words highlighting has read, found again by their units without making a
 * string: a search reads a couple of hundred sentences, thousands of words, nearly all seen before,
 * and a string made per word was most of what a search allocated (young-generation collections
 * came with it). Open addressing over `interned`; full at INTERN_LIMIT forms (a desk's vocabulary
 * is far smaller), after which new words are normalised as they come.
 */
const INTERN_SLOTS = 1 << 19;
const INTERN_LIMIT = INTERN_SLOTS >> 1;
const internSlots = new Int32Array(INTERN_SLOTS).fill(-1);
const interned: string[] = [];
/** termVariants of each interned form. */
const internedVariants: Array<readonly string[]> = [];

/**
 * Whether each interned form matched, per list of matched terms: a search highlights a couple of
 * hundred sentences with the same few terms, and their common words (a form in sentence after
 * sentence) were compared with every term, variant by variant, each time. A form's verdict holds
 * while the terms are the same (its stamp: which terms it was found for; 0, none yet).
 */
const verdictStamps = new Int32Array(INTERN_LIMIT);
const verdictMatched = new Uint8Array(INTERN_LIMIT);
let verdictStamp = 1;
/** The terms the current stamp is for (a copy, compared term by term: a caller may reuse its list). */
let verdictTerms: string[] = [];
/** Those terms as looked up: a few in their list itself, more in a set (made once per stamp, not per sentence). */
let verdictLookup: MatchedTerms = verdictTerms;

/** The stamp for these matched terms: the current one while they are the same terms as last time. */
function verdictsFor(matched: MatchedTerms): number {
  const terms = isList(matched) ? matched : [...matched];
  let same = terms.length === verdictTerms.length;
  for (let i = 0; same && i < terms.length; i++) same = terms[i] === verdictTerms[i];
  if (!same) {
    verdictTerms = terms.slice();
    verdictLookup = verdictTerms.length > 8 ? new Set(verdictTerms) : verdictTerms;
    if (++verdictStamp === 0x7fffffff) {
      verdictStamps.fill(0);
      verdictStamp = 1;
    }
  }
  return verdictStamp;
}

/** anyMatched for an interned form, remembered under the stamp. */
function formMatched(id: number, stamp: number, matched: MatchedTerms): boolean {
  if (verdictStamps[id] === stamp) return verdictMatched[id] === 1;
  const yes = anyMatched(internedVariants[id]!, matched);
  verdictStamps[id] = stamp;
  verdictMatched[id] = yes ? 1 : 0;
  return yes;
}


/** The form, variants and intern id (-1: not interned) readForm found last. */
let formRead = '';
let variantsRead: readonly string[] = [];
let idRead = -1;

/** FNV-1a over a token's forms, unit by unit, as scan reads them (HASH_START, then hashUnit per kept unit). */
const HASH_START = 0x811c9dc5 | 0;
const hashUnit = (hash: number, form: number) => Math.imul(hash ^ form, 0x01000193);

/**
 * Reads normalizeForMatch(text.slice(from, to)) and its termVariants into formRead and
 * variantsRead, for a slice whose every unit's form is known and at most one unit; `hash` and
 * `length` are of its kept units' forms.
 */
function readForm(text: string, from: number, to: number, hash: number, length: number): void {
  let slot = hash & (INTERN_SLOTS - 1);
  for (let at = internSlots[slot]!; at >= 0; at = internSlots[slot]!) {
    const known = interned[at]!;
    if (known.length === length && sameForm(known, text, from, to)) {
      formRead = known;
      variantsRead = internedVariants[at]!;
      idRead = at;
      return;
    }
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  const norm = normalizeForMatch(text.slice(from, to));
  const variants = termVariants(norm);
  // Kept only when it is what the units spell (the scan's premise), so a look-up can find it.
  idRead = -1;
  if (interned.length < INTERN_LIMIT && norm.length === length && sameForm(norm, text, from, to)) {
    idRead = interned.length;
    internSlots[slot] = idRead;
    interned.push(norm);
    internedVariants.push(variants);
  }
  formRead = norm;
  variantsRead = variants;
}

/** Whether `form` is the forms of text[from, to)'s kept units, unit by unit (its length already checked). */
function sameForm(form: string, text: string, from: number, to: number): boolean {
  let k = 0;
  for (let i = from; i < to; i++) {
    const unit = normalizedUnit(text.charCodeAt(i));
    if (unit === DROPPED_UNIT) continue;
    if (form.charCodeAt(k++) !== unit) return false;
  }
  return true;
}

/**
 * Scans a text whose every unit normalises to at most one unit into spanScratch and normScratch,
 * returning how many tokens it holds; -1 for other texts (left to tokenize()).
 */
function scan(text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) if (normalizedUnit(text.charCodeAt(i)) === COMPLEX_UNIT) return -1;
  let count = 0;
  let i = nextKept(text, 0);
  while (i < n) {
    const cls = classOf(normalizedUnit(text.charCodeAt(i)));
    if (cls === OTHER) {
      i = nextKept(text, i + 1);
      continue;
    }
    const start = i;
    let last = i;
    let hash = HASH_START;
    let length = 0;
    for (;;) {
      last = i;
      hash = hashUnit(hash, normalizedUnit(text.charCodeAt(i)));
      length++;
      i = nextKept(text, i + 1);
      if (i >= n) break;
      const nextClass = classOf(normalizedUnit(text.charCodeAt(i)));
      if (nextClass === cls) continue;
      // A separator belongs to a number only with a digit after it.
      if (cls !== DIGIT || !isSeparator(normalizedUnit(text.charCodeAt(i)))) break;
      const after = nextKept(text, i + 1);
      if (after >= n || classOf(normalizedUnit(text.charCodeAt(after))) !== DIGIT) break;
    }
    // The token ends where the next kept unit starts (dropped marks after it belong to it). Every
    // unit from its first to its last is the token's or dropped, and units normalise one by one,
    // so its normal form is that slice's.
    if (spanScratch.length < 2 * count + 2) {
      const grown = new Int32Array(spanScratch.length * 2);
      grown.set(spanScratch);
      spanScratch = grown;
    }
    spanScratch[2 * count] = start;
    spanScratch[2 * count + 1] = i;
    readForm(text, start, last + 1, hash, length);
    if (idScratch.length <= count) {
      const grown = new Int32Array(idScratch.length * 2);
      grown.set(idScratch);
      idScratch = grown;
    }
    idScratch[count] = idRead;
    normScratch[count] = formRead;
    variantScratch[count++] = variantsRead;
  }
  // A one-line article of a megabyte holds a hundred thousand words: their forms are not kept.
  if (normScratch.length > 4096) normScratch.length = variantScratch.length = count;
  return count;
}
