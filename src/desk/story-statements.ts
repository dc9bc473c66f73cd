import { normalizeForMatch } from '../arabic/normalize.ts';
import { COMPLEX_UNIT, DROPPED_UNIT, normalizedUnit } from '../arabic/normalize-unit.ts';
import type { Article } from '../corpus/types.ts';
import type { Statement } from '../extract/types.ts';
import type { Desk } from './desk.ts';
import type { StoryLabel } from '../stories/label.ts';

/**
 * A speaker's statements story by story (for /who-said and the digest): stories in the order of
 * their newest article (the input is newest first), articles newest first within a story, and a
 * statement republished word for word by several outlets shown once, in its newest article, with
 * the other articles that carried it.
 */

export interface CarriedStatement {
  statement: Statement;
  /** Other articles of the story that carry the same words from the same speaker. */
  alsoIn: Article[];
}

export interface StoryStatements {
  story: string | null;
  label: StoryLabel | null;
  articles: Array<{ article: Article; statements: CarriedStatement[] }>;
}

/**
 * The words of a statement as compared across outlets: normalised, punctuation and spacing aside.
 * Remembered per statement (statements are never changed once extracted): every /who-said answer
 * compares them. The speaker is compared apart (see statementsByStory), so a statement already in
 * that form is its own key and no copy of its text is kept.
 */
function wordsOf(s: Statement): string {
  let words = statementWords.get(s);
  if (words === undefined) statementWords.set(s, (words = normalizedLetterRuns(s.text)));
  return words;
}

/**
 * `letterRuns(normalizeForMatch(text))` in one pass and one string: normalizeForMatch works unit
 * by unit (a surrogate pair as one), so each unit's normal form is looked up in a table of its own
 * and fed straight to the runs (the normalised copy and the runs built from it were most of the
 * cost of a much-quoted speaker's first answer). A text with a surrogate or a unit whose normal
 * form is several characters or a surrogate goes the long way.
 */
export function normalizedLetterRuns(text: string): string {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, 2 * scratch.length));
  const out = scratch;
  let length = 0;
  let pendingSpace = false;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const form = normalizedUnit(code);
    if (form === COMPLEX_UNIT) return letterRuns(normalizeForMatch(text));
    if (form !== code) changed = true;
    if (form === DROPPED_UNIT) continue;
    if (isLetterOrDigitUnit(form)) {
      if (pendingSpace && length > 0) out[length++] = 0x20;
      pendingSpace = false;
      out[length++] = form;
    } else {
      pendingSpace = true;
      // Only a text whose every gap is one plain space can come back as it is.
      if (form !== 0x20) changed = true;
    }
  }
  if (!changed && length === n) return text;
  let words = '';
  for (let at = 0; at < length; at += CHUNK) words += String.fromCharCode.apply(null, out.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  return words;
}

let scratch = new Uint16Array(1024);
/** Units per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 4096;
/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`: the runs of letters and digits, one space between
 * them, read in one scan with each unit's class looked up (the pattern was most of the cost of a
 * much-quoted speaker's first answer: hundreds of statements, each compared once made).
 */
export function letterRuns(text: string): string {
  if (isLetterRuns(text)) return text;
  let out = '';
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kept: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      width = 2;
      kept = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
    } else kept = isLetterOrDigitUnit(code);
    if (kept) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += out ? ` ${text.slice(start, i)}` : text.slice(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out += out ? ` ${text.slice(start)}` : text.slice(start);
  return out;
}

/** Already runs of letters and digits with one space between them (most normalised statements): nothing to copy. */
function isLetterRuns(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code >= 0xd800 && code <= 0xdfff) return false;
    else if (isLetterOrDigitUnit(code)) afterSpace = false;
    else return false;
  }
  return !afterSpace || text.length === 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Per UTF-16 unit outside surrogate pairs: 0 not yet read, 1 letter or digit, 2 neither (lone surrogates are neither). */
const UNIT_CLASS = new Uint8Array(0x10000);

function isLetterOrDigitUnit(code: number): boolean {
  let cls = UNIT_CLASS[code]!;
  if (cls === 0) {
    cls = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_CLASS[code] = cls;
  }
  return cls === 1;
}

const statementWords = new WeakMap<Statement, string>();

export function statementsByStory(desk: Desk, groups: ReadonlyArray<{ article: Article; statements: Statement[] }>): StoryStatements[] {
  const byStory = new Map<string, StoryStatements>();
  // Per story, the statements seen so far by their words (a map per story, not one keyed by
  // story and words joined: that joined key was a fresh long string per statement). The same words
  // from another speaker are another statement: those, rare, are kept by speaker and words in
  // `otherSpeakers`, so the common case needs no key joining speaker and words either.
  const firstSeen = new Map<string, Map<string, CarriedStatement>>();
  let otherSpeakers: Map<string, CarriedStatement> | undefined;
  for (const { article, statements } of groups) {
    const story = desk.storyOf(article.id) ?? null;
    const key = story ?? `-${article.id}`;
    let entry = byStory.get(key);
    if (!entry) byStory.set(key, (entry = { story, label: story ? desk.storyLabel(story) : null, articles: [] }));
    let seen = firstSeen.get(key);
    if (!seen) firstSeen.set(key, (seen = new Map()));
    const kept: CarriedStatement[] = [];
    for (const statement of statements) {
      const words = wordsOf(statement);
      let earlier = seen.get(words);
      let otherKey: string | undefined;
      if (earlier && earlier.statement.speakerKey !== statement.speakerKey) {
        otherKey = `${key}\u0000${statement.speakerKey}\u0000${words}`;
        earlier = otherSpeakers?.get(otherKey);
      }
      if (earlier) {
        if (earlier.statement.article !== article.id && !earlier.alsoIn.includes(article)) earlier.alsoIn.push(article);
        continue;
      }
      const carried = { statement, alsoIn: [] };
      if (otherKey === undefined) seen.set(words, carried);
      else (otherSpeakers ??= new Map()).set(otherKey, carried);
      kept.push(carried);
    }
    if (kept.length) entry.articles.push({ article, statements: kept });
  }
  return [...byStory.values()].filter((s) => s.articles.length > 0);
}
