import { classifyWord, composeNumber, isNumberWord, type ClassifiedWord, type NumberPart } from './number-words.ts';
import { tokenize, type Token } from './tokenize.ts';
import { RecentMap } from '../text/recent-map.ts';

/**
 * Numbers in Arabic news text: digits in any script (٢٠٣٠، 7,939، ٣٫٥، ۱۲), number words in every
 * gender, case and vowelling (the grammar is in number-words.ts), compounds (7 آلاف و939), duals of
 * counted nouns (جنديين = 2, in the figure extractor), fractions (نصف مليون), percentages in every
 * spelling (٪ % في المائة بالمئة نقطة مئوية), ranges (بين … و…، من … إلى …، 100-300), bounds and
 * approximations (أكثر من، ما لا يقل عن، نحو، قرابة، على الأقل) and vague quantities (عشرات، مئات،
 * آلاف). Each number is typed, so dates, years, times, ages, durations, ordinals, scores,
 * temperatures, distances, phone and list numbers are never mistaken for a count.
 *
 * Works on normalised tokens (see normalize.ts: أ→ا، ة→ه، ى→ي، Arabic-Indic digits → ASCII, ٫ → .,
 * ٬ → ,) and reports offsets into the original text, so the phrase can be quoted verbatim.
 * One pass over the tokens, a bounded look-around for each number: linear in the text.
 */

export type NumberKind =
  | 'count'
  | 'percent'
  | 'fraction'
  | 'year'
  | 'date'
  | 'time'
  | 'age'
  | 'duration'
  | 'ordinal'
  | 'score'
  | 'temperature'
  | 'distance'
  | 'area'
  | 'phone'
  | 'list'
  | 'label'
  | 'code';
export type Direction = 'more' | 'less' | 'about';
/**
 * What the text asserts about the number: exactly it; at least it (أكثر من، ما لا يقل عن، على
 * الأقل); at most it (أقل من، ما يصل إلى); about it (نحو، قرابة); one end of a range (بين … و…);
 * or an order of magnitude (عشرات، آلاف).
 */
export type Bound = 'exact' | 'min' | 'max' | 'about' | 'range' | 'vague';
/** The unit of a percent-kind number. */
export type PercentUnit = 'percent' | 'percentage-points' | 'basis-points';

export interface NumberMention {
  value: number;
  kind: NumberKind;
  approx: boolean;
  direction: Direction | null;
  bound: Bound;
  /**
   * The interval the text asserts: exact → [value, value]; min → [value, null]; max → [null, value];
   * about → [value, value] (the caller decides how far "about" reaches); range → both ends; vague →
   * [m, 10m) for magnitude m (عشرات = 10..100).
   */
  low: number | null;
  high: number | null;
  /** Vague quantity (عشرات، مئات الآلاف): `value` is its order of magnitude. */
  vague: boolean;
  /** A min bound the number itself meets (ما لا يقل عن، على الأقل، أو أكثر): "at least", not "more than". Absent otherwise. */
  inclusive?: true;
  /** For percent numbers: percent, percentage points (نقطة مئوية) or basis points (نقطة أساس). */
  percentUnit: PercentUnit | null;
  /** The counted noun right after the number, as written (شخصاً، طائرة), or null. */
  unit: string | null;
  /** Offsets of the counted noun in the original text ([-1, -1] when none); a range's first number shares its second's. */
  nounStart: number;
  nounEnd: number;
  /** Offsets of the whole phrase (approximator + number + counted noun) in the original text. */
  start: number;
  end: number;
  /** Offsets of the number itself (without approximator and noun). */
  numberStart: number;
  numberEnd: number;
  text: string;
}

// ---- context vocabulary (normalised spellings) ---------------------------------------------------

const MONTHS = new Set([
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت', 'يونيه', 'يوليه',
  'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
  'محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه',
]);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'لعام', 'للعام', 'وعام', 'منذ', 'عامي', 'موسم', 'الموسم']);
/** Words between a number and its time word that keep them one time (7 من مساء، 7 ونصف صباحا). */
const TIME_LINKS = new Set(['من', 'ونصف', 'والنصف', 'وربع', 'والربع', 'الا', 'وثلث', 'والثلث']);
const TIME_WORDS = new Set(['ص', 'الساعه', 'ساعه', 'صباحا', 'مساء', 'ظهرا', 'فجرا', 'ليلا', 'بتوقيت', 'توقيت', 'دقيقه', 'الدقيقه']);
const AGE_WORDS = new Set(['العمر', 'عمر', 'عمره', 'عمرها', 'البالغ', 'البالغه', 'يبلغ', 'تبلغ', 'عن', 'سن', 'بعمر', 'ابن', 'ابنه', 'عمرهم', 'اعمارهم']);
const DURATION_NOUNS = new Set([
  'عام', 'عاما', 'اعوام', 'عامين', 'عامان', 'سنه', 'سنوات', 'سنين', 'سنتين', 'يوم', 'يوما', 'ايام', 'يومين', 'يومان',
  'ساعه', 'ساعات', 'ساعتين', 'دقيقه', 'دقائق', 'دقيقتين', 'ثانيه', 'ثوان', 'ثواني', 'اسبوع', 'اسبوعا', 'اسابيع', 'اسبوعين',
  'شهر', 'شهرا', 'اشهر', 'شهور', 'شهرين', 'عقد', 'عقود', 'عقدين', 'قرن', 'قرون', 'ليله', 'ليال', 'ليلتين',
]);
const TEMPERATURE_WORDS = new Set(['درجه', 'درجات', 'درجتين', 'مئويه']);
const DISTANCE_UNITS = new Set(['كيلومتر', 'كيلومترا', 'كيلومترات', 'كلم', 'كم', 'متر', 'مترا', 'امتار', 'ميل', 'ميلا', 'اميال', 'سنتيمتر', 'سم', 'ملم']);
const AREA_UNITS = new Set(['هكتار', 'هكتارا', 'هكتارات', 'فدان', 'فدانا', 'افدنه', 'دونم', 'دونما', 'دونمات']);
/** After a distance unit these make a volume or weight, which is a quantity (200 ألف متر مكعب). */
const VOLUME_AFTER = new Set(['مكعب', 'مكعبا', 'مكعبه']);
/** Words before a number that make it a label, not a count: page, article, clause, round, number… */
const LABEL_WORDS = new Set([
  'صفحه', 'الصفحه', 'صفحات', 'رقم', 'الرقم', 'برقم', 'المرسوم', 'مرسوم', 'القانون', 'قانون', 'الماده', 'ماده', 'البند', 'بند', 'الفقره', 'فقره',
  'الفصل', 'فصل', 'الجوله', 'جوله', 'الحلقه', 'حلقه', 'العدد', 'الطبعه', 'الدوره', 'القرار', 'قرار', 'الغرفه', 'غرفه', 'الطابق', 'طابق',
  'الكيلو', 'الكيلومتر', 'المبني', 'مبني', 'الوحده', 'وحده', 'الشارع', 'شارع', 'المنطقه', 'اللواء', 'الفرقه', 'الكتيبه', 'الخط', 'المجموعه', 'الفئه', 'المرتبه', 'المركز', 'بالمركز', 'النسخه',
]);
const SCORE_WORDS = new Set(['بنتيجه', 'نتيجه', 'النتيجه', 'مقابل']);
/** Words before a number that make it approximate or a bound, longest first. */
const APPROXIMATORS: Array<[string[], Bound]> = [
  [['ما', 'لا', 'يقل', 'عن'], 'min'],
  [['لا', 'يقل', 'عن'], 'min'],
  [['لا', 'تقل', 'عن'], 'min'],
  [['ما', 'يزيد', 'علي'], 'min'],
  [['ما', 'يزيد', 'عن'], 'min'],
  [['ما', 'يربو', 'علي'], 'min'],
  [['ما', 'يفوق'], 'min'],
  [['ما', 'يصل', 'الي'], 'max'],
  [['ما', 'يقرب', 'من'], 'about'],
  [['ما', 'يقارب'], 'about'],
  [['ما', 'يناهز'], 'about'],
  [['يزيد', 'علي'], 'min'],
  [['يزيد', 'عن'], 'min'],
  [['تزيد', 'علي'], 'min'],
  [['تزيد', 'عن'], 'min'],
  [['يصل', 'الي'], 'max'],
  [['اكثر', 'من'], 'min'],
  [['ازيد', 'من'], 'min'],
  [['اقل', 'من'], 'max'],
  [['قرابه'], 'about'],
  [['نحو'], 'about'],
  [['حوالي'], 'about'],
  [['حوالى'], 'about'],
  [['زهاء'], 'about'],
  [['تقريبا'], 'about'],
  [['يناهز'], 'about'],
  [['يقارب'], 'about'],
  [['اكثر'], 'min'],
  [['تجاوز'], 'min'],
  [['تجاوزت'], 'min'],
  [['يتجاوز'], 'min'],
  [['تخطي'], 'min'],
  [['تخطت'], 'min'],
  [['يتخطي'], 'min'],
  [['فاق'], 'min'],
  [['فاقت'], 'min'],
  [['فوق'], 'min'],
];
/**
 * Words of exceeding and reaching: a number after them with the article (تجاوز الـ2000) is a count.
 * The one-word lower bounds of APPROXIMATORS, and the verbs of reaching a figure.
 */
const EXCEEDING_WORDS: ReadonlySet<string> = new Set([
  ...APPROXIMATORS.filter(([words, bound]) => words.length === 1 && bound === 'min').map(([words]) => words[0]!),
  'تتجاوز', 'يفوق', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت',
]);
/** Bounds that include the number itself ("at least"), as APPROXIMATORS and AFTER_BOUNDS write them. */
const INCLUSIVE_BOUNDS = new Set(['ما لا يقل عن', 'لا يقل عن', 'لا تقل عن', 'علي الاقل', 'او اكثر', 'فاكثر']);
/** Words after a number that make it approximate or a bound. */
const AFTER_BOUNDS: Array<[string[], Bound]> = [
  [['علي', 'الاقل'], 'min'],
  [['او', 'اكثر'], 'min'],
  [['فاكثر'], 'min'],
  [['تقريبا'], 'about'],
  [['ونيف'], 'min'],
  [['ونيفا'], 'min'],
];
const PERCENT_WORDS = new Set(['بالمئه', 'بالمائه', 'بالميه', 'بالمية']);
const RANGE_OPENERS = new Set(['بين', 'وبين']);
const RANGE_JOINERS = new Set(['الي', 'حتي', 'و']);
/** Verbs of change: "ارتفع من 5 إلى 7" is two figures, not a range. */
const CHANGE_WORDS = /^(?:و|ف)?(?:ارتفع|ارتفاع|انخفض|انخفاض|تراجع|زاد|زياده|رفع|خفض|صعد|هبط|قفز|تغير|ترتفع|ينخفض|يرتفع|تنخفض|تحسن|نما|ارتفعت|انخفضت|تراجعت|زادت|رفعت|خفضت|قفزت|هبطت|صعدت)/;

// ---- tokens ----------------------------------------------------------------------------------

interface NumToken extends Token {
  /** Text between the previous token and this one. */
  gap: string;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Punctuation in the gap before a token ends the number (a comma between two numbers). */
const BREAK_GAP = /[،,.:;؛()«»"“”\n!?؟/\\[\]{}]/;

/** A digit token's value: 7,939 · 1.234.567 · 3.5 · 2,5 (thousands only in groups of three). */
export function parseDigits(text: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+[.,]\d+$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d+$/.test(text)) return Number(text);
  return null;
}

/** Whether a token can begin a number: digits or a number word (with clitics). */
function mayStartNumber(norm: string): boolean {
  return isDigit(norm.charCodeAt(0)) || classifyWord(norm) !== null;
}

export interface ReadNumber {
  value: number;
  /** Token index after the number. */
  next: number;
  /** Used a vague word (عشرات، آلاف alone). */
  vague: boolean;
  /** The last scale word (1000 for ثلاثة آلاف), else 1. */
  scale: number;
  /** A bare fraction (نصف، ربع). */
  fraction: boolean;
}

/** How many number parts one reading may span (ستة عشر ألفاً وثلاث مئة وخمس وأربعون is 8). */
const MAX_PARTS = 24;

/**
 * Reads one number starting at token i: the run of digit and number-word tokens after it, without
 * punctuation between them, composed by the grammar of number-words.ts.
 */
export function readNumber(tokens: readonly NumToken[], i: number): ReadNumber | null {
  const first = tokens[i];
  if (!first || (!mayStartNumber(first.norm) && !definiteCount(tokens, i))) return null;
  const parts: NumberPart[] = [];
  const ends: number[] = [];
  let j = i;
  while (j < tokens.length && parts.length < MAX_PARTS) {
    const t = tokens[j]!;
    if (parts.length > 0 && BREAK_GAP.test(t.gap)) break;
    let norm = t.norm;
    let surface = t.surface;
    let joined = false;
    let width = 1;
    // A separate "و" before digits or a spaced word: 7 آلاف و939 is tokenised و + 939.
    if (norm === 'و' && parts.length > 0) {
      const after = tokens[j + 1];
      if (!after || /\S/.test(after.gap)) break;
      norm = after.norm;
      surface = after.surface;
      joined = true;
      width = 2;
    }
    // "2ر2544 مليار دج" (Algerian agency copy): the decimal part first, then ر, then the whole part: 2544.2.
    const ra = tokens[j + 1];
    const whole = tokens[j + 2];
    if (!joined && /^\d+$/.test(norm) && ra?.norm === 'ر' && ra.gap === '' && whole && whole.gap === '' && /^\d+$/.test(whole.norm)) {
      parts.push({ kind: 'digits', value: Number(`${whole.norm}.${norm}`), conj: false });
      j += 3;
      ends.push(j);
      continue;
    }
    if (isDigit(norm.charCodeAt(0))) {
      const value = parseDigits(norm);
      if (value === null) break;
      parts.push({ kind: 'digits', value, conj: joined });
    } else {
      const c = classifyWord(norm) ?? (parts.length === 0 ? definiteCount(tokens, j) : null);
      if (!c) break;
      const accusativeDual = parts.length === 0 && /^(الفا|مليونا|مليارا)$/.test(norm) && !/\u064B/.test(surface);
      parts.push({ kind: 'word', word: joined ? { ...c, conj: true } : c, accusativeDual });
    }
    j += width;
    ends.push(j);
  }
  const composed = composeNumber(parts);
  if (!composed) return null;
  return { value: composed.value, next: ends[composed.used - 1]!, vague: composed.vague, scale: composed.scale, fraction: composed.fraction };
}

/**
 * "تخطت الخمسة آلاف", "الثلاثة ملايين": a unit or ten with the article is a count when a scale word
 * follows it (alone, الخمسين and الاثنين are an ordinal and Monday; number-words.ts leaves them out).
 */
const DEFINITE_COUNT_TYPES: ReadonlySet<string> = new Set(['unit', 'ten', 'tens', 'hundred']);

function definiteCount(tokens: readonly NumToken[], j: number): ClassifiedWord | null {
  const norm = tokens[j]!.norm;
  const next = tokens[j + 1];
  if (!norm.startsWith('ال') || !next || BREAK_GAP.test(next.gap)) return null;
  const bare = classifyWord(norm.slice(2));
  const scale = classifyWord(next.norm);
  if (!bare || bare.conj || bare.article || !DEFINITE_COUNT_TYPES.has(bare.word.type)) return null;
  return scale && !scale.article && !scale.conj && scale.word.type === 'scale' ? bare : null;
}

// ---- typing ----------------------------------------------------------------------------------

function normAt(tokens: readonly NumToken[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k]!.norm : '';
}

/** A noun of duration, temperature, distance or area: what a number before it measures, not counts. */
function isUnitNoun(w: string): boolean {
  return DURATION_NOUNS.has(w) || TEMPERATURE_WORDS.has(w) || DISTANCE_UNITS.has(w) || AREA_UNITS.has(w);
}

function kindOf(tokens: readonly NumToken[], start: number, next: number, value: number, text: string): NumberKind {
  const prev = normAt(tokens, start - 1);
  const before = [normAt(tokens, start - 3), normAt(tokens, start - 2), prev];
  const after = [normAt(tokens, next), normAt(tokens, next + 1)];
  const first = tokens[start]!;
  const raw = first.norm;
  const gapAfter = tokens[next]?.gap ?? '';
  // Model numbers and codes: Il-76, An-124, F16, كوفيد-19.
  const previous = tokens[start - 1];
  if (previous && /^-?$/.test(first.gap) && (/^[a-z]+$/i.test(previous.norm) || /^(كوفيد|كورونا|سارس)$/.test(previous.norm.replace(/^[وبلف]/, '')))) return 'code';
  if (previous && /^\s*-\s*$/.test(first.gap) && /^(كوفيد|كورونا)$/.test(previous.norm.replace(/^[وبلف]/, ''))) return 'code';
  // "الـ6 من كانون الثاني" is a date, "المركز الـ3" a rank; "ال50 ليرة" counts the noun after it.
  if (prev === 'ال' || prev === 'لل' || prev === 'بال' || prev === 'وال') {
    if (after.some((w) => MONTHS.has(w)) || (after[0] === 'من' && MONTHS.has(normAt(tokens, next + 1)))) return 'date';
    // "تجاوز الـ2000": after a verb of exceeding the article makes no ordinal (exceeded the 2,000 mark).
    if (prev === 'ال' && EXCEEDING_WORDS.has(normAt(tokens, start - 2).replace(/^[وف]/, ''))) return 'count';
    const noun = after[0] ?? '';
    if (noun && !/^ال/.test(noun) && !BREAK_GAP.test(gapAfter) && !MONTHS.has(noun) && noun !== 'من') return 'count';
    return 'ordinal';
  }
  // "الصفحة 5", "المادة 12", "الجولة 3", "القرار 2254": a label.
  if (LABEL_WORDS.has(prev) && isDigit(raw.charCodeAt(0)) && !first.gap.includes('،')) return 'label';
  if (/^\+|^00\d{6,}/.test(text) || (/^\d{7,}$/.test(raw) && !/[.,]/.test(raw))) return 'phone';
  if (/^\s*:\s*$/.test(gapAfter) && /^\d{2}$/.test(after[0] ?? '')) return 'time';
  // A time word two words on reads the clock only through a word of the time itself (7 من مساء
  // الأحد، 7 ونصف مساء): "وأصيب 7 آخرون، مساء الأحد" counts the injured.
  const clockWordNext = TIME_LINKS.has(after[0] ?? '') && !BREAK_GAP.test(tokens[next + 1]?.gap ?? '') && TIME_WORDS.has(after[1] ?? '');
  if (TIME_WORDS.has(after[0] ?? '') || clockWordNext || TIME_WORDS.has(prev)) return 'time';
  if (after.some((w) => MONTHS.has(w.replace(/^[وف]/, ''))) || before.some((w) => MONTHS.has(w))) {
    // 3 ربيع الآخر 1445هـ: the year of a date follows its month; 1136 three words after يونيو is a count.
    return value <= 31 || (value >= 1800 && value <= 2100) || (/^\d{4}$/.test(raw) && (MONTHS.has(prev) || MONTHS.has(before[1]!))) ? 'date' : 'count';
  }
  if (value >= 1800 && value <= 2100 && Number.isInteger(value) && /^\d{4}$/.test(raw)) {
    if (before.some((w) => YEAR_WORDS.has(w)) || after[0] === 'م' || after[0] === 'ه' || /^\s*[-/]\s*$/.test(gapAfter) || /^\s*[-/]\s*$/.test(first.gap)) return 'year';
  }
  if (/^\d+$/.test(raw) && YEAR_WORDS.has(prev) && value >= 1000) return 'year';
  // 1445 هـ, 2022 م: a year by its era mark; عام ألفين وسبعة عشر: a year in words.
  if (/^\d{4}$/.test(raw) && (after[0] === 'ه' || after[0] === 'م') && /^\s*$/.test(gapAfter.replace(/[\u0640-]/g, ''))) return 'year';
  if (!isDigit(raw.charCodeAt(0)) && Number.isInteger(value) && value >= 1800 && value <= 2100 && YEAR_WORDS.has(prev)) return 'year';
  // 06، 007: a leading zero makes a code or a day, never a count.
  if (/^0\d/.test(raw)) return 'code';
  // The noun after the number, without a conjunction only when that makes it a unit (وساعتين; not فدان → دان).
  const a0 = after[0] ?? '';
  const noun = !isUnitNoun(a0) && /^[وف]/.test(a0) && isUnitNoun(a0.slice(1)) ? a0.slice(1) : a0;
  if (DURATION_NOUNS.has(noun)) {
    const context = [normAt(tokens, start - 4), ...before];
    return context.some((w) => AGE_WORDS.has(w)) ? 'age' : 'duration';
  }
  if (TEMPERATURE_WORDS.has(noun)) return 'temperature';
  if (DISTANCE_UNITS.has(noun) && !VOLUME_AFTER.has(after[1] ?? '')) return after[1] === 'مربع' || after[1] === 'مربعا' ? 'area' : 'distance';
  if (AREA_UNITS.has(noun)) return 'area';
  // Scores: "بنتيجة 3-1", "فاز 2 - 0".
  if (/^\s*[-–]\s*$/.test(gapAfter) && /^\d{1,2}$/.test(raw) && /^\d{1,2}$/.test(after[0] ?? '') && before.some((w) => SCORE_WORDS.has(w) || /^(فاز|فوز|تعادل|خسر|هزم)/.test(w))) return 'score';
  if (/^\s*[-–]\s*$/.test(first.gap) && /^\d{1,2}$/.test(raw) && /^\d{1,2}$/.test(prev) && [normAt(tokens, start - 4), ...before].some((w) => SCORE_WORDS.has(w) || /^(فاز|فوز|تعادل|خسر|هزم)/.test(w))) return 'score';
  // A line that starts with "3." or "3)" is a list item.
  if (start === 0 || /\n\s*$/.test(first.gap)) {
    if (/^\s*[.)\-–]/.test(gapAfter)) return 'list';
  }
  if (value >= 1900 && value <= 2100 && /^\d{4}$/.test(raw) && (!after[0] || BREAK_GAP.test(gapAfter))) return 'year';
  return 'count';
}

const CLITIC_FIRST = /^[وبلف]/;

function phraseAt(tokens: readonly NumToken[], from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[from + k];
    if (!t) return false;
    const want = words[k]!;
    // (The word with one clitic on it, compared without cutting it out: this runs for every phrase before every number.)
    if (t.norm !== want && !(k === 0 && t.norm.length === want.length + 1 && CLITIC_FIRST.test(t.norm) && t.norm.endsWith(want))) return false;
    if (k > 0 && BREAK_GAP.test(t.gap)) return false;
  }
  return true;
}

function approximatorBefore(tokens: readonly NumToken[], i: number): { start: number; bound: Bound; words: readonly string[] } | null {
  if (BREAK_GAP.test(tokens[i]!.gap)) return null;
  // "تجاوز الـ 9000": the article written apart from its number stands between the bound and it.
  const at = i > 0 && tokens[i - 1]!.norm === 'ال' && !BREAK_GAP.test(tokens[i - 1]!.gap) ? i - 1 : i;
  for (const [words, bound] of APPROXIMATORS) {
    const from = at - words.length;
    if (from >= 0 && phraseAt(tokens, from, words)) return { start: from, bound, words };
  }
  return null;
}

function boundAfter(tokens: readonly NumToken[], k: number): { end: number; bound: Bound; words: readonly string[] } | null {
  for (const [words, bound] of AFTER_BOUNDS) {
    if (tokens[k] && !BREAK_GAP.test(tokens[k]!.gap) && phraseAt(tokens, k, words)) return { end: k + words.length, bound, words };
  }
  return null;
}

/** A percent sign or word right after the number (or a counted noun): 15%، 15 ٪، 15 بالمئة، 15 في المائة، نقطة مئوية. */
function percentAfter(text: string, tokens: readonly NumToken[], next: number): { unit: PercentUnit; end: number } | null {
  const gap = tokens[next]?.gap ?? text.slice(tokens[next - 1]!.end, tokens[next - 1]!.end + 3);
  if (/^\s*[%٪]/.test(gap)) return { unit: 'percent', end: next };
  const w = normAt(tokens, next);
  if (BREAK_GAP.test(tokens[next]?.gap ?? '')) return null;
  if (PERCENT_WORDS.has(w)) return { unit: 'percent', end: next + 1 };
  if ((w === 'في' || w === 'فى') && /^(المئه|المائه|الميه)$/.test(normAt(tokens, next + 1))) return { unit: 'percent', end: next + 2 };
  if (/^(نقطه|نقاط|نقطتين|نقطتان)$/.test(w)) {
    const kind = normAt(tokens, next + 1);
    if (/^مئويه$/.test(kind)) return { unit: 'percentage-points', end: next + 2 };
    if (/^اساس$/.test(kind)) return { unit: 'basis-points', end: next + 2 };
  }
  return null;
}

/** Number words that are also ordinary words (ست = lady, أحد = someone, عشر = a tenth…). */
const LONE_AMBIGUOUS = new Set(['ست', 'احد', 'احدي', 'عشر', 'ثمان', 'سبع', 'خمس', 'تسع', 'اربع', 'ثلاث', 'ربع', 'ثلث']);

const NOUN_TIME = new Set(['الاسبوع', 'الماضي', 'الماضيه', 'اليوم', 'امس', 'الشهر', 'العام', 'الجاري', 'الحالي', 'يوم', 'مساء', 'صباح']);

const NOUN_STOPS = new Set(['في', 'علي', 'الي', 'عن', 'مع', 'او', 'و', 'ان', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'ممن', 'لمن', 'عمن', 'منهم', 'منها', 'بين', 'من', 'خلال', 'بعد', 'قبل', 'حتي', 'قد', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي', 'هم', 'تم', 'كان', 'كانوا', 'كانت']);

/** The counted noun right after a number, or the noun after a partitive "من" (16 من أفراد…). */
function countedNoun(tokens: readonly NumToken[], next: number): { text: string; from: number; end: number } | null {
  const t = tokens[next];
  if (!t || BREAK_GAP.test(t.gap) || /[-–]/.test(t.gap) || isDigit(t.norm.charCodeAt(0))) return null;
  if (t.norm === 'من') {
    const n = tokens[next + 1];
    if (!n || BREAK_GAP.test(n.gap)) return null;
    // "من منازلهم" (from their homes) is no partitive: a partitive noun has no pronoun on it.
    if (/(?:هم|ها|هن|كم|نا)$/.test(n.norm) && !/^(?:افراد|عناصر|رجال)$/.test(n.norm)) return null;
    let end = next + 2;
    while (end < tokens.length && end < next + 4 && !BREAK_GAP.test(tokens[end]!.gap) && !NOUN_STOPS.has(tokens[end]!.norm) && !NOUN_TIME.has(tokens[end]!.norm) && !/^و/.test(tokens[end]!.norm) && !/وا$/.test(tokens[end]!.norm)) end++;
    return { text: tokens.slice(next + 1, end).map((x) => x.surface).join(' '), from: next + 1, end };
  }
  if (NOUN_STOPS.has(t.norm) || classifyWord(t.norm) !== null) return null;
  // "مقتل 3 وإصابة 12 آخرين": a word on و with a number right after it opens the next count; the
  // first number counts what was named before it.
  if (/^و/.test(t.norm) && opensCount(tokens, next + 1)) return null;
  return { text: t.surface, from: next, end: next + 1 };
}

/** Whether a number starts at k, or after a bound or approximation (أكثر من، نحو), with no break before it. */
function opensCount(tokens: readonly NumToken[], k: number): boolean {
  const isNumber = (t: NumToken | undefined) => !!t && !BREAK_GAP.test(t.gap) && (isDigit(t.norm.charCodeAt(0)) || classifyWord(t.norm) !== null);
  if (isNumber(tokens[k])) return true;
  return APPROXIMATORS.some(([words]) => phraseAt(tokens, k, words) && !BREAK_GAP.test(tokens[k]!.gap) && isNumber(tokens[k + words.length]));
}

/** The number words that only confirm a dual before them (اثنين، اثنتان), normalised. */
const CONFIRMING_TWO = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'اثنا', 'اثنتا']);

/**
 * The dual noun right before a confirming اثنين (مدنيين اثنين): a word with a dual ending, not a
 * function word or a number, joined to it without punctuation.
 */
function dualNounBefore(tokens: readonly NumToken[], at: number): { text: string; from: number; end: number } | null {
  const prev = tokens[at - 1];
  if (!prev || BREAK_GAP.test(tokens[at]!.gap) || NOUN_STOPS.has(prev.norm) || classifyWord(prev.norm) !== null) return null;
  if (!/^.{3,}(?:ين|ان|تين|تان)$/.test(prev.norm)) return null;
  return { text: prev.surface, from: at - 1, end: at };
}

/**
 * The singular of a dual noun when it is one of the counted nouns given ("طائرتين" → طائره,
 * "قتيلان" → قتيل, "جنديين" → جندي): such a word counts 2 by itself. The -ين ending is also the sound
 * masculine plural (متظاهرين), so it reads as a dual only for nouns whose plural is broken
 * (جندي → جنود), listed in `brokenPlural`, or when the written vowels say so (مسلحَين, from `surface`).
 */
export function dualOf(norm: string, nouns: ReadonlySet<string>, brokenPlural: ReadonlySet<string> = NO_WORDS, surface?: string): string | null {
  // A fatha before the ending marks the dual whatever the plural (مسلحَين = two gunmen; مسلحِين = gunmen).
  const vowelledDual = surface !== undefined && VOWELLED_DUAL.test(surface);
  // Asked of every word ending in ن of every sentence with a number: answers are kept per noun lists.
  let byPlural = dualAnswers.get(nouns);
  if (!byPlural) dualAnswers.set(nouns, (byPlural = new WeakMap()));
  let answers = byPlural.get(brokenPlural);
  if (!answers) byPlural.set(brokenPlural, (answers = new Map()));
  const key = vowelledDual ? `${norm}\u0001` : norm;
  let singular = answers.get(key);
  if (singular === undefined) {
    singular = readDual(norm, nouns, brokenPlural, vowelledDual);
    if (answers.size < DUAL_ANSWERS_LIMIT) answers.set(key, singular);
  }
  return singular;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const VOWELLED_DUAL = /\u064E\u064A\u0652?\u0646[\u064E-\u0652]?$/;
const dualAnswers = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, Map<string, string | null>>>();
const DUAL_ANSWERS_LIMIT = 100_000;

function readDual(norm: string, nouns: ReadonlySet<string>, brokenPlural: ReadonlySet<string>, vowelledDual: boolean): string | null {
  const word = norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
  for (const candidate of [word, norm, word.replace(/^ال/, '')]) {
    const m = /^(.{2,}?)(تين|تان|ين|ان)$/.exec(candidate);
    if (!m) continue;
    const stem = m[1]!;
    const feminine = m[2]!.startsWith('ت');
    const singular = feminine ? `${stem}ه` : stem;
    if (!nouns.has(singular)) continue;
    if (m[2] === 'ين' && !brokenPlural.has(singular) && !vowelledDual) continue;
    return singular;
  }
  return null;
}

/**
 * Words of the number grammar that, with the article, are also a fifth, the lady, the lion and a
 * tenth (الخمس، الست، السبع، العشر): never a count alone, though the first three open a teen.
 */
const DEFINITE_AMBIGUOUS = new Set(['خمس', 'ست', 'سبع', 'عشر']);
/** The construct forms of two, which stand only before عشر (الاثنا عشر). */
const CONSTRUCT_TWO = new Set(['اثنا', 'اثني', 'اثنتا', 'اثنتي']);

/**
 * The value of a cardinal with the article, read by the number grammar (number-words.ts), as the
 * adjective of a definite plural noun (المفقودين الخمسة، الضحايا الثلاث، المتهمين الاثنين), else null.
 * With the article a unit is never an ordinal (that is الخامسة). One, the construct twos and the
 * ambiguous words only open a teen (`teenOnly`: الأحد عشر، الاثنا عشر).
 */
function definiteCardinal(norm: string): { value: number; teenOnly: boolean } | null {
  if (norm.length < 5 || !norm.startsWith('ال')) return null;
  const bare = norm.slice(2);
  if (!isNumberWord(bare)) return null;
  const word = classifyWord(bare)!.word;
  if (word.type === 'ten') return DEFINITE_AMBIGUOUS.has(bare) ? null : { value: 10, teenOnly: false };
  if (word.type !== 'unit') return null;
  return { value: word.value, teenOnly: word.value === 1 || CONSTRUCT_TWO.has(bare) || DEFINITE_AMBIGUOUS.has(bare) };
}

/**
 * A definite cardinal as the adjective of the definite noun right before it: "المفقودين الخمسة"
 * counts five of the missing, "الناجين الأحد عشر" eleven. Only after a definite noun that is no time
 * (يوم الاثنين is Monday, الأيام الثلاثة a span), joined without punctuation.
 */
function definiteCountAfterNoun(text: string, tokens: readonly NumToken[], i: number): { mention: NumberMention; next: number } | null {
  const t = tokens[i]!;
  const cardinal = definiteCardinal(t.norm);
  const noun = tokens[i - 1];
  if (!cardinal || !noun || BREAK_GAP.test(t.gap)) return null;
  const bareNoun = noun.norm.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل(?=ل))/, '');
  if (bareNoun === noun.norm || bareNoun.length < 3 || isUnitNoun(bareNoun) || NOUN_TIME.has(noun.norm) || NOUN_TIME.has(bareNoun) || classifyWord(noun.norm) !== null) return null;
  let value = cardinal.value;
  let next = i + 1;
  const after = tokens[i + 1];
  if (cardinal.value < 10 && after && !BREAK_GAP.test(after.gap) && (after.norm === 'عشر' || after.norm === 'عشره')) {
    value = cardinal.value + 10;
    next = i + 2;
  } else if (cardinal.teenOnly) return null;
  const end = tokens[next - 1]!.end;
  return {
    next,
    mention: {
      value,
      kind: 'count',
      approx: false,
      direction: DIRECTION.exact,
      bound: 'exact',
      low: value,
      high: value,
      vague: false,
      percentUnit: null,
      unit: noun.surface,
      nounStart: noun.start,
      nounEnd: noun.end,
      start: noun.start,
      end,
      numberStart: t.start,
      numberEnd: end,
      text: text.slice(noun.start, end),
    },
  };
}

function tokensWithGaps(text: string, tokens: readonly Token[]): NumToken[] {
  const out: NumToken[] = new Array(tokens.length);
  let prev = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    out[k] = { surface: t.surface, norm: t.norm, start: t.start, end: t.end, gap: text.slice(prev, t.start) };
    prev = t.end;
  }
  return out;
}

const DIRECTION: Record<Bound, Direction | null> = { exact: null, min: 'more', max: 'less', about: 'about', range: null, vague: null };

interface Reading {
  at: number;
  parsed: ReadNumber;
}

/**
 * A range whose first number is at `a`: "بين ثلاثة وأربعة آلاف", "ما بين 100 إلى 300",
 * "من 100 إلى 300" (unless a verb of change precedes: ارتفع من 5 إلى 7 is two values), "100-300".
 * The first number takes the second's scale when it has none of its own (ثلاثة … آلاف = 3,000).
 */
function rangeAfter(tokens: readonly NumToken[], a: Reading): { second: Reading; low: number; high: number } | null {
  const k = a.parsed.next;
  const joiner = tokens[k];
  if (!joiner) return null;
  const opener = normAt(tokens, a.at - 1);
  const opened = RANGE_OPENERS.has(opener);
  const fromTo = opener === 'من' && ![normAt(tokens, a.at - 2), normAt(tokens, a.at - 3), normAt(tokens, a.at - 4)].some((w) => CHANGE_WORDS.test(w));
  let at: number;
  if (/^\s*[-–]\s*$/.test(joiner.gap) && /^\d/.test(joiner.norm) && /^\d/.test(tokens[a.at]!.norm)) at = k;
  else if (BREAK_GAP.test(joiner.gap)) return null;
  else if ((opened || fromTo) && joiner.norm === 'الي') at = k + 1;
  else if (opened && joiner.norm === 'و') at = k + 1;
  else if (opened && /^و/.test(joiner.norm)) at = k;
  else return null;
  const next = tokens[at];
  if (!next || BREAK_GAP.test(next.gap)) return null;
  const b = readNumber(tokens, at);
  if (!b || b.vague) return null;
  let low = a.parsed.value;
  if (a.parsed.scale === 1 && b.scale > 1 && low * b.scale <= b.value) low *= b.scale;
  if (!(low < b.value)) return null;
  return { second: { at, parsed: b }, low, high: b.value };
}

/** Every number in a text, typed, with bounds, ranges, vagueness, percentages and counted nouns. */
export function findNumbers(text: string): readonly NumberMention[] {
  const known = recentNumbers.get(text);
  if (known) return known;
  const found = readNumbers(text);
  recentNumbers.set(text, found);
  return found;
}

/**
 * The last texts read for numbers: figures and the passage index both read each sentence as it
 * arrives, so a sentence is read once (and a sentence repeated a few articles later, as in a
 * story's follow-ups, is not read again). Mentions are shared: never mutate them.
 */
const recentNumbers = new RecentMap<string, readonly NumberMention[]>(2048);

function readNumbers(text: string): NumberMention[] {
  const words = tokenize(text);
  // No number starts before the first word that may start one: reading begins there.
  let first = 0;
  while (first < words.length && !mayStartNumber(words[first]!.norm) && definiteCardinal(words[first]!.norm) === null) first++;
  if (first === words.length) return [];
  const tokens = tokensWithGaps(text, words);
  const out: NumberMention[] = [];
  /** A range's second number, already read with its first. */
  let pending: { reading: Reading; low: number; high: number } | null = null;
  for (let i = first; i < tokens.length; ) {
    let parsed: ReadNumber | null;
    let range: { low: number; high: number } | null = null;
    if (pending && pending.reading.at === i) {
      parsed = pending.reading.parsed;
      range = pending;
      pending = null;
    } else parsed = readNumber(tokens, i);
    if (!parsed) {
      const adjective = definiteCountAfterNoun(text, tokens, i);
      if (adjective) out.push(adjective.mention);
      i = adjective ? adjective.next : i + 1;
      continue;
    }
    const firstNorm = tokens[i]!.norm;
    const bareFirst = !isNumberWord(firstNorm) && classifyWord(firstNorm)?.conj ? firstNorm.slice(1) : firstNorm;
    const numberText = text.slice(tokens[i]!.start, tokens[parsed.next - 1]!.end);
    const isDigits = isDigit(firstNorm.charCodeAt(0));
    const approx = approximatorBefore(tokens, i);
    // A word number standing alone ("ست" = lady, "احد" = someone) is not a number without a noun.
    if (!isDigits && !parsed.vague && parsed.next === i + 1 && !approx && (LONE_AMBIGUOUS.has(firstNorm) || LONE_AMBIGUOUS.has(bareFirst))) {
      const following = tokens[parsed.next];
      const indefiniteNoun = following && !BREAK_GAP.test(following.gap) && !/^ال/.test(following.norm) && !NOUN_STOPS.has(following.norm) && classifyWord(following.norm) === null;
      const fractionOfPoint = parsed.fraction && percentAfter(text, tokens, parsed.next);
      if (!fractionOfPoint && (bareFirst === 'احد' || bareFirst === 'احدي' || !indefiniteNoun)) {
        i++;
        continue;
      }
    }
    // A percent sign or word decides the kind whatever surrounds the number (١٢.٧ ٪ في يوليو).
    const percent = parsed.vague ? null : percentAfter(text, tokens, parsed.next);
    let kind: NumberKind = parsed.fraction ? 'fraction' : kindOf(tokens, i, parsed.next, parsed.value, numberText);
    let end = parsed.next;
    let bound: Bound = parsed.vague ? 'vague' : approx?.bound ?? 'exact';
    // The words that set the bound, for "at least" against "more than".
    let boundWords = parsed.vague ? undefined : approx?.words;
    if (percent && kind !== 'code' && kind !== 'phone' && kind !== 'list') {
      kind = 'percent';
      end = percent.end;
    }
    const after = boundAfter(tokens, end);
    if (after && bound === 'exact') {
      bound = after.bound;
      boundWords = after.words;
      end = after.end;
    }
    if (!range && (kind === 'count' || kind === 'percent')) {
      const r = rangeAfter(tokens, { at: i, parsed });
      if (r) {
        pending = { reading: r.second, low: r.low, high: r.high };
        range = r;
        if (r.low !== parsed.value) parsed = { ...parsed, value: r.low };
      }
    }
    if (range) bound = 'range';
    // A range's first number counts the noun after its second (بين ثلاثة وأربعة آلاف شخص).
    const shared = pending !== null;
    // "مواطنَين اثنين", "قتيلان اثنان": two said twice, by the dual and the number that confirms it;
    // the counted noun is the one before.
    const dualBefore = kind === 'count' && !approx && parsed.next === i + 1 && CONFIRMING_TWO.has(bareFirst) ? dualNounBefore(tokens, i) : null;
    const noun = dualBefore ?? (kind === 'count' ? countedNoun(tokens, shared ? pending!.reading.parsed.next : end) : null);
    const phraseStart = dualBefore ? dualBefore.from : approx ? approx.start : i;
    let phraseEnd = noun && !shared && !dualBefore ? noun.end : end;
    // "550 شخصاً على الأقل": the bound may follow the counted noun.
    const afterNoun = bound === 'exact' && noun && !shared ? boundAfter(tokens, noun.end) : null;
    if (afterNoun) {
      bound = afterNoun.bound;
      boundWords = afterNoun.words;
      phraseEnd = afterNoun.end;
    }
    const value = parsed.value;
    const low = bound === 'max' ? null : bound === 'range' ? range!.low : value;
    const high = bound === 'min' ? null : bound === 'range' ? range!.high : bound === 'vague' ? value * 10 : value;
    out.push({
      value,
      kind,
      approx: bound === 'about' || bound === 'min' || bound === 'max' || bound === 'vague',
      direction: DIRECTION[bound],
      bound,
      low,
      high,
      vague: parsed.vague,
      ...(bound === 'min' && boundWords && INCLUSIVE_BOUNDS.has(boundWords.join(' ')) ? { inclusive: true as const } : {}),
      percentUnit: kind === 'percent' ? percent?.unit ?? 'percent' : null,
      unit: noun?.text ?? null,
      nounStart: noun ? tokens[noun.from]!.start : -1,
      nounEnd: noun ? tokens[noun.end - 1]!.end : -1,
      start: tokens[phraseStart]!.start,
      end: tokens[phraseEnd - 1]!.end,
      numberStart: tokens[i]!.start,
      numberEnd: tokens[parsed.next - 1]!.end,
      text: text.slice(tokens[phraseStart]!.start, tokens[phraseEnd - 1]!.end),
    });
    i = Math.max(end, parsed.next, i + 1);
  }
  return out;
}
