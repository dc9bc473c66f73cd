import { normalizeForMatch } from '../arabic/normalize.ts';
import { transliterate } from '../arabic/transliterate.ts';
import type { Speaker } from '../extract/types.ts';
import type { LexiconEntry } from '../lexicon.ts';
import type { PlaceMatcher } from './places.ts';
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
  places: PlaceMatcher;
  /** Lexicon entries whose Arabic forms give English words (topics, terms). */
  vocabulary: readonly LexiconEntry[];
}

/** Words and pairs in a label; places and people come first and do not count. */
const LABEL_WORDS = 2;
const LABEL_PLACES = 1;
const LABEL_PEOPLE = 1;
/** Heaviest features looked at for a label. */
const LOOK_AT = 30;

const englishCache = new WeakMap<readonly LexiconEntry[], Map<string, string>>();

/** The lexicon's English for an Arabic word, or undefined. */
function englishOf(vocabulary: readonly LexiconEntry[], arabic: string): string | undefined {
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

export function storyLabel(index: StoryIndex, id: string, sources: LabelSources): StoryLabel {
  const ar: string[] = [];
  const en: string[] = [];
  let places = 0;
  let people = 0;
  let words = 0;
  const usedWords = new Set<string>();
  for (const { feature, surface } of index.keyFeatures(id, LOOK_AT)) {
    if (feature.startsWith('g:') && places < LABEL_PLACES) {
      const placeId = feature.slice(2);
      const place = sources.places.places.get(placeId);
      if (place) {
        ar.unshift(place.ar);
        en.unshift(place.en);
      } else {
        const name = surface || placeId.replace(/^~/, '');
        ar.unshift(name);
        en.unshift(transliterate(name));
      }
      places++;
    } else if (feature.startsWith('p:') && people < LABEL_PEOPLE) {
      const speaker = sources.speaker(feature.slice(2));
      if (!speaker || speaker.kind !== 'person') continue;
      ar.push(speaker.name);
      en.push(speaker.latin || transliterate(speaker.name));
      people++;
    } else if ((feature.startsWith('w:') || feature.startsWith('b:')) && words < LABEL_WORDS && surface) {
      // A pair repeats a word already shown (حريق, حريق مستشفى): the longer one wins only if it is new.
      const parts = feature.slice(2).split(' ');
      if (parts.some((p) => usedWords.has(p))) continue;
      for (const p of parts) usedWords.add(p);
      ar.push(surface);
      // A transliterated common word (Alslam for السلام) tells an English reader nothing: words
      // without a lexicon translation stay out of the English label.
      const english = surface.split(' ').map((w) => englishOf(sources.vocabulary, w));
      if (english.every(Boolean)) en.push(english.join(' '));
      words++;
    }
    if (places >= LABEL_PLACES && people >= LABEL_PEOPLE && words >= LABEL_WORDS) break;
  }
  const unique = <T extends string>(list: T[], key: (x: T) => string) => list.filter((x, i) => list.findIndex((y) => key(y) === key(x)) === i);
  const arabic = unique(ar, (x) => normalizeForMatch(x).replace(/^ال/, ''));
  const english = unique(en, (x) => x.toLowerCase());
  return { ar: arabic.join(' · ') || id, en: english.join(' · ') || transliterate(arabic[0] ?? '') || id };
}
