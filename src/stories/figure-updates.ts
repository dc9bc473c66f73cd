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

const TO = /(?:^|[\s،,])[وف]?(?:إلى|الى|إلي|الي)(?=[\s\d]|$)/u;
const TO_BEFORE_FIGURE = /(?:إلى|الى|إلي|الي)\s*$/u;

/**
 * The sentence says this figure is a new, revised toll: an update phrase comes before it and no
 * other number stands between them ("ارتفعت الحصيلة إلى 92" marks 92; in "تسجيل 14 حالة جديدة
 * ليرتفع الإجمالي إلى 273" only 273 is the new toll, and in "تراجع العدد إلى 19 … بعد إعلان 32"
 * the 32 is the old one). Without `figureText`, whether the sentence has such a phrase at all.
 * The first word may carry a clitic (وارتفعت).
 */
export function saysUpdate(sentence: string, phrases: readonly string[][], figureText?: string): boolean {
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const first = stripClitics(tokens[i]!.norm);
    for (const p of phrases) {
      if (!first.includes(p[0]!) || !p.every((w, k) => k === 0 || tokens[i + k]?.norm === w || stripClitics(tokens[i + k]?.norm ?? '').includes(w))) continue;
      if (figureText === undefined) return true;
      const phraseEnd = tokens[i + p.length - 1]!.end;
      const at = sentence.indexOf(figureText, phraseEnd);
      if (at < 0) continue;
      const gap = sentence.slice(phraseEnd, at);
      if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(gap)) continue;
      // "تراجع عدد الوفيات إلى 19": when the phrase goes on to إلى, the new toll is what follows it
      // ("عزت تراجع عدد الوفيات إلى غياب التدقيق … عن 20 حالة" revises nothing to 20).
      if (TO.test(gap) && !TO_BEFORE_FIGURE.test(gap)) continue;
      return true;
    }
  }
  return false;
}
