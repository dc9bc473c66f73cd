import { normalizeForMatch } from '../arabic/normalize.ts';

/** One non-empty line of an article, the unit that cleaning classifies. */
export interface SourceLine {
  /** Position among the non-empty lines. */
  index: number;
  /** [start, end) of the trimmed line in the article text. */
  start: number;
  end: number;
  /** The trimmed line as written. */
  text: string;
  /** Comparison key: normalised, every run of non-letters/digits collapsed to one space. */
  key: string;
  /** Number of words in `key`. */
  words: number;
}

const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;
const WHITESPACE = /\s/;

export function lineKey(text: string): string {
  return normalizeForMatch(text).replace(NON_WORD_RUN, ' ').trim();
}

/** The non-empty lines of a text with their offsets. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && WHITESPACE.test(text[s]!)) s++;
    while (e > s && WHITESPACE.test(text[e - 1]!)) e--;
    if (e > s) {
      const raw = text.slice(s, e);
      const key = lineKey(raw);
      lines.push({ index: lines.length, start: s, end: e, text: raw, key, words: key ? key.split(' ').length : 0 });
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Closing marks and decoration that may follow a sentence's final stop. */
const TRAILING_DECORATION = /[\s"'\u201C\u201D\u201E\u00BB\u00AB\u203A)\]*]+$/u;
const TERMINAL = /[.!?\u061F\u2026]$/;

/** Whether a line ends like a sentence (`.`, `!`, `؟`, `…`, possibly followed by a closing quote). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.replace(TRAILING_DECORATION, ''));
}
