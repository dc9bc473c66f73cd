import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { DEFAULT_LEXICON_DIR } from '../lexicon.ts';

/**
 * The attribution vocabulary (data/lexicon/attribution.json): verbs of saying, participles that
 * carry a speaker on, trailing attributions, titles, institutions… An editor extends the file; the
 * quote engine only ever sees the compiled, normalised form below.
 */

const phrases = z.array(z.string().min(1)).default([]);
const cueFileSchema = z
  .object({
    verbs: phrases,
    objectVerbs: phrases,
    reportVerbs: phrases,
    describeVerbs: phrases,
    participles: phrases,
    trailingPronoun: phrases,
    trailingSpeaker: phrases,
    complementizers: phrases,
    complementizerPrepositions: phrases,
    contentMarkers: phrases,
    statementNouns: phrases,
    personTitles: phrases,
    institutions: phrases,
    anonymous: phrases,
    adjectives: phrases,
    timeWords: phrases,
    stopWords: phrases,
    relativePronouns: phrases,
    clauseLinks: phrases,
    fronting: phrases,
  })
  .passthrough();

/** A phrase as normalised words, e.g. "على حد قوله" → ["علي", "حد", "قوله"]. */
export type Phrase = string[];

/** Phrases grouped by their first word, longest first within a group (a token looks up only its own). */
export type PhraseIndex = Map<string, Phrase[]>;

export interface AttributionCues {
  /** Verb phrases (most one word; "مضى يقول" two), longest first. */
  verbs: Phrase[];
  verbIndex: PhraseIndex;
  /** One-word verb forms, for "is this word a verb" checks. */
  verbWords: Set<string>;
  trailingPronounIndex: PhraseIndex;
  trailingSpeakerIndex: PhraseIndex;
  contentMarkerIndex: PhraseIndex;
  frontingIndex: PhraseIndex;
  /** Every word a cue can start with (verbs, participles, trailing phrases, markers): other words are skipped at once. */
  cueStarts: Set<string>;
  objectVerbs: Set<string>;
  reportVerbs: Set<string>;
  /** Verbs whose object comes before the complementiser (وصف المظاهرات بأنها…): the object is part of the words. */
  describeVerbs: Set<string>;
  participles: Set<string>;
  trailingPronoun: Phrase[];
  trailingSpeaker: Phrase[];
  complementizers: Set<string>;
  complementizerPrepositions: Set<string>;
  contentMarkers: Phrase[];
  statementNouns: Set<string>;
  /** One-word titles; multi-word titles ("رئيس الوزراء") are matched by their first word. */
  personTitles: Set<string>;
  institutions: Set<string>;
  anonymous: Set<string>;
  /** Adjectives that qualify a body besides nisba forms (الأمين العام، الأمم المتحدة). */
  adjectives: Set<string>;
  timeWords: Set<string>;
  stopWords: Set<string>;
  relativePronouns: Set<string>;
  fronting: Phrase[];
}

function toPhrase(text: string): Phrase {
  return normalizeForMatch(text).split(/\s+/).filter(Boolean);
}

function phraseList(list: string[]): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const p of list.map(toPhrase)) {
    const key = p.join(' ');
    if (!p.length || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => b.length - a.length);
}

function wordSet(list: string[]): Set<string> {
  return new Set(list.flatMap(toPhrase));
}

/** First words of each entry (titles and institutions are recognised by their head word). */
function headSet(list: string[]): Set<string> {
  return new Set(list.map(toPhrase).map((p) => p[0]!).filter(Boolean));
}

function indexPhrases(list: Phrase[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of list) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
  return index;
}

export function compileCues(data: z.infer<typeof cueFileSchema>): AttributionCues {
  const verbs = phraseList(data.verbs);
  const starts = [verbs, phraseList(data.trailingPronoun), phraseList(data.trailingSpeaker), phraseList(data.contentMarkers)].flatMap((list) => list.map((p) => p[0]!));
  return {
    cueStarts: new Set([...starts, ...wordSet(data.participles)]),
    verbIndex: indexPhrases(verbs),
    verbWords: new Set(verbs.filter((p) => p.length === 1).map((p) => p[0]!)),
    trailingPronounIndex: indexPhrases(phraseList(data.trailingPronoun)),
    trailingSpeakerIndex: indexPhrases(phraseList(data.trailingSpeaker)),
    contentMarkerIndex: indexPhrases(phraseList(data.contentMarkers)),
    frontingIndex: indexPhrases(phraseList(data.fronting)),
    verbs,
    objectVerbs: wordSet(data.objectVerbs),
    reportVerbs: wordSet(data.reportVerbs),
    describeVerbs: wordSet(data.describeVerbs),
    participles: wordSet(data.participles),
    trailingPronoun: phraseList(data.trailingPronoun),
    trailingSpeaker: phraseList(data.trailingSpeaker),
    complementizers: wordSet(data.complementizers),
    complementizerPrepositions: wordSet(data.complementizerPrepositions),
    contentMarkers: phraseList(data.contentMarkers),
    statementNouns: wordSet(data.statementNouns),
    personTitles: headSet(data.personTitles),
    institutions: headSet(data.institutions),
    anonymous: headSet(data.anonymous),
    adjectives: wordSet(data.adjectives),
    timeWords: wordSet(data.timeWords),
    stopWords: wordSet(data.stopWords),
    relativePronouns: headSet(data.relativePronouns),
    fronting: phraseList(data.fronting),
  };
}

const cache = new Map<string, { cues: AttributionCues; warning?: string }>();

/**
 * Cues from `attribution.json` in a lexicon directory (cached per directory). A missing or broken
 * file falls back to the project's own file, with a warning, so quotes keep working.
 */
export function loadAttributionCues(dir: string = DEFAULT_LEXICON_DIR): { cues: AttributionCues; warning?: string } {
  const cached = cache.get(dir);
  if (cached) return cached;
  const path = join(dir, 'attribution.json');
  let result: { cues: AttributionCues; warning?: string };
  try {
    if (!existsSync(path)) throw new Error('not found');
    const parsed = cueFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid');
    result = { cues: compileCues(parsed.data) };
  } catch (err) {
    if (dir === DEFAULT_LEXICON_DIR) throw new Error(`${path}: ${(err as Error).message}`);
    result = { ...loadAttributionCues(DEFAULT_LEXICON_DIR), warning: `${path}: ${(err as Error).message}, using the built-in attribution words` };
  }
  cache.set(dir, result);
  return result;
}

/** The project's cues (what extraction uses unless a desk brings its own lexicon directory). */
export function defaultCues(): AttributionCues {
  return loadAttributionCues().cues;
}
