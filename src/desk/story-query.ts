import { normalizeForMatch } from '../arabic/normalize.ts';
import type { Statement } from '../extract/types.ts';
import { normalizeLatin } from '../lexicon.ts';
import type { Desk, StorySummary } from './desk.ts';
import { discrepancies, figureContext, groupClaims, type Claim, type Discrepancy } from './figure-query.ts';

/**
 * Stories as desk queries: finding one from what an editor types (its id, S420, or words of its
 * label in Arabic or English; shared by /story, /figure story: and /who-said story:) and what the
 * desk knows about it (statements, figures and their disagreements, speakers).
 */

const MAX_CHOICE = 100;

/** "S420 · حريق · العراق / fire · Iraq (5 articles, 2021-07-12 – 2021-07-13)" within Discord's 100 characters. */
export function storyChoiceName(s: StorySummary): string {
  const span = s.first ? (s.first === s.last ? s.first : `${s.first} – ${s.last}`) : 'date unknown';
  const tail = ` (${s.articles.length} article${s.articles.length === 1 ? '' : 's'}, ${span})`;
  const head = `${s.id} · ${s.label.ar} / ${s.label.en}`;
  return head.length + tail.length <= MAX_CHOICE ? head + tail : `${head.slice(0, MAX_CHOICE - tail.length - 1)}…${tail}`;
}

function matches(s: StorySummary, typed: string): boolean {
  const q = typed.trim();
  if (!q) return true;
  if (s.id.toLowerCase().startsWith(q.toLowerCase())) return true;
  if (/[a-z]/i.test(q)) return normalizeLatin(s.label.en).includes(normalizeLatin(q));
  return normalizeForMatch(s.label.ar).includes(normalizeForMatch(q));
}

/** Autocomplete: stories whose id or label matches what is typed, newest first. */
export function storyChoices(desk: Desk, typed: string): Array<{ name: string; value: string }> {
  return desk
    .storyList()
    .filter((s) => matches(s, typed))
    .slice(0, 25)
    .map((s) => ({ name: storyChoiceName(s), value: s.id }));
}

/** The story an option names: an exact id (any case), else the only story whose label matches. */
export function resolveStory(desk: Desk, typed: string): { story?: StorySummary; candidates: StorySummary[] } {
  const q = typed.trim();
  const exact = desk.storyList().find((s) => s.id.toLowerCase() === q.toLowerCase());
  if (exact) return { story: exact, candidates: [exact] };
  const candidates = desk.storyList().filter((s) => matches(s, q));
  return candidates.length === 1 ? { story: candidates[0], candidates } : { candidates };
}

export interface StoryFacts {
  story: StorySummary;
  statements: Statement[];
  /** Claims of every topic, grouped as /figure groups them. */
  claims: Claim[];
  discrepancies: Discrepancy[];
  /** Speaker keys by statement count, most first. */
  speakers: Array<{ key: string; count: number }>;
}

/** Everything /story shows about one story (remembered until the desk changes). */
export function storyFacts(desk: Desk, id: string): StoryFacts | undefined {
  return desk.memo(`story-facts|${id}`, () => {
    const story = desk.story(id);
    if (!story) return undefined;
    const statements = story.articles.flatMap((a) => desk.statements(a.id));
    const claims = groupClaims(
      story.articles.flatMap((a) => desk.figures(a.id)),
      figureContext(desk),
    );
    const counts = new Map<string, number>();
    for (const s of statements) counts.set(s.speakerKey, (counts.get(s.speakerKey) ?? 0) + 1);
    const speakers = [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    return { story, statements, claims, discrepancies: discrepancies(claims), speakers };
  });
}
