import { tokenize, type Token } from './tokenize.ts';

/**
 * Numbers in Arabic news text: digits in either script (٢٠٣٠، 7,939، ٣٫٥), number words in every
 * gender and case (ثمانية آلاف، عشرون، مئتين، ألفاً), compounds (7 آلاف و939), duals of counted nouns
 * (جنديين = 2), approximators (أكثر من، نحو، قرابة…), vague quantities (عشرات، مئات، آلاف) and
 * percentages. Each number is typed, so dates, years, times, ages, durations, ordinals, phone and
 * list numbers are never mistaken for a count. No JS library reads Arabic number words; this one is ours.
 *
 * Works on normalised tokens (see normalize.ts: أ→ا، ة→ه، ى→ي، Arabic-Indic digits → ASCII, ٫ → .,
 * ٬ → ,) and reports offsets into the original text, so the phrase can be quoted verbatim.
 */

export type NumberKind = 'count' | 'percent' | 'year' | 'date' | 'time' | 'age' | 'duration' | 'ordinal' | 'phone' | 'list' | 'code';
export type Direction = 'more' | 'less' | 'about';

export interface NumberMention {
  value: number;
  kind: NumberKind;
  approx: boolean;
  direction: Direction | null;
  /** Vague quantity (عشرات، مئات الآلاف): `value` is its order of magnitude. */
  vague: boolean;
  /** The counted noun right after the number, as written (شخصاً، طائرة), or null. */
  unit: string | null;
  /** Offsets of the whole phrase (approximator + number + counted noun) in the original text. */
  start: number;
  end: number;
  /** Offsets of the number itself (without approximator and noun). */
  numberStart: number;
  numberEnd: number;
  text: string;
}

// ---- vocabulary (normalised spellings) -----------------------------------------------------------

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};
const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDREDS: Record<string, number> = {
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مائتا: 200,
};
/** Multipliers: singular/accusative/dual/plural forms. */
const SCALES: Record<string, { scale: number; dual?: boolean; plural?: boolean }> = {
  الف: { scale: 1e3 }, الفا: { scale: 1e3 }, الفان: { scale: 1e3, dual: true }, الفين: { scale: 1e3, dual: true }, الاف: { scale: 1e3, plural: true }, الوف: { scale: 1e3, plural: true },
  مليون: { scale: 1e6 }, مليونا: { scale: 1e6 }, مليونان: { scale: 1e6, dual: true }, مليونين: { scale: 1e6, dual: true }, ملايين: { scale: 1e6, plural: true },
  مليار: { scale: 1e9 }, مليارا: { scale: 1e9 }, ملياران: { scale: 1e9, dual: true }, مليارين: { scale: 1e9, dual: true }, مليارات: { scale: 1e9, plural: true },
  بليون: { scale: 1e9 }, بلايين: { scale: 1e9, plural: true },
  تريليون: { scale: 1e12 }, تريليونا: { scale: 1e12 }, تريليونات: { scale: 1e12, plural: true },
};
/** Vague quantities on their own: عشرات (tens), مئات (hundreds), آلاف (thousands)… */
const VAGUE: Record<string, number> = {
  عشرات: 10, العشرات: 10, مئات: 100, المئات: 100, الاف: 1000, الالاف: 1000, الوف: 1000,
  ملايين: 1e6, الملايين: 1e6, مليارات: 1e9, بضع: 1, بضعه: 1,
};
const PERCENT_WORDS = ['بالمئه', 'بالمائه', 'بالميه'];
const MONTHS = new Set([
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت', 'يونيه', 'يوليه',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
  'محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه',
]);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'لعام', 'للعام', 'وعام']);
const TIME_WORDS = new Set(['الساعه', 'ساعه', 'صباحا', 'مساء', 'ظهرا', 'فجرا', 'ليلا', 'بتوقيت', 'توقيت', 'دقيقه']);
const AGE_WORDS = new Set(['العمر', 'عمر', 'عمره', 'عمرها', 'البالغ', 'البالغه', 'يبلغ', 'تبلغ', 'عن', 'سن', 'بعمر', 'ابن', 'ابنه']);
const DURATION_NOUNS = new Set([
  'عام', 'عاما', 'اعوام', 'عامين', 'عامان', 'سنه', 'سنوات', 'سنين', 'سنتين', 'يوم', 'يوما', 'ايام', 'يومين', 'يومان',
  'ساعه', 'ساعات', 'ساعتين', 'دقيقه', 'دقائق', 'دقيقتين', 'ثانيه', 'ثوان', 'ثواني', 'اسبوع', 'اسبوعا', 'اسابيع', 'اسبوعين',
  'شهر', 'شهرا', 'اشهر', 'شهور', 'شهرين', 'عقد', 'عقود', 'عقدين', 'قرن', 'قرون', 'ليله', 'ليال', 'ليلتين',
]);
/** Words before a number that make it approximate, longest first: [words, direction]. */
const APPROXIMATORS: Array<[string[], Direction]> = [
  [['ما', 'لا', 'يقل', 'عن'], 'more'],
  [['ما', 'يزيد', 'علي'], 'more'],
  [['ما', 'يزيد', 'عن'], 'more'],
  [['ما', 'يربو', 'علي'], 'more'],
  [['ما', 'يقرب', 'من'], 'about'],
  [['ما', 'يناهز'], 'about'],
  [['اكثر', 'من'], 'more'],
  [['ازيد', 'من'], 'more'],
  [['اقل', 'من'], 'less'],
  [['قرابه'], 'about'],
  [['نحو'], 'about'],
  [['حوالي'], 'about'],
  [['زهاء'], 'about'],
  [['تقريبا'], 'about'],
  [['يناهز'], 'about'],
  [['يقارب'], 'about'],
  [['اكثر'], 'more'],
];
const AFTER_APPROX = new Set(['تقريبا', 'ونيف', 'ونيفا']);

// ---- tokens ----------------------------------------------------------------------------------

interface NumToken extends Token {
  /** Text between the previous token and this one. */
  gap: string;
}

const FUSED_HUNDREDS = ['ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((u) => [`${u}مئه`, `${u}مائه`]);
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(SCALES), ...FUSED_HUNDREDS]);
const isDigit = (code: number) => code >= 48 && code <= 57;
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

const VAGUE_WORDS = new Set(Object.keys(VAGUE));
const isVague = (w: string) => VAGUE_WORDS.has(w);
/** First letters of every number or vague word, and of the clitics that may precede one. */
const FIRST_LETTERS = new Set([...NUMBER_WORDS, ...VAGUE_WORDS].map((w) => w[0]!).concat([...CLITIC_LETTERS]));

/** Strips proclitics that may sit on a number word: و، ب، ل، ف، ك (وعشرون، بثلاثة، لـ3). */
function bare(norm: string): string {
  if (NUMBER_WORDS.has(norm) || isVague(norm)) return norm;
  const m = /^(?:و|ف)?(?:ب|ل|ك)?(.+)$/.exec(norm);
  const rest = m?.[1] ?? norm;
  if (rest !== norm && (NUMBER_WORDS.has(rest) || isVague(rest) || /^\d/.test(rest))) return rest;
  return norm;
}

/**
 * Whether a token can begin a number (digits or a number word, with up to two clitics): most
 * tokens cannot, and rejecting them here keeps the full reader off ordinary words.
 */
function mayStartNumber(norm: string): boolean {
  if (isDigit(norm.charCodeAt(0))) return true;
  if (!FIRST_LETTERS.has(norm[0]!)) return false;
  if (NUMBER_WORDS.has(norm) || isVague(norm)) return true;
  for (let k = 0; k < 2 && k < norm.length - 1 && CLITIC_LETTERS.has(norm[k]!); k++) {
    const rest = norm.slice(k + 1);
    if (isDigit(rest.charCodeAt(0)) || NUMBER_WORDS.has(rest) || isVague(rest)) return true;
  }
  return false;
}

/** A digit token's value: 7,939 · 1.234.567 · 3.5 · 2,5 (thousands only in groups of three). */
export function parseDigits(text: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+[.,]\d+$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d+$/.test(text)) return Number(text);
  return null;
}

function wordValue(w: string): number | null {
  if (!NUMBER_WORDS.has(w)) return null;
  if (w in UNITS) return UNITS[w]!;
  if (w in TENS) return TENS[w]!;
  if (w in HUNDREDS) return HUNDREDS[w]!;
  const fused = /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(مئه|مائه)$/.exec(w);
  if (fused) return UNITS[fused[1]!]! * 100;
  return null;
}

interface Parsed {
  value: number;
  /** Token index after the number. */
  next: number;
  /** Used a vague word (عشرات، آلاف alone). */
  vague: boolean;
}

/**
 * Reads one number starting at token i: digits or words, with multipliers (آلاف، مليون) and
 * "و" continuations that stay below the last multiplier (7 آلاف و939; مئة وخمسون; خمسة وعشرون).
 */
export function readNumber(tokens: NumToken[], i: number): Parsed | null {
  if (!tokens[i] || !mayStartNumber(tokens[i]!.norm)) return null;
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let j = i;
  let any = false;
  let vague = false;
  let lastWasScale = false;
  let lastSmall = Infinity;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (j > i && /[،,.:;؛()«»"“”\n]/.test(t.gap)) break;
    let w = t.norm;
    let conj = false;
    // A separate "و" token before digits (7 آلاف و939 is tokenised و + 939).
    if (w === 'و' && j > i && j + 1 < tokens.length && !/\S/.test(tokens[j + 1]!.gap)) {
      const after = tokens[j + 1]!.norm;
      if (/^\d/.test(after) || isNumberWord(bare(after))) {
        conj = true;
        j++;
        w = after;
      }
    }
    if (j > i && !conj && /^[وف]/.test(w) && isNumberWord(bare(w)) && w !== bare(w)) conj = w.startsWith('و');
    const b = bare(w);
    const digits = parseDigits(b);
    const word = wordValue(b);
    const scale = NUMBER_WORDS.has(b) ? SCALES[b] : undefined;
    if (conj) {
      // Continue only below the last multiplier or after a unit word ("خمسة وعشرون").
      const v = digits ?? word;
      if (v === null || !(lastWasScale ? v < lastScale : v < lastSmall || (lastSmall < 10 && v >= 20 && v < 100))) {
        if (tokens[j - 1]?.norm === 'و') j--;
        break;
      }
    } else if (any && !scale && (digits !== null || word !== null)) {
      // Two numbers side by side without "و": only "عشر/عشرة" after a unit (أحد عشر، ثلاثة عشر).
      if (!(b === 'عشر' || b === 'عشره') || current >= 10 || current === 0) break;
    }
    if (digits !== null) {
      if (any && !conj) break;
      current += digits;
      lastSmall = digits;
      any = true;
      lastWasScale = false;
    } else if (word !== null) {
      if (b === 'عشر' || b === 'عشره') current = (current || 0) + 10;
      else current += word;
      lastSmall = word;
      any = true;
      lastWasScale = false;
    } else if (scale) {
      if (scale.plural && current === 0) {
        // "آلاف" alone is vague (thousands), "عشرات الآلاف" tens of thousands.
        if (!any) {
          total = scale.scale;
          vague = true;
          any = true;
          j++;
          lastScale = scale.scale;
          lastWasScale = true;
          continue;
        }
      }
      // "ألفاً" after a number multiplies (20 ألفاً); "ألفا جندي" with no number before is a dual (2,000).
      const accusativeDual = !current && !total && /^(الفا|مليونا|مليارا)$/.test(b) && !/[\u064B]/.test(t.surface);
      const factor = scale.dual || accusativeDual ? 2 : current || (vague && total ? total : 1);
      if (vague && total && !current) total = total * scale.scale;
      else total += factor * scale.scale;
      current = 0;
      lastScale = scale.scale;
      lastWasScale = true;
      any = true;
    } else if (isVague(b) && !any) {
      total = VAGUE[b]!;
      vague = true;
      any = true;
      lastWasScale = true;
      lastScale = Infinity;
      j++;
      // عشرات/مئات + الآلاف: tens/hundreds of thousands.
      const following = tokens[j] ? bare(tokens[j]!.norm).replace(/^ال/, '') : '';
      const sc = NUMBER_WORDS.has(following) ? SCALES[following] : undefined;
      if (sc && tokens[j] && !/[،,.]/.test(tokens[j]!.gap)) {
        total *= sc.scale;
        j++;
      }
      break;
    } else break;
    j++;
  }
  if (!any) return null;
  return { value: total + current, next: j, vague };
}

// ---- typing ----------------------------------------------------------------------------------

function norms(tokens: NumToken[], from: number, to: number): string[] {
  return tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.norm);
}

function kindOf(tokens: NumToken[], start: number, next: number, value: number, text: string): NumberKind {
  const before = norms(tokens, start - 3, start);
  const prev = before[before.length - 1] ?? '';
  const after = norms(tokens, next, next + 2);
  const first = tokens[start]!;
  const raw = first.norm;
  // Model numbers and codes: Il-76, An-124, F16.
  const previous = tokens[start - 1];
  if (previous && /^[a-z]+$/i.test(previous.norm) && /^-?$/.test(first.gap)) return 'code';
  // "الـ6 من كانون الثاني", "الـ10": an ordinal day or rank.
  if (prev === 'ال' || /^ال\d/.test(raw)) return after.some((w) => MONTHS.has(w)) || after[0] === 'من' ? 'date' : 'ordinal';
  if (/^\+|^00\d{6,}/.test(text) || (/^\d{7,}$/.test(raw) && !/[.,]/.test(raw))) return 'phone';
  if (/:\d/.test(tokens[next]?.gap + (tokens[next]?.norm ?? '')) || /^\d{1,2}:\d{2}/.test(text) || after.some((w) => TIME_WORDS.has(w)) || TIME_WORDS.has(prev)) return 'time';
  if (after.some((w) => MONTHS.has(w.replace(/^[وف]/, ''))) || before.some((w) => MONTHS.has(w))) return value <= 31 || (value >= 1800 && value <= 2100) ? 'date' : 'count';
  if (value >= 1800 && value <= 2100 && Number.isInteger(value) && /^\d{4}$/.test(raw)) {
    if (before.some((w) => YEAR_WORDS.has(w)) || after[0] === 'م' || after[0] === 'ه') return 'year';
  }
  if (/^\d+$/.test(raw) && YEAR_WORDS.has(prev) && value >= 1000) return 'year';
  const noun = (after[0] ?? '').replace(/^[وف]/, '');
  if (DURATION_NOUNS.has(noun)) {
    const context = norms(tokens, start - 4, start);
    return context.some((w) => AGE_WORDS.has(w)) ? 'age' : 'duration';
  }
  // A line that starts with "3." or "3)" is a list item.
  if (start === 0 || /\n\s*$/.test(first.gap)) {
    const gapAfter = tokens[next]?.gap ?? '';
    if (/^\s*[.)\-–]/.test(gapAfter)) return 'list';
  }
  if (value >= 1900 && value <= 2100 && /^\d{4}$/.test(raw) && (!after[0] || /[،,.]/.test(tokens[next]?.gap ?? ''))) return 'year';
  return 'count';
}

function approximatorBefore(tokens: NumToken[], i: number): { start: number; direction: Direction } | null {
  for (const [words, direction] of APPROXIMATORS) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const w = tokens[from + k]!.norm;
      const want = words[k]!;
      if (w !== want && !(k === 0 && /^[وبل]/.test(w) && w.slice(1) === want)) ok = false;
      if (k > 0 && /[،,.:]/.test(tokens[from + k]!.gap)) ok = false;
    }
    if (ok && !/[،,.:]/.test(tokens[i]!.gap)) return { start: from, direction };
  }
  return null;
}

/** Number words that are also ordinary words (ست = lady, أحد = someone, عشر = a tenth…). */
const LONE_AMBIGUOUS = new Set(['ست', 'احد', 'احدي', 'عشر', 'ثمان', 'سبع', 'خمس', 'تسع', 'اربع', 'ثلاث']);

const NOUN_TIME = new Set(['الاسبوع', 'الماضي', 'الماضيه', 'اليوم', 'امس', 'الشهر', 'العام', 'الجاري', 'الحالي', 'يوم', 'مساء', 'صباح']);

const NOUN_STOPS = new Set(['في', 'علي', 'الي', 'عن', 'مع', 'او', 'و', 'ان', 'الذي', 'التي', 'الذين', 'منهم', 'منها', 'بين', 'من', 'خلال', 'بعد', 'قبل', 'حتي']);

/** The counted noun right after a number, or the noun after a partitive "من" (16 من أفراد…). */
function countedNoun(tokens: NumToken[], next: number): { text: string; end: number } | null {
  const t = tokens[next];
  if (!t || /[،,.:;؛()\n]/.test(t.gap) || /^\d/.test(t.norm)) return null;
  if (t.norm === 'من') {
    const n = tokens[next + 1];
    if (!n || /[،,.:;()\n]/.test(n.gap)) return null;
    let end = next + 2;
    while (end < tokens.length && end < next + 4 && !/[،,.:;()\n]/.test(tokens[end]!.gap) && !NOUN_STOPS.has(tokens[end]!.norm) && !NOUN_TIME.has(tokens[end]!.norm) && !/^و/.test(tokens[end]!.norm) && !/وا$/.test(tokens[end]!.norm)) end++;
    return { text: tokens.slice(next + 1, end).map((x) => x.surface).join(' '), end };
  }
  if (NOUN_STOPS.has(t.norm)) return null;
  return { text: t.surface, end: next + 1 };
}

/**
 * The singular of a dual noun when it is one of the counted nouns given ("طائرتين" → طائره,
 * "قتيلان" → قتيل, "جنديين" → جندي): such a word counts 2 by itself. The -ين ending is also the sound
 * masculine plural (متظاهرين), so it reads as a dual only for nouns whose plural is broken
 * (جندي → جنود), listed in `brokenPlural`.
 */
export function dualOf(norm: string, nouns: ReadonlySet<string>, brokenPlural: ReadonlySet<string> = new Set()): string | null {
  const word = norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  for (const candidate of [word, norm]) {
    const m = /^(.{2,}?)(تين|تان|ين|ان)$/.exec(candidate);
    if (!m) continue;
    const stem = m[1]!;
    const feminine = m[2]!.startsWith('ت');
    const singular = feminine ? `${stem}ه` : stem;
    if (!nouns.has(singular)) continue;
    if (m[2] === 'ين' && !brokenPlural.has(singular)) continue;
    return singular;
  }
  return null;
}

function tokensWithGaps(text: string, tokens: readonly Token[]): NumToken[] {
  const out: NumToken[] = [];
  let prev = 0;
  for (const t of tokens) {
    out.push({ surface: t.surface, norm: t.norm, start: t.start, end: t.end, gap: text.slice(prev, t.start) });
    prev = t.end;
  }
  return out;
}

/** Every number in a text, typed, with approximators, vagueness, percentages and counted nouns. */
export function findNumbers(text: string): NumberMention[] {
  const words = tokenize(text);
  if (!words.some((t) => mayStartNumber(t.norm))) return [];
  const tokens = tokensWithGaps(text, words);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const parsed = readNumber(tokens, i);
    // A lone "عشر"/"ست"… inside running text is usually a number; single letters and ambiguous
    // short words (ست = six / lady) count only before a noun, as numbers do.
    if (!parsed) {
      i++;
      continue;
    }
    const firstNorm = bare(tokens[i]!.norm);
    const numberText = text.slice(tokens[i]!.start, tokens[parsed.next - 1]!.end);
    const isDigits = /^\d/.test(firstNorm);
    const approx = approximatorBefore(tokens, i);
    let kind = kindOf(tokens, i, parsed.next, parsed.value, numberText);
    let end = parsed.next;
    let direction: Direction | null = approx?.direction ?? null;
    // Percentages: "15%", "15 ٪", "15 بالمئة", "15 في المئة".
    const gapAfter = tokens[parsed.next]?.gap ?? text.slice(tokens[parsed.next - 1]!.end);
    if (/^\s*[%٪]/.test(gapAfter) || /^[%٪]/.test(text.slice(tokens[parsed.next - 1]!.end))) kind = 'percent';
    const nextNorm = tokens[parsed.next]?.norm ?? '';
    if (PERCENT_WORDS.includes(nextNorm)) {
      kind = 'percent';
      end++;
    } else if (nextNorm === 'في' && ['المئه', 'المائه'].includes(tokens[parsed.next + 1]?.norm ?? '')) {
      kind = 'percent';
      end += 2;
    }
    if (AFTER_APPROX.has(tokens[end]?.norm ?? '')) {
      direction ??= 'about';
      end++;
    }
    // A word number standing alone ("ست" = lady, "احد" = someone) is not a number without a noun.
    if (!isDigits && !parsed.vague && parsed.next === i + 1 && !approx && LONE_AMBIGUOUS.has(firstNorm)) {
      const following = tokens[parsed.next];
      const indefiniteNoun = following && !/[،,.:;()\n]/.test(following.gap) && !/^ال/.test(following.norm) && !NOUN_STOPS.has(following.norm);
      if (firstNorm === 'احد' || firstNorm === 'احدي' || !indefiniteNoun) {
        i++;
        continue;
      }
    }
    const noun = kind === 'count' ? countedNoun(tokens, end) : null;
    const phraseStart = approx ? approx.start : i;
    const phraseEnd = noun ? noun.end : end;
    out.push({
      value: parsed.value,
      kind,
      approx: direction !== null || parsed.vague,
      direction,
      vague: parsed.vague,
      unit: noun?.text ?? null,
      start: tokens[phraseStart]!.start,
      end: tokens[phraseEnd - 1]!.end,
      numberStart: tokens[i]!.start,
      numberEnd: tokens[parsed.next - 1]!.end,
      text: text.slice(tokens[phraseStart]!.start, tokens[phraseEnd - 1]!.end),
    });
    i = Math.max(parsed.next, i + 1);
  }
  return out;
}
