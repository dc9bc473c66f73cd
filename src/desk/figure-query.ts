import { normalizeForMatch } from '../arabic/normalize.ts';
import { stem, stripClitics } from '../arabic/tokenize.ts';
import type { Figure } from '../extract/types.ts';
import { normalizeLatin, type LexiconEntry } from '../lexicon.ts';
import { compareArticleIds } from './article-ids.ts';
import type { Desk } from './desk.ts';

/**
 * /figure as a desk query: figures of a topic as claims (each distinct value once, with every
 * figure that states it), grouped by quantity (deaths of security forces and deaths overall are
 * different quantities), and the disagreements between sources about one quantity. Withdrawn
 * figures are claims of their own and never count as disagreement.
 */

export interface Claim {
  /** topic + who is counted; claims with the same quantity are about the same number. */
  quantity: string;
  topic: string;
  group: string | null;
  value: number;
  approx: boolean;
  direction: Figure['direction'];
  vague: boolean;
  withdrawn: boolean;
  /** Every figure making this claim, in article order. */
  figures: Figure[];
}

export function quantityKey(f: Pick<Figure, 'topic' | 'group'>): string {
  return `${f.topic ?? 'other'}|${f.group ?? 'all'}`;
}

function claimKey(f: Figure): string {
  return [quantityKey(f), f.value, f.approx ? f.direction ?? 'about' : 'exact', f.vague ? 'vague' : '', f.withdrawn ? 'withdrawn' : ''].join('|');
}

/** Claims of classified figures: quantities in order, largest value first within each. */
export function groupClaims(figures: Figure[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const f of figures) {
    if (!f.topic) continue;
    const key = claimKey(f);
    const claim = byKey.get(key);
    if (claim) claim.figures.push(f);
    else
      byKey.set(key, {
        quantity: quantityKey(f),
        topic: f.topic,
        group: f.group ?? null,
        value: f.value,
        approx: f.approx,
        direction: f.direction,
        vague: f.vague,
        withdrawn: f.withdrawn,
        figures: [f],
      });
  }
  for (const c of byKey.values()) c.figures.sort((a, b) => compareArticleIds(a.article, b.article) || a.start - b.start);
  return [...byKey.values()].sort((a, b) => (a.quantity < b.quantity ? -1 : a.quantity > b.quantity ? 1 : b.value - a.value));
}

/** Two claims about one quantity disagree when neither is withdrawn or vague and their numbers differ. */
export function disagree(a: Claim, b: Claim): boolean {
  if (a.quantity !== b.quantity || a.withdrawn || b.withdrawn) return false;
  if (a.vague || b.vague) return false; // "dozens" does not contradict 160
  return a.value !== b.value || (a.direction ?? 'exact') !== (b.direction ?? 'exact');
}

/** Reader-facing value: 7,939 · ~8,000 · more than 160 · fewer than 10 · dozens. */
export function formatClaimValue(c: Pick<Claim, 'value' | 'approx' | 'direction' | 'vague'>): string {
  const n = c.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (c.vague) {
    const names: Record<number, string> = { 1: 'a few', 10: 'dozens', 100: 'hundreds', 1000: 'thousands', 10000: 'tens of thousands', 100000: 'hundreds of thousands', 1e6: 'millions' };
    return names[c.value] ?? `order of ${n}`;
  }
  if (!c.approx) return n;
  if (c.direction === 'more') return `more than ${n}`;
  if (c.direction === 'less') return `fewer than ${n}`;
  return `~${n}`;
}

export interface Discrepancy {
  quantity: string;
  claims: Claim[];
  /** Lowest and highest value stated. */
  low: number;
  high: number;
}

/** Quantities on which two or more articles state different numbers. */
export function discrepancies(claims: Claim[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const quantity of [...new Set(claims.map((c) => c.quantity))]) {
    const group = claims.filter((c) => c.quantity === quantity && !c.withdrawn && !c.vague);
    const articles = new Set(group.flatMap((c) => c.figures.map((f) => f.article)));
    // Different numbers within one article (a national toll and a city's) are not a dispute between
    // sources, nor is an article that repeats another's number and adds one: sources disagree when
    // neither one's numbers include the other's.
    if (articles.size < 2 || !group.some((a) => group.some((b) => disagree(a, b)))) continue;
    const stated = new Map<string, Set<Claim>>();
    for (const c of group) for (const f of c.figures) stated.set(f.article, (stated.get(f.article) ?? new Set()).add(c));
    const sets = [...stated.values()];
    const within = (x: Set<Claim>, y: Set<Claim>): boolean => [...x].every((c) => y.has(c));
    if (!sets.some((x) => sets.some((y) => !within(x, y) && !within(y, x)))) continue;
    const values = group.map((c) => c.value);
    out.push({ quantity, claims: group, low: Math.min(...values), high: Math.max(...values) });
  }
  return out;
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
}

export function figureClaims(desk: Desk, topic: LexiconEntry, article?: string): FigureAnswer {
  return desk.memo(`figure|${topic.id}|${article ?? ''}`, () => answerFigures(desk, topic, article));
}

function answerFigures(desk: Desk, topic: LexiconEntry, article?: string): FigureAnswer {
  const figures = article ? desk.figures(article).filter((f) => f.topic === topic.id) : desk.figuresOf(topic.id);
  const claims = groupClaims(figures);
  const articleCount = new Set(claims.flatMap((c) => c.figures.map((f) => f.article))).size;
  const figureCount = claims.reduce((n, c) => n + c.figures.length, 0);
  return { topic, claims, discrepancies: discrepancies(claims), figureCount, articleCount };
}
