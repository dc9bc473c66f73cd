import { words as arabicWords } from '../arabic/tokenize.ts';
import { editDistance } from '../arabic/transliterate.ts';
import { normalizeLatin, type LexiconEntry, type Lexicons } from '../lexicon.ts';

/**
 * The bilingual entity layer: countries (names and nationality adjectives), places (with their
 * spelling variants) and roles (titles and institutions), all from data/lexicon/entities.json.
 * One model serves /who-said (which speaker "Kazakh president" or "Russia" means), /search and
 * about: (which Arabic words "Kazakhstan" or "Almaty" stand for) and autocomplete alike, so an
 * English lookup reads the same everywhere. Arabic is compared normalised (normalize.ts).
 */

export interface Country {
  id: string;
  en: string[];
  ar: string[];
  /** English nationality adjectives (Kazakh, Kazakhstani). */
  demonymEn: string[];
  /** Arabic nationality adjectives as written after a definite noun (الكازاخستاني، الكازاخستانية). */
  demonymAr: string[];
}

export interface Place {
  id: string;
  en: string[];
  /** Every spelling the desk may meet (ألماتي، ألما آتا، ألماآتا). */
  ar: string[];
  country?: string;
}

export interface Role {
  id: string;
  en: string[];
  /** The title as written before a nationality adjective (الرئيس الروسي، وزير الخارجية الصيني). */
  ar: string[];
  /** The construct form before a country's name (رئيس كازاخستان، وزير خارجية الصين). */
  construct: string[];
  holder: 'person' | 'institution';
  /** A wider role this one is a kind of (foreign_minister → minister). */
  broader?: string;
}

export interface EntityModel {
  countries: Country[];
  places: Place[];
  roles: Role[];
  /** Normalised English phrase → what it names. */
  english: Map<string, EntityRef>;
  /** Normalised Arabic phrase (words joined by spaces) → what it names. */
  arabic: Map<string, EntityRef>;
  /** Longest phrase, in words, of either table (bounds the greedy match). */
  longest: number;
}

export type EntityRef = { type: 'country'; country: Country } | { type: 'place'; place: Place } | { type: 'role'; role: Role };

/** What a typed query names, when every word of it is a role, country, nationality or place. */
export interface EntityQuery {
  role?: Role;
  country?: Country;
  place?: Place;
  /** Words read as another spelling: [typed, read as]. */
  corrections: Array<[string, string]>;
}

/** What a speaker's mention says of them: the title it opens with and the nationality after it. */
export interface MentionFacts {
  role?: Role;
  country?: Country;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);

/** English words that join a role to a country and carry no meaning of their own. */
const ENGLISH_JOINERS = new Set(['the', 'of', 's', 'from', 'in', 'for', 'to']);
/** Arabic words that may stand between a title and the nationality (رئيس الوزراء السابق الروسي is rare; لدى/في introduce a posting, not a nationality). */
const ARABIC_SKIPPABLE = new Set(['السابق', 'السابقه', 'الاسبق', 'الحالي', 'الجديد', 'المؤقت', 'بالوكاله', 'الرسمي']);

const models = new WeakMap<Lexicons, EntityModel>();

/** The entity model of a desk's lexicons (built once per lexicon set). */
export function entityModel(lexicons: Lexicons): EntityModel {
  let model = models.get(lexicons);
  if (!model) models.set(lexicons, (model = buildModel(lexicons.entities ?? [])));
  return model;
}

export function buildModel(entries: LexiconEntry[]): EntityModel {
  const countries: Country[] = [];
  const places: Place[] = [];
  const roles: Role[] = [];
  for (const e of entries) {
    if (e.kind === 'country') countries.push({ id: e.id, en: e.en, ar: e.ar, demonymEn: strings(e.extra.demonym_en), demonymAr: strings(e.extra.demonym_ar) });
    else if (e.kind === 'place') places.push({ id: e.id, en: e.en, ar: e.ar, country: typeof e.extra.country === 'string' ? e.extra.country : undefined });
    else if (e.kind === 'role') {
      roles.push({
        id: e.id,
        en: e.en,
        ar: e.ar,
        construct: strings(e.extra.construct),
        holder: e.extra.holder === 'institution' ? 'institution' : 'person',
        broader: typeof e.extra.broader === 'string' ? e.extra.broader : undefined,
      });
    }
  }
  const english = new Map<string, EntityRef>();
  const arabic = new Map<string, EntityRef>();
  // First writer wins: a country's own name beats a place or role spelled the same.
  const put = (table: Map<string, EntityRef>, key: string, ref: EntityRef) => {
    if (key && !table.has(key)) table.set(key, ref);
  };
  for (const country of countries) {
    const ref: EntityRef = { type: 'country', country };
    for (const en of [...country.en, ...country.demonymEn]) put(english, normalizeLatin(en), ref);
    for (const ar of [...country.ar, ...country.demonymAr]) put(arabic, arabicKey(ar), ref);
  }
  for (const role of roles) {
    const ref: EntityRef = { type: 'role', role };
    for (const en of role.en) put(english, normalizeLatin(en), ref);
    for (const ar of [...role.ar, ...role.construct]) put(arabic, arabicKey(ar), ref);
  }
  for (const place of places) {
    const ref: EntityRef = { type: 'place', place };
    for (const en of place.en) put(english, normalizeLatin(en), ref);
    for (const ar of place.ar) put(arabic, arabicKey(ar), ref);
  }
  const length = (key: string) => key.split(' ').length;
  const longest = Math.max(1, ...[...english.keys(), ...arabic.keys()].map(length));
  return { countries, places, roles, english, arabic, longest };
}

/** Normalised Arabic words of a phrase, joined by single spaces. */
export function arabicKey(text: string): string {
  return arabicWords(text).join(' ');
}

/** A country's adjective or name with or without the article: الروسية → روسية as well. */
function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

/**
 * Reads a query as entities: every word must be a role, a country or nationality, or a place (one
 * of each at most), words like "of"/"the" aside. English words no table holds are tried as a
 * near spelling of one (Kazakstan → Kazakhstan). Returns undefined when anything is left over.
 */
export function readEntityQuery(model: EntityModel, query: string): EntityQuery | undefined {
  const arabic = /[\u0600-\u06FF]/.test(query);
  const tokens = arabic ? arabicWords(query).map((w) => w.replace(/^[وف](?=ال)/, '')) : normalizeLatin(query).split(' ').filter(Boolean);
  const table = arabic ? model.arabic : model.english;
  const out: EntityQuery = { corrections: [] };
  let found = false;
  for (let i = 0; i < tokens.length; ) {
    if (!arabic && ENGLISH_JOINERS.has(tokens[i]!)) {
      i++;
      continue;
    }
    let ref: EntityRef | undefined;
    let used = 0;
    for (let n = Math.min(model.longest, tokens.length - i); n >= 1 && !ref; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      ref = table.get(phrase) ?? (arabic ? table.get(tokens.slice(i, i + n).map(withoutArticle).join(' ')) : undefined);
      if (ref) used = n;
    }
    if (!ref && !arabic) {
      const near = nearestKey(table, tokens[i]!);
      if (near) {
        ref = table.get(near);
        used = 1;
        out.corrections.push([tokens[i]!, near]);
      }
    }
    if (!ref) return undefined;
    const slot = ref.type;
    if (out[slot] && !(slot === 'country' && out.country === (ref as { country: Country }).country)) return undefined;
    if (ref.type === 'country') out.country = ref.country;
    else if (ref.type === 'role') out.role = ref.role;
    else out.place = ref.place;
    found = true;
    i += used;
  }
  return found ? out : undefined;
}

/**
 * The closest key of one word to a typed English word of five letters or more: one edit, two from
 * eight letters; none when two keys are equally close (a guess is worse than no answer).
 */
export function nearestKey(table: ReadonlyMap<string, unknown>, word: string): string | undefined {
  if (word.length < 5) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const key of table.keys()) {
    if (key.includes(' ') || Math.abs(key.length - word.length) > allowed) continue;
    const d = editDistance(key, word);
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && !tie && bestDistance > 0 ? best : undefined;
}

const factsCache = new WeakMap<EntityModel, Map<string, MentionFacts>>();

/**
 * What a mention says of its speaker: the longest title it opens with (رئيس الوزراء is prime
 * minister, not president) and the nationality right after it (an adjective, or a country's name
 * after a construct title: رئيس كازاخستان). A mention without a title may still open with a
 * nationality-bearing institution word. "للرئيس" (of the president) is not a title of the speaker.
 */
export function mentionFacts(model: EntityModel, mention: string): MentionFacts {
  let cache = factsCache.get(model);
  if (!cache) factsCache.set(model, (cache = new Map()));
  const known = cache.get(mention);
  if (known) return known;
  const tokens = arabicWords(mention).map((w, i) => (i === 0 ? w.replace(/^[وف](?=ال)/, '') : w));
  const facts: MentionFacts = {};
  let i = 0;
  for (let n = Math.min(model.longest, tokens.length); n >= 1; n--) {
    const ref = model.arabic.get(tokens.slice(0, n).join(' '));
    if (ref?.type === 'role') {
      facts.role = ref.role;
      i = n;
      break;
    }
  }
  if (facts.role) {
    while (i < tokens.length && ARABIC_SKIPPABLE.has(tokens[i]!)) i++;
    for (let n = Math.min(model.longest, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n);
      const ref = model.arabic.get(phrase.join(' ')) ?? model.arabic.get(phrase.map(withoutArticle).join(' '));
      if (ref?.type === 'country') {
        facts.country = ref.country;
        break;
      }
    }
  }
  if (cache.size < 50_000) cache.set(mention, facts);
  return facts;
}

/** Whether a mention's facts fit what a query asks: the same role (or a narrower one) and country. */
export function factsMatch(model: EntityModel, facts: MentionFacts, query: EntityQuery): boolean {
  if (query.role) {
    let role = facts.role;
    while (role && role.id !== query.role.id) role = model.roles.find((r) => r.id === role!.broader);
    if (!role) return false;
  }
  if (query.country && facts.country !== query.country) return false;
  return !!(query.role || query.country);
}

/** The Arabic words a query's entities stand for in copy, each a phrase of normalised words. */
export function arabicAlternatives(ref: EntityRef): string[][] {
  const forms = ref.type === 'country' ? [...ref.country.ar, ...ref.country.demonymAr] : ref.type === 'place' ? ref.place.ar : ref.role.ar;
  const seen = new Set<string>();
  return forms.map((f) => arabicWords(f)).filter((w) => w.length > 0 && !seen.has(w.join(' ')) && !!seen.add(w.join(' ')));
}

/** How the query was read, for the answer's summary ("Kazakh president → الرئيس الكازاخستاني · رئيس كازاخستان"). */
export function describeQuery(query: EntityQuery): string {
  const parts: string[] = [];
  if (query.role && query.country) {
    const adjective = query.country.demonymAr[0];
    const country = query.country.ar[0];
    if (adjective && query.role.ar[0]) parts.push(`${query.role.ar[0]} ${query.role.holder === 'institution' ? feminine(adjective) : adjective}`);
    if (country && query.role.construct[0]) parts.push(`${query.role.construct[0]} ${country}`);
  } else if (query.role) parts.push(query.role.ar[0] ?? query.role.id);
  else if (query.country) parts.push([query.country.ar[0], query.country.demonymAr[0]].filter(Boolean).join(' / '));
  else if (query.place) parts.push(query.place.ar.join(' / '));
  return parts.join(' · ');
}

function feminine(adjective: string): string {
  return adjective.endsWith('ي') ? `${adjective}ة` : adjective;
}
