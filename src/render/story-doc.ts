import type { Desk, StorySummary } from '../desk/desk.ts';
import { figureSource, formatClaimValue, type Claim, type Discrepancy } from '../desk/figure-query.ts';
import { dateLabel } from '../corpus/metadata.ts';
import type { Article } from '../corpus/types.ts';

/**
 * The lines /story and the digest share to show a story: its heading (label in Arabic and English,
 * date span), its articles (id · outlet · date), its claims (value, who counts, where, sources with
 * their dates) and its disagreements. One wording in both places, so an editor who reads a story in
 * the digest finds the same lines in /story id:….
 */

/** "2021-07-12 – 2021-07-13", one date when the story has one, "undated" when none of its articles is dated. */
export function storySpan(s: Pick<StorySummary, 'first' | 'last'>): string {
  if (!s.first) return 'undated';
  return s.first === s.last || !s.last ? s.first : `${s.first} – ${s.last}`;
}

/** "S420 · الناصرية · حريق / Nasiriyah · fire — 2021-07-12 – 2021-07-13". */
export function storyHeading(s: Pick<StorySummary, 'id' | 'label' | 'first' | 'last'>): string {
  return `${s.id} · ${s.label.ar} / ${s.label.en} — ${storySpan(s)}`;
}

/** "420 · الوكيل · 2021-07-12" (outlet and date said to be unknown rather than left out; a page-header date marked). */
export function articleLine(a: Pick<Article, 'id' | 'meta'>): string {
  return [a.id, a.meta.outlet ?? 'outlet unknown', dateLabel(a.meta)].join(' · ');
}

export function topicName(desk: Desk, topic: string): string {
  const entry = desk.lexicons.topics.find((t) => t.id === topic);
  return entry ? [entry.en[0] ?? topic, entry.ar[0]].filter(Boolean).join(' · ') : topic;
}

function scopeName(desk: Desk, c: Pick<Claim, 'scope'>): string | null {
  return c.scope ? desk.placeName(c.scope).en || desk.placeName(c.scope).ar : null;
}

/** "002 says 7,939 (Interior Ministry)" / "001, 003 say ~8,000". */
export function claimSays(desk: Desk, c: Claim): string {
  const ids = [...new Set(c.figures.map((f) => f.article))];
  const by = [...new Set(c.figures.map((f) => figureSource(desk, f)).filter((w): w is string => !!w))];
  return `${ids.join(', ')} ${ids.length === 1 ? 'says' : 'say'} ${formatClaimValue(c)}${by.length ? ` (${by.join('; ')})` : ''}`;
}

/** What a quantity is: "deaths · قتلى, security forces, in Almaty". */
export function quantityName(desk: Desk, c: Claim): string {
  const where = scopeName(desk, c);
  return [topicName(desk, c.topic), c.group, where ? `in ${where}` : null].filter(Boolean).join(', ');
}

/** Claims named in one disagreement line: every disagreeing source once, then others up to this many. */
const LINE_CLAIMS = 6;

/**
 * "⚠ deaths · قتلى: 404 says 1,301; 401 says more than 570 [update]" — every source of a
 * disagreeing pair is named (one claim each first, then the others, up to LINE_CLAIMS); a claim
 * whose sentence says the toll rose is marked as an update; sources that differ only by rounding
 * are said to.
 */
export function disagreementLine(desk: Desk, d: Discrepancy): string {
  const sources = [...new Set(d.pairs.flat())];
  const perSource = sources.map((id) => d.claims.find((c) => c.figures.some((f) => f.article === id))).filter((c): c is Claim => !!c);
  const ordered = [...new Set([...perSource, ...d.claims])];
  const limit = Math.max(LINE_CLAIMS, new Set(perSource).size);
  const shown = ordered
    .slice(0, limit)
    .sort((a, b) => b.value - a.value)
    .map((x) => claimSays(desk, x) + (x.update ? ' [update]' : ''));
  if (ordered.length > limit) shown.push(`and ${ordered.length - limit} more`);
  const what = quantityName(desk, d.claims[0]!);
  return d.severity === 'rounding' ? `ℹ ${what}: differ only by rounding — ${shown.join('; ')}` : `⚠ ${what}: ${shown.join('; ')}`;
}

/** Each source of a claim with its outlet and date, so the editor sees which figure is the later one. */
export function claimSources(desk: Desk, c: Claim): string {
  return [...new Set(c.figures.map((f) => f.article))]
    .map((id) => {
      const a = desk.getArticle(id);
      return a ? articleLine(a) : id;
    })
    .join('; ');
}

/** "UPDATE — 3,478 شهيدا (children) in Gaza — 412 · سرايا · 2023-10-18 — Health Ministry". */
export function claimHeading(desk: Desk, c: Claim): string {
  const f = c.figures[0]!;
  const value = c.vague ? f.text : `${formatClaimValue(c)}${f.unit ? ` ${f.unit}` : ''}`;
  const where = scopeName(desk, c);
  const by = [...new Set(c.figures.map((x) => figureSource(desk, x)).filter((w): w is string => !!w))];
  return [
    `${c.withdrawn ? 'WITHDRAWN — ' : ''}${c.update ? 'UPDATE — ' : ''}${value}${c.group ? ` (${c.group})` : ''}${where ? ` in ${where}` : ''}`,
    claimSources(desk, c),
    ...(by.length ? [by.join('; ')] : []),
  ].join(' — ');
}
