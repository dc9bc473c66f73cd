import { normalizeForMatch } from '../arabic/normalize.ts';
import { findDateInNormalized, findHijriInNormalized, type FoundDate } from './dates.ts';
import { loadPageFurniture, type PageFurniture } from './furniture.ts';
import { lineKey, type SourceLine } from './lines.ts';

/**
 * Recognisers for the metadata-shaped lines of wire copy: credit lines (`المصدر: …`,
 * `TRT عربي - وكالات`, `| وكالات`, `Feed: …`), photo captions ending in a credit (`… (AFP)`) and
 * datelines (`تاريخ النشر الأصلي: 10 يناير، 2022`). Cleaning excludes these lines from the text;
 * metadata inference reads the outlet and date from them. Decisions go by line shape (short,
 * label + value, separator + credit word), never by a particular site's wording.
 */

/** Words that mark a parenthesised credit as a picture credit even when it names no agency. */
const PHOTO_CREDIT_WORD = /\b(getty|images?|photos?|pool|via|archive|أرشيف|أرشيفية)\b/iu;

const SOURCE_LABEL = /^(?:المصدر|مصدر الخبر|المصدر الأصلي|المصدر الاصلي|source|via)\s*(?:[:：]|\s[|]\s)\s*(.+)$/iu;
/** «الخليج الجديد + متابعات»: the outlet, then the desks it drew on. */
const PLUS_DESKS = /\s+\+\s+.*$/u;
const FEED_LABEL = /^feed\s*[:：]\s*(.+)$/iu;
const SEPARATOR_SPLIT = /\s+[-–—|]\s+/u;
const LAST_SEPARATOR = /^(.*?)\s*[-–—|/]\s*\(?([^-–—|/()]+?)\)?\s*[:：]?\s*$/u;
const TRAILING_PAREN = /\(([^()]{1,40})\)\s*$/u;
const URL_HOST = /^(?:https?:\/\/)?(?:www\.)?([^/\s]+\.[a-z]{2,})(?:\/\S*)?$/iu;
const EDGE_PUNCTUATION = /^[\s|:：\-–—.,،]+|[\s|:：\-–—.,،]+$/gu;

export type CreditKind = 'source label' | 'feed' | 'agency credit';

export interface CreditLine {
  kind: CreditKind;
  /** The outlet the line names, cleaned of section suffixes. */
  outlet: string;
  /** Lower is more trustworthy: an explicit source label beats a feed line beats an agency tag. */
  rank: number;
}

/** A news agency's name (page-furniture.json agencies). */
export function isAgency(text: string, f: PageFurniture = loadPageFurniture()): boolean {
  return f.agencies.has(lineKey(text));
}

/** `العرب اليوم – الرئيسية` → `العرب اليوم` (page-furniture.json feedSections); a bare URL → its host name. */
export function cleanOutletName(value: string, f: PageFurniture = loadPageFurniture()): string {
  const trimmed = value.replace(PLUS_DESKS, '').replace(EDGE_PUNCTUATION, '');
  const host = URL_HOST.exec(trimmed);
  if (host && !/\s/.test(trimmed)) return host[1]!.toLowerCase();
  const parts = trimmed.split(SEPARATOR_SPLIT);
  while (parts.length > 1 && f.feedSections.has(lineKey(parts[parts.length - 1]!))) parts.pop();
  return parts.join(' - ').replace(EDGE_PUNCTUATION, '');
}

/** A credit line, or null. Only short lines qualify: a credit is never a sentence. */
export function readCreditLine(line: SourceLine): CreditLine | null {
  if (line.words === 0 || line.words > 12) return null;
  const label = SOURCE_LABEL.exec(line.text);
  if (label) {
    const outlet = cleanOutletName(label[1]!);
    return outlet ? { kind: 'source label', outlet, rank: 1 } : null;
  }
  const feed = FEED_LABEL.exec(line.text);
  if (feed) {
    const outlet = cleanOutletName(feed[1]!);
    return outlet ? { kind: 'feed', outlet, rank: 2 } : null;
  }
  if (line.words > 6) return null;
  // "(AFP)", "وكالات", "| وكالات"
  const bare = line.text.replace(/^[\s|(]+|[\s|)]+$/gu, '');
  if (isAgency(bare)) return { kind: 'agency credit', outlet: bare, rank: 3 };
  // "TRT عربي - وكالات": outlet, separator, credit word
  const tail = LAST_SEPARATOR.exec(line.text);
  if (tail && isAgency(tail[2]!)) {
    const before = tail[1]!.replace(EDGE_PUNCTUATION, '');
    return { kind: 'agency credit', outlet: before || tail[2]!.trim(), rank: before ? 3 : 4 };
  }
  return null;
}

export interface CaptionCredit {
  credit: string;
  /** True when the credit names a news agency (it can then stand in for the outlet). */
  agency: boolean;
}

/** A line ending in a parenthesised picture credit: `اجتماع عبر الفيديو … (AFP)`. */
export function readCaptionCredit(line: SourceLine): CaptionCredit | null {
  if (line.words > 30) return null;
  const m = TRAILING_PAREN.exec(line.text);
  if (!m || m.index === 0) return null;
  const credit = m[1]!.trim();
  if (isAgency(credit)) return { credit, agency: true };
  if (PHOTO_CREDIT_WORD.test(credit)) return { credit, agency: false };
  return null;
}

export interface DateLine {
  iso: string;
  /** 1 publication label, 2 update label, 3 a short line that is just a date. */
  rank: number;
  /** The line states only a Hijri date (converted); a Gregorian date on the line wins over its Hijri equivalent. */
  hijri: boolean;
}

const PUBLISHED_LABEL = /^(?:تاريخ النشر|نشر في|نشر بتاريخ|تم النشر|بتاريخ|التاريخ|published|posted|date|نشر)(?: |$)/u;
const UPDATED_LABEL = /^(?:اخر تحديث|تاريخ التحديث|تم التحديث|تحديث|updated|last updated)(?: |$)/u;
const MAX_DATELINE_WORDS = 16;
/** Every date this module reads states a four-digit year. */
const YEAR_DIGITS = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/u;
/**
 * What a date line carries besides its date (normalised key): the weekday, the time and its
 * meridiem, «على الساعة», «بتوقيت» and its zone, «الموافق» before the Hijri equivalent.
 */
const DATE_FILLER = /(?:^| )(?:يوم|السبت|الاحد|الاثنين|الثلاثاء|الثلاثا|الاربعاء|الخميس|الجمعه|الموافق|الموافق ل|الساعه|علي|في|ص|م|صباحا|مساء|am|pm|gmt|utc|بتوقيت(?: \S+){0,2}|\d{1,2} \d{2}(?: \d{2})?)(?= |$)/gu;
/** Words a date line may carry besides its date and the filler above (a city, a zone). */
const MAX_EXTRA_WORDS = 3;

/** The line's words left once `ranges` (of its normalised form) and the date filler are taken out. */
function wordsBesides(norm: string, ranges: ReadonlyArray<{ start: number; end: number }>): number {
  let rest = norm;
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, r.start)} ${rest.slice(r.end)}`;
  const key = lineKey(rest).replace(DATE_FILLER, ' ').replace(DATE_FILLER, ' ').trim();
  return key ? key.split(' ').length : 0;
}

/**
 * A dateline (label + date, or a short line that is only a date with its weekday, time and Hijri
 * equivalent), or null. Dates in body sentences do not count.
 */
export function readDateLine(line: SourceLine): DateLine | null {
  if (line.words === 0 || line.words > MAX_DATELINE_WORDS || !YEAR_DIGITS.test(line.text)) return null;
  // Cleaning and metadata both ask about the same few lines.
  const known = dateLineCache.get(line);
  if (known !== undefined) return known;
  const found = readDateLineOnce(line);
  dateLineCache.set(line, found);
  return found;
}

const dateLineCache = new WeakMap<SourceLine, DateLine | null>();

function readDateLineOnce(line: SourceLine): DateLine | null {
  const labelled = PUBLISHED_LABEL.test(line.key) ? 1 : UPDATED_LABEL.test(line.key) ? 2 : 0;
  if (!labelled && line.words > 10) return null;
  const norm = normalizeForMatch(line.text);
  const gregorian = findDateInNormalized(norm);
  const hijri = findHijriInNormalized(norm);
  const date = gregorian ?? hijri;
  if (!date) return null;
  if (labelled) return { iso: date.iso, rank: labelled, hijri: !gregorian };
  const ranges = [gregorian, hijri].filter((r): r is FoundDate => r !== null);
  return wordsBesides(norm, ranges) <= MAX_EXTRA_WORDS ? { iso: date.iso, rank: 3, hijri: !gregorian } : null;
}
