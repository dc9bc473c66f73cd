import type { Desk } from '../desk/desk.ts';
import type { Figure } from '../extract/types.ts';
import { figureChartSpec, type ChartSpec } from '../render/chart-spec.ts';
import type { DocItem, DocSection } from '../render/doc.ts';
import { trimAtWord } from '../text/excerpt.ts';
import { discrepancies, figureContext, figureSource } from '../desk/figure-query.ts';
import { disagree, formatClaimValue, groupClaims, type Claim } from './claims.ts';

/**
 * The digest's figures: per topic, what the new articles say — each distinct claim once, with its
 * sources — where they disagree with each other, which figures were withdrawn, and (separately)
 * where a new figure contradicts one the desk already had from earlier coverage.
 */

const TOPICS = 8;
const CLAIMS_PER_TOPIC = 6;
const SENTENCE_MAX = 260;

export interface DigestFigures {
  topics: DocSection[];
  /** New figures that contradict earlier coverage of the same quantity. */
  changes: DocItem[];
  /** A chart for each disagreement the topics report, built from the same claims as their text. */
  charts: ChartSpec[];
}

export function topicLabel(desk: Desk, topic: string): string {
  const entry = desk.lexicons.topics.find((t) => t.id === topic);
  return entry ? [entry.en[0] ?? topic, entry.ar[0]].filter(Boolean).join(' · ') : topic;
}

/** "002 says 7,939 (وزارة الداخلية)" / "001, 003 say ~8,000". */
function says(desk: Desk, c: Claim): string {
  const ids = [...new Set(c.figures.map((f) => f.article))];
  const sources = [...new Set(c.figures.map((f) => figureSource(desk, f)).filter((w): w is string => !!w))];
  return `${ids.join(', ')} ${ids.length === 1 ? 'says' : 'say'} ${valueText(c)}${sources.length ? ` (${sources.join('; ')})` : ''}`;
}

function valueText(c: Claim): string {
  const f = c.figures[0]!;
  const value = c.vague ? f.text : formatClaimValue(c);
  return f.unit && !c.vague ? `${value} ${f.unit}` : value;
}

function claimItem(desk: Desk, c: Claim): DocItem {
  const f = c.figures[0]!;
  const sources = [...new Set(c.figures.map((x) => x.article))].map((id) => [id, desk.getArticle(id)?.meta.outlet].filter(Boolean).join(' · '));
  const by = figureSource(desk, f);
  return {
    heading: `${c.withdrawn ? 'WITHDRAWN — ' : ''}${valueText(c)} — ${sources.join('; ')}${by ? ` — ${by}` : ''}`,
    quote: trimAtWord(f.sentence, SENTENCE_MAX),
    lines: c.withdrawn ? ['The text says this figure was withdrawn, denied or an error; it is not counted as a discrepancy.'] : undefined,
  };
}

export function digestFigures(desk: Desk, fresh: ReadonlySet<string>): DigestFigures {
  const all = groupClaims(desk.figures(), figureContext(desk));
  const isFresh = (c: Claim) => c.figures.some((f) => fresh.has(f.article));
  const isEarlier = (c: Claim) => c.figures.some((f) => !fresh.has(f.article));
  const freshClaims = all.filter(isFresh).map((c) => ({ ...c, figures: c.figures.filter((f) => fresh.has(f.article)) }));
  const earlierClaims = all.filter(isEarlier).map((c) => ({ ...c, figures: c.figures.filter((f) => !fresh.has(f.article)) }));

  const byTopic = new Map<string, Claim[]>();
  for (const c of freshClaims) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);

  const ranked = [...byTopic.entries()]
    .map(([topic, claims]) => {
      // Same rule as /figure: two or more sources, neither withdrawn nor vague, different numbers.
      const conflicts = discrepancies(claims);
      const withdrawn = claims.some((c) => c.withdrawn);
      const changed = claims.filter((c) => earlierClaims.some((e) => disagree(c, e))).length;
      return { topic, claims, conflicts, withdrawn, weight: (conflicts.filter((d) => d.severity === 'disagree').length + changed) * 100 + (withdrawn ? 50 : 0) + claims.reduce((n, c) => n + c.figures.length, 0) };
    })
    .sort((a, b) => b.weight - a.weight || a.topic.localeCompare(b.topic))
    .slice(0, TOPICS);

  const topics: DocSection[] = ranked.map(({ topic, claims, conflicts }) => {
    const items: DocItem[] = conflicts.map((d) => ({
      heading: `${d.severity === 'rounding' ? 'Sources differ only by rounding' : 'Sources disagree'}: ${d.claims.map((c) => says(desk, c)).join('; ')}`,
    }));
    // Largest first, but a withdrawn claim is always shown: it is news in itself.
    const shown = [...claims].sort((a, b) => Number(b.withdrawn) - Number(a.withdrawn) || b.value - a.value).slice(0, CLAIMS_PER_TOPIC);
    shown.sort((a, b) => b.value - a.value);
    items.push(...shown.map((c) => claimItem(desk, c)));
    return { title: `Figures: ${topicLabel(desk, topic)}`, items };
  });

  const changes: DocItem[] = [];
  for (const c of freshClaims) {
    // A figure the desk carried as fact and a new article says was withdrawn.
    const retracted = c.withdrawn ? earlierClaims.filter((e) => !e.withdrawn && e.quantity === c.quantity && e.value === c.value) : [];
    if (retracted.length > 0) {
      changes.push({
        heading: `${topicLabel(desk, c.topic)}: ${retracted.map((e) => says(desk, e)).join('; ')} — now reported withdrawn (${[...new Set(c.figures.map((f) => f.article))].join(', ')})`,
        quote: trimAtWord(c.figures[0]!.sentence, SENTENCE_MAX),
      });
    }
    const contradicted = earlierClaims.filter((e) => disagree(c, e));
    if (contradicted.length === 0) continue;
    changes.push({
      heading: `${topicLabel(desk, c.topic)}: now ${says(desk, c)}; earlier coverage: ${contradicted.map((e) => says(desk, e)).join('; ')}`,
      quote: trimAtWord(c.figures[0]!.sentence, SENTENCE_MAX),
    });
  }
  const charts = ranked.flatMap(({ topic, claims, conflicts }) => conflicts.map((d) => figureChartSpec({ desk, topic, claims: claims.filter((c) => c.quantity === d.quantity), discrepancy: d })));
  return { topics, changes, charts };
}
