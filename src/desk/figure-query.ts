import { normalizeForMatch } from '../arabic/normalize.ts';
import { stem, stripClitics } from '../arabic/tokenize.ts';
import type { Figure } from '../extract/types.ts';
import { normalizeLatin, type LexiconEntry } from '../lexicon.ts';
import { compareArticleIds } from './article-ids.ts';
import type { Desk } from './desk.ts';
import { saysUpdate } from '../stories/figure-updates.ts';

/**
 * /figure as a desk query: figures of a topic as claims (each distinct value once, with every
 * figure that states it), grouped by quantity, and the disagreements between sources about one
 * quantity. A quantity is one story's count of one group in one place over one period: deaths of
 * security forces and deaths overall are different quantities, so are deaths in Almaty and deaths
 * nationwide, November's oil exports and September's (figure-period.ts), and figures of two
 * stories are never compared. Withdrawn figures are claims of their own and never
 * count as disagreement.
 *
 * Two sources disagree when they share no printed number for a quantity (an article that also
 * names the other's figure, or the toll it replaces, does not contradict it) and their main
 * figures (the first each states) differ by more than `DISAGREEMENT_OPTIONS.nearShare`, a bound
 * agreeing with a value it meets within that share ("more than 160" and 164, not "more than 10" and 16); "dozens" is
 * never compared. Sources whose numbers agree only rounded (~8,000 and 7,939), or whose mains are
 * close, are still shown, as a disagreement "only within rounding", ranked after real ones.
 */

export const DISAGREEMENT_OPTIONS = {
  /** Share of the larger value within which two printed numbers are one number rounded (~8,000 and 7,939). */
  sameShare: 0.05,
  /** Main values closer than this share are not a disagreement but a rounding or a small revision. */
  nearShare: 0.1,
  /** Tolerance of a bound: "more than 100" still agrees with 98 (a rounded bound). */
  boundShare: 0.05,
  /**
   * A bound agrees with values up to this factor beyond it: "more than 160" with 164, not "at least
   * 78" with 87 — sources a tenth apart are a disagreement an editor wants to see, bound or not
   * (the same 10% as nearShare).
   */
  boundReach: 1.1,
};

/** Where a figure belongs beyond its topic: its story, its place, whether it reports a new toll. */
export interface FigureContext {
  story: (f: Figure) => string | null;
  scope: (f: Figure) => string | null;
  /** The month or year the figure counts over when its sentence says (figure-period.ts), else null. */
  period?: (f: Figure) => string | null;
  update: (f: Figure) => boolean;
  /** Whether a topic's quantity changes from one period to the next (topics.json `periodic`: oil output, rates). */
  periodic?: (topic: string) => boolean;
}

export interface Claim {
  /** story + topic + who is counted + where; claims with the same quantity are about the same number. */
  quantity: string;
  /** Story id, or null when figures are grouped without a desk. */
  story: string | null;
  topic: string;
  group: string | null;
  /** A place narrower than the story's (a city, one nationality), or null for the story's whole count. */
  scope: string | null;
  /** The period counted over ("2023", "m11") when the sentence says, or null for the story's. */
  period: string | null;
  value: number;
  approx: boolean;
  direction: Figure['direction'];
  vague: boolean;
  withdrawn: boolean;
  /** Some sentence stating it says the toll rose or was revised (an update of an earlier figure). */
  update: boolean;
  /**
   * The topic's quantity changes from period to period (output, prices, rates: topics.json
   * `periodic`): two sources disagree on it only about one stated period.
   */
  periodic: boolean;
  /** Every figure making this claim, in article order. */
  figures: Figure[];
}

/**
 * Measures whose figures are one quantity only when they say what they measure (Figure.quantity):
 * inflation at 39% and food's 70% share of the price index, a rate hike of 6% and a year's 10%,
 * are percentages of different things; one with nothing named is compared with none.
 */
const NAMED_MEASURES = new Set(['percent', 'percentage-points', 'basis-points', 'money']);

export function quantityKey(f: Pick<Figure, 'topic' | 'group'> & Partial<Pick<Figure, 'id' | 'measure' | 'quantity'>>, story: string | null = null, scope: string | null = null, period: string | null = null): string {
  const measured = f.measure && NAMED_MEASURES.has(f.measure) ? `|${f.quantity ?? `unnamed ${f.id ?? ''}`}` : '';
  return `${story ?? '-'}|${f.topic ?? 'other'}|${f.group ?? 'all'}|${scope ?? 'all'}${period ? `|${period}` : ''}${measured}`;
}

function claimKey(quantity: string, f: Figure): string {
  return [quantity, f.value, f.approx ? f.direction ?? 'about' : 'exact', f.vague ? 'vague' : '', f.withdrawn ? 'withdrawn' : ''].join('|');
}

/** Claims of classified figures: quantities in order, largest value first within each. */
export function groupClaims(figures: Figure[], context?: FigureContext): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const f of figures) {
    if (!f.topic) continue;
    const story = context?.story(f) ?? null;
    const scope = context?.scope(f) ?? null;
    const period = context?.period?.(f) ?? null;
    const quantity = quantityKey(f, story, scope, period);
    const key = claimKey(quantity, f);
    const update = context?.update(f) ?? false;
    const claim = byKey.get(key);
    if (claim) {
      claim.figures.push(f);
      claim.update ||= update;
    } else
      byKey.set(key, {
        quantity,
        story,
        topic: f.topic,
        group: f.group ?? null,
        scope,
        period,
        value: f.value,
        approx: f.approx,
        direction: f.direction,
        vague: f.vague,
        withdrawn: f.withdrawn,
        update,
        periodic: context?.periodic?.(f.topic) ?? false,
        figures: [f],
      });
  }
  for (const c of byKey.values()) c.figures.sort((a, b) => compareArticleIds(a.article, b.article) || a.start - b.start);
  return [...byKey.values()].sort((a, b) => (a.quantity < b.quantity ? -1 : a.quantity > b.quantity ? 1 : b.value - a.value));
}

export type Agreement = 'agree' | 'near' | 'differ';

type ValueClaim = Pick<Claim, 'value' | 'approx' | 'direction' | 'vague'>;

const boundKind = (c: ValueClaim) => (c.vague ? 'vague' : c.approx && c.direction === 'more' ? 'more' : c.approx && c.direction === 'less' ? 'less' : 'point');

/** The printed numbers are one number (equal), or one number rounded (within `sameShare`). */
export function sameNumber(a: ValueClaim, b: ValueClaim, options = DISAGREEMENT_OPTIONS): Agreement {
  if (a.value === b.value) return 'agree';
  const share = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  return share <= options.sameShare ? 'near' : 'differ';
}

/**
 * How two stated values of one quantity relate: equal; a bound the other meets without being
 * dwarfed by it ("more than 160" and 164 agree, "more than 570" and 1,301 do not: a bound is a
 * toll too, and one far below another is an earlier or a wrong one); within `nearShare` (one
 * number rounded or updated a little); or different. "Dozens", "hundreds" are never compared.
 */
export function compareValues(a: ValueClaim, b: ValueClaim, options = DISAGREEMENT_OPTIONS): Agreement {
  const ka = boundKind(a);
  const kb = boundKind(b);
  if (ka === 'vague' || kb === 'vague') return 'agree';
  const meets = (bound: ValueClaim, kind: string, x: ValueClaim): boolean =>
    kind === 'more'
      ? x.value >= bound.value * (1 - options.boundShare) && x.value <= bound.value * options.boundReach
      : x.value <= bound.value * (1 + options.boundShare) && x.value >= bound.value / options.boundReach;
  if (ka !== kb && ka !== 'point' && kb !== 'point') return a.value <= b.value === (ka === 'more') ? 'agree' : 'differ';
  if (ka !== kb && ((ka !== 'point' && meets(a, ka, b)) || (kb !== 'point' && meets(b, kb, a)))) return 'agree';
  if (a.value === b.value) return 'agree';
  const share = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  return share <= options.nearShare ? 'near' : 'differ';
}

/** Two claims about one quantity disagree when neither is withdrawn and their values do not agree. */
export function disagree(a: Claim, b: Claim): boolean {
  if (a.quantity !== b.quantity || a.withdrawn || b.withdrawn) return false;
  return compareValues(a, b) === 'differ';
}

/** Reader-facing value: 7,939 · ~8,000 · more than 160 · at least 54 · fewer than 10 · dozens. */
export function formatClaimValue(c: Pick<Claim, 'value' | 'approx' | 'direction' | 'vague'> & { figures?: readonly Pick<Figure, 'inclusive'>[] }): string {
  const n = c.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (c.vague) {
    const names: Record<number, string> = { 1: 'a few', 10: 'dozens', 100: 'hundreds', 1000: 'thousands', 10000: 'tens of thousands', 100000: 'hundreds of thousands', 1e6: 'millions' };
    return names[c.value] ?? `order of ${n}`;
  }
  if (!c.approx) return n;
  if (c.direction === 'more') return `${atLeast(c) ? 'at least' : 'more than'} ${n}`;
  if (c.direction === 'less') return `fewer than ${n}`;
  return `~${n}`;
}

/** Every source of the claim says "at least" (ما لا يقل عن، على الأقل) rather than "more than". */
export function atLeast(c: { figures?: readonly Pick<Figure, 'inclusive'>[] }): boolean {
  return !!c.figures?.length && c.figures.every((f) => f.inclusive);
}

export interface Discrepancy {
  quantity: string;
  story: string | null;
  /** Claims of the sources that disagree (withdrawn claims left out). */
  claims: Claim[];
  /** 'rounding': every disagreeing pair is within DISAGREEMENT_OPTIONS.nearShare (~8,000 vs 7,939). */
  severity: 'disagree' | 'rounding';
  /** Pairs of articles that disagree, [a, b] with a < b. */
  pairs: Array<[string, string]>;
  /** Lowest and highest value stated. */
  low: number;
  high: number;
}

/** Each article's main claim for a quantity: the first it states (the lead's toll comes first). */
function mainClaims(group: readonly Claim[]): Map<string, Claim> {
  const first = new Map<string, { claim: Claim; start: number }>();
  for (const c of group) {
    if (c.vague) continue;
    for (const f of c.figures) {
      const known = first.get(f.article);
      if (!known || f.start < known.start) first.set(f.article, { claim: c, start: f.start });
    }
  }
  return new Map([...first].map(([article, { claim }]) => [article, claim]));
}

/**
 * Two sources on one quantity: they agree when they share a printed number (one names the
 * other's figure, or the toll it replaces); share one only rounded (~8,000 and 7,939: 'near');
 * else their main figures decide (compareValues).
 */
function compareSources(x: readonly Claim[], y: readonly Claim[], mainX: Claim | undefined, mainY: Claim | undefined): Agreement {
  let shared: Agreement = 'differ';
  for (const a of x) {
    for (const b of y) {
      // A number both print is agreement only when it is one side's main figure: two reports that
      // each name the six sentenced still disagree on 14 and 12 accused.
      if (a !== mainX && a !== mainY && b !== mainX && b !== mainY) continue;
      const r = a === b ? 'agree' : sameNumber(a, b);
      if (r === 'agree') return 'agree';
      if (r === 'near') shared = 'near';
    }
  }
  if (shared === 'near') return 'near';
  return mainX && mainY ? compareValues(mainX, mainY) : 'agree';
}

/** Measures whose counted noun does not say what is measured (ريال، في المائة). */
const AMOUNT_MEASURES = new Set(['money', 'percent', 'percentage-points', 'basis-points']);

/**
 * The quantity two claims must share to be compared. A count's is its quantity key; an amount's
 * also needs what it measures and its currency: a budget's spending and a company's profit in
 * riyals, or inflation and growth in percent, are no disagreement. An amount whose sentence does
 * not say what it measures is compared with nothing (null).
 */
function comparedQuantity(c: Claim): string | null {
  // A central bank's rate or a country's oil output in two articles that do not say when is two
  // readings of a moving quantity (2017's and 2023's decision), not two sources disagreeing.
  if (c.periodic && !c.period) return null;
  const f = c.figures[0]!;
  if (!f.measure || !AMOUNT_MEASURES.has(f.measure)) return c.quantity;
  // One sentence stating the sum says what it measures for all that print it: a headline's
  // "ويصرف 1.2 مليار دولار" is the tranche its body names ("صرف شريحة بقيمة 1.2 مليار دولار").
  const measured = c.figures.find((x) => x.quantity) ?? f;
  if (!measured.quantity) return null;
  return `${c.quantity}|${measured.quantity}|${measured.currency ?? ''}`;
}

/** Quantities on which two or more sources state numbers that do not agree (see the header). */
export function discrepancies(claims: Claim[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byQuantity = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.withdrawn) continue;
    const key = comparedQuantity(c);
    if (key !== null) byQuantity.set(key, [...(byQuantity.get(key) ?? []), c]);
  }
  for (const group of byQuantity.values()) {
    const quantity = group[0]!.quantity;
    const stated = new Map<string, Claim[]>();
    for (const c of group) {
      if (c.vague) continue; // "dozens" neither agrees nor disagrees with a number
      for (const article of new Set(c.figures.map((f) => f.article))) stated.set(article, [...(stated.get(article) ?? []), c]);
    }
    if (stated.size < 2) continue;
    const articles = [...stated.keys()].sort(compareArticleIds);
    const main = mainClaims(group);
    const pairs: Array<[string, string]> = [];
    const involved = new Set<Claim>();
    let hard = false;
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const x = stated.get(articles[i]!)!;
        const y = stated.get(articles[j]!)!;
        const best = compareSources(x, y, main.get(articles[i]!), main.get(articles[j]!));
        if (best === 'agree') continue;
        if (best === 'differ') hard = true;
        pairs.push([articles[i]!, articles[j]!]);
        for (const c of [...x, ...y]) involved.add(c);
      }
    }
    if (!pairs.length) continue;
    const shown = group.filter((c) => involved.has(c));
    const values = shown.map((c) => c.value);
    out.push({ quantity, story: shown[0]!.story, claims: shown, severity: hard ? 'disagree' : 'rounding', pairs, low: Math.min(...values), high: Math.max(...values) });
  }
  return out.sort((a, b) => Number(a.severity === 'rounding') - Number(b.severity === 'rounding') || (a.quantity < b.quantity ? -1 : 1));
}

function arabicForms(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeForMatch(text).split(/\s+/).filter(Boolean)) {
    for (const f of stripClitics(w)) {
      out.add(f);
      out.add(stem(f));
    }
  }
  return out;
}

/** The topic an editor means: an id, an English name or synonym, or an Arabic word in any form. */
/** Each topic's Arabic word readings, computed once per lexicon entry. */
const topicForms = new WeakMap<LexiconEntry, Set<string>>();

export function resolveTopic(topics: LexiconEntry[], input: string): LexiconEntry | undefined {
  const q = input.trim();
  if (!q) return undefined;
  if (/[a-z]/i.test(q)) {
    const latin = normalizeLatin(q);
    return (
      topics.find((t) => t.id === latin.replace(/\s+/g, '_') || t.en.some((e) => normalizeLatin(e) === latin)) ??
      topics.find((t) => t.en.some((e) => normalizeLatin(e).startsWith(latin) || latin.startsWith(normalizeLatin(e))))
    );
  }
  const wanted = arabicForms(q);
  let best: { topic: LexiconEntry; hits: number } | undefined;
  for (const t of topics) {
    let forms = topicForms.get(t);
    if (!forms) topicForms.set(t, (forms = arabicForms(t.ar.join(' '))));
    const hits = [...wanted].filter((w) => forms.has(w)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { topic: t, hits };
  }
  return best?.topic;
}

export interface FigureTopicChoice {
  topic: LexiconEntry;
  /** Set when the editor named what a percentage or amount measures (inflation, subsidies): only those figures. */
  quantity?: string;
}

/**
 * What `/figure topic:…` asks for: a lexicon topic; else an open topic on the desk (a counted noun
 * no entry names, as autocomplete offers it: مراكز); else a measured quantity (inflation, subsidies,
 * التضخم) under the topic its figures carry. A lexicon topic narrows to a quantity when the words
 * typed name one exactly ("inflation" is a percent figure measuring inflation).
 */
export function resolveFigureTopic(desk: Desk, input: string, quantityWords: ReadonlyMap<string, string> = new Map()): FigureTopicChoice | undefined {
  const typed = input.trim();
  if (!typed) return undefined;
  const latin = normalizeLatin(typed);
  const norm = normalizeForMatch(typed);
  const quantity = [latin, norm, quantityWords.get(norm)].find((q): q is string => !!q && desk.figureQuantities().has(q));
  const lexicon = resolveTopic(desk.lexicons.topics, typed);
  if (lexicon) return quantity && desk.figureQuantities().get(quantity)?.has(lexicon.id) ? { topic: lexicon, quantity } : { topic: lexicon };
  const counts = desk.topicFigureCounts();
  if (counts.has(norm) && !desk.lexicons.topics.some((t) => t.id === norm)) return { topic: { id: norm, en: [], ar: [], extra: {} } };
  if (quantity) {
    const topicIds = [...(desk.figureQuantities().get(quantity) ?? [])];
    const topic = desk.lexicons.topics.find((t) => t.id === topicIds[0]) ?? (topicIds[0] ? { id: topicIds[0], en: [], ar: [], extra: {} } : undefined);
    if (topic) return { topic, quantity };
  }
  return undefined;
}

/** Topics that have at least one figure on the desk, most figures first. */
export function topicsWithFigures(desk: Desk): Array<{ topic: LexiconEntry; count: number }> {
  const counts = desk.topicFigureCounts();
  return desk.lexicons.topics
    .filter((t) => counts.has(t.id))
    .map((topic) => ({ topic, count: counts.get(topic.id)! }))
    .sort((a, b) => b.count - a.count);
}

/** Who gives a figure: its statement's speaker (Latin and Arabic names), else its "according to" phrase. */
export function figureSource(desk: Desk, f: Figure): string | undefined {
  if (f.speakerKey) {
    const s = desk.speaker(f.speakerKey);
    if (s) return s.latin && s.latin !== s.name ? `${s.latin} (${s.name})` : s.name;
  }
  return f.attribution ?? undefined;
}

export interface FigureAnswer {
  topic: LexiconEntry;
  claims: Claim[];
  discrepancies: Discrepancy[];
  /** Figures behind the claims and the articles they come from. */
  figureCount: number;
  articleCount: number;
  /** Stories the claims belong to, newest first. */
  stories: string[];
}

export interface FigureFilter {
  /** Only this article. */
  article?: string;
  /** Only this story. */
  story?: string;
  /** Only figures measuring this quantity (Figure.quantity: inflation, subsidies…). */
  quantity?: string;
}

/** The desk's view of a figure: its story, its scope within the story, whether it reports an update. */
export function figureContext(desk: Desk): FigureContext {
  return {
    story: (f) => desk.storyOf(f.article) ?? null,
    scope: (f) => desk.figureScope(f),
    period: (f) => desk.figurePeriod(f),
    update: (f) => saysUpdate(f.sentence, desk.updatePhrases, f.text),
    periodic: (topic) => periodicTopics(desk).has(topic),
  };
}

const periodicTopicSets = new WeakMap<readonly LexiconEntry[], ReadonlySet<string>>();

/** The topics whose entry says `periodic` (topics.json), once per desk's topic lexicon. */
function periodicTopics(desk: Desk): ReadonlySet<string> {
  const topics = desk.lexicons.topics;
  let set = periodicTopicSets.get(topics);
  if (!set) periodicTopicSets.set(topics, (set = new Set(topics.filter((t) => t.extra.periodic === true).map((t) => t.id))));
  return set;
}

export function figureClaims(desk: Desk, topic: LexiconEntry, filter: FigureFilter | string = {}): FigureAnswer {
  const { article, story, quantity } = typeof filter === 'string' ? { article: filter, story: undefined, quantity: undefined } : filter;
  return desk.memo(`figure|${topic.id}|${article ?? ''}|${story ?? ''}|${quantity ?? ''}`, () => answerFigures(desk, topic, { article, story, quantity }));
}

function answerFigures(desk: Desk, topic: LexiconEntry, { article, story, quantity }: FigureFilter): FigureAnswer {
  let figures = article ? desk.figures(article).filter((f) => f.topic === topic.id) : desk.figuresOf(topic.id);
  if (story) figures = figures.filter((f) => desk.storyOf(f.article) === story);
  if (quantity) figures = figures.filter((f) => f.quantity === quantity);
  const claims = groupClaims(figures, figureContext(desk));
  const articleCount = new Set(claims.flatMap((c) => c.figures.map((f) => f.article))).size;
  const figureCount = claims.reduce((n, c) => n + c.figures.length, 0);
  const present = new Set(claims.map((c) => c.story));
  const stories = desk
    .storyList()
    .map((s) => s.id)
    .filter((id) => present.has(id));
  return { topic, claims, discrepancies: discrepancies(claims), figureCount, articleCount, stories };
}
