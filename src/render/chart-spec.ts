import type { Desk } from '../desk/desk.ts';
import { figureSource, type Claim, type Discrepancy } from '../desk/figure-query.ts';
import type { Figure } from '../extract/types.ts';
import type { LexiconEntry } from '../lexicon.ts';

/**
 * What a figure chart draws, independent of how claims are found: one bar per source and claim
 * about one quantity. The renderer (chart.ts) reads only this; `figureChartSpec` builds it from
 * the desk's claims, so a change to the claim shape touches the adapter alone.
 */

/** How a source states its number: exactly, approximately, as a bound, as a range, or as an order of magnitude ("dozens"). */
export type ChartValueShape = 'exact' | 'about' | 'more' | 'less' | 'range' | 'vague';

export interface ChartBar {
  /** Who publishes it: the outlet as written (Arabic or Latin), else the article id. */
  source: string;
  /** The article id, for finding the text. */
  article: string;
  /** ISO date (YYYY-MM-DD) of the article, when known. */
  date: string | null;
  /** Who the article attributes the number to ("وزارة الداخلية", "Tokayev"), when it says. */
  attribution: string | null;
  value: number;
  /** For a range ("between 100 and 150") the two ends; `value` is then the low end. */
  high?: number;
  shape: ChartValueShape;
  withdrawn: boolean;
  /** Bars stating the same claim share this index (and a colour); withdrawn claims have their own. */
  claim: number;
}

export interface ChartSpec {
  /** File-name-safe id, unique within one answer ("deaths-security-forces"). */
  id: string;
  /** Arabic heading: topic and who is counted ("قتلى — قوات الأمن"). */
  title: string;
  /** English heading for the same ("Deaths — security forces"). */
  titleEn: string;
  /** The counted noun as most sources write it (شخص، عنصر), if any. */
  unit: string | null;
  /** The story the numbers belong to (figures of different stories are never compared), when grouped. */
  story: { id: string; ar: string; en: string } | null;
  /** Two or more sources give numbers that do not agree (the same rule as the text answer). */
  disputed: boolean;
  /** How they differ: really, or only as roundings of one number (~8,000 and 7,939). */
  dispute?: 'disagree' | 'rounding';
  /** Lowest and highest disputed value, when disputed. */
  spread?: { low: number; high: number };
  bars: ChartBar[];
  /** Claims not drawn because the chart is full. */
  omitted: number;
}

/** A chart stays readable on a phone with this many bars; the rest are counted in a note. */
export const MAX_CHART_BARS = 16;

/** How the figure states its number: its `bound` when extraction gives one, else the claim's approx/direction/vague. */
function shapeOf(c: Pick<Claim, 'approx' | 'direction' | 'vague'>, f: Pick<Figure, 'bound' | 'low' | 'high'>): { shape: ChartValueShape; high?: number } {
  switch (f.bound) {
    case 'range':
      if (typeof f.low === 'number' && typeof f.high === 'number' && f.high > f.low) return { shape: 'range', high: f.high };
      break;
    case 'min':
      return { shape: 'more' };
    case 'max':
      return { shape: 'less' };
    case 'about':
      return { shape: 'about' };
    case 'vague':
      return { shape: 'vague' };
    case 'exact':
      return { shape: 'exact' };
  }
  if (c.vague) return { shape: 'vague' };
  if (!c.approx) return { shape: 'exact' };
  return { shape: c.direction === 'more' ? 'more' : c.direction === 'less' ? 'less' : 'about' };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'figures'
  );
}

/** The Arabic name of a topic's group ("security forces" → "قوات الأمن"), from the topic lexicon. */
function groupArabic(topic: LexiconEntry, group: string): string {
  const groups = topic.extra.groups as Record<string, unknown> | undefined;
  const forms = groups?.[group];
  return Array.isArray(forms) && typeof forms[0] === 'string' ? forms[0] : group;
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

export interface FigureChartInput {
  desk: Desk;
  /** The topic's lexicon entry, or a topic id (an open topic the lexicon does not list is its own name). */
  topic: LexiconEntry | string;
  /** Claims about one quantity (the same `quantity` key), as /figure and the digest group them. */
  claims: readonly Claim[];
  /** The disagreement found on that quantity, if any. */
  discrepancy?: Discrepancy;
}

/** One chart for one quantity: a bar for every article that states each claim. */
export function figureChartSpec({ desk, topic: topicOrId, claims, discrepancy }: FigureChartInput): ChartSpec {
  const topic = typeof topicOrId === 'string' ? (desk.lexicons.topics.find((t) => t.id === topicOrId) ?? { id: topicOrId, en: [], ar: [topicOrId], extra: {} }) : topicOrId;
  const group = claims[0]?.group ?? null;
  const storyId = claims[0]?.story ?? null;
  const scopeId = claims[0]?.scope ?? null;
  const place = scopeId ? desk.placeName(scopeId) : null;
  const label = storyId ? desk.storyLabel(storyId) : null;
  const topicAr = topic.ar[0] ?? topic.id;
  const topicEn = topic.en[0] ?? topic.id;
  // Largest first, withdrawn last: the eye reads the spread from the top, the retractions apart.
  const ordered = [...claims].sort((a, b) => Number(a.withdrawn) - Number(b.withdrawn) || b.value - a.value);
  const bars: ChartBar[] = [];
  let omitted = 0;
  ordered.forEach((c, claim) => {
    const byArticle = new Map<string, Claim['figures'][number]>();
    for (const f of c.figures) if (!byArticle.has(f.article)) byArticle.set(f.article, f);
    for (const [article, f] of byArticle) {
      if (bars.length >= MAX_CHART_BARS) {
        omitted++;
        continue;
      }
      const meta = desk.getArticle(article)?.meta;
      const { shape, high } = shapeOf(c, f);
      bars.push({
        source: meta?.outlet?.trim() || article,
        article,
        date: meta?.published ?? null,
        attribution: figureSource(desk, f) ?? null,
        // A range is drawn from its low end to its high end.
        value: shape === 'range' && typeof f.low === 'number' ? f.low : c.value,
        ...(high !== undefined ? { high } : {}),
        shape,
        withdrawn: c.withdrawn,
        claim,
      });
    }
  });
  const who = group ? groupArabic(topic, group) : null;
  return {
    // Unique per quantity: topic, who is counted, where, and the story.
    id: slug([topic.id, group ?? 'all', place?.en ?? scopeId, storyId].filter(Boolean).join('-')),
    title: [topicAr, who, place?.ar].filter(Boolean).join(' — '),
    titleEn: `${topicEn} — ${group ?? 'all reported'}${place ? ` — in ${place.en}` : ''}`,
    story: storyId && label ? { id: storyId, ar: label.ar, en: label.en } : null,
    // "عشرات القتلى" names the counted noun as a plural of the topic: a stated number's noun says more.
    // Money is named by its currency (USD, EGP) rather than the word as written.
    unit: mostCommon(claims.filter((c) => !c.vague).flatMap((c) => c.figures.map((f) => f.currency ?? f.unit))),
    disputed: !!discrepancy,
    dispute: discrepancy?.severity,
    spread: discrepancy ? { low: discrepancy.low, high: discrepancy.high } : undefined,
    bars,
    omitted,
  };
}

const rank = (s: ChartSpec) => (s.dispute === 'disagree' ? 2 : s.dispute === 'rounding' ? 1 : 0);

/** Charts for a /figure answer: one per quantity that has two or more bars to compare, disputed quantities first. */
export function figureChartSpecs(input: { desk: Desk; topic: LexiconEntry; claims: readonly Claim[]; discrepancies: readonly Discrepancy[]; max?: number }): ChartSpec[] {
  const max = input.max ?? 4;
  const byQuantity = new Map<string, Claim[]>();
  for (const c of input.claims) {
    const list = byQuantity.get(c.quantity);
    if (list) list.push(c);
    else byQuantity.set(c.quantity, [c]);
  }
  const disputed = new Map(input.discrepancies.map((d) => [d.quantity, d]));
  const severity = (q: string) => (disputed.get(q)?.severity === 'disagree' ? 2 : disputed.get(q) ? 1 : 0);
  // A desk's topic spans hundreds of stories: only the likeliest quantities (disputed first, most
  // claims) are laid out, since laying one out names its story.
  // One bar per claim and article that states it (as figureChartSpec lays them out).
  const barCount = (claims: readonly Claim[]) => claims.reduce((n, c) => n + new Set(c.figures.map((f) => f.article)).size, 0);
  const likeliest = [...byQuantity]
    .map(([q, claims]) => ({ q, claims, bars: barCount(claims) }))
    .filter((x) => x.bars >= 2)
    .sort((a, b) => severity(b.q) - severity(a.q) || Math.min(b.bars, MAX_CHART_BARS) - Math.min(a.bars, MAX_CHART_BARS))
    .slice(0, max * 3);
  return likeliest
    .map(({ q, claims }) => figureChartSpec({ desk: input.desk, topic: input.topic, claims, discrepancy: disputed.get(q) }))
    .filter((s) => s.bars.length >= 2)
    // Real disagreements first, then differences of rounding, then the rest.
    .sort((a, b) => rank(b) - rank(a) || b.bars.length - a.bars.length)
    .slice(0, max);
}
