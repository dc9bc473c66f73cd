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
  /** Speaker keys quoted in the story, most statements first. */
  quoted: (storyId: string) => string[];
  places: PlaceMatcher;
  /** Lexicon entries whose Arabic forms give English words (topics, terms). */
  vocabulary: readonly LexiconEntry[];
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
    .find((sp) => sp?.kind === 'person');
  if (person) {
    ar.push(person.name);
    en.push(person.latin || transliterate(person.name));
  }
  // What: the key words most of its articles share.
  let words = 0;
  const usedWords = new Set<string>();
  for (const { feature, surface } of index.keyFeatures(id, LOOK_AT)) {
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
    const english = surface.split(' ').map((w) => englishOf(sources.vocabulary, w));
    if (english.every(Boolean)) en.push([...new Set(english)].join(' '));
    words++;
  }
  const unique = <T extends string>(list: T[], key: (x: T) => string) => list.filter((x, i) => list.findIndex((y) => key(y) === key(x)) === i);
  const arabic = unique(ar, (x) => normalizeForMatch(x).replace(/^ال/, ''));
  const english = unique(en, (x) => x.toLowerCase());
  return { ar: arabic.join(' · ') || id, en: english.join(' · ') || transliterate(arabic[0] ?? '') || id };
}
