/**
 * The scorers' matching rule (shared/eval/arnorm.py), so `npm run eval` reproduces their figures to
 * the digit. Deliberately NOT the desk's own normaliser (src/arabic/normalize.ts): that one serves
 * search and may change; this one must stay what the gold was labelled against.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
/** Python's `[^\w\s]` on str: \w is letters, numbers and '_' (combining marks are not \w). */
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}_\s\x1c-\x1f]/gu;

export function scorerNorm(s: string): string {
  let t = s.normalize('NFKC').replace(DIACRITICS, '');
  t = t.replace(/[إأآٱ]/gu, 'ا').replaceAll('ى', 'ي').replaceAll('ة', 'ه').replaceAll('ؤ', 'و').replaceAll('ئ', 'ي');
  t = t.replace(/[٠-٩]/gu, (d) => String(ARABIC_INDIC.indexOf(d)));
  t = t.replace(NOT_WORD_OR_SPACE, ' ');
  return t.replace(/[\s\x1c-\x1f]+/gu, ' ').trim().toLowerCase();
}

export function scorerTokens(s: string): string[] {
  const n = scorerNorm(s);
  return n ? n.split(' ') : [];
}

/** arnorm.contains: the key as a substring, else at least `ratio` of its words among the text's words. */
export function scorerContains(hay: string, key: string, ratio = 0.6): boolean {
  const h = scorerNorm(hay);
  const k = scorerNorm(key);
  if (k && h.includes(k)) return true;
  const kt = scorerTokens(key);
  if (kt.length === 0) return false;
  const ht = new Set(scorerTokens(hay));
  return kt.filter((t) => ht.has(t)).length / kt.length >= ratio;
}

/** Python's `f"{x:.2f}"`: like toFixed(2) except that exact binary ties (k/8) round half to even. */
export function formatRatio(x: number): string {
  const eighths = x * 8;
  if (Number.isInteger(eighths) && Math.abs(eighths) % 2 === 1) {
    const hundredths = x * 100; // k + 0.5 exactly
    const down = Math.floor(hundredths);
    return ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}
