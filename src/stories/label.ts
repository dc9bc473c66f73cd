import { normalizeForMatch } from '../arabic/normalize.ts';
import { transliterate } from '../arabic/transliterate.ts';
import type { Speaker } from '../extract/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import { tokenize } from '../arabic/tokenize.ts';
import { defaultCues } from '../extract/cues.ts';
import { loadFunctionWords, wordKey } from './features.ts';
import { placesIn, type PlaceMatcher } from './places.ts';
import type { StoryIndex } from './story-index.ts';

/**
 * A story's label, as an editor reads it: its place, the people it quotes most and its key words,
 * in Arabic and in English ("الناصرية · حريق · مستشفى" / "Nasiriyah · fire · hospital"). English
 * comes from the lexicons (places, speakers' Latin names, topic and search-term words); a word no
 * lexicon translates is left out of the English label (a local place is transliterated).
 */

export interface StoryLabel {
  ar: string;
  en: string;
}

export interface LabelSources {
  speaker: (key: string) => Speaker | undefined;
  /** Speaker keys quoted in the story, most statements first. */
  quoted: (storyId: string) => string[];
  places: PlaceMatcher;
  /** Lexicon entries whose Arabic forms give English words (topics, terms). */
  vocabulary: readonly LexiconEntry[];
  /** Titles of the story's articles: their words are what an editor knows the story by. */
  titles?: (storyId: string) => string[];
  /** Function words left out of title words (features.ts's list by default). */
  functionWords?: ReadonlySet<string>;
}

/** A word with a possessive pronoun (بلاده، قواتها): "his country" names nothing an editor would file a story under. */
const POSSESSED = /[\u0621-\u064A]{3,}(?:ه|ها|هم|هما|هن)$/u;

const placeHeadCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The keys of the place nouns (attribution.json placeHeads: محافظة، مدينة), worked out once per function-word list. */
function placeHeadKeys(functionWords: ReadonlySet<string>): ReadonlySet<string> {
  let keys = placeHeadCache.get(functionWords);
  if (!keys) {
    keys = new Set([...defaultCues().placeHeads].map((w) => wordKey(w, functionWords)).filter((k): k is string => !!k));
    placeHeadCache.set(functionWords, keys);
  }
  return keys;
}

/** Key words in a label besides its place and person. */
const LABEL_WORDS = 2;
/** Heaviest features looked at for a label. */
const LOOK_AT = 30;

const englishCache = new WeakMap<readonly LexiconEntry[], Map<string, string>>();

/** englishOf's answers per vocabulary, by the word as written: labels repeat the same few words. */
const wordEnglishCache = new WeakMap<readonly LexiconEntry[], Map<string, string | undefined>>();

/** The lexicon's English for an Arabic word, or undefined. */
function englishOf(vocabulary: readonly LexiconEntry[], arabic: string): string | undefined {
  let answers = wordEnglishCache.get(vocabulary);
  if (!answers) wordEnglishCache.set(vocabulary, (answers = new Map()));
  if (answers.has(arabic)) return answers.get(arabic);
  const english = lookUpEnglish(vocabulary, arabic);
  if (answers.size < 100_000) answers.set(arabic, english);
  return english;
}

function lookUpEnglish(vocabulary: readonly LexiconEntry[], arabic: string): string | undefined {
  let byForm = englishCache.get(vocabulary);
  if (!byForm) {
    byForm = new Map();
    for (const entry of vocabulary) {
      const en = entry.en[0];
      if (!en) continue;
      for (const form of entry.ar) {
        const key = normalizeForMatch(form).replace(/^ال/, '');
        if (!byForm.has(key)) byForm.set(key, en);
      }
    }
    englishCache.set(vocabulary, byForm);
  }
  const norm = normalizeForMatch(arabic);
  return byForm.get(norm.replace(/^ال/, '')) ?? byForm.get(norm.replace(/^(?:وال|بال|لل|ال|و|ب)/, ''));
}

/**
 * Whether a word or pair names a listed place, per matcher and spelling: every story's key words
 * are asked after a build, and the same spellings come back story after story.
 */
const listedPlaceCache = new WeakMap<PlaceMatcher, Map<string, boolean>>();
const LISTED_PLACE_CACHE_LIMIT = 100_000;

function namesListedPlace(places: PlaceMatcher, surface: string): boolean {
  let cache = listedPlaceCache.get(places);
  if (!cache) listedPlaceCache.set(places, (cache = new Map()));
  let named = cache.get(surface);
  if (named === undefined) {
    named = placesIn(places, tokenize(surface)).some((p) => !p.id.startsWith('~'));
    if (cache.size < LISTED_PLACE_CACHE_LIMIT) cache.set(surface, named);
  }
  return named;
}

export function storyLabel(index: StoryIndex, id: string, sources: LabelSources): StoryLabel {
  const ar: string[] = [];
  const en: string[] = [];
  // Where: the place the story names most (all its mentions count, not only its rarest words).
  const place = index.mainPlaces(id).map((p) => sources.places.places.get(p)).find(Boolean);
  if (place) {
    ar.push(place.ar);
    en.push(place.en);
  }
  // Who: the person quoted most.
  const person = sources
    .quoted(id)
    .map((key) => sources.speaker(key))
    // A named person: a title alone (المتحدث باسم الوزارة، الحاجة) names no one an editor knows.
    .find((sp) => sp?.kind === 'person' && !sp.key.startsWith('t:'));
  if (person) {
    ar.push(person.name);
    en.push(person.latin || transliterate(person.name));
  }
  // What: the key words most of its articles share.
  let words = 0;
  const usedWords = new Set<string>();
  // Words the headlines use come first: a story's rarest shared word may be incidental (بتهمة،
  // خلفية), its headline's words are the ones an editor would name it by.
  const titleKeys = new Set<string>();
  const functionWords = sources.functionWords ?? loadFunctionWords();
  for (const title of sources.titles?.(id) ?? []) {
    for (const token of tokenize(title)) {
      const key = wordKey(token.norm, functionWords);
      if (key) titleKeys.add(key);
    }
  }
  const inTitle = (feature: string): boolean => (feature.startsWith('w:') || feature.startsWith('b:')) && feature.slice(2).split(' ').every((k) => titleKeys.has(k));
  // A word the lexicons translate (اللاجئين → refugees) is a news word, and reads in both languages.
  const translated = (surface: string): boolean => !!surface && !!englishOf(sources.vocabulary, surface);
  // Words of the name or place already shown (السيسي, عبد after عبد الفتاح السيسي) say nothing new.
  const shown = new Set(ar.flatMap((x) => tokenize(x).map((t) => wordKey(t.norm, functionWords) ?? t.norm)));
  const repeats = (feature: string): boolean => feature.slice(2).split(' ').some((k) => shown.has(k));
  // Administrative nouns (محافظة، مدينة، منطقة) only lead up to a place's name: never a key word alone.
  const placeHeads = placeHeadKeys(functionWords);
  const placeHead = (feature: string): boolean => feature.startsWith('w:') && placeHeads.has(feature.slice(2));
  // A country or its nationality (تركيا، التركي) is the label's place already, or another place's: no key word.
  const namesPlace = (feature: string, surface: string): boolean => (feature.startsWith('w:') || feature.startsWith('b:')) && !!surface && namesListedPlace(sources.places, surface);
  const rank = (c: { feature: string; surface: string }): number => (inTitle(c.feature) ? 0 : 2) + (translated(c.surface) ? 0 : 1);
  const ranked = index
    .keyFeatures(id, LOOK_AT)
    .filter((c) => !repeats(c.feature) && !placeHead(c.feature) && !namesPlace(c.feature, c.surface) && !POSSESSED.test(c.surface))
    .map((c, order) => ({ ...c, order, rank: rank(c) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const { feature, surface } of ranked) {
    if (words >= LABEL_WORDS) break;
    if (feature.startsWith('g:~') && !place && surface) {
      ar.unshift(surface);
      en.unshift(transliterate(surface));
      continue;
    }
    if (!(feature.startsWith('w:') || feature.startsWith('b:')) || !surface) continue;
    // A pair repeats a word already shown (حريق, حريق مستشفى): the longer one wins only if it is new.
    const parts = feature.slice(2).split(' ');
    if (parts.some((p) => usedWords.has(p))) continue;
    for (const p of parts) usedWords.add(p);
    ar.push(surface);
    // A transliterated common word (Alslam for السلام) tells an English reader nothing: words
    // without a lexicon translation stay out of the English label.
    // A pair reads in English only as a phrase the lexicon has: word by word it is mostly nonsense.
    const english = englishOf(sources.vocabulary, surface);
    if (english) en.push(english);
    words++;
  }
  // A story no other article shares words with has few key features: its headline's own news words
  // (translated ones first) stand in.
  if (words < LABEL_WORDS) {
    const titleWords: Array<{ key: string; surface: string; english?: string }> = [];
    const plain = (x: string) => x.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    for (const title of sources.titles?.(id) ?? []) {
      const tokens = tokenize(title);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t]!;
        const key = wordKey(token.norm, functionWords);
        if (!key || usedWords.has(key) || titleWords.some((w) => w.key.split(' ').includes(key)) || repeats(`w:${key}`) || placeHead(`w:${key}`) || namesPlace('w:', token.surface)) continue;
        // Two words the lexicon knows as one (البنك المركزي → central bank) stay together.
        const next = tokens[t + 1];
        const nextKey = next ? wordKey(next.norm, functionWords) : null;
        const pair = next && nextKey ? englishOf(sources.vocabulary, `${token.surface} ${next.surface}`) : undefined;
        if (pair && next && nextKey) {
          titleWords.push({ key: `${key} ${nextKey}`, surface: plain(`${token.surface} ${next.surface}`), english: pair });
          t++;
          continue;
        }
        titleWords.push({ key, surface: plain(token.surface), english: englishOf(sources.vocabulary, token.surface) });
      }
    }
    titleWords.sort((a, b) => Number(!a.english) - Number(!b.english));
    for (const w of titleWords.slice(0, LABEL_WORDS - words)) {
      ar.push(w.surface);
      if (w.english) en.push(w.english);
    }
  }
  const unique = <T extends string>(list: T[], key: (x: T) => string) => list.filter((x, i) => list.findIndex((y) => key(y) === key(x)) === i);
  const arabic = unique(ar, (x) => normalizeForMatch(x).replace(/^ال/, ''));
  const english = unique(en, (x) => x.toLowerCase());
  return { ar: arabic.join(' · ') || id, en: english.join(' · ') || transliterate(arabic[0] ?? '') || id };
}
