import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../arabic/normalize.ts';
import { dualOf, findNumbers } from '../arabic/numbers.ts';
import { tokenize, type Token } from '../arabic/tokenize.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { DEFAULT_LEXICON_DIR, type LexiconEntry } from '../lexicon.ts';
import { classifyNumber, sentenceWords, topicModel, type SentenceWords, type TopicModel } from './topics.ts';
import type { Figure, Statement } from './types.ts';

/**
 * Figures: every count in an article's sentences (dates, years, ages, durations… are typed away by
 * the numbers module), with its topic, counted noun, the group counted (security forces…), who
 * says so (the statement it stands in, else an "according to" phrase) and whether the text says it
 * was withdrawn or denied (data/lexicon/figure-cues.json).
 */

interface FigureCues {
  withdrawn: string[][];
  according: string[][];
}

const cueCache = new Map<string, FigureCues>();

export function loadFigureCues(dir: string = DEFAULT_LEXICON_DIR): FigureCues {
  let cues = cueCache.get(dir);
  if (cues) return cues;
  const path = join(dir, 'figure-cues.json');
  const fallback = join(DEFAULT_LEXICON_DIR, 'figure-cues.json');
  let data: { withdrawn?: string[]; according?: string[] } = {};
  for (const p of [path, fallback]) {
    if (!existsSync(p)) continue;
    try {
      data = JSON.parse(readFileSync(p, 'utf8')) as typeof data;
      break;
    } catch {
      // A broken editor file falls back to the project's.
    }
  }
  const phrases = (list: string[] = []): string[][] => list.map((x) => normalizeForMatch(x).split(/\s+/).filter(Boolean));
  cues = { withdrawn: phrases(data.withdrawn), according: phrases(data.according) };
  cueCache.set(dir, cues);
  return cues;
}

/** The phrase starts at token k (its first word may carry clitics: وبحسب). */
function phraseAt(tokens: readonly Token[], words: SentenceWords, k: number, phrase: string[]): boolean {
  return phrase.every((w, i) => {
    const t = tokens[k + i];
    return !!t && (t.norm === w || (i === 0 && words.forms[k]!.includes(w)));
  });
}

function hasPhrase(tokens: readonly Token[], words: SentenceWords, phrases: string[][]): boolean {
  for (let k = 0; k < tokens.length; k++) if (phrases.some((p) => phraseAt(tokens, words, k, p))) return true;
  return false;
}

/** "بحسب وزارة الصحة" → "وزارة الصحة": the words after an "according to" phrase, up to punctuation. */
function accordingTo(sentence: Sentence, tokens: readonly Token[], words: SentenceWords, cues: FigureCues): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const phrase = cues.according.find((p) => phraseAt(tokens, words, k, p));
    if (!phrase) continue;
    const from = k + phrase.length;
    const first = tokens[from];
    // "بحسب ما ورد": reported, by no one named.
    if (!first || first.norm === 'ما') continue;
    let to = from;
    while (to < tokens.length && to - from < 5 && !/[،,.:;()«»"“”]/.test(sentence.text.slice(tokens[to - 1]?.end ?? tokens[to]!.start, tokens[to]!.start))) to++;
    if (to === from) continue;
    return sentence.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  }
  return null;
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.length : i;
}

export function extractFigures(article: Article, statements: Statement[], topics: LexiconEntry[], cues: FigureCues = loadFigureCues()): Figure[] {
  const model: TopicModel = topicModel(topics);
  const out: Figure[] = [];
  for (const sentence of article.sentences) {
    const numbers = findNumbers(sentence.text).filter((n) => n.kind === 'count' || n.kind === 'percent');
    const tokens = tokenize(sentence.text);
    // Duals end in -ان/-ين/-تان/-تين: only those words are worth the full test.
    const duals = tokens.filter((t) => t.norm.endsWith('ن') && dualOf(t.norm, model.units, model.brokenPlural) !== null);
    if (!numbers.length && !duals.length) continue;
    const words = sentenceWords(tokens);
    const withdrawn = hasPhrase(tokens, words, cues.withdrawn);
    let according: string | null | undefined;
    const make = (value: number, start: number, end: number, numberStart: number, numberEnd: number, unit: string | null, extra: Partial<Figure>): void => {
      const numberFrom = tokenIndexAt(tokens, numberStart);
      const numberTo = tokenIndexAt(tokens, numberEnd - 1) + 1;
      // A dual (جنديين) is its own counted noun.
      const unitFrom = unit && numberStart === start && numberEnd === end ? numberFrom : numberTo;
      const unitTo = unit ? tokenIndexAt(tokens, end - 1) + 1 : numberTo;
      const { topic, group } = classifyNumber(model, words, numberFrom, numberTo, unitFrom, unitTo);
      const absolute = sentence.start + start;
      const statement = statements.find((s) => s.start <= absolute && absolute < s.end);
      if (!statement && according === undefined) according = accordingTo(sentence, tokens, words, cues);
      out.push({
        id: `${article.id}:${absolute}`,
        article: article.id,
        value,
        approx: false,
        direction: null,
        vague: false,
        unit,
        topic,
        group,
        speakerKey: statement?.speakerKey ?? null,
        attribution: statement ? null : according ?? null,
        text: sentence.text.slice(start, end),
        sentence: sentence.text,
        start: absolute,
        end: sentence.start + end,
        withdrawn,
        ...extra,
      });
    };
    for (const n of numbers) {
      make(n.value, n.start, n.end, n.numberStart, n.numberEnd, n.unit, { approx: n.approx, direction: n.direction, vague: n.vague });
    }
    for (const t of duals) {
      if (numbers.some((n) => n.start <= t.start && t.start < n.end)) continue;
      make(2, t.start, t.end, t.start, t.end, t.surface, {});
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
