/**
 * Arabic normalisation for *matching only*. Text shown to users is always the original;
 * these functions produce a comparison form, and `normalizeWithMap` keeps the way back to
 * the original offsets so that matches can be highlighted in the verbatim text.
 *
 * Modelled on CAMeL Tools' small, separate normalisers: each rule is its own function so a
 * caller can pick what it needs, and `normalizeForMatch` applies them all.
 */

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Every quote-mark style seen in Arabic copy: curly, guillemets, low-9, primes, CJK corners. */
export const QUOTE_MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u2036\u300C\u300D\uFF02';
const QUOTE_MARK_RE = new RegExp(`[${QUOTE_MARKS}]`, 'g');

export function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS, '');
}

export function stripTatweel(text: string): string {
  return text.replace(TATWEEL, '');
}

/** أ إ آ ٱ → ا */
export function normalizeAlef(text: string): string {
  return text.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627');
}

/** ى → ي (alef maksura is written for final ya in much Egyptian copy). */
export function normalizeAlefMaksura(text: string): string {
  return text.replace(/\u0649/g, '\u064A');
}

/** ة → ه */
export function normalizeTehMarbuta(text: string): string {
  return text.replace(/\u0629/g, '\u0647');
}

/** Arabic-Indic (٠-٩) and Extended/Persian (۰-۹) digits → ASCII; ٫ → . and ٬ → , */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** All quote marks → ASCII ", Arabic comma/semicolon/question mark → ASCII. */
export function normalizePunctuation(text: string): string {
  return text
    .replace(QUOTE_MARK_RE, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\u060C/g, ',')
    .replace(/\u061B/g, ';')
    .replace(/\u061F/g, '?')
    .replace(/[\u2013\u2014]/g, '-');
}

/** Per-character normalisation; the unit of `normalizeWithMap`. May return '' (dropped) or several chars. */
function normalizeChar(ch: string): string {
  let out = ch.normalize('NFKC');
  out = stripDiacritics(out);
  out = stripTatweel(out);
  out = normalizeAlef(out);
  out = normalizeAlefMaksura(out);
  out = normalizeTehMarbuta(out);
  out = normalizeDigits(out);
  out = normalizePunctuation(out);
  // Zero-width joiners, bidi marks and the BOM carry no meaning for matching.
  out = out.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
  return out.toLowerCase();
}

const charCache = new Map<string, string>();

function normalizeCharCached(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = normalizeChar(ch);
    if (charCache.size < 10_000) charCache.set(ch, out);
  }
  return out;
}

/** The comparison form of a text: diacritics, tatweel, alef/ya/teh forms, digits, punctuation, case. */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (const ch of text) out += normalizeCharCached(ch);
  return out;
}

export interface NormalizedText {
  /** The comparison form. */
  text: string;
  /** `map[i]` is the offset in the original of the character that produced `text[i]`; `map[text.length]` = original length. */
  map: number[];
}

/** Like `normalizeForMatch`, but also returns, for each output character, where it came from. */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const out = normalizeCharCached(ch);
    for (let i = 0; i < out.length; i++) map.push(offset);
    text += out;
    offset += ch.length;
  }
  map.push(original.length);
  return { text, map };
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = normalized.map[start] ?? normalized.map[normalized.map.length - 1]!;
  // End maps to the original char *after* the last matched one.
  const lastIdx = Math.max(start, end - 1);
  const lastStart = normalized.map[lastIdx] ?? s;
  let e = normalized.map[end] ?? normalized.map[normalized.map.length - 1]!;
  if (e <= lastStart) e = lastStart + 1;
  return { start: s, end: e };
}

/** True when `needle` occurs in `haystack` after both are normalised. */
export function containsNormalized(haystack: string, needle: string): boolean {
  return normalizeForMatch(haystack).includes(normalizeForMatch(needle));
}
