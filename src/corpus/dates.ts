import { normalizeForMatch } from '../arabic/normalize.ts';

/**
 * Dates as newsrooms write them: `10 يناير، 2022`, `10 كانون الثاني 2022`, `١٠ جانفي ٢٠٢٢`, `9 دجنبر 2022`,
 * `26/فبراير/2023`, `January 10, 2022`, `2022-01-10`, `10/01/2022` (day first, the Arabic
 * convention), and the order a right-to-left page scrambles `18 مارس 2026 20:04` into when it is
 * copied as text: `18 20:04 2026 مارس`. Hijri dates (`18 شوال 1445`, `2 ربيع الآخر 1445هـ`) are
 * read too and converted to the Gregorian day with the Umm al-Qura calendar (ICU's
 * islamic-umalqura, the one Gulf and Egyptian sites print); a Gregorian date stated on the same
 * line always wins, the Hijri one is its equivalent (`… الموافق 18 شوال 1445`).
 * Matching runs on the normalised form (digits, alef forms, ة/ه), so spellings vary freely.
 */

/** Month names in their normalised spelling (see normalizeForMatch), by month number. */
const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'february', 'feb']],
  [3, ['مارس', 'اذار', 'march', 'mar']],
  [4, ['ابريل', 'نيسان', 'افريل', 'april', 'apr']],
  [5, ['مايو', 'ايار', 'ماي', 'may']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويليه', 'يوليوز', 'july', 'jul']],
  [8, ['اغسطس', 'اب', 'اوت', 'غشت', 'august', 'aug']],
  [9, ['سبتمبر', 'ايلول', 'شتنبر', 'september', 'sep', 'sept']],
  [10, ['اكتوبر', 'تشرين الاول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الاول', 'دجنبر', 'december', 'dec']],
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);

/**
 * The month a normalised word (or it and the next, "تشرين الثاني") names at `at`, with how many
 * words the name takes; null when none does. Bare "اب" (August, also "father") and the Latin
 * names are left out: in Arabic running text they are words, not months.
 */
export function monthNamedAt(words: readonly string[], at: number): { month: number; words: number } | null {
  const word = words[at];
  if (word === undefined) return null;
  const two = words[at + 1] === undefined ? undefined : MONTH_BY_NAME.get(`${word} ${words[at + 1]}`);
  if (two !== undefined) return { month: two, words: 2 };
  const one = RUNNING_TEXT_MONTHS.get(word);
  return one === undefined ? null : { month: one, words: 1 };
}

/** One-word month names as running text may use them (see monthNamedAt). */
const RUNNING_TEXT_MONTHS = new Map([...MONTH_BY_NAME].filter(([name]) => !name.includes(' ') && name !== 'اب' && !/[a-z]/.test(name)));

// Longest names first so that "كانون الثاني" wins over any shorter overlap.
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
/** An optional second month name in brackets or after a slash: "كانون الثاني (يناير)", "شباط/فبراير". */
const ALSO_MONTH = `(?:\\s*[(/]\\s*(?:${MONTH_ALT})\\s*\\)?)?`;

const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})\\s*[/-]?\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_ALT})${NOT_LETTER_AFTER}${ALSO_MONTH}\\s*[,،./-]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})`,
  'u',
);
/** `18 مارس 2026 20:04` as a right-to-left page copies it: day, time, year, month. The time is required: it is what shows the scramble. */
const SCRAMBLED_DAY_TIME_YEAR_MONTH = new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\s+\\d{1,2}:\\d{2}\\s+(\\d{4})\\s+(${MONTH_ALT})${NOT_LETTER_AFTER}`, 'u');
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})`, 'u');
const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DAY_FIRST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** [start, end) of the date in the *normalised* text. */
  start: number;
  end: number;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date stated in `text`, or null. Does not judge whether the text is a dateline. */
export function findDate(text: string): FoundDate | null {
  return findDateInNormalized(normalizeForMatch(text));
}

/** findDate on text already normalised with normalizeForMatch (offsets index `norm`). */
export function findDateInNormalized(norm: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const add = (m: RegExpExecArray | null, toIso: (m: RegExpExecArray) => string | null): void => {
    if (!m) return;
    const iso = toIso(m);
    if (iso) candidates.push({ iso, start: m.index, end: m.index + m[0].length });
  };
  add(DAY_MONTH_YEAR.exec(norm), (m) => isoDate(Number(m[3]), MONTH_BY_NAME.get(m[2]!)!, Number(m[1])));
  add(MONTH_DAY_YEAR.exec(norm), (m) => isoDate(Number(m[3]), MONTH_BY_NAME.get(m[1]!)!, Number(m[2])));
  add(ISO.exec(norm), (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  add(DAY_FIRST.exec(norm), (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  add(SCRAMBLED_DAY_TIME_YEAR_MONTH.exec(norm), (m) => isoDate(Number(m[2]), MONTH_BY_NAME.get(m[3]!)!, Number(m[1])));
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}

/** Hijri month names in their normalised spelling, by month number. */
const HIJRI_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم']],
  [2, ['صفر']],
  [3, ['ربيع الاول', 'ربيع اول']],
  [4, ['ربيع الاخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع اخر']],
  [5, ['جمادي الاولي', 'جمادي الاول', 'جمادي اولي']],
  [6, ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جمادي الثاني']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعده', 'ذي القعده']],
  [12, ['ذو الحجه', 'ذي الحجه']],
];
const HIJRI_BY_NAME = new Map<string, number>();
for (const [month, names] of HIJRI_MONTHS) for (const name of names) HIJRI_BY_NAME.set(name, month);
const HIJRI_ALT = [...HIJRI_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
/** `18 شوال 1445`, `2 ربيع الآخر 1445هـ`: a four-digit year in the Hijri range (1300–1599), with or without هـ. */
const HIJRI_DATE = new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\s*(?:من\\s+)?(${HIJRI_ALT})${NOT_LETTER_AFTER}\\s*[,،/-]?\\s*(1[3-5]\\d{2})\\s*(?:ه|هجريه|هجري)?${NOT_LETTER_AFTER}`, 'u');

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
const DAY_MS = 86_400_000;

function hijriOf(ms: number): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(hijriFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { year: Number.parseInt(parts.year ?? '', 10), month: Number(parts.month), day: Number(parts.day) };
}

/**
 * The Gregorian day (YYYY-MM-DD) of a Umm al-Qura Hijri date, or null when the calendar has no such
 * day. Found by walking from an estimate with ICU's own calendar, so the conversion is the
 * calendar's and not an approximation: a Hijri year is 354 or 355 days, the estimate lands within
 * a few weeks, and each step moves by the difference the calendar reports.
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const key = (year * 100 + month) * 100 + day;
  let iso = hijriCache.get(key);
  if (iso === undefined) {
    iso = convertHijri(year, month, day);
    if (hijriCache.size < 50_000) hijriCache.set(key, iso);
  }
  return iso;
}

/** Conversions done, by yyyymmdd: a page header repeats the same Hijri day on every page of a day. */
const hijriCache = new Map<number, string | null>();

function convertHijri(year: number, month: number, day: number): string | null {
  const target = (year * 12 + month - 1) * 30 + day;
  // 1 Muharram 1 AH is 16 July 622 (Julian), 19 July in the proleptic Gregorian calendar Date uses.
  let ms = Date.UTC(622, 6, 19) + Math.round(((year - 1) * 354.36707 + (month - 1) * 29.530589 + (day - 1)) * DAY_MS);
  for (let step = 0; step < 12; step++) {
    const h = hijriOf(ms);
    const here = (h.year * 12 + h.month - 1) * 30 + h.day;
    if (here === target) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      return Number(iso.slice(0, 4)) >= 1900 && Number(iso.slice(0, 4)) <= 2100 ? iso : null;
    }
    // Month lengths differ from 30, so a day past the month's end (30 of a 29-day month) is never hit.
    const diff = target - here;
    if (Math.abs(diff) <= 1 && step > 8) return null;
    ms += Math.max(-40, Math.min(40, diff)) * DAY_MS;
  }
  return null;
}

/** The first Hijri date stated in `text`, converted to its Gregorian day, or null. */
export function findHijriDate(text: string): FoundDate | null {
  return findHijriInNormalized(normalizeForMatch(text));
}

/** findHijriDate on text already normalised with normalizeForMatch (offsets index `norm`). */
export function findHijriInNormalized(norm: string): FoundDate | null {
  const m = HIJRI_DATE.exec(norm);
  if (!m) return null;
  const iso = hijriToGregorian(Number(m[3]), HIJRI_BY_NAME.get(m[2]!)!, Number(m[1]));
  return iso ? { iso, start: m.index, end: m.index + m[0].length } : null;
}

/** A date value as given in front matter or by an editor: YYYY-MM-DD, any form findDate reads, or a Hijri date. */
export function parseDateValue(value: string): string | null {
  return (findDate(value) ?? findHijriDate(value))?.iso ?? null;
}
