import type { Desk } from '../desk/desk.ts';
import type { DocSection } from '../render/doc.ts';

/**
 * The digest's figures: per topic, what the new articles say, with disagreements, withdrawals and
 * contradictions of earlier coverage. Filled from the figure queries once figures are extracted.
 */
export function digestFigureSections(desk: Desk, fresh: ReadonlySet<string>): DocSection[] {
  const figures = desk.figures().filter((f) => fresh.has(f.article) && f.topic);
  if (figures.length === 0) return [];
  return [];
}
