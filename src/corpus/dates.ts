import { normalizeForMatch } from '../arabic/normalize.ts';

/**
 * Dates as newsrooms write them: `10 يناير، 2022`, `10 كانون الثاني 2022`, `١٠ جانفي ٢٠٢٢`,
 * `January 10, 2022`, `2022-01-10`, `10/01/2022` (day first, the Arabic convention).
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
  [7, ['يوليو', 'يوليه', 'تموز', 'جويليه', 'july', 'jul']],
  [8, ['اغسطس', 'اب', 'اوت', 'august', 'aug']],
  [9, ['سبتمبر', 'ايلول', 'september', 'sep', 'sept']],
  [10, ['اكتوبر', 'تشرين الاول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الاول', 'december', 'dec']],
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);

// Longest names first so that "كانون الثاني" wins over any shorter overlap.
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
/** An optional second month name in brackets or after a slash: "كانون الثاني (يناير)", "شباط/فبراير". */
const ALSO_MONTH = `(?:\\s*[(/]\\s*(?:${MONTH_ALT})\\s*\\)?)?`;

const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_ALT})${NOT_LETTER_AFTER}${ALSO_MONTH}\\s*[,،.]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})`,
  'u',
);
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
  const norm = normalizeForMatch(text);
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
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}

/** A date value as given in front matter or by an editor: YYYY-MM-DD, or any form findDate reads. */
export function parseDateValue(value: string): string | null {
  return findDate(value)?.iso ?? null;
}
