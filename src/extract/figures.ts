import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { dualOf, findNumbers, type NumberMention } from '../arabic/numbers.ts';
import { tokenize, type Token } from '../arabic/tokenize.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { z } from 'zod';
import { DEFAULT_LEXICON_DIR, readLexiconJson, type LexiconEntry } from '../lexicon.ts';
import { classifyFigure, sentenceWords, topicModel, wordForms, type FigureVocabulary, type SentenceWords, type TopicModel, type TopicRule } from './topics.ts';
import type { Figure, Statement } from './types.ts';

/**
 * Figures: every count and percentage in an article's sentences (dates, years, ages, durations,
 * scores, labels… are typed away by the numbers module), with what the text asserts about it
 * (bound, low/high), its topic (lexicon or open, see topics.ts), counted noun, unit kind, currency
 * and measured quantity, the group counted (security forces…), who says so (the statement it stands
 * in, else its own sentence's "according to" phrase — never another sentence's or article's) and
 * whether the text says it was withdrawn or denied (data/lexicon/figure-cues.json).
 */

/** See figure-cues.json `periods`. */
export interface PeriodCues {
  monthBefore: ReadonlySet<string>;
  monthAfter: ReadonlySet<string>;
  yearBefore: ReadonlySet<string>;
}

interface FigureCues {
  withdrawn: string[][];
  according: string[][];
  /** Phrases by which a figure's clause tells of another incident (مماثل، العام الماضي). */
  otherEvent: string[][];
  /** Phrases by which a figure's clause measures what a place or plant can hold or make (طاقتها، يتسع لـ). */
  capacity: string[][];
  /** Words before a number (بينهم، من بينهن) or right after it (منهم) that make it part of the count before. */
  subsetBefore: string[][];
  subsetAfter: Set<string>;
  /** Phrases right after a figure that make it a rate (يوميا → "per day"), by the rate's name. */
  rates: Array<[string, string[]]>;
  /** Words spelt like a dual that are names (طالبان), normalised: never 2 of anything. */
  notDual: Set<string>;
  /** Words that make a month or a year next to a figure its period (figure-period.ts), normalised. */
  periods: PeriodCues;
  vocabulary: FigureVocabulary;
}

const cueCache = new Map<string, FigureCues>();

const figureCueFileSchema = z
  .object({
    withdrawn: z.array(z.string()).default([]),
    according: z.array(z.string()).default([]),
    people: z.array(z.string()).default([]),
    currencies: z.record(z.string(), z.string()).default({}),
    quantities: z.record(z.string(), z.array(z.string())).default({}),
    containers: z.array(z.string()).default([]),
    counters: z.array(z.string()).default([]),
    notCounted: z.array(z.string()).default([]),
    measures: z.array(z.string()).default([]),
    notDual: z.array(z.string()).default([]),
    openTopicNames: z.record(z.string(), z.string()).default({}),
    otherEvent: z.array(z.string()).default([]),
    capacity: z.array(z.string()).default([]),
    subsetBefore: z.array(z.string()).default([]),
    subsetAfter: z.array(z.string()).default([]),
    links: z.array(z.string()).default([]),
    rates: z.record(z.string(), z.array(z.string())).default({}),
    periods: z.object({ monthBefore: z.array(z.string()).default([]), monthAfter: z.array(z.string()).default([]), yearBefore: z.array(z.string()).default([]) }).default({ monthBefore: [], monthAfter: [], yearBefore: [] }),
  })
  .passthrough();

/** Only what the figure reader needs of entities.json: each country's nationality adjectives. */
const demonymFileSchema = z.record(z.string(), z.object({ kind: z.string().optional(), demonym_ar: z.array(z.string()).default([]) }).passthrough());

/** A lexicon file of the editor's directory, else the project's (the one error policy either way). */
const lexiconPath = (dir: string, file: string): string => (existsSync(join(dir, file)) ? join(dir, file) : join(DEFAULT_LEXICON_DIR, file));

/**
 * Nationality nouns count people (11 إيرانياً، 3 مصريين، عماني واحد): every one-word demonym of
 * entities.json without its article, as a singular, accusative, plural or feminine noun. Only
 * these: a word merely ending like one (قضايا، عمليات) counts no one.
 */
export function demonymNouns(demonyms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const d of demonyms) {
    const words = normalizeForMatch(d).split(/\s+/).filter(Boolean);
    if (words.length !== 1) continue;
    const stem = words[0]!.replace(/^ال/, '').replace(/ه$/, '');
    if (stem.length < 3 || !stem.endsWith('ي')) continue;
    for (const ending of ['', 'ا', 'ين', 'ون', 'ه', 'ات']) out.add(stem + ending);
  }
  return [...out];
}

/**
 * The figure cues of a lexicon directory (its figure-cues.json and entities.json, else the
 * project's), under the lexicons' one error policy: a broken file throws a LexiconError.
 */
export function loadFigureCues(dir: string = DEFAULT_LEXICON_DIR): FigureCues {
  let cues = cueCache.get(dir);
  if (cues) return cues;
  const data = readLexiconJson(lexiconPath(dir, 'figure-cues.json'), figureCueFileSchema);
  const entities = readLexiconJson(lexiconPath(dir, 'entities.json'), demonymFileSchema);
  const demonyms = demonymNouns(Object.values(entities).flatMap((e) => (e.kind === 'country' ? e.demonym_ar : [])));
  const words = (list: string[]): Set<string> => new Set(list.map((w) => normalizeForMatch(w).trim()));
  const phrases = (list: string[] = []): string[][] => list.map((x) => normalizeForMatch(x).split(/\s+/).filter(Boolean));
  // Every reading of a word (with clitics, without the accusative alif), as the classifier sees tokens.
  const readings = (word: string): readonly string[] => wordForms(normalizeForMatch(word).split(/\s+/)[0] ?? '');
  const vocabulary: FigureVocabulary = { people: new Set(), currencies: new Map(), quantities: new Map(), containers: new Set(), counters: new Set(), notCounted: new Set(), measures: new Set(), openTopicNames: new Map(), links: phrases(data.links) };
  for (const w of data.notCounted) for (const f of readings(w)) vocabulary.notCounted.add(f);
  for (const w of data.containers) for (const f of readings(w)) vocabulary.containers.add(f);
  for (const w of data.counters) for (const f of readings(w)) vocabulary.counters.add(f);
  for (const w of data.measures) for (const f of readings(w)) vocabulary.measures.add(f);
  for (const [w, name] of Object.entries(data.openTopicNames)) vocabulary.openTopicNames.set(normalizeForMatch(w), name);
  for (const w of [...data.people, ...demonyms]) for (const f of readings(w)) vocabulary.people.add(f);
  // A sound plural in construct drops its ن (ثلاثة من متطوعي الجمعية، موظفو الشركة): it counts the same people.
  for (const f of [...vocabulary.people]) if (f.length > 4 && /(?:ين|ون)$/.test(f)) vocabulary.people.add(f.slice(0, -1));
  for (const [w, code] of Object.entries(data.currencies)) for (const f of readings(w)) if (!vocabulary.currencies.has(f)) vocabulary.currencies.set(f, code);
  // Only one-word names: the words of "نسبة المشاركة" name nothing alone.
  for (const [name, words] of Object.entries(data.quantities)) {
    for (const w of words) {
      const parts = normalizeForMatch(w).split(/\s+/).filter(Boolean);
      if (parts.length === 1 && parts[0]!.length > 2) for (const f of wordForms(parts[0]!)) if (!vocabulary.quantities.has(f)) vocabulary.quantities.set(f, name);
    }
  }
  cues = { withdrawn: phrases(data.withdrawn), according: phrases(data.according), otherEvent: phrases(data.otherEvent), capacity: phrases(data.capacity), subsetBefore: phrases(data.subsetBefore), subsetAfter: new Set(data.subsetAfter.map((w) => normalizeForMatch(w))), rates: Object.entries(data.rates).flatMap(([name, list]) => phrases(list).map((p): [string, string[]] => [name, p])), notDual: new Set(data.notDual.flatMap(readings)), periods: { monthBefore: words(data.periods.monthBefore), monthAfter: words(data.periods.monthAfter), yearBefore: words(data.periods.yearBefore) }, vocabulary };
  cueCache.set(dir, cues);
  return cues;
}

/**
 * The phrase starts at token k (its first word may carry clitics: وبحسب). Loops, not closures:
 * every sentence with a number is read for several phrase lists word by word.
 */
function phraseAt(tokens: readonly Token[], words: SentenceWords, k: number, phrase: string[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const t = tokens[k + i];
    if (!t) return false;
    const w = phrase[i]!;
    if (t.norm !== w && !(i === 0 && words.forms[k]!.includes(w))) return false;
  }
  return true;
}

function hasPhrase(tokens: readonly Token[], words: SentenceWords, phrases: string[][]): boolean {
  const firsts = firstWords(phrases);
  for (let k = 0; k < tokens.length; k++) {
    if (firsts && !startsPhrase(words, k, firsts)) continue;
    for (const p of phrases) if (phraseAt(tokens, words, k, p)) return true;
  }
  return false;
}

/** Per phrase list, the first words of its phrases; null when one is empty (it starts anywhere). */
const firstWordsOfList = new WeakMap<string[][], ReadonlySet<string> | null>();

function firstWords(phrases: string[][]): ReadonlySet<string> | null {
  let firsts = firstWordsOfList.get(phrases);
  if (firsts === undefined) {
    firsts = phrases.some((p) => !p.length) ? null : new Set(phrases.map((p) => p[0]!));
    firstWordsOfList.set(phrases, firsts);
  }
  return firsts;
}

/** Some phrase can start at token k: one of its readings is a phrase's first word (see phraseAt). Most words start none. */
function startsPhrase(words: SentenceWords, k: number, firsts: ReadonlySet<string>): boolean {
  for (const form of words.forms[k]!) if (firsts.has(form)) return true;
  return false;
}

/** "According to" words that take the preposition لـ, written on the source (وفقاً لـ, طبقاً لـ). */
const TAKES_LAM = /^(?:وفق|وفقا|طبقا|تبعا|استنادا|نسبه)$/;

/** "بحسب وزارة الصحة" → "وزارة الصحة": the words after an "according to" phrase, up to punctuation. */
function accordingTo(sentence: Sentence, tokens: readonly Token[], words: SentenceWords, cues: FigureCues): string | null {
  const firsts = firstWords(cues.according);
  for (let k = 0; k < tokens.length; k++) {
    if (firsts && !startsPhrase(words, k, firsts)) continue;
    const phrase = cues.according.find((p) => phraseAt(tokens, words, k, p));
    if (!phrase) continue;
    const from = k + phrase.length;
    const first = tokens[from];
    // "بحسب ما ورد": reported, by no one named.
    if (!first || first.norm === 'ما') continue;
    let to = from;
    while (to < tokens.length && to - from < 5 && !/[،,.:;()«»"“”]/.test(sentence.text.slice(tokens[to - 1]?.end ?? tokens[to]!.start, tokens[to]!.start))) to++;
    if (to === from) continue;
    const source = sentence.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    // "وفقاً لمصادر طبية", "طبقاً للجيش": the preposition those phrases take is not the source's.
    if (TAKES_LAM.test(phrase[phrase.length - 1]!) && first.norm.length > 3 && first.norm.startsWith('ل')) {
      return first.norm.startsWith('لل') ? `ال${source.slice(2)}` : source.slice(1);
    }
    return source;
  }
  return null;
}

const TEH = 'ت'.charCodeAt(0);
const YEH = 'ي'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);

/** The word ends in تي or تا (a dual in construct may): every word of every sentence is asked, most end otherwise. */
function endsLikeConstructDual(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  return (last === YEH || last === ALEF) && norm.charCodeAt(norm.length - 2) === TEH;
}

/** Index of the first token ending after `offset` (tokens are in text order: a binary search, not a scan). */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The statement covering an offset, from statements sorted by start (a binary search). */
function statementAt(statements: readonly Statement[], offset: number): Statement | undefined {
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (statements[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Statements may nest or overlap: look back over the few that start before the offset.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (statements[k]!.start <= offset && offset < statements[k]!.end) return statements[k];
  return undefined;
}

const CLAUSE_MARK = /[،,.;؛:!?؟\n]/g;
/** A clause mark in the gap between two words. */
const CLAUSE_GAP = /[،,;؛:]/;

/**
 * Whether a normalised sentence may hold one of the markers in a figure's clause: normalising is
 * per character, so every word of a clause (even one cut at the clause's reach) is a substring of
 * the normalised sentence, and a marker can match only when all its words are (قبل alone is in
 * many sentences, قبل عام in few). An empty marker matches any clause: then any marker's first word will do.
 */
function mayHoldMarker(norm: string, markers: readonly string[][]): boolean {
  if (markers.some((m) => !m.length)) return markers.some((m) => m.length > 0 && norm.includes(m[0]!));
  return markers.some((m) => m.every((w) => norm.includes(w)));
}

/** A clause is read at most this far either side of its figure: a run-on line has no clause marks at all. */
const CLAUSE_REACH = 300;

/**
 * The figure's clause (between the punctuation around it) speaks of another incident: "بعد شهرين
 * على مصرع أكثر من 80 شخصا بحريق مماثل في بغداد", "وفي حادث مشابه العام الماضي قتل 30". Such a
 * number is background, not this story's toll (data/lexicon/figure-cues.json otherEvent).
 */
/** Where the clause marks before `start` open clauses, within CLAUSE_REACH, and where that window begins. */
function clauseOpenings(text: string, start: number): { windowStart: number; marks: number[] } {
  const windowStart = Math.max(0, start - CLAUSE_REACH);
  return { windowStart, marks: [...text.slice(windowStart, start).matchAll(CLAUSE_MARK)].map((m) => windowStart + m.index + 1) };
}

function otherEventClause(text: string, start: number, end: number, markers: readonly string[][]): boolean {
  if (!markers.length) return false;
  const { windowStart, marks } = clauseOpenings(text, start);
  let from = marks.length ? marks[marks.length - 1]! : windowStart;
  // "… إلى الأذهان حريق قاعة الأعراس في 2023، الذي أودى بحياة أكثر من 100 شخص": a relative clause
  // after a comma goes on speaking of what the clause before it named.
  if (marks.length && /^\s*(?:الذي|التي|الذين|اللذين|اللتين)\s/.test(text.slice(from, start))) from = marks.length > 1 ? marks[marks.length - 2]! : windowStart;
  const after = text.slice(end, end + CLAUSE_REACH);
  const rest = after.search(CLAUSE_MARK);
  const clause = tokenize(text.slice(from, end + (rest < 0 ? after.length : rest))).map((t) => t.norm);
  const bare = clause.map((w) => w.replace(/^(?:و|ف|ب|ل|ك)(?=.{3})/, ''));
  return markers.some((m) => clause.some((_, i) => m.every((w, k) => clause[i + k] === w || bare[i + k] === w)));
}

/** How many words before a figure a capacity phrase may stand ("تبلغ طاقتها التصميمية نحو 210 آلاف"). */
const CAPACITY_REACH = 4;

/**
 * A capacity phrase stands among the few words before the figure, in its clause: "وتبلغ طاقتها
 * التصميمية 210 آلاف برميل", "الملعب الذي يتسع لـ 40 ألف متفرج" measure what a plant or a stadium can
 * hold, while "وأصيب 30 مشجعا … عند الملعب الذي يتسع لـ …" counts the event (figure-cues.json capacity).
 */
function capacityBefore(text: string, start: number, markers: readonly string[][]): boolean {
  const { windowStart, marks } = clauseOpenings(text, start);
  const words = tokenize(text.slice(marks.length ? marks[marks.length - 1]! : windowStart, start)).map((t) => t.norm.replace(/^(?:و|ف|ب|ل)(?=.{3})/, ''));
  const near = words.slice(-CAPACITY_REACH - 1);
  return markers.some((m) => near.some((_, i) => m.every((w, k) => near[i + k] === w)));
}

const dualNounSets = new WeakMap<TopicModel, WeakMap<FigureVocabulary, ReadonlySet<string>>>();

/**
 * The nouns whose dual counts 2: every topic's counted nouns and the nouns that count people
 * (مواطنان، امرأتان، عونان). `dualOf` still reads an -ين ending as a dual only for broken plurals,
 * so مواطنين stays the plural it usually is.
 */
function dualNouns(model: TopicModel, vocabulary: FigureVocabulary): ReadonlySet<string> {
  let byVocabulary = dualNounSets.get(model);
  if (!byVocabulary) dualNounSets.set(model, (byVocabulary = new WeakMap()));
  let nouns = byVocabulary.get(vocabulary);
  if (!nouns) byVocabulary.set(vocabulary, (nouns = new Set([...model.units, ...vocabulary.people])));
  return nouns;
}

/** Two numbers are the ends of one range (بين 100 و300). */
function sameRange(a?: NumberMention, b?: NumberMention): boolean {
  return !!a && !!b && a.bound === 'range' && b.bound === 'range' && a.low === b.low && a.high === b.high;
}

export function extractFigures(article: Article, statements: Statement[], topics: LexiconEntry[], cues: FigureCues = loadFigureCues()): Figure[] {
  const model: TopicModel = topicModel(topics);
  const byStart = [...statements].sort((a, b) => a.start - b.start);
  const out: Figure[] = [];
  // Figures that count part of an earlier count (بينهم 5 أطفال): never another's antecedent.
  const subsets = new Set<Figure>();
  // Whether the article has the context a topic needs (cases: an epidemic), read once per topic.
  let normalized: string | undefined;
  const context = new Map<string, boolean>();
  const applies = (rule: TopicRule): boolean => {
    let yes = context.get(rule.id);
    if (yes === undefined) {
      normalized ??= normalizeForMatch(article.text);
      const text = normalized;
      yes = rule.requirePattern?.test(text) ?? true;
      context.set(rule.id, yes);
    }
    return yes;
  };
  const countedDuals = dualNouns(model, cues.vocabulary);
  for (const sentence of article.sentences) {
    const numbers = findNumbers(sentence.text).filter((n) => n.kind === 'count' || n.kind === 'percent');
    const tokens = tokenize(sentence.text);
    // Duals end in -ان/-ين/-تان/-تين: only those words are worth the full test.
    const duals: Array<{ token: Token; singular: string; through?: Token }> = [];
    tokens.forEach((t, k) => {
      const singular = t.norm.endsWith('ن') && !cues.notDual.has(t.norm) ? dualOf(t.norm, countedDuals, model.brokenPlural, t.surface) : null;
      // "مواطنان أجنبيان": a dual adjective agrees with the dual noun before it; one count of 2.
      const agrees = singular && k > 0 && duals[duals.length - 1]?.token === tokens[k - 1] && !/^[وف]/.test(t.norm) && !CLAUSE_GAP.test(sentence.text.slice(tokens[k - 1]!.end, t.start));
      if (singular && !agrees) duals.push({ token: t, singular });
      // "حالتي وفاة", "حالتا إصابة": a container noun's dual in construct (its ن dropped) counts the noun after it.
      const construct = endsLikeConstructDual(t.norm) ? /^(.{2,})(?:تي|تا)$/.exec(t.norm) : null;
      const next = tokens[k + 1];
      if (construct && next && cues.vocabulary.containers.has(`${construct[1]}ه`)) duals.push({ token: t, singular: `${construct[1]}ه`, through: next });
    });
    if (!numbers.length && !duals.length) continue;
    const words = sentenceWords(tokens);
    // Asked only of the word right after a figure's noun: one look at the gap before it.
    const clauseMarkBefore = (k: number): boolean => k > 0 && k < tokens.length && CLAUSE_GAP.test(sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    const withdrawn = hasPhrase(tokens, words, cues.withdrawn);
    // Most sentences hold no other-incident marker at all: one look at the sentence, when a figure
    // first asks, spares tokenising each figure's clause. (Read in place in make, not by closures
    // made for every sentence with a number.)
    let otherEventPossible: boolean | undefined;
    let capacityPossible: boolean | undefined;
    let according: string | null | undefined;
    const sentenceFrom = out.length;
    const make = (n: Pick<NumberMention, 'value' | 'start' | 'end' | 'numberStart' | 'numberEnd' | 'unit' | 'nounStart' | 'nounEnd' | 'approx' | 'direction' | 'vague' | 'bound' | 'inclusive' | 'low' | 'high' | 'percentUnit'>, around: { head?: readonly string[]; nextNumberAt?: number; previous?: { from: number; to: number } } = {}): void => {
      const { head, nextNumberAt, previous } = around;
      const coordinatedWith = coordinatedTopic(out, sentenceFrom, sentence, n.start);
      const numberFrom = tokenIndexAt(tokens, n.numberStart);
      const numberTo = tokenIndexAt(tokens, n.numberEnd - 1) + 1;
      const unitFrom = n.nounStart >= 0 ? tokenIndexAt(tokens, n.nounStart) : numberTo;
      const unitTo = n.nounStart >= 0 ? tokenIndexAt(tokens, n.nounEnd - 1) + 1 : numberTo;
      const phraseFrom = tokenIndexAt(tokens, n.start);
      const classified = classifyFigure(model, cues.vocabulary, words, { numberFrom, numberTo, unitFrom, unitTo, phraseFrom, nextNumberAt, previous, percent: n.percentUnit, head, coordinatedWith, clauseMarkBefore }, applies);
      const part = subsetLabel(tokens, words, { phraseFrom, numberTo, unitFrom, unitTo }, sentence.text, cues);
      const whole = part === null ? undefined : antecedentCount(out, subsets, model, sentence.start - 1);
      // A part of the count before: its topic when the words around it name none (بينهم 5 أطفال), or
      // the same; a topic of its own (بينها 72 وفاة among cases) makes it no part.
      // (A part counted by a container noun, "بينهم 4 حالات بالرعاية المركزة", is cases of the whole's kind.)
      const partOf = whole && (!classified.topic || !model.byId.has(classified.topic) || classified.topic === whole.topic || (unitFrom < unitTo && words.forms[unitFrom]!.some((f) => cues.vocabulary.containers.has(f)))) ? whole : undefined;
      const rate = rateAfter(tokens, words, Math.max(numberTo, unitTo), cues);
      const asPart = partOf ? { ...classified, topic: partOf.topic, measure: partOf.measure ?? 'people', group: part ? `among them: ${part}` : 'among them' } : classified;
      // "10 آلاف برميل يوميا": a rate is its own quantity, never compared with a total.
      const rated = rate ? { ...asPart, group: asPart.group ? `${asPart.group}, ${rate}` : rate } : asPart;
      // "طاقتها التصميمية 210 آلاف برميل": what a plant can make is its own quantity, never the event's count.
      const c = (capacityPossible ??= mayHoldMarker(normalizeForMatch(sentence.text), cues.capacity)) && capacityBefore(sentence.text, n.start, cues.capacity) ? { ...rated, group: rated.group ? `${rated.group}, capacity` : 'capacity' } : rated;
      const absolute = sentence.start + n.start;
      // Who gives the figure: the statement it stands in, else its own sentence's "according to".
      const statement = statementAt(byStart, sentence.start + n.numberStart);
      if (!statement && according === undefined) according = accordingTo(sentence, tokens, words, cues);
      // "718.998 نازحاً": people come whole, so one dot before three digits groups thousands (1.014.748 always does).
      const dotted = c.measure === 'people' && !Number.isInteger(n.value) && /^\d{1,3}\.\d{3}$/.test(sentence.text.slice(n.numberStart, n.numberEnd));
      if (dotted) n = { ...n, value: Math.round(n.value * 1000), low: n.low === null ? null : Math.round(n.low * 1000), high: n.high === null ? null : Math.round(n.high * 1000) };
      out.push({
        id: `${article.id}:${absolute}`,
        article: article.id,
        value: n.value,
        approx: n.approx,
        direction: n.direction,
        vague: n.vague,
        bound: n.bound,
        ...(n.inclusive ? { inclusive: true as const } : {}),
        low: n.low,
        high: n.high,
        unit: n.percentUnit ? (n.percentUnit === 'percent' ? '%' : n.percentUnit.replace('-', ' ')) : n.unit,
        noun: n.unit,
        measure: c.measure,
        currency: c.currency,
        quantity: c.quantity,
        topic: c.topic,
        group: c.group,
        speakerKey: statement?.speakerKey ?? null,
        attribution: statement ? null : according ?? null,
        text: sentence.text.slice(n.start, n.end),
        sentence: sentence.text,
        start: absolute,
        end: sentence.start + n.end,
        withdrawn,
        otherEvent: (otherEventPossible ??= mayHoldMarker(normalizeForMatch(sentence.text), cues.otherEvent)) && otherEventClause(sentence.text, n.start, n.end, cues.otherEvent),
      });
      if (partOf) subsets.add(out[out.length - 1]!);
    };
    numbers.forEach((n, k) => {
      // A range's two ends share their words: its second number is no boundary for the first.
      const after = sameRange(n, numbers[k + 1]) ? numbers[k + 2] : numbers[k + 1];
      const before = sameRange(numbers[k - 1], n) ? numbers[k - 2] : numbers[k - 1];
      const previous = before ? { from: tokenIndexAt(tokens, before.start), to: tokenIndexAt(tokens, before.end - 1) + 1 } : undefined;
      make(n, { nextNumberAt: after ? tokenIndexAt(tokens, after.numberStart) : undefined, previous });
    });
    for (const { token: t, singular, through } of duals) {
      if (numbers.some((n) => n.start <= t.start && t.start < n.end)) continue;
      // A dual (جنديين) is its own counted noun; a container's (حالتي وفاة) counts the noun it holds.
      const end = through?.end ?? t.end;
      make({ value: 2, start: t.start, end, numberStart: t.start, numberEnd: t.end, unit: sentence.text.slice(t.start, end), nounStart: through?.start ?? t.start, nounEnd: end, approx: false, direction: null, vague: false, bound: 'exact', low: 2, high: 2, percentUnit: null }, { head: [through ? through.norm : singular] });
    }
  }
  return changeTargets(ratesAfterPercent(out)).sort((a, b) => a.start - b.start);
}

/**
 * What part of an earlier count a number counts, when the words before it (بينهم 5 أطفال، ومن بينهن
 * امرأتان) or right after it (حالة 3 منهم حرجة) say it is one: its noun without clitics, or the
 * words after منهم; null when nothing marks a part.
 */
/** A word of a part's label as written, without و, the article, its case ending or accusative alif. */
function partWord(t: Token): string {
  return t.surface.replace(/^و(?=.{3})/, '').replace(/^ال(?=.{3})/, '').replace(/[\u064B-\u0652]+$/, '').replace(/(?<=.{3})ا$/, '');
}

function subsetLabel(tokens: readonly Token[], words: SentenceWords, span: { phraseFrom: number; numberTo: number; unitFrom: number; unitTo: number }, text: string, cues: FigureCues): string | null {
  const { phraseFrom, numberTo, unitFrom, unitTo } = span;
  const before = cues.subsetBefore.some((p) => phraseFrom - p.length >= 0 && phraseAt(tokens, words, phraseFrom - p.length, p));
  if (before) return tokens.slice(unitFrom, unitTo).map(partWord).join(' ');
  const marker = tokens[numberTo];
  if (!marker || !cues.subsetAfter.has(marker.norm)) return null;
  // "حالة 3 منهم حرجة", "4 منهم في حالة خطرة": what the part is comes after منهم, up to the clause's end.
  const label: string[] = [];
  for (let k = numberTo + 1; k < tokens.length && label.length < 3 && !/[،,.:;؛]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) label.push(tokens[k]!.surface);
  return label.join(' ');
}

/**
 * The rate a figure is given at, from the words right after its phrase or its من-genitive of one
 * or two words (عشرة آلاف برميل من النفط الخام يوميا → "per day"), else null.
 */
function rateAfter(tokens: readonly Token[], words: SentenceWords, at: number, cues: FigureCues): string | null {
  if (!cues.rates.length) return null;
  const starts = tokens[at]?.norm === 'من' && tokens[at + 1] ? [at, at + 2, at + 3] : [at];
  for (const k of starts) for (const [name, phrase] of cues.rates) if (phraseAt(tokens, words, k, phrase)) return name;
  return null;
}

/**
 * What بينهم refers to: the latest count of people in a topic of the lexicon, not itself a part, in
 * this sentence or the one before (`from`: offset where the look back stops), not vague (…عشرات القتلى
 * ومئات الجرحى، بينهم 18 عنصراً: no one count is the whole).
 */
function antecedentCount(figures: readonly Figure[], subsets: ReadonlySet<Figure>, model: TopicModel, from: number): Figure | undefined {
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k]!;
    if (f.start < from - ANTECEDENT_REACH) return undefined;
    if (subsets.has(f) || f.otherEvent) continue;
    if (f.measure === 'people' && f.topic && model.byId.has(f.topic)) return f.vague ? undefined : f;
  }
  return undefined;
}

/** How far before its sentence a part's whole may be stated, in characters (about the sentence before). */
const ANTECEDENT_REACH = 300;

/**
 * The topic of the sentence's figure that ends just before a phrase opening on و (…ستة من رجال
 * الأمن ومواطنَين اثنين): the two are one list under one verb. Null when the phrase stands apart.
 */
function coordinatedTopic(figures: readonly Figure[], sentenceFrom: number, sentence: Sentence, phraseStart: number): string | null {
  // (The و may be glued to digits or stand before them: "و57 من المشجعين", "و 57".)
  if (!/^[وف]/.test(sentence.text.slice(phraseStart, phraseStart + 1)) && !/(?:^|\s)[وف]\s?$/.test(sentence.text.slice(Math.max(0, phraseStart - 3), phraseStart))) return null;
  for (let k = figures.length - 1; k >= sentenceFrom; k--) {
    const f = figures[k]!;
    const end = f.end - sentence.start;
    if (end > phraseStart) continue;
    const between = sentence.text.slice(end, phraseStart);
    // What the first one's people were (… على الأقل من القوات الموالية للحكومة وثلاثة مدنيين) may stand between.
    return !/[،,.:;؛()«»"“”!?؟\n]/.test(between) && between.split(/\s+/).filter(Boolean).length <= COORDINATED_GAP ? f.topic : null;
  }
  return null;
}

/** Words a qualifier of the first figure may take before the و of the second. */
const COORDINATED_GAP = 6;

/** Words between two figures that make the second the new value of the first ("من 50 ليرة … ليصل إلى 200 ليرة"). */
const CHANGE_TO = /(?:^|[\s،,])(?:[وف]?(?:إلى|الى|ليصل|لتصل|ليبلغ|لتبلغ|ليسجل|لتسجل|ليرتفع|لترتفع|لينخفض|لتنخفض)|لل)/u;

/**
 * "ارتفاع الدولار من 50 ليرة … ليصل اليوم لل200 ليرة": a value in the same currency that a change
 * leads to is the same quantity as the value it changed from (an exchange rate, a price).
 */
function changeTargets(figures: Figure[]): Figure[] {
  // The latest exchange rate in each sentence and currency, read in order (linear in the figures).
  const latest = new Map<string, Figure>();
  return figures.map((f) => {
    if (!f.currency) return f;
    const key = `${f.currency}\u0000${f.sentence}`;
    const from = latest.get(key);
    if (f.topic === 'exchange-rate') latest.set(key, f);
    if (!from || f.topic === from.topic) return f;
    // Both stand in one sentence: the gap between them follows from their article offsets.
    const at = f.sentence.indexOf(from.text);
    const gap = at < 0 ? '' : f.sentence.slice(at + (from.end - from.start), at + (f.start - from.start));
    if (!CHANGE_TO.test(gap)) return f;
    return { ...f, topic: from.topic, quantity: from.quantity ?? null, measure: from.measure ?? f.measure };
  });
}

/**
 * "خفض الفائدة 100 نقطة أساس (1%)، ليسجل 17.75 على الإيداع و18.75 على الإقراض": after a rate stated
 * with its unit, bare numbers under 100 in the same sentence are the same kind of rate.
 */
function ratesAfterPercent(figures: Figure[]): Figure[] {
  // The latest rate with its quantity in each sentence, read in order (linear in the figures).
  const latestRate = new Map<string, Figure>();
  return figures.map((f) => {
    if (f.topic === 'percent' && f.quantity) latestRate.set(f.sentence, f);
    if (f.topic !== null || f.unit !== null || f.measure || f.value >= 100) return f;
    const rate = latestRate.get(f.sentence);
    return rate ? { ...f, topic: 'percent', unit: '%', measure: 'percent', quantity: rate.quantity } : f;
  });
}
