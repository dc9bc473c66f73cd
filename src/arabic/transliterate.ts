import { normalizeForMatch } from './normalize.ts';
import { RecentMap } from '../text/recent-map.ts';

/**
 * Arabic names in Latin letters, for two jobs:
 *  - `transliterate`: a readable display name for a speaker no lexicon knows (باشينيان → Bashinyan);
 *  - `phoneticKey`: a coarse consonant skeleton that Arabic and Latin spellings of one name share
 *    (بلينكن, بلنكن, Blinken → BLNKN), so an editor can type a name the way the English press spells it.
 * Vowels are dropped and letters that transliterations swap (p/b, v/f, g/j/k/q, s/z) share a class.
 */

const DISPLAY: Record<string, string> = {
  ء: '', آ: 'a', أ: 'a', إ: 'i', ؤ: 'u', ئ: 'i', ا: 'a', ب: 'b', ة: 'a', ت: 't', ث: 'th', ج: 'j', ح: 'h',
  خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh',
  ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ى: 'a', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ڨ: 'g',
};

const LONG_VOWELS = new Set(['ا', 'و', 'ي', 'ى', 'آ']);

function transliterateWord(word: string): string {
  const letters = [...word];
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const afterConsonant = prev !== undefined && !LONG_VOWELS.has(prev);
    // A final و reads as the vowel of foreign names (أنطونيو → Antonio, ماركو → Marko).
    if (c === 'و' && i === letters.length - 1 && i > 1) out += prev === 'ي' ? 'o' : afterConsonant ? 'o' : 'w';
    else if (c === 'و') out += i === 0 || !afterConsonant || (next !== undefined && LONG_VOWELS.has(next)) ? 'w' : 'u';
    else if (c === 'ي' && next === 'و' && i === letters.length - 2 && afterConsonant) out += 'i';
    else if (c === 'ي') out += i === 0 || !afterConsonant || (next !== undefined && LONG_VOWELS.has(next)) ? 'y' : 'i';
    else out += DISPLAY[c] ?? (/\p{L}/u.test(c) ? c : '');
  }
  return out;
}

/** A readable Latin rendering of an Arabic name, capitalised word by word ("روبن فورستر ووكر" → "Robn Forstr Wukr"). */
export function transliterate(arabic: string): string {
  const words = arabic.replace(/[\u064B-\u065F\u0670\u0640]/g, '').split(/[\s\u00A0]+/).filter(Boolean);
  return words
    .map((w) => (/[\u0600-\u06FF]/.test(w) ? transliterateWord(w) : w))
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Arabic letter → consonant class; letters absent here (vowels, ع, ة) are dropped. */
const ARABIC_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B', ت: 'T', ط: 'T', ث: 'S', س: 'S', ص: 'S', ز: 'S', ذ: 'S', ظ: 'S', ش: 'X', چ: 'X', ج: 'K', غ: 'K',
  ق: 'K', ك: 'K', گ: 'K', ڨ: 'K', خ: 'K', ح: 'H', ه: 'H', د: 'D', ض: 'D', ف: 'F', ڤ: 'F', ل: 'L', م: 'M', ن: 'N', ر: 'R',
};

/** Latin digraphs first, then single letters. */
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/tch|ch|sh|zh|sch/g, 'X'],
  [/kh|gh|ck/g, 'K'],
  [/ph/g, 'F'],
  [/th|ts|tz/g, 'S'],
  [/dj|dzh/g, 'K'],
  // Awadhi, Dhahran: "dh" is one consonant (ض in most English spellings), never d then h.
  [/dh/g, 'D'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', s: 'S', z: 'S', c: 'K', g: 'K', j: 'K', k: 'K', q: 'K', x: 'KS', h: 'H', d: 'D', f: 'F', v: 'F',
  l: 'L', m: 'M', n: 'N', r: 'R',
};

function latinKey(word: string): string {
  let w = word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  w = w.replace(/(.)\1+/g, '$1');
  for (const [re, cls] of LATIN_DIGRAPHS) w = w.replace(re, cls);
  let out = '';
  for (const c of w) out += c >= 'A' && c <= 'Z' ? c : LATIN_CLASS[c] ?? '';
  return out;
}

/** `keepAin`: ع counts as a consonant of its own (strictPhoneticKey), else it is silent as in Latin. */
function arabicKey(word: string, strict = false): string {
  const w = normalizeForMatch(word).replace(/تش/g, 'چ');
  let out = '';
  for (const c of w) out += (strict ? STRICT_CLASS[c] : undefined) ?? ARABIC_CLASS[c] ?? (/[a-z]/i.test(c) ? latinKey(c) : '');
  return out;
}

/**
 * Letters the strict key keeps apart from the class Latin gives them: ع (silent in Latin) and the
 * emphatics, which two Arabic spellings of one name never swap for their plain letters (الأبيض is
 * no البديوي, though both are BD in Latin).
 */
const STRICT_CLASS: Record<string, string> = { ع: 'E', ض: 'Ḍ', ص: 'Ṣ', ط: 'Ṭ', ظ: 'Ẓ' };

/**
 * Keys asked for lately: every speaker registered or looked up keys its name words again (on both
 * threads of a bulk load), and a desk's names are few next to its mentions. Pure functions of the
 * word, so a remembered key is the key.
 */
const recentKeys = new RecentMap<string, string>(4096);
const recentStrictKeys = new RecentMap<string, string>(4096);

/** The consonant skeleton of one word in either script; repeated classes collapse (زيلينسكي → SLNSK). */
export function phoneticKey(word: string): string {
  let key = recentKeys.get(word);
  if (key === undefined) {
    key = (/[\u0600-\u06FF]/.test(word) ? arabicKey(word) : latinKey(word)).replace(/(.)\1+/g, '$1');
    recentKeys.set(word, key);
  }
  return key;
}

/**
 * The consonant skeleton with ع and the emphatics kept (see STRICT_CLASS): for telling apart two
 * Arabic spellings whose plain keys collide only because Latin writes them alike (عابدين and بايدن
 * are both BDN). Spelling variants of
 * one name still agree (غوتيريش / جوتيريش, زيلينسكي / زيلنسكي).
 */
export function strictPhoneticKey(word: string): string {
  let key = recentStrictKeys.get(word);
  if (key === undefined) {
    key = arabicKey(word, true).replace(/(.)\1+/g, '$1');
    recentStrictKeys.set(word, key);
  }
  return key;
}

/** Word-by-word keys of a name, joined with spaces ("Wang Yi" → "NK ", "وانغ يي" → "NK "). */
export function phoneticKeys(name: string): string[] {
  return name.split(/[\s\-‐–]+/).filter(Boolean).map(phoneticKey);
}

/** Edit distance (insert, delete, substitute), for comparing phonetic keys. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  // Two reused rows, no arrays per call: a name lookup compares its keys with every speaker's.
  if (distanceRows[0].length <= b.length) distanceRows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let [prev, row] = distanceRows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[b.length]!;
}

let distanceRows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/** 1 for identical keys, falling towards 0 with edit distance relative to length. */
export function keySimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
}
