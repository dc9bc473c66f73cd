import type { LineClass } from './clean.ts';
import { cleanOutletName, isAgency, readCaptionCredit, readCreditLine, readDateLine } from './credits.ts';
import { findDate, findHijriDate } from './dates.ts';
import { breadcrumbTail, hasOutletShape, isPlace, labelParts, loadPageFurniture, readDeskByline, readOutletPlaceLine, stripHeadlinePrefix, type PageFurniture } from './furniture.ts';
import { lineKey, type SourceLine } from './lines.ts';
import type { ArticleMeta, DateSource, Paragraph, Sentence } from './types.ts';

/**
 * Metadata inferred from raw page text: the title from the headline (cleaning has already set the
 * page furniture aside; a breadcrumb or a «عاجل..» tag is cut off), else the lead's first sentence;
 * the outlet from credit shapes only (a source label, an agency credit, a copyright line, a desk
 * byline «نبض الخليج / متابعة», the site's name on the masthead, a lead prefix «الفجر - أعلنت»,
 * a wire dateline «عمّان (بترا) -», a link's host) — never from a random short line; the
 * publication date from a date line, and where it stands says how far to trust it: by the
 * headline or the byline, or labelled («نشر في»، «آخر تحديث»), it is the article's ('dateline');
 * in a wire dateline opening the lead, too ('lead'); above the headline amid the masthead, it is
 * often the day the page was saved, the site's «today» ('page-header': shown, but too weak for
 * story grouping — see hasFirmDate). Front matter, feed and page metadata dates win over all of
 * these (set by load.ts).
 */

/** Longest title taken from a lead sentence before it is cut at a word boundary. */
const MAX_LEAD_TITLE = 120;
/** A clause separator this far in is a better cut than a bare word boundary. */
const MIN_CLAUSE_CUT = 50;
/** Stops and separators dropped from the end of a title; ؟ and ! carry meaning and stay. */
const FINAL_STOP = /[\s.:،,؛;]+$/u;
/**
 * A wire dateline opening the lead: `موسكو (أ ف ب) -`, `عمّان، الأردن (CNN) –`,
 * `إسلام أباد 12 مايو 2022 (شينخوا) قال …`, `القاهرة - رويترز:`.
 */
const LEAD_DATELINE = /^([^()\n]{2,60}?)\s*(?:\(([^()]{1,25})\)\s*([-–—:])?|[-–—]\s*([^\s()،,:]{2,}(?:\s[^\s()،,:]{1,}){0,2})\s*[:：\-–—])/u;
/** Most words of the place (and date) before a wire dateline's credit. */
const MAX_DATELINE_PLACE_WORDS = 6;
/** A publication's name opening the lead before a dash: `الفجر - أعلنت …`, `عمّان الإخباري- أفادت …`. */
const LEAD_PREFIX = /^([^\s\-–—:()،,.]{2,}(?:\s[^\s\-–—:()،,.]+){0,2})\s*[-–—]\s*(?=\p{L})/u;
/** Added to the rank of a labelled date under the story's last paragraph (after any date by the headline). */
const FOOTER_RANK = 5;
/** Site furniture that, standing between a date line and the story, shows the date is the masthead's. */
const MASTHEAD_REASONS = new Set(['masthead', 'section label', 'outlet name', 'hashtag line', 'site menu line', 'breadcrumb']);
/** Characters of the body searched for a lead prefix used again (a town the story is about is named early). */
const BODY_CHECK_CHARS = 4000;
/** A scraper's date label glued in front of the lead: `date 2022-10 قال …`. */
const LEAD_DATE_LABEL = /^(?:date|التاريخ|بتاريخ)\s*[:：]?\s*\d{4}-\d{1,2}(?:-\d{1,2})?\s+/iu;
/** A byline standing at the end of a headline: `… – تقرير: ليلى حداد`. */
const TRAILING_BYLINE = /\s+[-–—|]\s*(?:تقرير|كتب|كتبت|بقلم|إعداد|اعداد)\s*[:：]?\s*\S+(?:\s\S+){0,2}$/u;
/** A copyright line: `© 2024 جريدة الفجر`, `جميع الحقوق محفوظة لـ موقع الفجر 2024`. */
const COPYRIGHT = /^(?:©|copyright|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.+)$|^(?:جميع|كل)\s+الحقوق\s+محفوظة\s*(?:لـ|ل|لموقع|ل\s*ـ)?\s*(.+)$/iu;
/** Letters, not only digits and signs. */
const HAS_LETTER = /\p{L}/u;
const STORY_VERB_START = /^(?:و|ف)?(?:قال|قالت|أكد|اكد|أعلن|اعلن|أعلنت|اعلنت|أفاد|افاد|أفادت|افادت|ذكر|ذكرت|أوضح|اوضح|كشف|كشفت|توفي|قتل|أصيب)(?:\s|$)/u;
const LONE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;
/** Characters sampled to tell the language. */
const LANGUAGE_SAMPLE = 4000;

/** A lead sentence as a title: cut at ~120 characters, preferring the last clause separator, never mid-word. */
export function titleFromSentence(sentence: string): string {
  const text = sentence.trim();
  if (text.length <= MAX_LEAD_TITLE) return text.replace(FINAL_STOP, '');
  const window = text.slice(0, MAX_LEAD_TITLE + 1);
  const clause = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf('؛'));
  const space = window.lastIndexOf(' ');
  const cut = clause >= MIN_CLAUSE_CUT ? clause : space > 0 ? space : MAX_LEAD_TITLE;
  return `${text.slice(0, cut).replace(FINAL_STOP, '')}…`;
}

/** 'ar' unless Latin letters clearly dominate the first few thousand characters. */
export function detectLanguage(text: string): string {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06d3) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > arabic * 2 ? 'en' : 'ar';
}

export interface MetaInput {
  lines: readonly SourceLine[];
  classes: readonly LineClass[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  /** Fallback title (the file's base name) when the article has no text at all. */
  fallbackTitle: string;
  /** Site-furniture words; default: data/lexicon/page-furniture.json. */
  furniture?: PageFurniture;
}

/** A date that may place an article in time for story grouping: any but a page header's «today». */
export function hasFirmDate(meta: Pick<ArticleMeta, 'published' | 'dateSource'>): boolean {
  return meta.published !== null && meta.dateSource !== 'page-header';
}

/**
 * An article's date as listings show it: the date, marked when it is only the page header's
 * («2024-04-28 (page header)»: perhaps the day the page was saved), or «date unknown».
 */
export function dateLabel(meta: Pick<ArticleMeta, 'published' | 'dateSource'>): string {
  if (!meta.published) return 'date unknown';
  return meta.dateSource === 'page-header' ? `${meta.published} (page header)` : meta.published;
}

interface Ranked<T> {
  value: T;
  rank: number;
}

/** Keeps the lowest-ranked offer (the first of equals). */
function best<T>(): { offer: (value: T, rank: number) => void; get: () => Ranked<T> | null } {
  let kept: Ranked<T> | null = null;
  return {
    offer: (value, rank) => {
      if (!kept || rank < kept.rank) kept = { value, rank };
    },
    get: () => kept,
  };
}

/** A copyright line's holder: `© 2024 جريدة الفجر. جميع الحقوق محفوظة` → `جريدة الفجر`. */
export function readCopyrightHolder(text: string): string | null {
  const m = COPYRIGHT.exec(text.trim());
  const raw = (m?.[1] ?? m?.[2] ?? '').split(/[.|]|جميع الحقوق|all rights/iu)[0]!.replace(/\b\d{4}\b/gu, '');
  const name = cleanOutletName(raw);
  return name && HAS_LETTER.test(name) && name.split(/\s+/u).length <= 5 ? name : null;
}

interface LeadCredit {
  /** The credited agency or outlet, if any. */
  outlet: string | null;
  /** Evidence rank of the outlet (lower is stronger). */
  rank: number;
  /** A date the dateline states (`إسلام أباد 12 مايو 2022 (شينخوا)`). */
  date: string | null;
  /** Characters of the lead the credit takes (cut from a title made of the lead). */
  length: number;
}

/**
 * The credit opening a lead: a wire dateline with its agency (and perhaps its date), or a
 * publication's name before a dash. A place alone is no outlet («غزة - قال …»), and neither is a
 * word the article uses again in its body (a town the story is about).
 */
export function readLeadCredit(lead: string, bodyRest: () => string, f: PageFurniture): LeadCredit | null {
  const dateline = LEAD_DATELINE.exec(lead);
  if (dateline) {
    const place = dateline[1]!.trim();
    const date = findDate(place);
    const placeWords = place.split(/\s+/u).length - (date ? 3 : 0);
    const credit = (dateline[2] ?? dateline[4] ?? '').trim();
    const latinCredit = /^[A-Za-z][A-Za-z .&-]{1,20}$/u.test(credit) && dateline[3] !== undefined;
    if (placeWords <= MAX_DATELINE_PLACE_WORDS && !STORY_VERB_START.test(place) && (isAgency(credit) || latinCredit)) {
      return { outlet: credit, rank: 9, date: date?.iso ?? null, length: dateline[0].length };
    }
  }
  const prefix = LEAD_PREFIX.exec(lead);
  if (!prefix) return null;
  const name = prefix[1]!.trim();
  if (/\p{Nd}/u.test(name) && !hasOutletShape(name, f)) return null;
  const shaped = (text: string): boolean => hasOutletShape(text, f, { nouns: true });
  if (STORY_VERB_START.test(name) || isPlace(name, f)) return { outlet: null, rank: 99, date: null, length: isPlace(name, f) ? prefix[0].length : 0 };
  const words = name.split(/\s+/u);
  // «الرياض معاً- …»: a place, then the outlet.
  const outlet = isPlace(words[0]!, f) && words.length > 1 ? words.slice(1).join(' ') : name;
  if (!shaped(outlet) && lineKey(bodyRest().slice(0, BODY_CHECK_CHARS)).includes(lineKey(outlet))) return null;
  return { outlet, rank: shaped(outlet) ? 6 : 7, date: null, length: prefix[0].length };
}

function cleanTitle(text: string, f: PageFurniture): string {
  let title = text.replace(/^#{1,6}\s+/u, '').trim();
  title = breadcrumbTail(title, f) ?? title;
  title = stripHeadlinePrefix(title, f);
  title = title.replace(TRAILING_BYLINE, '');
  return title.replace(FINAL_STOP, '');
}

/** The lead's first sentence with words in it, without a date label or a credit glued in front. */
function leadTitle(sentences: readonly Sentence[], lead: Paragraph, creditLength: number): string | null {
  const first = sentences.find((s) => s.paragraph === lead.index && s.text.split(/\s+/u, 8).filter((w) => HAS_LETTER.test(w)).length >= 3);
  if (!first) return null;
  let text = first.text.replace(/^[\s.,،:;؛\-–—•*]+/u, '').replace(LEAD_DATE_LABEL, '');
  // The credit is cut only when the sentence is the lead's opening.
  if (creditLength > 0 && first.start === lead.start) text = lead.text.slice(creditLength).slice(0, Math.max(0, first.end - lead.start - creditLength)).trim() || text;
  return titleFromSentence(text) || null;
}

export function inferMeta({ lines, classes, paragraphs, sentences, fallbackTitle, furniture }: MetaInput): ArticleMeta {
  const f = furniture ?? loadPageFurniture();
  const headline = paragraphs.find((p) => p.role === 'headline');
  const lead = paragraphs.find((p) => p.role === 'body');
  const headlineAt = classes.findIndex((c) => c.role === 'headline');
  const contentAt = classes.findIndex((c) => c.role !== 'boilerplate');
  const lastBodyAt = classes.findLastIndex((c) => c.role === 'body');

  const outlet = best<string>();
  const published = best<{ iso: string; source: DateSource }>();
  let url: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cls = classes[i]!;
    // Metadata lines are boilerplate by construction; body sentences never feed these fields.
    if (cls.role !== 'boilerplate') continue;
    const line = lines[i]!;
    const credit = readCreditLine(line);
    if (credit) outlet.offer(credit.outlet, credit.rank);
    const caption = readCaptionCredit(line);
    if (caption?.agency) outlet.offer(caption.credit, 10);
    if (cls.reason === 'feed-tool footer') {
      const holder = readCopyrightHolder(line.text);
      if (holder) outlet.offer(holder, 4);
    }
    if (cls.reason === 'byline') {
      const desk = readDeskByline(line, f);
      if (desk?.outlet) outlet.offer(cleanOutletName(desk.outlet), 5);
      // «موقع الفجر – متابعات – 2 رجب 1445هـ»: the byline's date is the article's.
      const dated = findDate(line.text) ?? findHijriDate(line.text);
      if (dated) published.offer({ iso: dated.iso, source: 'dateline' }, 4);
    }
    if (cls.reason === 'outlet name') outlet.offer(line.text.trim(), 5);
    if (cls.reason === 'dateline') {
      const wire = readOutletPlaceLine(line, f);
      if (wire) outlet.offer(wire, 6);
    }
    // A short name by the headline that reads as a publication's («الفجر نيوز», «صدى 24 :»).
    if ((cls.reason === 'page header' || cls.reason === 'dateline') && headlineAt >= 0 && Math.abs(i - headlineAt) <= 2) {
      const name = line.text.replace(/[\s:：]+$/u, '');
      if (labelParts(name).length === 1 && hasOutletShape(name, f) && !isPlace(name, f)) outlet.offer(name, 6);
    }
    const date = readDateLine(line);
    if (date) {
      const hijri = date.hijri ? 0.5 : 0;
      // Above the headline (or, with none, above the masthead) a bare date is the site's «today»;
      // under the last paragraph it dates another story of a footer list.
      // A date line straight above the headline with no masthead around it («الثلاثاء، 22 نوفمبر 2011»
      // then the headline) is the article's own.
      const masthead = (from: number, to: number) => classes.slice(Math.max(0, from), to).some((c) => MASTHEAD_REASONS.has(c.reason ?? ''));
      const header = headlineAt >= 0 ? i < headlineAt && (masthead(i + 1, headlineAt) || masthead(i - 3, i)) : i < contentAt && masthead(i + 1, contentAt);
      // A labelled date under the story may be a comment's or a related article's: it only stands in.
      const footer = lastBodyAt >= 0 && i > lastBodyAt;
      if (date.rank < 3) published.offer({ iso: date.iso, source: 'dateline' }, date.rank + hijri + (footer ? FOOTER_RANK : 0));
      else if (header) published.offer({ iso: date.iso, source: 'page-header' }, 9 + hijri);
      else if (i < lastBodyAt || lastBodyAt < 0) published.offer({ iso: date.iso, source: 'dateline' }, 3 + hijri);
    }
    if (!url && LONE_URL.test(line.text)) url = line.text;
  }
  let creditLength = 0;
  if (lead) {
    const rest = (): string => {
      let out = '';
      for (const p of paragraphs) if (p.role === 'body' && p !== lead && out.length < BODY_CHECK_CHARS) out += `${p.text}\n`;
      return out;
    };
    const credit = readLeadCredit(lead.text, rest, f);
    if (credit?.outlet) outlet.offer(credit.outlet, credit.rank);
    if (credit?.date) published.offer({ iso: credit.date, source: 'lead' }, 5);
    creditLength = credit?.length ?? 0;
  }
  if (url) {
    const host = cleanOutletName(url);
    if (host && !/\s/u.test(host)) outlet.offer(host, 11);
  }

  const title = (headline ? cleanTitle(headline.text, f) : '') || (lead ? leadTitle(sentences, lead, creditLength) : null) || paragraphs.map((p) => p.text.trim()).find(Boolean)?.slice(0, 120) || fallbackTitle;
  const date = published.get();
  const body = paragraphs.map((p) => p.text).join('\n');
  return {
    title,
    outlet: outlet.get()?.value ?? null,
    published: date?.value.iso ?? null,
    dateSource: date?.value.source ?? null,
    url,
    language: detectLanguage(body),
  };
}
