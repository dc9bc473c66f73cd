/**
 * Bytes → text for article files, without ever guessing silently: UTF-8 (with or without BOM)
 * is the norm; UTF-16 with a BOM is converted and reported. A file that is not valid UTF-8 is
 * judged by how much of it is invalid:
 *  - a few bad bytes in otherwise valid UTF-8 (a stray byte from a copy-paste) → UTF-8 with the
 *    bad bytes replaced by U+FFFD and a warning saying how many and where;
 *  - mostly invalid UTF-8 → Windows-1256 (legacy Arabic) when that reading is Arabic text, else
 *    Windows-1252/Latin-1 when that reading is Latin text (a French «Élysée» must not become
 *    «ةlysée»); anything else is refused.
 * Anything that looks binary is refused.
 */

/** `encoding`: the WHATWG name of the encoding the text was read in (utf-8, windows-1256…). */
export type Decoded = { ok: true; text: string; encoding: string; note?: string } | { ok: false; reason: string };

export interface DecodeOptions {
  /** Share of C0 control characters (other than tab/newline/CR/form feed) above which a text is binary. */
  maxControlShare: number;
  /**
   * Largest share of invalid UTF-8 sequences among all multi-byte sequences for which the file is
   * still read as UTF-8 (with replacement): below it the file is UTF-8 with a few stray bytes.
   */
  maxInvalidUtf8Share: number;
  /** Share of Arabic letters among the letters of the Windows-1256 reading for it to count as Arabic text. */
  minArabicLetterShare: number;
  /** Largest share of words mixing Arabic and Latin letters (`ةlysée`) in a genuine Windows-1256 reading. */
  maxMixedWordShare: number;
}

export const DECODE_OPTIONS: DecodeOptions = { maxControlShare: 0.01, maxInvalidUtf8Share: 0.2, minArabicLetterShare: 0.6, maxMixedWordShare: 0.02 };

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return text.length ? controls / text.length : 0;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

interface Utf8Survey {
  /** Well-formed sequences of two to four bytes. */
  valid: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  /** 1-based line of the first invalid byte. */
  firstBadLine: number;
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes in one pass. */
function surveyUtf8(bytes: Uint8Array): Utf8Survey {
  let valid = 0;
  let invalid = 0;
  let line = 1;
  let firstBadLine = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      if (!firstBadLine) firstBadLine = line;
      i++;
    }
  }
  return { valid, invalid, firstBadLine };
}

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
const WORD = /[\p{L}\p{M}]+/gu;

interface ScriptSurvey {
  arabicShare: number;
  latinShare: number;
  mixedWordShare: number;
}

function surveyScripts(text: string): ScriptSurvey {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  let words = 0;
  let mixed = 0;
  for (const m of text.matchAll(WORD)) {
    let a = 0;
    let l = 0;
    for (const ch of m[0]) {
      if (ARABIC_LETTER.test(ch)) a++;
      else if (LATIN_LETTER.test(ch)) l++;
    }
    arabic += a;
    latin += l;
    letters += m[0].length;
    words++;
    if (a > 0 && l > 0) mixed++;
  }
  return { arabicShare: letters ? arabic / letters : 0, latinShare: letters ? latin / letters : 0, mixedWordShare: words ? mixed / words : 0 };
}

export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = DECODE_OPTIONS): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    if (text !== null && controlShare(text) <= options.maxControlShare) return { ok: true, text, encoding, note: `converted from ${encoding.toUpperCase()}` };
    return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte-order mark but does not decode as ${encoding.toUpperCase()}` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  const binary = (text: string) => controlShare(text) > options.maxControlShare;
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    if (binary(utf8)) return { ok: false, reason: 'binary file (control characters), not text' };
    return { ok: true, text: utf8, encoding: 'utf-8' };
  }

  const survey = surveyUtf8(bytes);
  if (survey.invalid <= options.maxInvalidUtf8Share * (survey.valid + survey.invalid)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (binary(text)) return { ok: false, reason: 'binary file (control characters), not text' };
    return {
      ok: true,
      text,
      encoding: 'utf-8',
      note: `${survey.invalid} invalid UTF-8 byte(s) (first on line ${survey.firstBadLine}) shown as \uFFFD; the rest is UTF-8 — fix those bytes and re-save the file as UTF-8`,
    };
  }

  const cp1256 = tryDecode('windows-1256', bytes);
  if (cp1256 !== null && !binary(cp1256)) {
    const scripts = surveyScripts(cp1256);
    if (scripts.arabicShare >= options.minArabicLetterShare && scripts.mixedWordShare <= options.maxMixedWordShare) {
      return { ok: true, text: cp1256, encoding: 'windows-1256', note: 'not valid UTF-8; converted from Windows-1256 (Arabic) — check the text and re-save it as UTF-8' };
    }
  }
  // WHATWG's "latin1" is Windows-1252, the superset every Western editor writes.
  const latin = tryDecode('windows-1252', bytes);
  if (latin !== null && !binary(latin)) {
    const scripts = surveyScripts(latin);
    if (scripts.latinShare >= options.minArabicLetterShare) {
      return { ok: true, text: latin, encoding: 'windows-1252', note: 'not valid UTF-8; converted from Windows-1252 (Latin-1) — check the text and re-save it as UTF-8' };
    }
  }
  return { ok: false, reason: 'not UTF-8, and neither a Windows-1256 (Arabic) nor a Latin-1 reading gives readable text — re-save it as UTF-8' };
}
