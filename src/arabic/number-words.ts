/**
 * The Arabic number-word grammar: which normalised words are number words, and how a run of
 * them composes into one value. No JS library reads Arabic number words, so this is ours; it is
 * written as a small grammar (groups below a thousand, joined by و, each optionally multiplied by
 * a descending scale word) rather than as a list of phrases, so every composition reads the same
 * way: ستة عشر ألفاً وثلاث مئة وخمس وأربعون, 7 آلاف و939, تسعة مليارات ونصف المليار.
 *
 * Input words are in the comparison form of normalize.ts (no diacritics, أ→ا، ة→ه، ى→ي, ASCII
 * digits), so every vowelling, case and gender ending that differs only in those marks reads alike.
 */

export type WordClass =
  /** 1–9 in every gender and case (ثلاث، ثلاثة، اثنين، إحدى). */
  | { type: 'unit'; value: number }
  /** عشر/عشرة: ten alone, or the second half of a teen (ثلاثة عشر). */
  | { type: 'ten'; value: 10 }
  /** 20–90 (عشرون، عشرين). */
  | { type: 'tens'; value: number }
  /** 100–900: مئة، مئتان، تسعمائة. `bare` = مئة/مائة alone, which a unit before it multiplies (تسع مئة). */
  | { type: 'hundred'; value: number; bare: boolean }
  /** ألف، مليون، مليار، تريليون in singular, dual or plural. */
  | { type: 'scale'; scale: number; dual: boolean; plural: boolean }
  /** نصف، ربع، ثلث، ثلثا. */
  | { type: 'fraction'; value: number }
  /** Vague quantities: عشرات، مئات، آلاف alone, بضعة. `value` is the order of magnitude. */
  | { type: 'vague'; value: number }
  /** فاصلة: the decimal point spelt out (سبعة فاصلة خمسة). */
  | { type: 'point' };

export interface ClassifiedWord {
  word: WordClass;
  /** A leading و/ف was stripped: the word continues a number (وخمسون) or starts a new clause. */
  conj: boolean;
  /** A definite article was stripped (المليار، الآلاف): only valid after a fraction or a vague word. */
  article: boolean;
}

const UNIT_FORMS: Record<number, string[]> = {
  1: ['واحد', 'واحده', 'واحدا', 'احد', 'احدي'],
  2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'ثنتان', 'ثنتين'],
  3: ['ثلاث', 'ثلاثه'],
  4: ['اربع', 'اربعه'],
  5: ['خمس', 'خمسه'],
  6: ['ست', 'سته'],
  7: ['سبع', 'سبعه'],
  8: ['ثمان', 'ثماني', 'ثمانيه', 'ثمانيا'],
  9: ['تسع', 'تسعه'],
};
const TENS_STEMS: Record<number, string[]> = {
  20: ['عشر'], 30: ['ثلاث'], 40: ['اربع'], 50: ['خمس'], 60: ['ست'], 70: ['سبع'], 80: ['ثمان'], 90: ['تسع'],
};
/** The unit stems that fuse with مئة into one word (ثلاثمائة، ثمانمئة، ثلثمائة). */
const HUNDRED_PREFIXES: Record<number, string[]> = {
  3: ['ثلاث', 'ثلث'], 4: ['اربع'], 5: ['خمس'], 6: ['ست'], 7: ['سبع'], 8: ['ثمان', 'ثماني'], 9: ['تسع'],
};
const HUNDRED_WORDS = ['مئه', 'مائه', 'ميه'];
const SCALE_FORMS: Array<[number, { singular: string[]; dual: string[]; plural: string[] }]> = [
  [1e3, { singular: ['الف', 'الفا'], dual: ['الفان', 'الفين', 'الفي'], plural: ['الاف', 'الوف'] }],
  [1e6, { singular: ['مليون', 'مليونا'], dual: ['مليونان', 'مليونين', 'مليوني', 'مليونا'], plural: ['ملايين'] }],
  [1e9, { singular: ['مليار', 'مليارا', 'بليون', 'بليونا'], dual: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين'], plural: ['مليارات', 'بلايين', 'ملايير'] }],
  [1e12, { singular: ['تريليون', 'تريليونا', 'ترليون', 'ترليونا'], dual: ['تريليونان', 'تريليونين', 'تريليوني', 'ترليونين'], plural: ['تريليونات', 'ترليونات'] }],
];
const FRACTIONS: Record<string, number> = { نصف: 0.5, ربع: 0.25, ثلث: 1 / 3, ثلثا: 2 / 3, ثلثي: 2 / 3 };
const VAGUE_WORDS: Record<string, number> = { عشرات: 10, مئات: 100, ميات: 100, بضع: 1, بضعه: 1 };

/** Every number word in its normalised spelling, built from the stems above. */
const WORDS = new Map<string, WordClass>();
for (const [value, forms] of Object.entries(UNIT_FORMS)) for (const f of forms) WORDS.set(f, { type: 'unit', value: Number(value) });
WORDS.set('عشر', { type: 'ten', value: 10 });
WORDS.set('عشره', { type: 'ten', value: 10 });
for (const [value, stems] of Object.entries(TENS_STEMS)) {
  for (const s of stems) for (const ending of ['ون', 'ين']) WORDS.set(s + ending, { type: 'tens', value: Number(value) });
}
for (const h of HUNDRED_WORDS) WORDS.set(h, { type: 'hundred', value: 100, bare: true });
for (const f of ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مائتا', 'مئتي', 'مائتي', 'ميتين']) WORDS.set(f, { type: 'hundred', value: 200, bare: false });
for (const [unit, prefixes] of Object.entries(HUNDRED_PREFIXES)) {
  for (const p of prefixes) for (const h of HUNDRED_WORDS) WORDS.set(p + h, { type: 'hundred', value: Number(unit) * 100, bare: false });
}
for (const [scale, forms] of SCALE_FORMS) {
  for (const f of forms.singular) if (!WORDS.has(f)) WORDS.set(f, { type: 'scale', scale, dual: false, plural: false });
  for (const f of forms.dual) if (!WORDS.has(f)) WORDS.set(f, { type: 'scale', scale, dual: true, plural: false });
  for (const f of forms.plural) WORDS.set(f, { type: 'scale', scale, dual: false, plural: true });
}
for (const [w, value] of Object.entries(FRACTIONS)) WORDS.set(w, { type: 'fraction', value });
for (const [w, value] of Object.entries(VAGUE_WORDS)) WORDS.set(w, { type: 'vague', value });
WORDS.set('فاصله', { type: 'point' });

/** Words that are number words only without a clitic: لست (I am not), بست، كست are not "six". */
const NO_CLITIC = new Set(['ست', 'سبع', 'خمس', 'عشر', 'الف', 'احد', 'احدي']);

/** Whether the normalised word is itself a number word, without stripping any clitic (واحد, not و + أحد). */
export function isNumberWord(norm: string): boolean {
  return WORDS.has(norm);
}

const classCache = new Map<string, ClassifiedWord | null>();

/**
 * The number word a normalised token stands for, with the clitics it carries: و/ف (conjunction),
 * ب/ل/ك (prepositions: بثلاثة، لسبعة), ال (the article, as in نصف المليار), or null.
 */
export function classifyWord(norm: string): ClassifiedWord | null {
  let out = classCache.get(norm);
  if (out !== undefined) return out;
  out = computeClass(norm);
  if (classCache.size < 50_000) classCache.set(norm, out);
  return out;
}

function computeClass(norm: string): ClassifiedWord | null {
  const direct = WORDS.get(norm);
  // واحد is "one" and also و + أحد "and one": either way a unit, joined when it follows a number.
  if (direct) return { word: direct, conj: norm[0] === 'و' && WORDS.has(norm.slice(1)), article: false };
  const m = /^(و|ف)?(ب|ل|ك)?(ال|ل(?=ل))?(.{2,})$/.exec(norm);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const rest = m[4]!;
  const word = WORDS.get(rest);
  if (!word) return null;
  const article = !!m[3];
  if (NO_CLITIC.has(rest) && (m[2] || article)) return null;
  // The article goes only on scales, fractions and vague words (نصف المليار، العشرات، الآلاف): with
  // it, units and tens are ordinals or days (الخمسين، الاثنين = Monday), not counts.
  if (article && word.type !== 'scale' && word.type !== 'vague' && word.type !== 'fraction') return null;
  return { word, conj: !!m[1] && m[1] === 'و', article };
}

/** One element of a number: a classified word, or a digit token's value. */
export type NumberPart = { kind: 'word'; word: ClassifiedWord; accusativeDual: boolean } | { kind: 'digits'; value: number; conj: boolean };

export interface ComposedNumber {
  value: number;
  /** How many parts were used (the rest do not continue the number). */
  used: number;
  /** A vague quantity (عشرات الآلاف): `value` is its order of magnitude. */
  vague: boolean;
  /** The last scale word used (1000 for ثلاثة آلاف), or 1 when none: ranges share it (بين ثلاثة وأربعة آلاف). */
  scale: number;
  /** The value is a bare fraction (نصف، ربع) with no scale after it. */
  fraction: boolean;
}

interface Group {
  value: number;
  hundreds: boolean;
  tens: boolean;
  units: boolean;
  digits: boolean;
  any: boolean;
}

const emptyGroup = (): Group => ({ value: 0, hundreds: false, tens: false, units: false, digits: false, any: false });

/**
 * Composes parts into one number, greedily, keeping the longest prefix that is a well-formed number:
 * groups below a thousand (hundreds, then units, then tens: مئة وخمسة وعشرون), each optionally
 * multiplied by a scale smaller than the one before (ألف after مليون), later groups joined by و.
 * `continues(k)` says whether part k is separated from part k-1 only by spaces (no punctuation).
 */
/**
 * The number read so far (the groups' total and the open group) as composeNumber's best reading of
 * `used` parts, unless the open group reaches the last scale (then the best stays). A function, not
 * a closure in composeNumber: it composes at every word that can start a number.
 */
function recordedNumber(best: ComposedNumber | null, total: number, groupValue: number, lastScale: number, used: number): ComposedNumber | null {
  if (groupValue >= lastScale) return best;
  return { value: total + groupValue, used, vague: false, scale: Number.isFinite(lastScale) ? lastScale : 1, fraction: false };
}

export function composeNumber(parts: readonly NumberPart[]): ComposedNumber | null {
  if (!parts.length) return null;
  const first = parts[0]!;
  // Vague quantities: عشرات، مئات، آلاف، بضعة آلاف، عشرات الآلاف.
  if (first.kind === 'word' && (first.word.word.type === 'vague' || (first.word.word.type === 'scale' && first.word.word.plural))) {
    let value = first.word.word.type === 'vague' ? first.word.word.value : first.word.word.scale;
    let used = 1;
    const next = parts[1];
    if (next?.kind === 'word' && !next.word.conj && next.word.word.type === 'scale' && next.word.word.plural && next.word.word.scale > value) {
      value *= next.word.word.scale;
      used = 2;
    } else if (next?.kind === 'word' && !next.word.conj && first.word.word.type === 'vague' && value === 1 && next.word.word.type === 'scale' && next.word.word.plural) {
      // بضعة آلاف: a few thousand.
      value = next.word.word.scale;
      used = 2;
    } else if (first.word.word.type === 'vague' && value === 1) return null;
    return { value, used, vague: true, scale: value, fraction: false };
  }
  let total = 0;
  let lastScale = Infinity;
  let group = emptyGroup();
  let previousUnit = false;
  let previousScale = false;
  let best: ComposedNumber | null = null;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const conj = k > 0 && (part.kind === 'digits' ? part.conj : part.word.conj);
    if (part.kind === 'digits') {
      // Digits begin a number or a later group (7 آلاف و939); never follow another number unjoined.
      if (k > 0 && (!conj || group.any)) break;
      if (part.value >= lastScale) break;
      group = { value: part.value, hundreds: true, tens: true, units: true, digits: true, any: true };
      previousUnit = false;
      previousScale = false;
      best = recordedNumber(best, total, group.value, lastScale, k + 1);
      continue;
    }
    const w = part.word.word;
    // The article belongs only at a number's start (العشرات) or after a fraction (ونصف المليار, read there).
    if (k > 0 && part.word.article) break;
    if (w.type === 'scale') {
      if (conj) {
        // "مليون وألف": a later group of one scale word.
        if (group.any || w.scale >= lastScale) break;
        total += (w.dual ? 2 : 1) * w.scale;
        lastScale = w.scale;
      } else {
        // "ثمانية آلاف", "مئة ألف", "20 ألفاً": the group before multiplies; alone, one (or two: ألفان).
        if (k > 0 && !group.any) break;
        const factor = group.any ? group.value : w.dual || part.accusativeDual ? 2 : 1;
        if (factor * w.scale >= lastScale) break;
        total += factor * w.scale;
        lastScale = w.scale;
      }
      group = emptyGroup();
      previousUnit = false;
      previousScale = true;
      best = recordedNumber(best, total, group.value, lastScale, k + 1);
      continue;
    }
    if (w.type === 'fraction') {
      if (k === 0) {
        // نصف مليون، ربع مليار: a fraction of the scale after it; alone, a bare fraction.
        const next = parts[1];
        if (next?.kind === 'word' && !next.word.conj && next.word.word.type === 'scale' && !next.word.word.plural) {
          return { value: w.value * next.word.word.scale, used: 2, vague: false, scale: next.word.word.scale, fraction: false };
        }
        return { value: w.value, used: 1, vague: false, scale: 1, fraction: true };
      }
      if (!conj) break;
      // "مليون ونصف" (1.5 million), "ونصف المليار", "ثلاثة ونصف" (3.5).
      const next = parts[k + 1];
      if (previousScale) {
        total += w.value * lastScale;
        const sameScale = next?.kind === 'word' && next.word.article && next.word.word.type === 'scale' && next.word.word.scale === lastScale;
        best = { value: total, used: k + (sameScale ? 2 : 1), vague: false, scale: lastScale, fraction: false };
      } else if (group.any) {
        group.value += w.value;
        best = recordedNumber(best, total, group.value, lastScale, k + 1);
      }
      break;
    }
    if (w.type === 'point') {
      // سبعة فاصلة خمسة: the decimal digits are the next group's value.
      const rest = composeNumber(parts.slice(k + 1).map((p, i) => (i === 0 && p.kind === 'word' ? { ...p, word: { ...p.word, conj: false } } : p)));
      if (!group.any || !rest || rest.vague || rest.fraction || rest.scale !== 1) break;
      group.value += rest.value / 10 ** String(rest.value).length;
      best = recordedNumber(best, total, group.value, lastScale, k + 1 + rest.used);
      break;
    }
    if (w.type === 'vague') break;
    if (!conj && k > 0) {
      // Unjoined continuations: a teen (ثلاثة عشر), a split hundred (تسع مئة).
      if (w.type === 'ten' && previousUnit && !group.tens) {
        group.value += 10;
        group.tens = true;
      } else if (w.type === 'hundred' && w.bare && previousUnit && !group.hundreds && !group.tens && group.value >= 1 && group.value <= 9) {
        group.value *= 100;
        group.hundreds = true;
        group.units = false;
      } else break;
      previousUnit = false;
      previousScale = false;
      best = recordedNumber(best, total, group.value, lastScale, k + 1);
      continue;
    }
    // The first word, or a word after و.
    if (group.digits) break;
    if (w.type === 'hundred') {
      if (group.any) break;
      group.value = w.value;
      group.hundreds = true;
    } else if (w.type === 'unit') {
      if (group.units || group.tens) break;
      group.value += w.value;
      group.units = true;
    } else if (w.type === 'tens') {
      if (group.tens) break;
      group.value += w.value;
      group.tens = true;
    } else if (w.type === 'ten') {
      if (group.tens || group.units) break;
      group.value += 10;
      group.tens = true;
    }
    group.any = true;
    previousUnit = w.type === 'unit';
    previousScale = false;
    best = recordedNumber(best, total, group.value, lastScale, k + 1);
  }
  return best;
}
