import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { stripClitics, tokenize } from '../arabic/tokenize.ts';
import { DEFAULT_LEXICON_DIR } from '../lexicon.ts';

/**
 * Sentences that say their figure replaces an earlier one (ارتفعت الحصيلة إلى، تراجع عدد الوفيات
 * إلى): data/lexicon/figure-updates.json. A broken or missing editor file falls back to the
 * project's, as for the other cue files.
 */

const cache = new Map<string, string[][]>();

export function loadUpdatePhrases(dir: string = DEFAULT_LEXICON_DIR): string[][] {
  const known = cache.get(dir);
  if (known) return known;
  let phrases: string[] = [];
  for (const path of [join(dir, 'figure-updates.json'), join(DEFAULT_LEXICON_DIR, 'figure-updates.json')]) {
    if (!existsSync(path)) continue;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { phrases?: unknown };
      if (Array.isArray(data.phrases)) {
        phrases = data.phrases.filter((p): p is string => typeof p === 'string');
        break;
      }
    } catch {
      // A broken editor file falls back to the project's.
    }
  }
  const out = phrases.map((p) => normalizeForMatch(p).split(/\s+/).filter(Boolean)).filter((p) => p.length > 0);
  cache.set(dir, out);
  return out;
}

/** The sentence says its figure is a new, revised toll. The first word may carry a clitic (وارتفعت). */
export function saysUpdate(sentence: string, phrases: readonly string[][]): boolean {
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const first = stripClitics(tokens[i]!.norm);
    for (const p of phrases) {
      if (first.includes(p[0]!) && p.every((w, k) => k === 0 || tokens[i + k]?.norm === w || stripClitics(tokens[i + k]?.norm ?? '').includes(w))) return true;
    }
  }
  return false;
}
