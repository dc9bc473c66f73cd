import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LEXICON_DIR, readLexiconFile, readLexiconJson } from '../lexicon.ts';
import { findDate, findHijriDate } from './dates.ts';
import { lineKey, type SourceLine } from './lines.ts';

/**
 * Page furniture: the lines of a scraped page that are the site's own labels — a masthead
 * («رئيس التحرير»), navigation and section labels («البث الحي», «الاخبار : أخبار عالمية»), a
 * breadcrumb («الرئيسية » أخبار » …»), a desk byline («نبض الخليج / متابعة»), a dateline with the
 * author («عمّان – سامي داود»), a picture label («جسر المدينة - أرشيفية») and hashtags. The words
 * are data (data/lexicon/page-furniture.json, under the lexicons' one error policy); the shapes —
 * a whole line, or whole parts between separators, made of those words — are here. A part of a
 * line is never matched inside a sentence, so body text that merely uses such a word is kept.
 */

const phrases = z.array(z.string().min(1)).default([]);
/** Every key is read below; an unknown key is a typo an editor should hear about. */
const furnitureSchema = z
  .object({
    about: z.string().optional(),
    furniture: phrases,
    sections: phrases,
    desks: phrases,
    mastheadLabels: phrases,
    captionWords: phrases,
    outletWords: phrases,
    outletNouns: phrases,
    headlinePrefixes: phrases,
    agencies: phrases,
    feedSections: phrases,
  })
  .strict();

/** Only what furniture needs of names.json (its own loader, src/extract/cues.ts, checks the rest). */
const givenNamesSchema = z.object({ givenNames: z.object({ male: phrases, female: phrases }).default({ male: [], female: [] }) }).passthrough();

export interface PageFurniture {
  /** Whole-line site labels (normalised keys): «عاجل», «البث الحي», «اتصل بنا». */
  furniture: ReadonlySet<string>;
  /** Section names: «أخبار عالمية», «اقتصاد». */
  sections: ReadonlySet<string>;
  /** Desk credits standing for the writer: «متابعة», «خاص», «وكالات»; «مكتب» opens an office's name. */
  desks: ReadonlySet<string>;
  /** Masthead labels, longest first. */
  mastheadLabels: readonly string[];
  /** Picture labels: «أرشيفية». */
  captionWords: ReadonlySet<string>;
  /** Words that make a short line read as a publication's name: «نيوز», «24». */
  outletWords: ReadonlySet<string>;
  /** Nouns that name a publication only on a line already shaped as a credit: «موقع», «قناة». */
  outletNouns: ReadonlySet<string>;
  /** Given names (names.json), so «القاهرة – سامي داود» reads as a dateline with its author. */
  givenNames: ReadonlySet<string>;
  /** Tags a headline may open with («عاجل..», «بالفيديو |»), cut from the title. */
  headlinePrefixes: ReadonlySet<string>;
  /** Country and place names of entities.json (keys), so «القاهرة – فلان» reads as a dateline, not an outlet. */
  places: ReadonlySet<string>;
  /** News agencies and the generic «وكالات» credit: «(شينخوا)», «رويترز»، «AFP». */
  agencies: ReadonlySet<string>;
  /** Section names a feed appends to its outlet («العرب اليوم – الرئيسية»). */
  feedSections: ReadonlySet<string>;
}

const keys = (list: readonly string[]): Set<string> => new Set(list.map(lineKey).filter(Boolean));
const cache = new Map<string, PageFurniture>();

/** A lexicon file of the editor's directory, else the project's. */
const lexiconPath = (dir: string, file: string): string => (existsSync(join(dir, file)) ? join(dir, file) : join(DEFAULT_LEXICON_DIR, file));

/** The page-furniture lexicon of a directory (else the project's), read once; a broken file throws a LexiconError. */
export function loadPageFurniture(dir: string = DEFAULT_LEXICON_DIR): PageFurniture {
  const cached = cache.get(dir);
  if (cached) return cached;
  const data = readLexiconJson(lexiconPath(dir, 'page-furniture.json'), furnitureSchema);
  const entities = readLexiconFile(lexiconPath(dir, 'entities.json'), []);
  const names = readLexiconJson(lexiconPath(dir, 'names.json'), givenNamesSchema);
  const furniture: PageFurniture = {
    furniture: keys(data.furniture),
    sections: keys(data.sections),
    desks: keys(data.desks),
    mastheadLabels: [...keys(data.mastheadLabels)].sort((a, b) => b.length - a.length),
    captionWords: keys(data.captionWords),
    outletWords: keys(data.outletWords),
    outletNouns: keys(data.outletNouns),
    givenNames: keys([...names.givenNames.male, ...names.givenNames.female]),
    headlinePrefixes: keys(data.headlinePrefixes),
    places: keys(entities.filter((e) => e.kind === 'country' || e.kind === 'place').flatMap((e) => e.ar)),
    agencies: keys(data.agencies),
    feedSections: keys(data.feedSections),
  };
  cache.set(dir, furniture);
  return furniture;
}

/** Separators between the parts of a label line: «الاخبار : أخبار عالمية», «نبض الخليج/ متابعة», «عمّان – سامي داود». */
const PART_SEPARATOR = /\s*[:：»>›|/\\،,]\s*|\s+[-–—]\s*|\s*[-–—]\s+|(?<=[\u0621-\u064A])[-–—](?=[\u0621-\u064A])/u;
/** Longest label line, in words. */
const MAX_LABEL_WORDS = 6;
/** Longest desk byline, in words, when one of its parts is a date («موقع الفجر – متابعات – 2 رجب 1445هـ»). */
const MAX_DATED_BYLINE_WORDS = 10;
const HAS_DIGIT = /\p{Nd}/u;
const LETTERS = /\p{L}/u;

/** The parts of a short line between separators (their original text, trimmed), empty parts left out. */
export function labelParts(text: string): string[] {
  return text
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => LETTERS.test(p) || HAS_DIGIT.test(p));
}

/** A part of a label line with its comparison key. */
interface Part {
  text: string;
  key: string;
}

/** Parts of a line, remembered: several shapes look at the same short line. */
const partCache = new WeakMap<SourceLine, Part[]>();
function partsOf(line: SourceLine): Part[] {
  let parts = partCache.get(line);
  if (!parts) {
    parts = labelParts(line.text).map((text) => ({ text, key: lineKey(text) }));
    partCache.set(line, parts);
  }
  return parts;
}

function isSiteLabel(key: string, f: PageFurniture): boolean {
  return f.furniture.has(key) || f.sections.has(key);
}

/** The whole line is site furniture or section labels: «البث الحي», «الاخبار : أخبار عالمية», «الرئيسية » سياسة». */
export function isSectionLine(line: SourceLine, f: PageFurniture): boolean {
  if (line.words === 0 || line.words > MAX_LABEL_WORDS) return false;
  const parts = partsOf(line);
  return parts.length > 0 && parts.every((p) => isSiteLabel(p.key, f));
}

/** A masthead label («رئيس مجلسي الإدارة والتحرير»), alone or several in a row: the key is only labels. */
export function isMastheadLabels(key: string, f: PageFurniture): boolean {
  if (!f.mastheadLabels.some((l) => key.startsWith(l) || key.startsWith(`و${l}`))) return false;
  let rest = key;
  while (rest) {
    const label = f.mastheadLabels.find((l) => rest === l || rest.startsWith(`${l} `) || rest === `و${l}` || rest.startsWith(`و${l} `));
    if (!label) return false;
    rest = rest.slice(rest.startsWith('و') && !label.startsWith('و') ? label.length + 1 : label.length).trim();
  }
  return key.length > 0;
}

/** A masthead label, a separator and a name: «رئيس التحرير: سامر الحلبي». */
export function isMastheadLabelled(line: SourceLine, f: PageFurniture): boolean {
  const m = /^(.+?)\s*[:：\-–—/|]\s*(\S.*)$/u.exec(line.text);
  return !!m && isMastheadLabels(lineKey(m[1]!), f) && m[2]!.split(/\s+/u).length <= 4;
}

/** A picture label: the last part is a caption word, «جسر المدينة - أرشيفية», «(صورة أرشيفية)». */
export function isCaptionLabel(line: SourceLine, f: PageFurniture): boolean {
  if (line.words > 10 || line.endsLikeSentence) return false;
  const key = line.key;
  if (![...f.captionWords].some((w) => key.endsWith(w))) return false;
  const parts = labelParts(line.text.replace(/[()]/gu, ' - '));
  return parts.length >= 1 && f.captionWords.has(lineKey(parts[parts.length - 1]!));
}

/** Every token is a hashtag: «#مصر_الجديدة #عاجل». */
export function isHashtagLine(line: SourceLine): boolean {
  const tokens = line.text.split(/\s+/u).filter(Boolean);
  return tokens.length > 0 && tokens.length <= MAX_LABEL_WORDS && tokens.every((t) => t.startsWith('#'));
}

export function isPlace(text: string, f: PageFurniture): boolean {
  return f.places.has(lineKey(text));
}

/**
 * A short name that reads as a publication's: one of its words is an outlet word («الفجر نيوز»,
 * «صدى 24»), or — with `nouns`, where the line is already a credit — an outlet noun («بوابة الوطن»).
 */
export function hasOutletShape(text: string, f: PageFurniture, options: { nouns?: boolean } = {}): boolean {
  const words = lineKey(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  const known = (w: string): boolean => f.outletWords.has(w) || (options.nouns === true && f.outletNouns.has(w));
  if (words.some(known)) return true;
  for (let i = 0; i + 1 < words.length; i++) if (known(`${words[i]} ${words[i + 1]}`)) return true;
  return false;
}

const isDatePart = (part: Part): boolean => HAS_DIGIT.test(part.text) && (findDate(part.text) !== null || findHijriDate(part.text) !== null);

export interface DeskByline {
  /** The outlet the line credits, or null when it names a person or only a place. */
  outlet: string | null;
}

/**
 * A byline made of a desk credit and a name (every part short, one of them a desk word):
 * «نبض الخليج/ متابعة» and «الفجر - خاص» (the site credits itself: the other part is the outlet),
 * «متابعة / شبكة الرافدين :» (the outlet only when it reads as one; «متابعة: سامي داود» names a
 * person), «حلب ، مكتب حلب الإعلامي» (an office is the outlet), «موقع الفجر – متابعات – 2 رجب 1445هـ».
 */
export function readDeskByline(line: SourceLine, f: PageFurniture): DeskByline | null {
  if (line.words === 0 || line.words > MAX_DATED_BYLINE_WORDS || line.endsLikeSentence) return null;
  const padded = ` ${line.key} `;
  if (!padded.includes(' مكتب ') && ![...f.desks].some((d) => padded.includes(` ${d} `))) return null;
  const parts = partsOf(line).filter((p) => !isDatePart(p));
  if (parts.length < 2 || parts.length > 3) return null;
  const words = parts.reduce((n, p) => n + p.text.split(/\s+/u).length, 0);
  if (words > MAX_LABEL_WORDS) return null;
  const office = parts.find((p) => p.key.startsWith('مكتب '));
  // «حلب، مكتب حلب الإعلامي»: the office and its city (a known place, or the city the office is named after).
  if (office) return parts.every((p) => p === office || f.places.has(p.key) || office.key.includes(p.key)) ? { outlet: office.text } : null;
  const deskAt = parts.findIndex((p) => f.desks.has(p.key));
  if (deskAt < 0) return null;
  const names = parts.filter((p, i) => i !== deskAt && !f.desks.has(p.key) && !f.places.has(p.key));
  if (names.length > 1) return null;
  const name = names[0];
  if (!name) return { outlet: null };
  // «X / متابعة»: the site's own credit; «متابعة / X»: X is an outlet only when it looks like one.
  const trailingDesk = deskAt > parts.indexOf(name);
  return { outlet: trailingDesk || hasOutletShape(name.text, f, { nouns: true }) ? name.text : null };
}

/** Longest name, in words, of a dateline's author. */
const MAX_AUTHOR_WORDS = 3;

/**
 * A dateline with the author: a place, a dash and a person's name — «عمّان – سامي داود». The name
 * opens with a given name of names.json, so a short headline («غزة – تصعيد خطير») is never taken.
 */
export function isPlaceAuthorLine(line: SourceLine, f: PageFurniture): boolean {
  if (line.words < 2 || line.words > MAX_AUTHOR_WORDS + 2 || line.endsLikeSentence || HAS_DIGIT.test(line.text)) return false;
  const m = /^(\S+(?:\s\S+)?)\s*[-–—،,]\s*(\S+(?:\s\S+){0,2})$/u.exec(line.text);
  if (!m || !isPlace(m[1]!, f) || isPlace(m[2]!, f)) return false;
  const name = lineKey(m[2]!).split(' ');
  return name.length >= 2 && f.givenNames.has(name[0]!);
}

/**
 * A wire dateline standing alone, an outlet and the place it reports from: «صدى-السعودية»,
 * «صدى الوادي - عمّان» (or the place first, when the other part reads as an outlet: «عمّان - الوادي
 * نيوز»). Returns the outlet, or null when the line is not of that shape.
 */
export function readOutletPlaceLine(line: SourceLine, f: PageFurniture): string | null {
  if (line.words > 4 || line.endsLikeSentence || HAS_DIGIT.test(line.text) || !/[-–—]/u.test(line.text)) return null;
  const parts = line.text.split(/\s*[-–—]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const aPlace = isPlace(a, f);
  const bPlace = isPlace(b, f);
  if (bPlace && !aPlace && !f.desks.has(lineKey(a)) && a.split(/\s+/u).length <= 2) return a;
  if (aPlace && !bPlace && hasOutletShape(b, f)) return b;
  return null;
}

/** Breadcrumb separators: «الرئيسية » أخبار » …», «Home > World > …». */
const CRUMB = /\s+[»>›]\s+/u;
const CRUMB_CHAR = /[»>›]/u;

/**
 * A breadcrumb in front of a headline: its leading parts are site labels (or at most three words
 * each, after a first site label), the last part is the headline. Returns the headline, else null.
 */
export function breadcrumbTail(text: string, f: PageFurniture): string | null {
  if (!CRUMB_CHAR.test(text) || text.includes('\u00AB')) return null; // » closes a guillemet quote here
  const parts = text.split(CRUMB);
  if (parts.length < 2) return null;
  const crumbs = parts.slice(0, -1);
  const first = lineKey(crumbs[0]!);
  if (!isSiteLabel(first, f)) return null;
  if (!crumbs.every((c) => isSiteLabel(lineKey(c), f) || c.trim().split(/\s+/u).length <= 3)) return null;
  const tail = parts[parts.length - 1]!.trim();
  return LETTERS.test(tail) ? tail : null;
}

/** A headline tag and its punctuation: «عاجل.. », «بالفيديو | ». */
const PREFIX = /^(\S+(?:\s\S+)?)\s*(?:\.{2,}|…|[:|\-–—]|\s[|\-–—])\s*/u;

/** The headline without a leading tag («عاجل.. حريق في …» → «حريق في …»). */
export function stripHeadlinePrefix(text: string, f: PageFurniture): string {
  const m = PREFIX.exec(text);
  if (!m || !f.headlinePrefixes.has(lineKey(m[1]!))) return text;
  const rest = text.slice(m[0].length).trim();
  return rest.split(/\s+/u).length >= 2 ? rest : text;
}
