import { normalizeForMatch } from '../arabic/normalize.ts';
import { stem } from '../arabic/tokenize.ts';
import type { Figure } from '../extract/types.ts';

/**
 * Figures as claims: one claim per distinct thing said about a quantity (7,939 / ~8,000 / >160),
 * with every figure that says it. A "quantity" is a topic and what is counted (deaths of people
 * vs deaths of soldiers are different quantities; two numbers for the same one disagree).
 *
 * FALLBACK: the figures module's src/desk/figure-query.ts owns claim grouping and discrepancy
 * detection; when it exists the digest uses it instead of `groupClaims` below (one import in
 * figures.ts). This version keys a quantity on topic + the stem of the counted noun.
 */

export interface Claim {
  /** topic + counted noun; claims with the same key are about the same quantity. */
  quantity: string;
  topic: string;
  value: number;
  approx: boolean;
  direction: Figure['direction'];
  vague: boolean;
  withdrawn: boolean;
  /** Every figure making this claim, in article order. */
  figures: Figure[];
}

export function quantityKey(f: Figure): string {
  const noun = f.unit ? stem(normalizeForMatch(f.unit).replace(/^(ال|لل)/, '')) : '';
  return `${f.topic ?? 'other'}|${noun}`;
}

function claimKey(f: Figure): string {
  return [quantityKey(f), f.value, f.approx ? f.direction ?? 'about' : 'exact', f.vague ? 'vague' : '', f.withdrawn ? 'withdrawn' : ''].join('|');
}

/** Claims, grouped by quantity; largest value first within a quantity. */
export function groupClaims(figures: Figure[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const f of figures) {
    if (!f.topic) continue;
    const key = claimKey(f);
    const claim = byKey.get(key);
    if (claim) claim.figures.push(f);
    else byKey.set(key, { quantity: quantityKey(f), topic: f.topic, value: f.value, approx: f.approx, direction: f.direction, vague: f.vague, withdrawn: f.withdrawn, figures: [f] });
  }
  return [...byKey.values()].sort((a, b) => a.quantity.localeCompare(b.quantity) || b.value - a.value);
}

/** Two claims about one quantity disagree when neither is withdrawn and their numbers differ. */
export function disagree(a: Claim, b: Claim): boolean {
  if (a.quantity !== b.quantity || a.withdrawn || b.withdrawn) return false;
  if (a.vague || b.vague) return false; // "hundreds" does not contradict 160
  return a.value !== b.value || (a.direction ?? 'exact') !== (b.direction ?? 'exact');
}

/** Reader-facing value: 7,939 · ~8,000 · more than 160 · fewer than 10 · hundreds. */
export function formatClaimValue(c: Pick<Claim, 'value' | 'approx' | 'direction' | 'vague'>): string {
  const n = c.value.toLocaleString('en-US');
  if (c.vague) return `order of ${n}`;
  if (!c.approx) return n;
  if (c.direction === 'more') return `more than ${n}`;
  if (c.direction === 'less') return `fewer than ${n}`;
  return `~${n}`;
}
