import type { Paragraph, QuotedSpan, Sentence, TextRange } from './types.ts';

/**
 * Sentence segmentation and quote finding for Arabic news copy.
 *
 * Quotes are found first because they steer sentence breaks: a full stop inside a quote that
 * closes a little later in the same paragraph does not end the sentence, so a quoted statement
 * stays one unit with its attribution (`وأوضح قائلاً: "… لها. ظهر … انقلاب"، مضيفاً …`).
 * Everything is a single left-to-right pass over the characters of each paragraph.
 */

/** Quote marks whose direction is unreliable in Arabic copy (” is often typed as an opener). */
const CURLY_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\uFF02', '\u2033', '\u2036']);
/** Marks with a fixed direction: opener → closer. Reversed use (» … «) is accepted too. */
const DIRECTED_PAIRS: ReadonlyMap<string, string> = new Map([
  ['\u00AB', '\u00BB'], // « »
  ['\u2039', '\u203A'], // ‹ ›
  ['\u300C', '\u300D'], // 「 」
]);
const DIRECTED_CLOSERS: ReadonlyMap<string, string> = new Map([...DIRECTED_PAIRS].map(([o, c]) => [c, o]));

// (Some outlets end sentences with a middle dot: "…في حال الخطر· وكان وزير الصحة…".)
const TERMINATORS = new Set(['.', '!', '?', '\u061F', '\u2026', '\u00B7']); // . ! ? ؟ … ·
/** Scanners that jump from one candidate character to the next instead of visiting every character. */
const QUOTE_MARK = /["\u201C\u201D\u201E\u201F\uFF02\u2033\u2036\u00AB\u00BB\u2039\u203A\u300C\u300D]/g;
const TERMINATOR = /[.!?\u061F\u2026\u00B7]/g;
/** After these a quote mark can open (a word cannot end here). */
const FREE_BEFORE = new Set(['(', '[', '{', ':', '\u060C', ',', '\u061B', ';', '-', '\u2013', '\u2014', '/']);
/** Before these a quote mark can close. */
const FREE_AFTER = new Set(['.', ',', '\u060C', '\u061B', ';', ':', '!', '?', '\u061F', '\u2026', ')', ']', '}', '-', '\u2013', '\u2014', '/']);
/** A break is no sentence end when the text goes on with a clause separator. */
const CONTINUATION = new Set(['\u060C', ',', '\u061B', ';', ':', ')', ']']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);
/** Latin abbreviations that take a full stop inside a sentence. */
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'gen', 'col', 'lt', 'no', 'e.g', 'i.e']);
/** How far ahead a same-paragraph closing quote may be for a full stop inside it not to end the sentence. */
const QUOTE_HOLD_CHARS = 300;
/** How many following paragraphs an unclosed quote may run into before it is capped. */
const QUOTE_CARRY_PARAGRAPHS = 2;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const WHITESPACE = /\s/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

type MarkShape = 'open' | 'close' | 'ambiguous' | 'glued';

/** How a quote mark sits between its neighbours: open (`␣"word`), close (`word"␣`), free on both sides, or glued (`بـ”الإرهاب`). */
function markShape(text: string, pos: number, start: number, end: number): MarkShape {
  const before = pos > start ? text[pos - 1] : undefined;
  const after = pos + 1 < end ? text[pos + 1] : undefined;
  const freeBefore = before === undefined || isSpace(before) || FREE_BEFORE.has(before);
  const freeAfter = after === undefined || isSpace(after) || FREE_AFTER.has(after) || CURLY_MARKS.has(after) || DIRECTED_CLOSERS.has(after);
  // A mark after a colon (أضاف لنا آخر : " …) opens a quote, whatever spacing the copy has.
  let k = pos - 1;
  while (k >= start && isSpace(text[k]!)) k--;
  if (k >= start && (text[k] === ':' || text[k] === '：')) return 'open';
  if (freeBefore) return freeAfter ? 'ambiguous' : 'open';
  return freeAfter ? 'close' : 'glued';
}

interface OpenQuote {
  pos: number;
  mark: string;
  /** The mark that closes it; for curly quotes any curly mark. */
  closer: string | null;
  paragraph: number;
}

interface RawSpan {
  openPos: number;
  closePos: number; // position of the closing mark, or the capped end when unclosed
  open: string;
  close: string;
  paragraph: number;
  closeParagraph: number;
}

function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * Finds quoted spans in every quote-mark style. Curly and ASCII marks pair by position and shape
 * (so `بـ”الإرهاب العالمي”` and `“… “` pair), guillemets by direction. A quote left open at a
 * paragraph end runs into the next paragraph when that paragraph's first mark of the same kind
 * can close it; otherwise it is capped at the paragraph end (`close` is then '').
 */
function findRawSpans(text: string, paragraphs: readonly TextRange[], canCarry: (from: number, to: number) => boolean): RawSpan[] {
  const spans: RawSpan[] = [];
  /** Closing marks already consumed by a quote carried over from an earlier paragraph. */
  const consumed = new Set<number>();

  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    const curly: OpenQuote[] = [];
    const directed: OpenQuote[] = [];
    QUOTE_MARK.lastIndex = start;
    for (let m = QUOTE_MARK.exec(text); m && m.index < end; m = QUOTE_MARK.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (consumed.has(i)) continue;
      if (CURLY_MARKS.has(ch)) {
        const shape = markShape(text, i, start, end);
        if (curly.length === 0) {
          if (shape !== 'close') curly.push({ pos: i, mark: ch, closer: null, paragraph: p });
        } else if (shape === 'open') {
          curly.push({ pos: i, mark: ch, closer: null, paragraph: p });
        } else {
          const q = curly.pop()!;
          spans.push({ openPos: q.pos, closePos: i, open: q.mark, close: ch, paragraph: p, closeParagraph: p });
        }
        continue;
      }
      const pairCloser = DIRECTED_PAIRS.get(ch);
      const pairOpener = DIRECTED_CLOSERS.get(ch);
      if (pairCloser === undefined && pairOpener === undefined) continue;
      const top = directed[directed.length - 1];
      if (top && top.closer === ch) {
        directed.pop();
        spans.push({ openPos: top.pos, closePos: i, open: top.mark, close: ch, paragraph: p, closeParagraph: p });
      } else if (pairCloser !== undefined) {
        directed.push({ pos: i, mark: ch, closer: pairCloser, paragraph: p });
      } else if (directed.length === 0 && markShape(text, i, start, end) === 'open') {
        // Reversed guillemets (» … «), as typed in some right-to-left copy.
        directed.push({ pos: i, mark: ch, closer: pairOpener!, paragraph: p });
      }
    }
    for (const stack of [curly, directed]) {
      if (stack.length === 0) continue;
      // The outermost quote may run on into the next paragraph(s); inner ones are capped here.
      const outer = stack[0]!;
      for (const q of stack.slice(1)) spans.push(cappedSpan(text, q, p, end));
      const carried = carryOver(text, paragraphs, p, outer, consumed, canCarry);
      spans.push(carried ?? cappedSpan(text, outer, p, end));
    }
  }
  return spans.sort((a, b) => a.openPos - b.openPos);
}

function cappedSpan(text: string, q: OpenQuote, p: number, paragraphEnd: number): RawSpan {
  return { openPos: q.pos, closePos: trimRange(text, q.pos + 1, paragraphEnd).end, open: q.mark, close: '', paragraph: p, closeParagraph: p };
}

function carryOver(
  text: string,
  paragraphs: readonly TextRange[],
  p: number,
  q: OpenQuote,
  consumed: Set<number>,
  canCarry: (from: number, to: number) => boolean,
): RawSpan | undefined {
  for (let next = p + 1; next <= p + QUOTE_CARRY_PARAGRAPHS && next < paragraphs.length; next++) {
    if (!canCarry(p, next)) return undefined;
    const { start, end } = paragraphs[next]!;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (q.closer === null) {
        if (!CURLY_MARKS.has(ch)) continue;
        if (markShape(text, i, start, end) === 'open') return undefined; // a new quote opens first
        // A mark that leaves an odd number of marks after it in its paragraph opens that paragraph's own
        // quote ("وأضاف السيسي " لا يعقل … يتوقف.""): the earlier quote was never closed, not carried on.
        let after = 0;
        for (let k = i + 1; k < end; k++) if (CURLY_MARKS.has(text[k]!)) after++;
        if (after % 2 === 1) return undefined;
      } else {
        if (ch === q.mark) return undefined;
        if (ch !== q.closer) continue;
      }
      consumed.add(i);
      return { openPos: q.pos, closePos: i, open: q.mark, close: ch, paragraph: p, closeParagraph: next };
    }
  }
  return undefined;
}

function isLatinAbbreviation(text: string, dot: number, start: number): boolean {
  let s = dot;
  while (s > start && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  return LATIN_ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

/**
 * The quotes of one paragraph that hold a sentence together: a stop at [runStart, runEnd) inside a
 * quote that closes at most QUOTE_HOLD_CHARS later is no sentence end. Stops are asked about in
 * increasing order, so quotes already closed are dropped as the scan moves on (linear overall).
 */
class QuoteHolds {
  private readonly byClose: readonly { openPos: number; closePos: number }[];
  private next = 0;

  constructor(quotes: readonly { openPos: number; closePos: number }[]) {
    this.byClose = [...quotes].sort((a, b) => a.closePos - b.closePos);
  }

  isHeld(runStart: number, runEnd: number): boolean {
    while (this.next < this.byClose.length && this.byClose[this.next]!.closePos < runEnd) this.next++;
    for (let k = this.next; k < this.byClose.length; k++) {
      const q = this.byClose[k]!;
      if (q.closePos - runEnd > QUOTE_HOLD_CHARS) break;
      if (q.openPos < runStart) return true;
    }
    return false;
  }
}

/** Whether the terminator run [runStart, runEnd) ends a sentence. */
function endsSentence(text: string, runStart: number, runEnd: number, start: number, end: number, holds: QuoteHolds): boolean {
  const before = runStart > start ? text[runStart - 1] : undefined;
  const after = runEnd < end ? text[runEnd] : undefined;
  if (runEnd - runStart === 1 && text[runStart] === '.') {
    if (before !== undefined && after !== undefined) {
      if (DIGIT.test(before) && DIGIT.test(after)) return false; // 3.5
      if (LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) return false; // example.com, U.S
    }
    // A single-letter initial (ك. ك. ماسيموف, J. Smith).
    if (before !== undefined && LETTER.test(before) && !isWordChar(runStart - 2 >= start ? text[runStart - 2] : undefined)) return false;
    if (isLatinAbbreviation(text, runStart, start)) return false;
  }
  if (before === '(' || before === '[') return false; // (..) and (...) mark an omission
  let k = runEnd;
  while (k < end && (isSpace(text[k]) || CURLY_MARKS.has(text[k]!) || DIRECTED_CLOSERS.has(text[k]!))) k++;
  if (k < end && CONTINUATION.has(text[k]!)) return false; // "… ، وصراع" goes on
  return !holds.isHeld(runStart, runEnd);
}

/** Splits one paragraph into trimmed sentence ranges. `quotes` are the spans that open and close inside it. */
export function splitSentences(text: string, paragraph: TextRange, quotes: readonly { openPos: number; closePos: number }[] = []): TextRange[] {
  const { start, end } = paragraph;
  const holds = new QuoteHolds(quotes);
  const closers = new Set(quotes.map((q) => q.closePos));
  const out: TextRange[] = [];
  let sentenceStart = start;
  const push = (s: number, e: number): void => {
    const r = trimRange(text, s, e);
    if (r.end <= r.start) return;
    let hasWord = false;
    for (let i = r.start; i < r.end && !hasWord; i++) hasWord = isWordChar(text[i]);
    const last = out[out.length - 1];
    if (!hasWord && last) last.end = r.end; // stray punctuation joins the sentence before it
    else out.push(r);
  };
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    const i = m.index;
    let runEnd = i + 1;
    for (;;) {
      while (runEnd < end && TERMINATORS.has(text[runEnd]!)) runEnd++;
      // "جنديًا. . خردوات": a spaced repeat belongs to the same run
      let k = runEnd;
      while (k < end && text[k] === ' ') k++;
      if (k > runEnd && k < end && TERMINATORS.has(text[k]!) && !isWordChar(text[k + 1])) runEnd = k + 1;
      else break;
    }
    if (endsSentence(text, i, runEnd, start, end, holds)) {
      // Closing marks and brackets right after the stop belong to this sentence.
      while (runEnd < end && (closers.has(runEnd) || CLOSING_BRACKETS.has(text[runEnd]!))) runEnd++;
      push(sentenceStart, runEnd);
      sentenceStart = runEnd;
    }
    TERMINATOR.lastIndex = runEnd;
  }
  push(sentenceStart, end);
  return out;
}

export interface Segmentation {
  sentences: Sentence[];
  quotedSpans: QuotedSpan[];
}

/**
 * Sentences and quoted spans for an article's paragraphs (already cleaned of boilerplate).
 * `canCarry(from, to)` says whether a quote open at the end of paragraph `from` may continue into
 * paragraph `to` (the loader forbids it from a headline into the body).
 */
export function segmentParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  canCarry: (from: number, to: number) => boolean = (from, to) => paragraphs[from]?.role === paragraphs[to]?.role,
): Segmentation {
  const raw = findRawSpans(text, paragraphs, canCarry);
  const byParagraph = new Map<number, RawSpan[]>();
  for (const span of raw) {
    if (span.closeParagraph !== span.paragraph || span.close === '') continue;
    const list = byParagraph.get(span.paragraph) ?? [];
    list.push(span);
    byParagraph.set(span.paragraph, list);
  }

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const r of splitSentences(text, p, byParagraph.get(p.index) ?? [])) {
      sentences.push({ index: sentences.length, paragraph: p.index, start: r.start, end: r.end, text: text.slice(r.start, r.end) });
    }
  }

  const quotedSpans: QuotedSpan[] = [];
  let s = 0;
  for (const span of raw) {
    const inner = trimRange(text, span.openPos + 1, span.closePos);
    if (inner.end <= inner.start) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= span.openPos) s++;
    quotedSpans.push({ start: inner.start, end: inner.end, open: span.open, close: span.close, text: text.slice(inner.start, inner.end), sentence: sentences.length ? s : -1 });
  }
  return { sentences, quotedSpans };
}
