import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { transliterate } from '../arabic/transliterate.ts';
import { defaultCues, soundPluralCases, type NameClasses } from './cues.ts';
import { RecentMap } from '../text/recent-map.ts';
import { DEFAULT_LEXICON_DIR, readLexiconJson } from '../lexicon.ts';
import type { SpeakerKind } from './types.ts';

/**
 * Latin display names. People are transliterated (their names are names); institutions and
 * sources are translated word by word from data/lexicon/glossary.json, adjectives first, so
 * "وزارة الدفاع الروسية" reads "Russian Defence Ministry" and "مصدر أمني" "security source".
 * Words the glossary lacks are transliterated.
 */

const glossarySchema = z
  .object({
    about: z.string().optional(),
    phrases: z.record(z.string(), z.string()).default({}),
    adjectives: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** The English fields of entities.json this module reads (src/desk/entities.ts validates the whole file). */
const entityNamesSchema = z.record(
  z.string(),
  z.looseObject({
    kind: z.string().optional(),
    en: z.array(z.string()).default([]),
    ar: z.array(z.string()).default([]),
    demonym_en: z.array(z.string()).optional(),
    demonym_ar: z.array(z.string()).optional(),
  }),
);

interface Glossary {
  /** Normalised phrase words → English, longest first. */
  phrases: Array<{ words: string[]; en: string }>;
  adjectives: Map<string, string>;
}

const loaded = new Map<string, Glossary>();

export function loadGlossary(dir: string = DEFAULT_LEXICON_DIR): Glossary {
  let glossary = loaded.get(dir);
  if (glossary) return glossary;
  // The lexicons' one error policy (src/lexicon.ts): a broken glossary stops start-up naming the field.
  const own = join(dir, 'glossary.json');
  const data = readLexiconJson(existsSync(own) ? own : join(DEFAULT_LEXICON_DIR, 'glossary.json'), glossarySchema);
  const places = entityGlossary(dir);
  // The glossary's own entries win; countries, places and nationalities it lacks come from entities.json,
  // so "السلطات في باكستان" reads "Authorities in Pakistan" without a second list of countries; the
  // public bodies of speakers.json give their own names (المتحدثة باسم منظمة أطباء بلا حدود).
  const phrases = { ...bodyGlossary(dir), ...places.phrases, ...data.phrases };
  const adjectives = { ...places.adjectives, ...data.adjectives };
  glossary = {
    phrases: Object.entries(phrases)
      .map(([ar, en]) => ({ words: normalizeForMatch(ar).split(/\s+/), en }))
      .sort((a, b) => b.words.length - a.words.length),
    adjectives: new Map(Object.entries(adjectives).map(([ar, en]) => [normalizeForMatch(ar), en])),
  };
  loaded.set(dir, glossary);
  return glossary;
}

const speakerNamesSchema = z.record(z.string(), z.looseObject({ latin: z.string().optional(), kind: z.string().optional(), en: z.array(z.string()).default([]), ar: z.array(z.string()).default([]) }));

/** The Arabic forms of the bodies speakers.json lists, with their display names. */
function bodyGlossary(dir: string): Record<string, string> {
  const own = join(dir, 'speakers.json');
  const speakers = readLexiconJson(existsSync(own) ? own : join(DEFAULT_LEXICON_DIR, 'speakers.json'), speakerNamesSchema);
  const phrases: Record<string, string> = {};
  for (const s of Object.values(speakers)) {
    const en = s.latin ?? s.en[0];
    if (s.kind === 'institution' && en) for (const ar of s.ar) phrases[ar] = en;
  }
  return phrases;
}

/** Arabic country and place names and nationality adjectives with their English forms (entities.json). */
function entityGlossary(dir: string): { phrases: Record<string, string>; adjectives: Record<string, string> } {
  const own = join(dir, 'entities.json');
  const entities = readLexiconJson(existsSync(own) ? own : join(DEFAULT_LEXICON_DIR, 'entities.json'), entityNamesSchema);
  const phrases: Record<string, string> = {};
  const adjectives: Record<string, string> = {};
  for (const e of Object.values(entities)) {
    if (e.kind !== 'country' && e.kind !== 'place') continue;
    const en = e.en[0];
    if (en) for (const ar of e.ar) phrases[ar] = en;
    const demonym = e.demonym_en?.[0];
    if (demonym) for (const ar of e.demonym_ar ?? []) adjectives[ar] = demonym;
  }
  return { phrases, adjectives };
}

/**
 * Clitics glued to a glossary phrase's first word, and the English word they bring ('' for a
 * genitive, which chains): وزارة الطاقة والثروة المعدنية, مصدر بوزارة الصحة, شركة الإمارات للطاقة, مركز لإدارة الأزمات.
 */
const GLUED_PHRASES: ReadonlyArray<{ prefix: string; base: string; minLength: number; lead: string }> = [
  { prefix: 'لل', base: 'ال', minLength: 5, lead: '' },
  { prefix: 'و', base: '', minLength: 4, lead: 'and' },
  { prefix: 'ب', base: '', minLength: 4, lead: 'in' },
  // (A genitive ل on a word without the article: المركز الوطني لإدارة الحالات الطارئة.)
  { prefix: 'ل', base: '', minLength: 4, lead: '' },
];

/**
 * A glossary's phrases by first word (each list in glossary order) and, for one-word phrases, the
 * position of the first with each word: a name is read word by word against thousands of phrases
 * (every country and place of entities.json), and a scan of them all for every word was most of it.
 */
interface PhraseIndex {
  byFirst: Map<string, Glossary['phrases']>;
  single: Map<string, number>;
}

const phraseIndexes = new WeakMap<Glossary, PhraseIndex>();

function phraseIndex(glossary: Glossary): PhraseIndex {
  let index = phraseIndexes.get(glossary);
  if (!index) {
    index = { byFirst: new Map(), single: new Map() };
    for (let at = 0; at < glossary.phrases.length; at++) {
      const p = glossary.phrases[at]!;
      const first = p.words[0]!;
      const list = index.byFirst.get(first);
      if (list) list.push(p);
      else index.byFirst.set(first, [p]);
      if (p.words.length === 1 && !index.single.has(first)) index.single.set(first, at);
    }
    phraseIndexes.set(glossary, index);
  }
  return index;
}

/** The first glossary phrase (in glossary order) that words[i…] spell, words[i] read as `first`. */
function phraseAt(glossary: Glossary, words: readonly string[], i: number, first: string): Glossary['phrases'][number] | undefined {
  for (const p of phraseIndex(glossary).byFirst.get(first) ?? []) {
    let k = 1;
    while (k < p.words.length && words[i + k] === p.words[k]) k++;
    if (k === p.words.length) return p;
  }
  return undefined;
}

/** The first one-word glossary phrase (in glossary order) that is one of `forms`. */
function singleWordPhrase(glossary: Glossary, forms: readonly string[]): Glossary['phrases'][number] | undefined {
  const { single } = phraseIndex(glossary);
  let best = Infinity;
  for (const f of forms) best = Math.min(best, single.get(f) ?? Infinity);
  return Number.isFinite(best) ? glossary.phrases[best] : undefined;
}

/** The glossary phrase at words[i] once its glued clitic is read off, with the English it leads with. */
function gluedPhrase(glossary: Glossary, words: readonly string[], i: number): { phrase: Glossary['phrases'][number]; lead: string } | undefined {
  const word = words[i]!;
  for (const { prefix, base, minLength, lead } of GLUED_PHRASES) {
    if (word.length < minLength || !word.startsWith(prefix)) continue;
    const first = base + word.slice(prefix.length);
    const phrase = phraseAt(glossary, words, i, first);
    if (phrase) return { phrase, lead };
  }
  return undefined;
}

/**
 * The word with and without its article, then its masculine (ة, normalised ه, dropped): a glossary
 * lists "لجنة" and "الناطق", the copy writes "اللجنة" and "الناطقة" (Committee, Spokesperson).
 */
function otherForms(word: string): string[] {
  const article = word.startsWith('ال') && word.length > 4 ? [word.slice(2)] : word.length >= 3 ? ['ال' + word] : [];
  const masculine = word.endsWith('ه') && word.length > 4 ? [word.slice(0, -1), ...(word.startsWith('ال') ? [word.slice(2, -1)] : ['ال' + word.slice(0, -1)])] : [];
  return [...article, ...masculine];
}

const STOP = '\u0000';

function translate(arabic: string, glossary: Glossary, commonNouns = false): string {
  const surface = arabic.split(/\s+/).filter(Boolean);
  const words = surface.map((w) => normalizeForMatch(w));
  const adjectives: string[] = [];
  const parts: string[] = [];
  // Whether each part continues a construct chain from the part before it (مديرية ← الدفاع المدني):
  // English reads such a chain backwards ("Civil Defence Directorate", "Basra Health Department").
  const chained: boolean[] = [];
  for (let i = 0; i < words.length; ) {
    // An indefinite nisba (مصدر دبلوماسي، دبلوماسي سعودي) reads like its definite form, a plural one
    // (مسؤولون أميركيون) like its singular, whichever way it is spelt (أميركي / أمريكي).
    const variants = defaultCues().spellingVariants;
    const word = words[i]!;
    const singular = i > 0 && /(?:يون|يين)$/.test(word) ? word.slice(0, -2) : word;
    const forms = [word, singular, ...[word, singular].map((w) => variants.get(w) ?? w)];
    let adjective: string | undefined;
    for (const f of forms) {
      adjective = glossary.adjectives.get(f) ?? (i > 0 && /(?:ي|يه)$/.test(f) ? glossary.adjectives.get('ال' + f) ?? glossary.adjectives.get(variants.get('ال' + f) ?? '') : undefined);
      if (adjective) break;
    }
    if (adjective) {
      // After a genitive with the article ("أحد سكان القرية الغربية") the adjective is the genitive's:
      // "a resident of the Western village", not "Western a resident of the village".
      const last = parts.length - 1;
      if (last > 0 && /^the\s/u.test(parts[last]!) && /\bof$/u.test(parts[last - 1]!)) parts[last] = parts[last]!.replace(/^the\s/u, `the ${adjective} `);
      else adjectives.push(adjective);
      i++;
      continue;
    }
    // A sound plural in either case (مراقبين / مراقبون) reads as the glossary spells it.
    const cases = soundPluralCases(word);
    const phrase = phraseAt(glossary, words, i, word) ?? (cases.length ? singleWordPhrase(glossary, cases) : undefined) ?? singleWordPhrase(glossary, otherForms(word));
    if (phrase) {
      // A glossary phrase chains with the part before unless it opens on a free preposition (في، عن):
      // one with a glued preposition does (لكرة القدم → Football), and one whose English brings its
      // own ("for Human Rights") is stopped below.
      // (Nor one whose English ends on "by", a participle: "Government appointed by the House".)
      chained.push(!defaultCues().prepositions.has(words[i]!) && !/\sby$/u.test(phrase.en));
      parts.push(phrase.en);
      i += phrase.words.length;
      continue;
    }
    // A glossary phrase with a clitic glued to its first word (GLUED_PHRASES): "والثروة المعدنية" is
    // "and" that phrase, "بوزارة الصحة" "in" it, "للطاقة" a genitive in the chain.
    const glued = i > 0 ? gluedPhrase(glossary, words, i) : undefined;
    if (glued) {
      if (glued.lead) {
        chained.push(false, false);
        parts.push(glued.lead, glued.phrase.en);
      } else {
        chained.push(true);
        parts.push(glued.phrase.en);
      }
      i += glued.phrase.words.length;
      continue;
    }
    // An anonymous source is made of common nouns: a word the glossary lacks is left out with what
    // follows, never spelt letter by letter ("أحد سكان القرية" → "a resident", not "… Alqria").
    if (commonNouns && parts.length + adjectives.length > 0) {
      chained.push(false);
      parts.push(STOP);
      break;
    }
    // A word spelt out letter by letter is part of a proper name (شبكة أخبار جمهورية إيران …): its order stays.
    chained.push(false);
    // The article is its own part of the spelling (الإعلام → Al-I'lam, not Ali'lam).
    const bare = /^ال./u.test(word) && word.length > 4 ? surface[i]!.replace(/^[\u064B-\u065F\u0640]*ا[\u064B-\u065F\u0640]*ل/u, '') : null;
    parts.push(bare ? `Al-${transliterate(bare)}` : transliterate(surface[i]!));
    i++;
  }
  const cut = parts.indexOf(STOP);
  // A genitive with its own article in English follows with "of": مدير مخيم اللاجئين → "Director of the refugee camp".
  const inOrder = (cut >= 0 ? parts.slice(0, cut) : parts).map((part, k, all) => (k > 0 && chained[k] && /^the\s/u.test(part) && !/\b(?:of|for|in|on|at|to|and|the|an?)$/iu.test(all[k - 1]!) ? `of ${part}` : part));
  // The chain that opens the name, up to a preposition, "and" or an English part that brings its own "of".
  let run = 1;
  // A quantifier leads its noun in both languages ("أحد المحتجين" → a protester … not reversed).
  const quantifier = /^(?:an?|one(?: of)?|the|some|several|two)$/iu.test(inOrder[0] ?? '');
  while (!quantifier && run < inOrder.length && chained[run] && !/^(?:in|for|of|on|at|to|and|the)\b/u.test(inOrder[run]!) && !/\b(?:of|for|in)$/u.test(inOrder[run - 1]!)) run++;
  // A body's name read backwards is a proper name in English: its words capitalised, small words not ("Sudan Doctors Union").
  const capitalise = (part: string) => part.replace(/(^|\s)(?!(?:of|for|in|on|at|to|and|the|a|an)\b)([a-z])/gu, (_, space: string, c: string) => space + c.toUpperCase());
  // (A part's own article, "the Commission", has no place inside the chain: High Electoral Commission.)
  const kept = run > 1 ? [...inOrder.slice(0, run).reverse().map((p) => (commonNouns ? p : capitalise(p.replace(/^the\s+/iu, '')))), ...inOrder.slice(run)] : inOrder;
  // Arabic stacks adjectives outward from the noun; English the other way: مصدر دبلوماسي غربي → Western diplomatic source.
  // (A part with its own article keeps it first: الشركة المحلية → "the local company", not "Local the company".)
  // (So does a listed name that opens on "The": صحيفة الغارديان البريطانية → "The British Guardian".)
  const article = /^the\s/iu.exec(kept[0] ?? '')?.[0].trim();
  const lead = adjectives.length && article ? [article, ...adjectives.reverse(), kept[0]!.replace(/^the\s+/iu, ''), ...kept.slice(1)] : [...adjectives.reverse(), ...kept];
  const name = lead.join(' ').replace(/\s+(?:of|in|for|of the|the)$/u, '');
  // Nothing but an article left ("أحد المتطوعين" with المتطوعين unknown): an unnamed source, said so.
  if (commonNouns && /^(?:an?|the|one( of)?)?$/iu.test(name.trim())) return 'Unnamed source';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A person's name the way the English press writes it: given names and particles from the names
 * lexicon (عبد الفتاح → Abdel Fattah, بن → bin, شهباز شريف → Shehbaz Sharif), the article as "al-",
 * anything else transliterated.
 */
export function romanizeName(arabic: string, names: NameClasses = defaultCues().names): string {
  // A hyphenated name (هينيس-بلاسخارت) keeps its hyphen: each half is spelt as a name of its own.
  if (/[\u0600-\u06FF]-[\u0600-\u06FF]/u.test(arabic)) return arabic.split(/\s+/).filter(Boolean).map((w) => w.split('-').map((h) => romanizeName(h, names)).join('-')).join(' ');
  const surface = arabic.split(/\s+/).filter(Boolean);
  const words = surface.map((w) => normalizeForMatch(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (A two-word particle, فان دير, is spelt as one: "van der".)
    const glued = (names.particles.has(w) || names.particles.has(`${w} ${words[i + 1]}`)) && words[i + 1] ? names.latin.get(w + words[i + 1]!) : undefined;
    if (glued) {
      out.push(glued);
      i++;
      continue;
    }
    // إمام أوغلو → Imamoglu: a family name's tail written apart is glued to the word before it.
    if (words[i + 1] && names.surnameTails.has(words[i + 1]!) && !names.particles.has(w)) {
      out.push(`${romanizeName(surface[i]!, names)}${(names.latin.get(words[i + 1]!) ?? transliterate(surface[i + 1]!)).toLowerCase()}`);
      i++;
      continue;
    }
    // نصر الله → Nasrallah: a name closing on الله is one word in English.
    if (words[i + 1] === 'الله' && !names.particles.has(w)) {
      const compound = names.latin.get(`${w}الله`);
      if (compound) {
        out.push(compound);
        i++;
        continue;
      }
    }
    // عبد الوافي → Abdel Wafi: the article of the word عبد takes is part of "Abdel".
    if (w === 'عبد' && words[i + 1] && /^ال.{2,}$/.test(words[i + 1]!)) {
      const rest = surface[i + 1]!.replace(/^[اأ]ل/, '');
      out.push(`Abdel ${names.latin.get(words[i + 1]!.slice(2)) ?? capitalise(vowelledName(rest, names.latinPatterns) ?? transliterate(rest))}`);
      i++;
      continue;
    }
    const known = names.latin.get(w);
    if (known) {
      out.push(known);
      continue;
    }
    // A hyphenated family name (هينيس-بلاسخارت) is read half by half: Hennis-Plasschaert.
    if (w.includes('-')) {
      out.push(surface[i]!.split('-').filter(Boolean).map((half) => names.latin.get(normalizeForMatch(half)) ?? capitalise(vowelledName(half, names.latinPatterns) ?? transliterate(half))).join('-'));
      continue;
    }
    // A hamza on the first alif is no article (ألباريس → Albaris, not al-Baris).
    const article = /^[أإ]ل/.test(surface[i]!) ? null : /^ال(.{2,})$/.exec(w);
    if (article) {
      const bare = surface[i]!.replace(/^[اأ]ل/, '');
      const rest = names.latin.get(article[1]!) ?? capitalise(vowelledName(bare, names.latinPatterns) ?? transliterate(bare));
      out.push(i === 0 ? `Al-${rest}` : `al-${rest}`);
      continue;
    }
    const abd = /^عبد(ال)?(.{2,})$/.exec(w);
    if (abd) {
      out.push(`Abdel ${names.latin.get(abd[2]!) ?? capitalise(transliterate(abd[2]!))}`);
      continue;
    }
    out.push(capitalise(vowelledName(surface[i]!, names.latinPatterns) ?? transliterate(surface[i]!)));
  }
  return out.filter(Boolean).join(' ');
}

/** English letters of each Arabic consonant (the vowelled reading uses these; ع is an apostrophe). */
const CONSONANT_LATIN: Record<string, string> = {
  ء: "'", أ: "'", إ: "'", ؤ: "'", ئ: "'", ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'dh', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y',
};
/** Long vowels, written in a shape as themselves (at the start of a word و and ي are consonants). */
const LONG_VOWEL = new Set(['ا', 'و', 'ي']);

/**
 * A name word no list spells, read by its shape (names.json latinPatterns): خالد → Khalid,
 * منقوش → Manqush, دماطي → Damati. Undefined when no pattern fits: foreign names such as غروندبرغ
 * keep their letter-by-letter transliteration.
 */
export function vowelledName(word: string, patterns: ReadonlyMap<string, string>): string | undefined {
  if (!patterns.size) return undefined;
  const letters = [...word.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/آ/g, 'ا')];
  const read = (list: string[]): string | undefined => {
    const vowel = (c: string, i: number) => i > 0 && LONG_VOWEL.has(c);
    if (list.some((c, i) => !vowel(c, i) && !(c in CONSONANT_LATIN))) return undefined;
    const consonants = list.filter((c, i) => !vowel(c, i));
    const shape = (keepMim: boolean) => list.map((c, i) => (vowel(c, i) ? c : keepMim && i === 0 && c === 'م' ? 'م' : 'C')).join('');
    // م stands for itself only at the start (مفعول، مفاعل، مفعل); elsewhere it is a consonant like any other.
    const template = patterns.get(shape(true)) ?? patterns.get(shape(false));
    const spelt = template?.replace(/[1-9]/g, (d) => CONSONANT_LATIN[consonants[Number(d) - 1]!] ?? '');
    // A hamza under the first alif is the vowel i (إمام → Imam, إدريس → Idris), whatever the shape says.
    return list[0] === 'إ' ? spelt?.replace(/^'[aeiou]/, "'i") : spelt;
  };
  const last = letters[letters.length - 1];
  // فاطمة → Fatima: the shape before ة, then a.
  if (letters.length > 3 && last === 'ة') {
    const base = read(letters.slice(0, -1));
    return base && `${base}a`;
  }
  const whole = read(letters);
  if (whole) return whole;
  // A nisba (دماطي): the shape before the final ي, then i.
  if (letters.length > 3 && last === 'ي') {
    const base = read(letters.slice(0, -1));
    return base && `${base}i`;
  }
  return undefined;
}

function capitalise(word: string): string {
  // A leading ع reads as a vowel in English spellings (عموتة → Amouta, علاوي → Allawi): "A" before a consonant.
  const w = word.replace(/^'(?=[^aeiouy])/, 'A').replace(/^'/, '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function latinName(kind: SpeakerKind, arabic: string, glossary: Glossary = loadGlossary()): string {
  let recent = recentLatinNames.get(glossary);
  if (!recent) recentLatinNames.set(glossary, (recent = new RecentMap(2048)));
  const key = `${kind}\u0000${arabic}`;
  let name = recent.get(key);
  if (name === undefined) {
    name = kind === 'person' ? romanizeName(arabic) : translate(arabic, glossary, kind === 'source');
    recent.set(key, name);
  }
  return name;
}

/** Names given lately, per glossary: a speaker is named again each time a longer mention of them enriches it, on both threads of a bulk load. */
const recentLatinNames = new WeakMap<Glossary, RecentMap<string, string>>();
