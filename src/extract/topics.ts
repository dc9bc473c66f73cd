import { normalizeForMatch } from '../arabic/normalize.ts';
import { stem, stripClitics, type Token } from '../arabic/tokenize.ts';
import type { LexiconEntry } from '../lexicon.ts';

/**
 * Topic classification for figures, from the bilingual topic lexicon (data/lexicon/topics.json):
 * each topic's Arabic cue words (verbs and nouns: اعتقل، قتلى، جرحى), the counted nouns that imply
 * it (`units`: طائرة → aircraft, جندي → troops) and optional groups (security forces vs civilians).
 * A number takes the topic whose cues stand closest to it in its sentence (summed, so a sentence
 * about the dead outweighs one stray word) plus a bonus when its counted noun is one of the topic's.
 */

export interface TopicGroup {
  name: string;
  words: Set<string>;
}

export interface TopicRule {
  id: string;
  cues: Set<string>;
  cueStems: Set<string>;
  units: Set<string>;
  groups: TopicGroup[];
}

export interface TopicModel {
  rules: TopicRule[];
  /** Every counted noun of every topic (for duals: جنديين = 2 soldiers). */
  units: Set<string>;
  /** Counted nouns with a broken plural, whose -ين form is a dual (جندي → جنديين). */
  brokenPlural: Set<string>;
  /** Cue word reading → topics it signals, and the same for stems (one lookup per word, not per topic). */
  cueTopics: Map<string, string[]>;
  stemTopics: Map<string, string[]>;
}

/** Normalised readings of a word: itself, without clitics, without the accusative alif (عسكرياً). */
export function wordForms(norm: string): readonly string[] {
  let forms = formsCache.get(norm);
  if (forms === undefined) {
    const set = new Set([norm, ...stripClitics(norm)]);
    for (const f of [...set]) if (f.endsWith('ا') && f.length > 3) set.add(f.slice(0, -1));
    forms = [...set];
    if (formsCache.size < 200_000) formsCache.set(norm, forms);
  }
  return forms;
}

/** Every sentence's every word is read here; a desk's vocabulary is far smaller than its text. */
const formsCache = new Map<string, readonly string[]>();

const models = new WeakMap<LexiconEntry[], TopicModel>();

export function topicModel(entries: LexiconEntry[]): TopicModel {
  let model = models.get(entries);
  if (model) return model;
  const rules = entries.map((entry): TopicRule => {
    const cues = new Set<string>();
    const cueStems = new Set<string>();
    for (const phrase of entry.ar) {
      for (const w of normalizeForMatch(phrase).split(/\s+/).filter((x) => x.length > 1)) {
        for (const f of wordForms(w)) cues.add(f);
        cueStems.add(stem(w));
      }
    }
    const units = new Set(((entry.extra.units as string[] | undefined) ?? []).map((u) => normalizeForMatch(u)));
    const groupSpec = (entry.extra.groups as Record<string, string[]> | undefined) ?? {};
    const groups = Object.entries(groupSpec).map(([name, words]) => ({
      name,
      words: new Set(words.flatMap((w) => normalizeForMatch(w).split(/\s+/)).flatMap(wordForms)),
    }));
    return { id: entry.id, cues, cueStems, units, groups };
  });
  const brokenPlural = new Set(entries.flatMap((e) => ((e.extra.brokenPlural as string[] | undefined) ?? []).map((w) => normalizeForMatch(w))));
  const cueTopics = new Map<string, string[]>();
  const stemTopics = new Map<string, string[]>();
  for (const rule of rules) {
    for (const cue of rule.cues) cueTopics.set(cue, [...(cueTopics.get(cue) ?? []), rule.id]);
    for (const cue of rule.cueStems) if (cue.length >= 3) stemTopics.set(cue, [...(stemTopics.get(cue) ?? []), rule.id]);
  }
  model = { rules, units: new Set([...rules.flatMap((r) => [...r.units]), ...brokenPlural]), brokenPlural, cueTopics, stemTopics };
  models.set(entries, model);
  return model;
}

function matchesCue(rule: TopicRule, forms: readonly string[], stemmed: string): boolean {
  return forms.some((f) => rule.cues.has(f)) || (stemmed.length >= 3 && rule.cueStems.has(stemmed));
}

export interface Classification {
  topic: string | null;
  /** e.g. "security forces" when the counted people are named as such. */
  group: string | null;
}

/**
 * The topic of the number at tokens [numberFrom, numberTo), whose counted noun spans
 * [unitFrom, unitTo) (words of the noun phrase are the unit, not context cues).
 */
/** A sentence's words read once (clitic readings and stems), for classifying each of its numbers. */
export interface SentenceWords {
  forms: ReadonlyArray<readonly string[]>;
  stems: string[];
}

/** Token lists come from tokenize()'s cache, so a sentence read for its statements' topics and again for its figures is read once. */
const sentenceWordsCache = new WeakMap<readonly Token[], SentenceWords>();

export function sentenceWords(tokens: readonly Token[]): SentenceWords {
  let words = sentenceWordsCache.get(tokens);
  if (!words) sentenceWordsCache.set(tokens, (words = { forms: tokens.map((t) => wordForms(t.norm)), stems: tokens.map((t) => stem(t.norm)) }));
  return words;
}

export function classifyNumber(model: TopicModel, sentence: SentenceWords, numberFrom: number, numberTo: number, unitFrom: number, unitTo: number): Classification {
  const scores = new Map<string, number>();
  const { forms, stems } = sentence;
  for (let k = 0; k < forms.length; k++) {
    // The number is no cue; of its counted noun phrase only the head noun is (عشرات القتلى), not the
    // words that say who is counted (16 من أفراد قوات الأمن قتلوا is about deaths, not troops).
    if ((k >= numberFrom && k < numberTo) || (k > unitFrom && k < unitTo)) continue;
    const distance = k < numberFrom ? numberFrom - k : k - Math.max(numberTo, unitTo) + 1;
    const weight = 1 / (1 + distance / 4);
    for (const rule of model.rules) if (matchesCue(rule, forms[k]!, stems[k]!)) scores.set(rule.id, (scores.get(rule.id) ?? 0) + weight);
  }
  if (unitFrom < unitTo) {
    // The counted noun (or the noun after a partitive "من") implies its topic.
    const unitForms = forms.slice(unitFrom, unitTo).flat();
    for (const rule of model.rules) {
      if (unitForms.some((f) => rule.units.has(f))) scores.set(rule.id, (scores.get(rule.id) ?? 0) + 1.5);
      // The counted noun itself names the topic: "مئات الجرحى" is about injuries whatever surrounds it.
      else if (matchesCue(rule, forms[unitFrom]!, stems[unitFrom]!)) scores.set(rule.id, (scores.get(rule.id) ?? 0) + 1.5);
    }
  }
  let topic: string | null = null;
  let best = 0;
  for (const [id, score] of scores) if (score > best) [topic, best] = [id, score];
  let group: string | null = null;
  const rule = model.rules.find((r) => r.id === topic);
  if (rule?.groups.length) {
    const near = (unitFrom < unitTo ? forms.slice(unitFrom, unitTo) : forms.slice(numberTo, numberTo + 2)).flat();
    group = rule.groups.find((g) => near.some((f) => g.words.has(f)))?.name ?? null;
  }
  return { topic, group };
}

/** Topics whose cue words occur in a sentence (what /who-said about:arrests filters on). */
export function topicsIn(model: TopicModel, sentence: SentenceWords): string[] {
  // Most sentences name no topic: the set is made only when one does.
  let found: Set<string> | undefined;
  for (let k = 0; k < sentence.forms.length; k++) {
    for (const form of sentence.forms[k]!) {
      const ids = model.cueTopics.get(form);
      if (ids) for (const id of ids) (found ??= new Set()).add(id);
    }
    const ids = model.stemTopics.get(sentence.stems[k]!);
    if (ids) for (const id of ids) (found ??= new Set()).add(id);
  }
  return found ? [...found] : [];
}
