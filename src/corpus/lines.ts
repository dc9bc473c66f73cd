import { normalizeForMatch } from '../arabic/normalize.ts';
import { CodePointClasses } from '../text/code-point-classes.ts';

/** Closing marks and decoration that may follow a sentence's final stop. */
const DECORATION = /[\s"'\u201C\u201D\u201E\u00BB\u00AB\u203A)\]*]/u;
const TERMINAL = /[.!?\u061F\u2026]/;

/** Comparison key: normalised, every run of non-letters/digits collapsed to one space. */
export function lineKey(text: string): string {
  // What `.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` makes, by one scan of code-point classes (every line of every article is keyed).
  const norm = normalizeForMatch(text);
  const n = norm.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (wordClasses.at(norm, i) === 1) {
      i += wordClasses.width;
      continue;
    }
    const runStart = i;
    while (i < n && wordClasses.at(norm, i) !== 1) i += wordClasses.width;
    // The run becomes one space, except at either end (the trim).
    out += norm.slice(copied, runStart) + (runStart === 0 || i >= n ? '' : ' ');
    copied = i;
  }
  return copied === 0 ? norm : out + norm.slice(copied);
}

/** 1: a letter or digit (\p{L}, \p{N}), 2: anything else. */
const IS_WORD = /^[\p{L}\p{N}]$/u;
const wordClasses = new CodePointClasses((char) => (IS_WORD.test(char) ? 1 : 2));

/** Whether a line ends like a sentence (`.`, `!`, `؟`, `…`, possibly followed by a closing quote). */
export function endsLikeSentence(text: string): boolean {
  // Scanned from the end: a regex anchored at $ is tried from every position of a long line.
  let end = text.length;
  while (end > 0 && DECORATION.test(text[end - 1]!)) end--;
  return end > 0 && TERMINAL.test(text[end - 1]!);
}

/**
 * One non-empty line of an article, the unit that cleaning classifies. The comparison key and
 * the sentence test are computed on first use: most rules only look at short lines, and long body
 * lines should cost no more than a scan for their word count.
 */
export class SourceLine {
  private cachedKey: string | undefined;
  private cachedEnds: boolean | undefined;

  constructor(
    /** Position among the non-empty lines. */
    readonly index: number,
    /** [start, end) of the trimmed line in the article text. */
    readonly start: number,
    readonly end: number,
    /** The trimmed line as written. */
    readonly text: string,
    /** Whitespace-separated tokens that contain a letter or digit. */
    readonly words: number,
  ) {}

  get key(): string {
    return (this.cachedKey ??= lineKey(this.text));
  }

  get endsLikeSentence(): boolean {
    return (this.cachedEnds ??= endsLikeSentence(this.text));
  }
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/** Letters and digits of the scripts in Arabic news copy (Latin, Arabic, Arabic-Indic digits…). */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c >= 0x0660 && c <= 0x0669) return true;
  if (c >= 0x066e && c <= 0x06d3) return true;
  if (c >= 0x06f0 && c <= 0x06ff) return true;
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x0600 && c <= 0x061f);
}

/** The non-empty lines of a text with their offsets, in one pass over the characters. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      let words = 0;
      let inToken = false;
      let tokenHasWord = false;
      for (let i = s; i <= e; i++) {
        const c = i < e ? text.charCodeAt(i) : 0x20;
        if (isSpaceCode(c)) {
          if (inToken && tokenHasWord) words++;
          inToken = false;
          tokenHasWord = false;
        } else {
          inToken = true;
          if (!tokenHasWord && isWordCode(c)) tokenHasWord = true;
        }
      }
      lines.push(new SourceLine(lines.length, s, e, text.slice(s, e), words));
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}
