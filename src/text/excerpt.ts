import type { Inline } from '../render/doc.ts';

/**
 * Excerpts for display: cut at word boundaries, never mid-word, with … where cut.
 * Highlight ranges survive the cut and become `strong` runs.
 */

const ELLIPSIS = '…';

/** Trims `text` to at most `max` characters at a word boundary, adding … where cut. */
export function trimAtWord(text: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const room = Math.max(1, max - 1);
  let cut = clean.lastIndexOf(' ', room);
  if (cut < room * 0.5) cut = room; // one enormous "word" (a URL): cutting inside it is the lesser evil
  return clean.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * A window of at most `max` characters around the first highlight, cut at word boundaries,
 * returned as runs with the highlighted words marked strong.
 */
export function highlightedExcerpt(text: string, highlights: ReadonlyArray<readonly [number, number]>, max: number): Inline[] {
  let start = 0;
  let end = text.length;
  if (text.length > max) {
    const focus = highlights[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(focus - Math.floor(max / 3), text.length - max));
    end = Math.min(text.length, start + max);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < focus ? space + 1 : start;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
  }
  const runs = runScratch;
  runs.length = 0;
  if (start > 0) runs.push(new PlainRun(ELLIPSIS));
  let at = start;
  // Highlights separated only by spaces are joined, so a matched phrase is one bold run. Usually in
  // order already (search hits' are): sorted only when not. Joined as they are read (no merged list).
  let ordered = true;
  for (let i = 1; i < highlights.length && ordered; i++) ordered = highlights[i - 1]![0] <= highlights[i]![0];
  const inOrder = ordered ? highlights : [...highlights].sort((a, b) => a[0] - b[0]);
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < inOrder.length; i++) {
    const [s, e] = inOrder[i]!;
    if (runStart >= 0 && onlySpaces(text, runEnd, s)) runEnd = Math.max(runEnd, e);
    else {
      if (runStart >= 0) at = pushBold(runs, { text, at, end, from: runStart, to: runEnd });
      runStart = s;
      runEnd = e;
    }
  }
  if (runStart >= 0) at = pushBold(runs, { text, at, end, from: runStart, to: runEnd });
  if (at < end) runs.push(new PlainRun(text.slice(at, end)));
  if (end < text.length) runs.push(new PlainRun(ELLIPSIS));
  return runs.slice();
}

/**
 * Appends the plain text from `at` to a bold range and the range itself, both clipped to the
 * window ending at `end`; returns where the text now stands (a function of its own, not a closure
 * made per excerpt: a search makes a couple of hundred excerpts).
 */
function pushBold(runs: Inline[], range: { text: string; at: number; end: number; from: number; to: number }): number {
  const { text, at, end } = range;
  const s = Math.max(range.from, at);
  const e = Math.min(range.to, end);
  if (e <= s) return at;
  if (s > at) runs.push(new PlainRun(text.slice(at, s)));
  runs.push(new StrongRun(text.slice(s, e)));
  return e;
}

/*
 * Runs are made by constructors into a reused list that is copied out, not as object and array
 * literals. V8 decides per literal in the source whether the objects it makes are long-lived
 * (allocation-site pretenuring), and this function also makes answers that are remembered for the
 * day (/figure's). Measured on the bench's /search mix: every search's runs and lists were being
 * placed straight in the old generation, holding young strings that each young-generation
 * collection then had to keep and copy, about three times the survivors it has now. Objects made
 * by `new` and arrays copied by slice() are not placed by allocation site.
 */
const runScratch: Inline[] = [];

class PlainRun implements Inline {
  declare strong?: boolean;
  constructor(readonly text: string) {}
}

class StrongRun implements Inline {
  readonly text: string;
  readonly strong = true;
  constructor(text: string) {
    this.text = text;
  }
}

/** Whether text[from, to) is all whitespace (as /^\s*$/ reads it; empty too), without cutting it out. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let kind = SPACE_KIND[code]!;
    if (kind === 0) SPACE_KIND[code] = kind = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
    if (kind === 2) return false;
  }
  return true;
}

/** Per UTF-16 unit: 1 whitespace, 2 not, 0 not yet seen. */
const SPACE_KIND = new Uint8Array(0x10000);
