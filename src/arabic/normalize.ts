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

/**
 * Normalisation runs over every sentence at load, extraction and index time, so each UTF-16 code
 * unit's normal form is computed once (by `normalizeChar`) and kept in a table; runs of characters
 * that normalise to themselves are copied as slices instead of char by char.
 */
const UNIT_FORMS: Array<string | undefined> = new Array(0x10000);
/** 1 = the unit normalises to itself, 2 = it changes (or is dropped); 0 = not seen yet. */
const UNIT_KIND = new Uint8Array(0x10000);
const pairCache = new Map<string, string>();

function unitForm(code: number): string {
  let out = UNIT_FORMS[code];
  if (out === undefined) {
    out = normalizeChar(String.fromCharCode(code));
    UNIT_FORMS[code] = out;
    // Surrogates are never 'unchanged': a pair is normalised as one code point.
    UNIT_KIND[code] = out.length === 1 && out.charCodeAt(0) === code && !isSurrogate(code) ? 1 : 2;
  }
  return out;
}

/** A surrogate pair (emoji, rare scripts) is normalised as one code point. */
function pairForm(pair: string): string {
  let out = pairCache.get(pair);
  if (out === undefined) {
    out = normalizeChar(pair);
    if (pairCache.size < 10_000) pairCache.set(pair, out);
  }
  return out;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
/** A valid surrogate pair starts at `i`. */
const pairAt = (text: string, i: number) => {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

/** The length in units of the code point `changedFormAt` read last. */
let formWidth = 1;

/**
 * The normal form of the code point at i (a surrogate pair as one), or null when it is a unit that
 * normalises to itself and is copied as it is. Sets `formWidth`. Callers test UNIT_KIND first: most
 * units are unchanged, and that look-up is the whole of their cost.
 */
function changedFormAt(text: string, i: number): string | null {
  if (pairAt(text, i)) {
    formWidth = 2;
    return pairForm(text.slice(i, i + 2));
  }
  formWidth = 1;
  const code = text.charCodeAt(i);
  const form = unitForm(code);
  return UNIT_KIND[code] === 1 ? null : form;
}

/** The comparison form of a text: diacritics, tatweel, alef/ya/teh forms, digits, punctuation, case. */
export function normalizeForMatch(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (UNIT_KIND[text.charCodeAt(i)] === 1) continue;
    const form = changedFormAt(text, i);
    if (form === null) continue;
    out += text.slice(copied, i) + form;
    i += formWidth - 1;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export interface NormalizedText {
  /** The comparison form. */
  text: string;
  /** `map[i]` is the offset in the original of the character that produced `text[i]`; `map[text.length]` = original length. */
  map: Int32Array;
}

/**
 * Like `normalizeForMatch`, but also returns, for each output character, where it came from. One
 * pass does both (every sentence is tokenised through here): the text as normalizeForMatch builds
 * it, and each output character's source offset as it is written.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const length = original.length;
  let map = new Int32Array(length + 1);
  let out = '';
  let copied = 0;
  let at = 0;
  for (let offset = 0; offset < length; offset++) {
    const form = UNIT_KIND[original.charCodeAt(offset)] === 1 ? null : changedFormAt(original, offset);
    if (form === null) {
      map[at++] = offset;
      continue;
    }
    const width = formWidth;
    // A form longer than its unit (a ligature's letters) may outgrow the map: room for it and one per unit left.
    const needed = at + form.length + (length - offset - width) + 1;
    if (needed > map.length) {
      const grown = new Int32Array(needed * 2);
      grown.set(map.subarray(0, at));
      map = grown;
    }
    for (let k = 0; k < form.length; k++) map[at++] = offset;
    out += original.slice(copied, offset) + form;
    offset += width - 1;
    copied = offset + 1;
  }
  map[at] = length;
  const text = copied === 0 ? original : out + original.slice(copied);
  // A text that comes out as it went in (only pairs that normalise to themselves, such as emoji) maps one to one.
  if (copied !== 0 && text.length === length && text === original) for (let i = 0; i <= length; i++) map[i] = i;
  return { text, map: at + 1 === map.length ? map : map.slice(0, at + 1) };
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
