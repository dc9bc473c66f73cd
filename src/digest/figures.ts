import type { Desk } from '../desk/desk.ts';
import type { StoryFacts } from '../desk/story-query.ts';
import { figureChartSpec, type ChartSpec } from '../render/chart-spec.ts';
import type { DocItem, DocSection } from '../render/doc.ts';
import { claimHeading, claimSays, disagreementLine, quantityName, topicName } from '../render/story-doc.ts';
import { trimAtWord } from '../text/excerpt.ts';
import type { Claim } from './claims.ts';

/**
 * One story's figures in the digest: per topic, the claims the new articles make (each distinct
 * value once, with every source and its date), the story's disagreements that involve a new
 * article — exactly those /story and /figure … story: raise, since the claims and disagreements
 * are the story's own (storyFacts) — and figures a new article says were withdrawn although the
 * desk carried them. A disagreement between a new article and one an earlier digest covered is
 * said to be against earlier coverage.
 */

export const DIGEST_FIGURE_OPTIONS = {
  /** Topics shown per story (those with disagreements first, then the most figures). */
  topics: 4,
  /** Claims shown per topic, largest first; a withdrawn one is always shown. */
  claimsPerTopic: 4,
  sentenceMax: 220,
};

export interface StoryFigures {
  /** Disagreement and withdrawal lines (a story's summary). */
  lines: string[];
  /** How many of the lines are real disagreements (not rounding). */
  disagreements: number;
  /** One section per topic. */
  sections: DocSection[];
  /** A chart for each disagreement listed, from the same claims. */
  charts: ChartSpec[];
  /** Claims of the new articles, all topics (for a compact view). */
  claims: Claim[];
}

const articlesOf = (c: Claim) => [...new Set(c.figures.map((f) => f.article))];

export function storyFigures(desk: Desk, facts: StoryFacts, fresh: ReadonlySet<string>, options = DIGEST_FIGURE_OPTIONS): StoryFigures {
  const freshClaims = facts.claims.filter((c) => c.figures.some((f) => fresh.has(f.article)));
  // The story's disagreements, as /story computes them, where a new article is one of the sources.
  const shown = facts.discrepancies.filter((d) => d.pairs.some(([a, b]) => fresh.has(a) || fresh.has(b)));
  const lines = shown.map((d) => {
    const earlier = [...new Set(d.pairs.filter(([a, b]) => fresh.has(a) !== fresh.has(b)).flatMap(([a, b]) => (fresh.has(a) ? [b] : [a])))];
    return `${disagreementLine(desk, d)}${earlier.length ? ` — against earlier coverage (${earlier.join(', ')})` : ''}`;
  });
  for (const c of freshClaims.filter((x) => x.withdrawn)) {
    // A figure the desk carried as fact that a new article says was withdrawn.
    for (const e of facts.claims) {
      if (e.withdrawn || e.quantity !== c.quantity || e.value !== c.value) continue;
      const before = e.figures.filter((f) => !fresh.has(f.article));
      if (!before.length) continue;
      lines.push(`⚠ ${quantityName(desk, c)}: ${claimSays(desk, { ...e, figures: before })} — now reported withdrawn (${articlesOf(c).filter((id) => fresh.has(id)).join(', ')})`);
    }
  }

  const disputed = new Set(shown.filter((d) => d.severity === 'disagree').map((d) => d.claims[0]!.topic));
  const byTopic = new Map<string, Claim[]>();
  for (const c of freshClaims) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  const topics = [...byTopic]
    .sort((a, b) => Number(disputed.has(b[0])) - Number(disputed.has(a[0])) || b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.topics);
  const sections: DocSection[] = topics.map(([topic, claims]) => {
    const picked = [...claims].sort((a, b) => Number(b.withdrawn) - Number(a.withdrawn) || b.value - a.value).slice(0, options.claimsPerTopic);
    picked.sort((a, b) => b.value - a.value);
    const items: DocItem[] = picked.map((c) => ({
      heading: claimHeading(desk, c),
      quote: trimAtWord(c.figures.find((f) => fresh.has(f.article))?.sentence ?? c.figures[0]!.sentence, options.sentenceMax),
      ...(c.withdrawn ? { lines: ['The text says this figure was withdrawn, denied or an error; it is not counted as a discrepancy.'] } : {}),
    }));
    if (claims.length > picked.length) items.push({ heading: `${claims.length - picked.length} more claim(s): /figure topic:${topic} story:${facts.story.id}` });
    return { title: `Figures: ${topicName(desk, topic)}`, items };
  });

  const charts = [...shown]
    .sort((a, b) => Number(a.severity === 'rounding') - Number(b.severity === 'rounding'))
    .map((d) => figureChartSpec({ desk, topic: d.claims[0]!.topic, claims: facts.claims.filter((c) => c.quantity === d.quantity), discrepancy: d }));
  return { lines, disagreements: shown.filter((d) => d.severity === 'disagree').length, sections, charts, claims: freshClaims };
}
