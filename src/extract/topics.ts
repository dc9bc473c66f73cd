import { normalizeForMatch } from '../arabic/normalize.ts';
import { classifyWord } from '../arabic/number-words.ts';
import { stem, stripClitics, type Token } from '../arabic/tokenize.ts';
import type { LexiconEntry } from '../lexicon.ts';

/**
 * Topics from the bilingual topic lexicon (data/lexicon/topics.json): each topic's Arabic cue words
 * (verbs and nouns: اعتقل، قتلى، جرحى), the counted nouns that imply it (`units`: طائرة → aircraft,
 * جندي → troops), optional groups (security forces vs civilians) and the fields that say how it is
 * read (`measure`, `requires`, `excludedBy`, `role`, `combines`, `follows`, `figureCues`, `phrases`).
 *
 * `topicsIn` names the topics a sentence speaks of (for statements); `classifyFigure` gives one
 * figure its topic, from its counted noun first and the words that govern it next (see there).
 */

export interface TopicGroup {
  name: string;
  words: Set<string>;
}

export interface TopicRule {
  id: string;
  /** Every word of every Arabic phrase (what a statement's topics and /who-said about: look for). */
  cues: Set<string>;
  cueStems: Set<string>;
  /** For figures, stricter: one-word phrases as cues, longer ones only as whole phrases (قوات حفظ السلام, not قوات). */
  wordCues: Set<string>;
  wordCueStems: Set<string>;
  phrases: string[][];
  units: Set<string>;
  groups: TopicGroup[];
  /** What the topic counts: "people", "money"…; null for things (aircraft, houses). */
  measure: string | null;
  /** Words one of which the article must contain for the topic to apply (cases: كورونا، الكوليرا…), normalised; empty = always. */
  requires: string[];
  /** `requires` as one pattern, so an article is scanned once per such topic. */
  requirePattern: RegExp | null;
  /**
   * Words that rule the topic out for a figure in their sentence, whatever the article is about
   * (cases: اشتباكات، حادث — "إصابة 15 جندياً في اشتباكات" is injuries in an epidemic's article too), normalised.
   */
  excludedBy: Set<string>;
  /** Phrases right after an amount's noun that make it this topic (دينار للدولار → exchange-rate), normalised words. */
  follows: string[][];
  /** Two topics counted together (شهيد وجريح → casualties). */
  combines: [string, string] | null;
  /** Its counted nouns say who people are (جندي، راكب), not what happened to them: the context decides. */
  role: boolean;
  /** What a weight or volume of it is (حشيش → drugs in "4200 كلغ من الحشيش"), every reading. */
  materials: Set<string>;
  /** Figure cues only as written without the article (إنقاذ 52 شخصاً; فرق الإنقاذ are the rescuers), normalised. */
  bareCues: Set<string>;
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
  /** Counted noun reading → the topics it implies. */
  unitTopics: Map<string, TopicRule[]>;
  /** Material reading → the topic a measure of it counts (كوكايين → drugs). */
  materialTopics: Map<string, TopicRule>;
  /** Bare cue (see TopicRule.bareCues) → topics. */
  bareCueRules: Map<string, TopicRule[]>;
  /** For figures: one-word cue reading → topics, cue stem → topics, a phrase's first word → [phrase, topic]. */
  wordCueRules: Map<string, TopicRule[]>;
  wordStemRules: Map<string, TopicRule[]>;
  phraseRules: Map<string, Array<[string[], TopicRule]>>;
  byId: Map<string, TopicRule>;
  /** Topics that count two others together (casualties), and those that count people (not combined). */
  combined: TopicRule[];
  peopleRules: TopicRule[];
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
    const wordCues = new Set<string>();
    const wordCueStems = new Set<string>();
    const phrases: string[][] = [];
    for (const phrase of entry.ar) {
      const words = normalizeForMatch(phrase).split(/\s+/).filter((x) => x.length > 1);
      for (const w of words) {
        for (const f of wordForms(w)) cues.add(f);
        cueStems.add(stem(w));
      }
      if (words.length === 1) {
        for (const f of wordForms(words[0]!)) wordCues.add(f);
        wordCueStems.add(stem(words[0]!));
      } else if (words.length > 1) phrases.push(words);
    }
    // Phrases only whole (نقل إلى المستشفى: not every إلى), for figures only.
    for (const p of ((entry.extra.phrases as string[] | undefined) ?? []).map((x) => normalizeForMatch(x).split(/\s+/).filter(Boolean))) if (p.length) phrases.push(p);
    // Words that name the topic only next to a number (ضبط 19 = 19 seized; بالضبط = exactly).
    for (const w of ((entry.extra.figureCues as string[] | undefined) ?? []).map((x) => normalizeForMatch(x))) wordCues.add(w);
    const units = new Set(((entry.extra.units as string[] | undefined) ?? []).map((u) => normalizeForMatch(u)));
    const groupSpec = (entry.extra.groups as Record<string, string[]> | undefined) ?? {};
    const groups = Object.entries(groupSpec).map(([name, words]) => ({
      name,
      words: new Set(words.flatMap((w) => normalizeForMatch(w).split(/\s+/)).flatMap(wordForms)),
    }));
    const list = (key: string): string[] => ((entry.extra[key] as string[] | undefined) ?? []).map((w) => normalizeForMatch(w));
    const combines = list('combines');
    return {
      id: entry.id,
      cues,
      cueStems,
      wordCues,
      wordCueStems,
      phrases,
      units,
      groups,
      measure: typeof entry.extra.measure === 'string' ? entry.extra.measure : null,
      requires: list('requires'),
      requirePattern: list('requires').length ? new RegExp(list('requires').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null,
      excludedBy: new Set(list('excludedBy')),
      follows: list('follows').map((p) => p.split(/\s+/).filter(Boolean)),
      role: entry.extra.role === true,
      materials: new Set(list('materials').flatMap((w) => wordForms(w))),
      bareCues: new Set(list('bareCues')),
      combines: combines.length === 2 ? [((entry.extra.combines as string[])[0])!, ((entry.extra.combines as string[])[1])!] : null,
    };
  });
  const brokenPlural = new Set(entries.flatMap((e) => ((e.extra.brokenPlural as string[] | undefined) ?? []).map((w) => normalizeForMatch(w))));
  const cueTopics = new Map<string, string[]>();
  const stemTopics = new Map<string, string[]>();
  for (const rule of rules) {
    for (const cue of rule.cues) cueTopics.set(cue, [...(cueTopics.get(cue) ?? []), rule.id]);
    for (const cue of rule.cueStems) if (cue.length >= 3) stemTopics.set(cue, [...(stemTopics.get(cue) ?? []), rule.id]);
  }
  const unitTopics = new Map<string, TopicRule[]>();
  for (const rule of rules) for (const unit of rule.units) unitTopics.set(unit, [...(unitTopics.get(unit) ?? []), rule]);
  const bareCueRules = new Map<string, TopicRule[]>();
  for (const rule of rules) for (const w of rule.bareCues) bareCueRules.set(w, [...(bareCueRules.get(w) ?? []), rule]);
  const materialTopics = new Map<string, TopicRule>();
  for (const rule of rules) for (const m of rule.materials) if (!materialTopics.has(m)) materialTopics.set(m, rule);
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  const wordCueRules = new Map<string, TopicRule[]>();
  const wordStemRules = new Map<string, TopicRule[]>();
  const phraseRules = new Map<string, Array<[string[], TopicRule]>>();
  for (const rule of rules) {
    for (const f of rule.wordCues) push(wordCueRules, f, rule);
    // Short stems join unrelated words (اثر: أثرت "affected", إثر "after"): only longer ones count.
    for (const st of rule.wordCueStems) if (st.length >= 4) push(wordStemRules, st, rule);
    for (const p of rule.phrases) push(phraseRules, p[0]!, [p, rule] as [string[], TopicRule]);
  }
  model = {
    rules,
    units: new Set([...rules.flatMap((r) => [...r.units]), ...brokenPlural]),
    brokenPlural,
    cueTopics,
    stemTopics,
    unitTopics,
    materialTopics,
    bareCueRules,
    wordCueRules,
    wordStemRules,
    phraseRules,
    byId: new Map(rules.map((r) => [r.id, r])),
    combined: rules.filter((r) => r.combines),
    peopleRules: rules.filter((r) => r.measure === 'people' && !r.combines),
  };
  models.set(entries, model);
  return model;
}

/**
 * Per topic model and sentence, the topics each token is a figure cue of (computed on first need,
 * token by token). Keyed by the model too: a desk reloaded in the same process has a model of its
 * own, and tokenised sentences are shared across desks.
 */
const cueIndex = new WeakMap<TopicModel, WeakMap<SentenceWords, Array<readonly TopicRule[] | undefined>>>();
const NO_RULES: readonly TopicRule[] = [];
/** The sentence figureCuesAt read last, with its index (held weakly no longer than until the next sentence). */
const lastCues: { model?: TopicModel; sentence?: SentenceWords; index: Array<readonly TopicRule[] | undefined> } = { index: [] };

/** The topics token k is a figure cue of: a one-word cue, or the start of a longer phrase. */
function figureCuesAt(model: TopicModel, sentence: SentenceWords, k: number): readonly TopicRule[] {
  let index: Array<readonly TopicRule[] | undefined>;
  // Asked word after word of one sentence: its index is kept at hand, not found in two WeakMaps each time.
  if (model === lastCues.model && sentence === lastCues.sentence) index = lastCues.index;
  else {
    let bySentence = cueIndex.get(model);
    if (!bySentence) cueIndex.set(model, (bySentence = new WeakMap()));
    let known = bySentence.get(sentence);
    if (!known) bySentence.set(sentence, (known = new Array(sentence.forms.length)));
    index = known;
    lastCues.model = model;
    lastCues.sentence = sentence;
    lastCues.index = index;
  }
  let found = index[k];
  if (found) return found;
  // Loops and a module-level helper, not closures: this runs for every word near every figure.
  let out: TopicRule[] | undefined;
  for (const f of sentence.forms[k]!) {
    out = addRules(out, model.wordCueRules.get(f));
    const phrases = model.phraseRules.get(f);
    if (phrases) for (const [phrase, rule] of phrases) if (phraseFollows(sentence, k, phrase)) out = addRule(out, rule);
  }
  out = addRules(out, model.wordStemRules.get(sentence.stems[k]!));
  if (model.bareCueRules.size) {
    // Without the article only: و/ف and ب/ل may lead (ولإنقاذ), ال may not (فرق الإنقاذ).
    const bare = sentence.forms[k]![0]!.replace(/^[وف]?[بل]?/, '');
    out = addRules(out, model.bareCueRules.get(bare));
  }
  found = out ?? NO_RULES;
  index[k] = found;
  return found;
}

/** The phrase's words after its first stand, unclitic'd, from token k + 1 on. */
function phraseFollows(sentence: SentenceWords, k: number, phrase: readonly string[]): boolean {
  for (let i = 1; i < phrase.length; i++) if (sentence.forms[k + i]?.[0] !== phrase[i]) return false;
  return true;
}

/** `out` with each rule not in it yet appended (made on the first one). */
function addRules(out: TopicRule[] | undefined, rules: readonly TopicRule[] | undefined): TopicRule[] | undefined {
  if (rules) for (const r of rules) out = addRule(out, r);
  return out;
}

function addRule(out: TopicRule[] | undefined, rule: TopicRule): TopicRule[] {
  if (!out) return [rule];
  if (!out.includes(rule)) out.push(rule);
  return out;
}

export interface Classification {
  topic: string | null;
  /** e.g. "security forces" when the counted people are named as such. */
  group: string | null;
}

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

/** Word lists the figure classifier reads besides the topics (data/lexicon/figure-cues.json), normalised. */
export interface FigureVocabulary {
  /** Nouns that count people without saying what happened to them (شخص، مواطن، آخرين; nationality nouns: مصريين). */
  people: Set<string>;
  /** Currency noun reading → code (دولار → USD). */
  currencies: Map<string, string>;
  /** Word reading → the quantity it names (التضخم → inflation, الميزانية → budget). */
  quantities: Map<string, string>;
  /** Nouns counted by the noun after them (حالة وفاة، حالات إصابة). */
  containers: Set<string>;
  /** Words whose next word names what a later bare number counts (عدد القتلى، حصيلة الوفيات). */
  counters: Set<string>;
  /** Words that follow a number but count nothing (قال، كان، فقط): never an open topic. */
  notCounted: Set<string>;
  /** Units of weight and volume (كلغ، طن، لتر، برميل): what they measure is the material named after them. */
  measures: Set<string>;
  /** English names for the open topics of nouns no topic lists (حالة → cases, نقطة → points), by normalised noun. */
  openTopicNames: Map<string, string>;
  /** Phrases after a counted noun that hand its predicate to the word after them (20 مهاجراً في عداد المفقودين). */
  links: ReadonlyArray<readonly string[]>;
}

export interface FigureSpan {
  /** Tokens of the number [numberFrom, numberTo) and of its counted noun phrase [unitFrom, unitTo). */
  numberFrom: number;
  numberTo: number;
  unitFrom: number;
  unitTo: number;
  /** Token where the figure's phrase starts (its approximator: أكثر من), ≤ numberFrom. */
  phraseFrom?: number;
  /** Token of the sentence's next number after this one: cues past it belong to that one. */
  nextNumberAt?: number;
  /**
   * Tokens [from, to) of the previous number's phrase (number and noun): no cue of this one
   * (52 قتيلاً و22 جريحاً: قتيلاً is not 22's), and the words before it no longer govern this one.
   */
  previous?: { from: number; to: number };
  /** Readings of the counted noun when it is not a token of its own (a dual's singular: جنديين → جندي). */
  head?: readonly string[];
  /** The number is a percentage: its unit (percent, percentage-points, basis-points), else null. */
  percent: string | null;
  /**
   * The topic of the figure this one is joined to by و right before it ("استشهاد ستة من رجال الأمن
   * ومواطنَين اثنين"): the first one's verb governs both.
   */
  coordinatedWith?: string | null;
  /** Whether a clause mark (، ; :) stands right before token k: the word after the number across one governs nothing. */
  clauseMarkBefore?: (k: number) => boolean;
  /** Token after a link phrase that follows the counted noun (في عداد ‹المفقودين›): it governs as the next word would. */
  linkedAt?: number;
}

export interface FigureClass extends Classification {
  /** "people", "money", "percent"… (see Figure.measure). */
  measure: string | null;
  /** What a percentage or an amount measures (inflation, budget, subsidies), else null. */
  quantity: string | null;
  /** Currency code of an amount (USD, EGP, DINAR), else null. */
  currency: string | null;
}

/** How far a cue may stand from its number, in tokens: beyond it the sentence speaks of something else. */
const WINDOW = 20;
/**
 * How far the quantity an amount of money measures may stand from it: a sum is named close by
 * ("صرف شريحة جديدة بقيمة 1.2 مليار دولار"), and a quantity further off belongs to another sum of the
 * sentence ("…، ليصل إجمالي ما حصلت عليه من البرنامج البالغة قيمته 8 مليارات").
 */
const MONEY_QUANTITY_WINDOW = 6;
/** Cues this close before the number govern it (قتل 5، اعتقال 19، وضبط 19 آخرين)… */
const GOVERNING = 2;
const GOVERNING_WEIGHT = 6;
/** …and these, a little further, are still its clause's verb (توفي مساء الأربعاء نحو 80 شخصاً). */
const CLAUSE = 5;
const CLAUSE_WEIGHT = 2.5;
/**
 * The weight of the counted noun's own topic: a noun naming what happened (قتيل، مصاب، وفاة)
 * outweighs the clause's verb; one naming who (جندي، راكب، متظاهر) yields to it (قتل 3 جنود → deaths).
 */
const EVENT_BONUS = 5;
/** Candidates are already filtered to context-bound topics whose context is present. */
const CONTEXT_PREFERENCE = 1.25;
const ROLE_BONUS = 2;

const hasAny = (forms: readonly string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>) => forms.some((f) => set.has(f));

/**
 * The topic of a figure: from the lexicon when its counted noun is a topic's (طائرة → aircraft) or
 * names one (مئات الجرحى → injuries), otherwise from the words that govern it (اعتقال 19 ناشطاً →
 * arrests) or surround it when it counts people (45 شخصاً قتلوا → deaths), otherwise from the noun
 * itself (9 مراكز → an open topic "مراكز"). Percentages and amounts of money take the quantity they
 * measure (التضخم → inflation). A topic that needs a context (cases: an epidemic) applies only when
 * `applies` says the article has it, so إصابة is a case in a cholera report and an injury in a clash.
 */
/**
 * A word after a number that is a preposition on a noun (بإقليم، للمرضى، بالحسكة), not a counted
 * noun that begins with one of those letters (براميل، لاجئين): the whole word is no topic's noun,
 * and without its ب/ل/ك it is one, or it is definite.
 */
/** How far before a count of people its coordinated nouns or verbs may stand (مصرع وإصابة أكثر من 200 شخص). */
const COMBINED_BEFORE = 4;
/** How far after the counted noun its "بين قتيل وجريح" phrase may come (43 شخصاً سقطوا بين قتيل وجريح). */
const COMBINED_AFTER = 3;

/**
 * A count of people killed and wounded together, named around the number rather than by its noun:
 * two cues joined by و before it (مقتل وإصابة 50 شخصا، قُتل وأصيب أكثر من 450) or the rule's phrase
 * just after the counted noun (43 شخصاً سقطوا بين قتيل وجريح).
 */
function combinedAround(model: TopicModel, sentence: SentenceWords, span: FigureSpan, headAt: number): TopicRule | undefined {
  const { forms } = sentence;
  const after = Math.max(span.numberTo, span.unitTo, headAt + 1);
  for (const rule of model.combined) {
    const [a, b] = combinedTopics(model, rule);
    if (!a || !b) continue;
    for (let y = span.numberFrom - 1; y > 0 && span.numberFrom - y <= COMBINED_BEFORE; y--) {
      const x = forms[y - 1];
      if (!sentence.forms[y]![0]!.startsWith('و')) continue;
      // ("45 شخصاً قتلوا وأصيب أكثر من 200": a verb right after an earlier count is that count's.)
      if ([y - 2, y - 3].some((k) => k >= 0 && sentence.forms[k]!.some((f) => /\p{N}/u.test(f)))) continue;
      if ((namesTopic(x, a) && namesTopic(forms[y], b)) || (namesTopic(x, b) && namesTopic(forms[y], a))) return rule;
    }
    if (rule.phrases.some((p) => phraseIn(forms, after, Math.min(forms.length, after + COMBINED_AFTER), p))) return rule;
  }
  return undefined;
}

/*
 * classifyFigure's helpers are functions of their own, not closures made in it: it runs for every
 * figure of every article, and (under tsx, which keeps function names) each closure made there
 * also costs a property definition.
 */

/** A word's readings name the topic: one of its units or word cues. */
function namesTopic(w: readonly string[] | undefined, r: TopicRule): boolean {
  return !!w && (hasAny(w, r.units) || hasAny(w, r.wordCues));
}

/** The topics a combined topic counts together (casualties: deaths and injuries). */
function combinedTopics(model: TopicModel, rule: TopicRule): Array<TopicRule | undefined> {
  return rule.combines!.map((id) => model.byId.get(id));
}

/** The currency one of a word's readings names, or null. */
function currencyIn(vocabulary: FigureVocabulary, w: readonly string[] | undefined): string | null {
  return w?.map((f) => vocabulary.currencies.get(f)).find((c) => c !== undefined) ?? null;
}

/** "حالة وفاة": a container noun at `at` is counted by the noun after it, when that one names a topic. */
function unboxed(model: TopicModel, vocabulary: FigureVocabulary, forms: ReadonlyArray<readonly string[]>, at: number): number {
  const next = forms[at + 1];
  return next && hasAny(forms[at]!, vocabulary.containers) && model.rules.some((r) => hasAny(next, r.units) || hasAny(next, r.wordCues)) ? at + 1 : at;
}

/** A figure of a topic rule (or an open topic `fallback`), with the group its words name. */
function ruleClass(rule: TopicRule | undefined, forms: ReadonlyArray<readonly string[]>, span: FigureSpan, fallback: string | null = null): FigureClass {
  return {
    topic: rule?.id ?? fallback,
    group: rule ? groupOf(rule, forms, span.numberTo, span.unitFrom, span.unitTo) : null,
    measure: rule?.measure ?? null,
    quantity: null,
    currency: null,
  };
}

/**
 * A topic rule may classify this figure: no combined topic, its context present (applies), and no
 * word of the sentence excluding it. `exclusions` remembers the last per figure and rule: asked for
 * the same rules several times.
 */
function usableRule(rule: TopicRule, forms: ReadonlyArray<readonly string[]>, applies: (rule: TopicRule) => boolean, exclusions: Map<TopicRule, boolean>): boolean {
  if (rule.combines || (rule.requires.length && !applies(rule))) return false;
  if (!rule.excludedBy.size) return true;
  let out = exclusions.get(rule);
  if (out === undefined) exclusions.set(rule, (out = forms.some((f) => f.some((w) => rule.excludedBy.has(w)))));
  return !out;
}

function prepositional(model: TopicModel, forms: readonly string[]): boolean {
  const word = forms[0];
  if (!word || !/^[وف]?[بلك]/.test(word) || model.unitTopics.has(word)) return false;
  const rest = word.replace(/^[وف]?[بلك]/, '');
  return rest.startsWith('ال') || model.unitTopics.has(rest);
}

export function classifyFigure(model: TopicModel, vocabulary: FigureVocabulary, sentence: SentenceWords, span: FigureSpan, applies: (rule: TopicRule) => boolean): FigureClass {
  const { forms } = sentence;
  const { numberFrom, numberTo, unitFrom, unitTo } = span;
  let headAt = unitFrom < unitTo ? unitFrom : -1;
  let head: readonly string[] = span.head ?? (headAt >= 0 ? forms[headAt]! : []);
  if (span.percent) return { topic: 'percent', group: null, measure: span.percent, quantity: nearestQuantity(vocabulary, forms, numberFrom, Math.max(numberTo, unitTo), true), currency: null };
  // The word after may narrow the currency (جنيه إسترليني).
  const qualifier = headAt >= 0 ? vocabulary.currencies.get(forms[headAt + 1]?.[0] ?? '') : undefined;
  const currency = currencyIn(vocabulary, head) ? qualifier ?? currencyIn(vocabulary, head) : null;
  if (currency) {
    // "جنيه للدولار" after the amount, or "سعر صرف الدولار إلى 48.5 جنيه" before it: a rate, not a sum.
    const before = Math.max(0, numberFrom - WINDOW);
    const rate =
      model.rules.find((r) => r.follows.length && (r.follows.some((p) => phraseFrom(forms, unitTo, p)) || r.phrases.some((p) => phraseIn(forms, before, numberFrom, p)))) ??
      (pricedCurrencyBefore(vocabulary, forms, numberFrom, currency) ? model.rules.find((r) => r.follows.length && r.measure === 'money') : undefined);
    const quantity = rate ? null : nearestQuantity(vocabulary, forms, numberFrom, Math.max(numberTo, unitTo), false, MONEY_QUANTITY_WINDOW);
    return { topic: rate?.id ?? model.byId.get('money')?.id ?? 'money', group: null, measure: 'money', quantity, currency };
  }
  // Killed and wounded counted together: the noun and the next (joined by و) name one each
  // (ألف شهيد وجريح، 64 حالة إصابة ووفاة).
  if (headAt >= 0) {
    const first = hasAny(forms[headAt]!, vocabulary.containers) ? headAt + 1 : headAt;
    const [x, y] = [forms[first], forms[first + 1]];
    if (x && y && sentence.forms[first + 1]![0]!.startsWith('و')) {
      for (const rule of model.combined) {
        const [a, b] = combinedTopics(model, rule);
        if (!a || !b) continue;
        if ((namesTopic(x, a) && namesTopic(y, b)) || (namesTopic(x, b) && namesTopic(y, a))) return ruleClass(rule, forms, span);
      }
    }
  }
  // "حالة وفاة": a container noun is counted by the noun after it.
  if (headAt >= 0 && !span.head) head = forms[(headAt = unboxed(model, vocabulary, forms, headAt))]!;
  // A counted noun follows its number bare: "1452 بإقليم الحوز، و764 بإقليم تارودانت" count what
  // was named before them (عدد الوفيات), each in a province.
  if (headAt >= 0 && !span.head && prepositional(model, head)) {
    head = [];
    headAt = -1;
  }
  // Read once per figure and topic: usableRule is asked for the same rules several times below.
  const exclusions = new Map<TopicRule, boolean>();
  // No noun after the number, or only a container: the one before names what is counted
  // (ارتفع عدد القتلى إلى 1136; إجمالي حالات الوفاة إلى 273 حالة). A container that is itself a
  // count in the article's context ("سجلت الولاية 650 حالة" in an epidemic) takes no noun from
  // near before it (الولاية is where, not what); only a counter's noun (عدد حالات الإصابة) does.
  if (!head.length || (headAt >= 0 && !span.head && hasAny(head, vocabulary.containers))) {
    const counted = head.length > 0 && head.some((f) => (model.unitTopics.get(f) ?? []).some((r) => r.requires.length > 0 && usableRule(r, forms, applies, exclusions)));
    const before = nounBefore(model, vocabulary, forms, numberFrom, !counted);
    if (before >= 0) head = forms[(headAt = unboxed(model, vocabulary, forms, before))]!;
  }
  // "4200 كلغ من الحشيش", "12 طناً من الأدوية": a weight or volume counts the material it measures.
  if (headAt >= 0 && hasAny(head, vocabulary.measures)) {
    const material = materialAfter(model, vocabulary, forms, headAt + 1);
    if (material && usableRule(material, forms, applies, exclusions)) return ruleClass(material, forms, span);
  }
  const byUnit = [...new Set(head.flatMap((f) => model.unitTopics.get(f) ?? []))].filter((r) => usableRule(r, forms, applies, exclusions));
  const candidates = byUnit.length || headAt < 0 ? byUnit : figureCuesAt(model, sentence, headAt).filter((r) => usableRule(r, forms, applies, exclusions));
  // Things (طائرة، منزل، جسر): the noun decides.
  if (candidates.length && candidates.every((r) => r.measure !== 'people')) {
    return ruleClass(candidates.length === 1 ? candidates[0] : bestByContext(model, sentence, span, headAt, candidates) ?? candidates[0], forms, span);
  }
  const people = !head.length || candidates.length > 0 || hasAny(head, vocabulary.people);
  const peopleRules = model.peopleRules.filter((r) => usableRule(r, forms, applies, exclusions));
  const shared = span.coordinatedWith ? sharedTopic(model, sentence, span, candidates, span.coordinatedWith) : undefined;
  if (shared && usableRule(shared, forms, applies, exclusions)) return ruleClass(shared, forms, span);
  if (people) {
    // "20 مهاجراً في عداد المفقودين": the word after a link phrase governs as the next word does.
    const after = Math.max(numberTo, unitTo);
    const link = vocabulary.links.find((l) => phraseFrom(forms, after, l));
    const linked = link ? { ...span, linkedAt: after + link.length } : span;
    const combined = combinedAround(model, sentence, linked, headAt);
    if (combined && usableRule({ ...combined, combines: null }, forms, applies, exclusions)) return ruleClass(combined, forms, linked);
    // What happened to the people counted decides (قتل 3 جنود → deaths, نشر 2030 عسكرياً → troops);
    // the noun's own topic weighs in, a context-bound one (cases in an epidemic) a little more.
    const bonus = new Map(candidates.map((r) => [r, (r.role ? ROLE_BONUS : EVENT_BONUS) + (r.requires.length ? 0.5 : 0)]));
    return ruleClass(bestByContext(model, sentence, linked, headAt, peopleRules, undefined, bonus) ?? candidates[0], forms, linked);
  }
  // A noun the lexicon does not know: a governing cue decides (اعتقال 19 ناشطاً), else the noun itself.
  const governed = bestByContext(model, sentence, span, headAt, peopleRules, GOVERNING);
  if (governed) return ruleClass(governed, forms, span);
  return ruleClass(undefined, forms, span, openTopic(vocabulary, head));
}

/** How far before an amount the currency it prices may stand (سعر بيع الأورو الواحد 262 ديناراً). */
const PRICED_CURRENCY_REACH = 6;

/**
 * Whether another currency stands before an amount as what it prices, with no number of its own
 * (الأورو يقفز إلى 262 ديناراً، سعر المئة دولار 148 ألف دينار): the amount is an exchange rate. A
 * currency counted by a number before it ("3 مليارات دولار، أي ما يعادل 150 مليار جنيه") is a sum.
 */
function pricedCurrencyBefore(vocabulary: FigureVocabulary, forms: ReadonlyArray<readonly string[]>, numberFrom: number, currency: string): boolean {
  for (let k = numberFrom - 1; k >= Math.max(0, numberFrom - PRICED_CURRENCY_REACH); k--) {
    const code = forms[k]!.map((f) => vocabulary.currencies.get(f)).find((c) => c !== undefined);
    if (!code || code === currency) continue;
    // Counted by the word before: digits or any number word of the grammar (بمليون، المليار، خمسة).
    const before = forms[k - 1]?.[0] ?? '';
    return !/^[0-9]/.test(before) && classifyWord(before) === null;
  }
  return false;
}

/** Words after a measure within which its material is named (كيلو جراماً من مخدر الحشيش). */
const MATERIAL_REACH = 4;

/**
 * The topic of the material a measure is of: the first word after it, past من and further measure
 * words (كيلو جراماً), that a topic lists as a material; null at the first other word.
 */
function materialAfter(model: TopicModel, vocabulary: FigureVocabulary, forms: ReadonlyArray<readonly string[]>, from: number): TopicRule | null {
  for (let k = from; k < Math.min(forms.length, from + MATERIAL_REACH); k++) {
    const f = forms[k]!;
    for (const form of f) {
      const rule = model.materialTopics.get(form);
      if (rule) return rule;
    }
    if (f.includes('من') || hasAny(f, vocabulary.measures)) continue;
    return null;
  }
  return null;
}

/** Words after a coordinated figure within which a verb of its own takes it back (و3 آخرون أصيبوا). */
const OWN_VERB_REACH = 3;

/**
 * The topic a coordinated figure shares with the one before it: a people topic, when its own noun
 * names no event (مواطنين، مدنيين, not جرحى) and no verb of another topic follows it.
 */
function sharedTopic(model: TopicModel, sentence: SentenceWords, span: FigureSpan, candidates: readonly TopicRule[], previousTopic: string): TopicRule | undefined {
  const rule = model.byId.get(previousTopic);
  if (!rule || rule.measure !== 'people' || rule.combines) return undefined;
  if (candidates.some((r) => !r.role && r !== rule)) return undefined;
  const last = Math.max(span.numberTo, span.unitTo);
  for (let k = last; k < Math.min(sentence.forms.length, last + OWN_VERB_REACH, span.nextNumberAt ?? Infinity); k++) {
    // A word on و opens the next item of the list (ومواطنَين اثنين وإصابة عشرة): not this one's verb.
    if (/^[وف]/.test(sentence.forms[k]![0] ?? '')) break;
    if (figureCuesAt(model, sentence, k).some((r) => r !== rule && r.measure === 'people' && !r.role)) return undefined;
  }
  return rule;
}

/**
 * The noun a bare number counts, written before it: the word after عدد/حصيلة/إجمالي (ارتفع عدد
 * القتلى إلى 1136), else a topic's counted noun just before (زيادة سيارات الإسعاف إلى 74). −1 if none.
 */
function nounBefore(model: TopicModel, vocabulary: FigureVocabulary, forms: ReadonlyArray<readonly string[]>, numberFrom: number, nearby = true): number {
  for (let k = numberFrom - 1; k >= 0 && k >= numberFrom - 14; k--) if (hasAny(forms[k]!, vocabulary.counters) && k + 1 < numberFrom) return k + 1;
  if (!nearby) return -1;
  for (let k = numberFrom - 1; k >= 0 && k >= numberFrom - 4; k--) if (hasAny(forms[k]!, model.unitTopics)) return k;
  return -1;
}

/** An open topic's id: the counted noun without clitics, the article or the accusative alif (مراكز، مشروع). */
function openTopic(vocabulary: FigureVocabulary, head: readonly string[]): string | null {
  const word = head[0];
  if (!word || word.length < 3 || !/^[\u0621-\u064A]+$/.test(word)) return null;
  // A counted noun follows its number bare: not behind a preposition (للجنة), not a verb (ستكون، تدافعوا).
  if (/^(?:و|ف)?(?:ل|ب|ك)/.test(word) && !head.some((f) => f !== word && f.length >= 3 && !/^(?:ل|ب|ك)/.test(f))) return null;
  if (/^(?:و|ف)?(?:لل|س[يتن])/.test(word) || /(?:وا|و)$/.test(word)) return null;
  if (vocabulary.notCounted.has(word)) return null;
  const bare = word.replace(/^(?:و|ف)?(?:ب|ل|ك)?ال/, '');
  const noun = bare.length > 3 && bare.endsWith('ا') ? bare.slice(0, -1) : bare;
  return vocabulary.openTopicNames.get(noun) ?? noun;
}

function phraseFrom(forms: ReadonlyArray<readonly string[]>, at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => forms[at + k]?.includes(w));
}

/** The phrase starting anywhere in [from, to). */
function phraseIn(forms: ReadonlyArray<readonly string[]>, from: number, to: number, phrase: readonly string[]): boolean {
  for (let k = from; k < to; k++) if (phraseFrom(forms, k, phrase)) return true;
  return false;
}

/**
 * The quantity named nearest the number, before it first (معدل التضخم 7.5%), within the window.
 * A share's base is not what it measures: in "الدين العام … 80% من الناتج المحلي" the quantity is
 * the debt, so for a percentage the noun right after من is skipped.
 */
function nearestQuantity(vocabulary: FigureVocabulary, forms: ReadonlyArray<readonly string[]>, from: number, to: number, share = false, window = WINDOW): string | null {
  const base = share && forms[to]?.includes('من') ? to + 1 : -1;
  for (let d = 1; d <= window; d++) {
    for (const k of [from - d, to - 1 + d]) {
      const f = forms[k];
      if (!f || k === base) continue;
      for (const form of f) {
        const q = vocabulary.quantities.get(form);
        if (q) return q;
      }
    }
  }
  return null;
}

/**
 * The candidate whose cues stand closest to the number, summed over the window; cues just before
 * it (the verb that governs it) weigh most. `reach` limits the look to the words before the number.
 */
function bestByContext(
  model: TopicModel,
  sentence: SentenceWords,
  span: FigureSpan,
  headAt: number,
  candidates: readonly TopicRule[],
  reach?: number,
  bonus?: ReadonlyMap<TopicRule, number>,
): TopicRule | undefined {
  const { forms } = sentence;
  const { numberFrom, numberTo, unitFrom, unitTo } = span;
  const scores = new Map<TopicRule, number>();
  const allowed = new Set(candidates);
  const last = Math.max(numberTo, unitTo);
  const start = Math.min(span.phraseFrom ?? numberFrom, numberFrom);
  const from = Math.max(0, start - (reach ?? WINDOW));
  const to = reach ? numberFrom : Math.min(forms.length, last + WINDOW, span.nextNumberAt ?? Infinity);
  // Words before the clause the number stands in do not govern it: in "قتل 45 ... وأصيب أكثر من
  // 200" قتل is 45's verb, not 200's. A clause opens with a و/ف word.
  let clause = Math.max(0, start - CLAUSE);
  // A number word with the و on it opens its clause itself ("480 حالة إصابة … وسبع وفيات").
  const own = forms[start]?.[0] ?? '';
  if (/^[وف]/.test(own) && !/^واحد/.test(own) && start < numberTo) clause = start;
  for (let k = start - 1; k >= clause; k--) {
    if (/^[وف]/.test(forms[k]![0] ?? '')) {
      clause = k;
      break;
    }
  }
  for (let k = from; k < to; k++) {
    if (k >= start && k < numberFrom) continue;
    if (span.previous && k >= span.previous.from && k < span.previous.to) continue;
    // The number is no cue, nor is its counted noun phrase (its head is weighed by `bonus`): 16 من
    // أفراد قوات الأمن قتلوا is about deaths, not troops.
    if ((k >= numberFrom && k < numberTo) || (k >= unitFrom && k < unitTo) || k === headAt) continue;
    const before = k < numberFrom;
    const distance = before ? start - k : k - last + 1;
    // After the number, only the next word governs, and not when it opens a clause of its own (وأصيب 60).
    // ("استقبلنا 110 مصابين، غادر أغلبهم المستشفى": after a comma, غادر is the next clause's verb.)
    const linked = k === span.linkedAt;
    const governs = before ? k >= clause && (!span.previous || k >= span.previous.to) : linked || (distance === 1 && !/^[وف]/.test(forms[k]![0] ?? '') && !span.clauseMarkBefore?.(k));
    const weight = linked || (governs && distance <= GOVERNING) ? GOVERNING_WEIGHT : governs && before && distance <= CLAUSE ? CLAUSE_WEIGHT : 1 / (1 + distance / 4);
    for (const rule of figureCuesAt(model, sentence, k)) if (allowed.has(rule)) scores.set(rule, (scores.get(rule) ?? 0) + weight);
  }
  let best: TopicRule | undefined;
  let top = 0;
  // A topic bound to a context the article has (cases in an epidemic) beats the everyday reading
  // on the same words; the noun's own topic adds its bonus.
  for (const rule of new Set([...scores.keys(), ...(bonus?.keys() ?? [])])) {
    const score = (scores.get(rule) ?? 0) * (rule.requires.length ? CONTEXT_PREFERENCE : 1) + (bonus?.get(rule) ?? 0);
    if (score > top) [best, top] = [rule, score];
  }
  return best;
}

function groupOf(rule: TopicRule, forms: ReadonlyArray<readonly string[]>, numberTo: number, unitFrom: number, unitTo: number): string | null {
  if (!rule.groups.length) return null;
  const near = (unitFrom < unitTo ? forms.slice(unitFrom, unitTo) : forms.slice(numberTo, numberTo + 2)).flat();
  return rule.groups.find((g) => near.some((f) => g.words.has(f)))?.name ?? null;
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
