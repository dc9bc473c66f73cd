import { tokenize } from '../arabic/tokenize.ts';
import { monthNamedAt } from '../corpus/dates.ts';
import type { Figure } from '../extract/types.ts';
import { loadFigureCues, type PeriodCues } from '../extract/figures.ts';

/**
 * The period a figure counts over, when its sentence says one next to it: "صادرات النفط في شهر
 * تشرين الثاني" and "خلال شهر أيلول" are two months' exports, inflation "في 2023" and "لشهر فبراير"
 * two rates, however alike the stories. A period is a month with a cue (شهر before it, الماضي or
 * a year after it) or a year after a cue (عام، سنة، خلال، في): "m9", "2023", "2024-m2"; the cue
 * words are figure-cues.json `periods`. A day's date (8 سبتمبر 2025) is the day of an event, not a
 * period, and is not read. Null when nothing says: the quantity is then the story's, as before.
 */

/** Words between the figure and a period phrase for the phrase to be the figure's. */
export const PERIOD_WORDS_AWAY = 6;

const isYear = (norm: string) => /^(?:19|20)\d\d$/.test(norm);
const isDay = (norm: string) => /^\d{1,2}$/.test(norm);

interface PeriodPhrase {
  key: string;
  /** Token indices [first, last]. */
  first: number;
  last: number;
}

function periodPhrases(words: readonly string[], cues: PeriodCues): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const month = monthNamedAt(words, i);
    if (month) {
      const after = i + month.words;
      const year = words[after] !== undefined && isYear(words[after]!) ? words[after]! : null;
      const dated = i > 0 && isDay(words[i - 1]!);
      const cued = cues.monthBefore.has(words[i - 1] ?? '') || cues.monthAfter.has(words[after] ?? '') || year !== null;
      if (!dated && cued) out.push({ key: year ? `${year}-m${month.month}` : `m${month.month}`, first: i, last: year ? after : after - 1 });
      i = after - 1 + (year ? 1 : 0);
      continue;
    }
    if (isYear(words[i]!) && cues.yearBefore.has(words[i - 1] ?? '')) {
      // "خلال سنة 2023", "في عام 2022": the phrase takes in every cue before the year.
      let first = i - 1;
      while (first > 0 && cues.yearBefore.has(words[first - 1]!)) first--;
      out.push({ key: words[i]!, first, last: i });
    }
  }
  return out;
}

/** The period a figure's own sentence gives it (see above), or null. */
export function figurePeriod(f: Pick<Figure, 'text' | 'sentence'>, cues: PeriodCues = loadFigureCues().periods): string | null {
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return null;
  const tokens = tokenize(f.sentence);
  const words = tokens.map((t) => t.norm);
  const phrases = periodPhrases(words, cues);
  if (!phrases.length) return null;
  // The figure's words: the tokens its text covers.
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.end <= at || tokens[i]!.start >= at + f.text.length) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  let best: { key: string; away: number } | null = null;
  for (const p of phrases) {
    // A year inside the figure's own words is its number, not its period.
    if (p.last >= first && p.first <= last) continue;
    const away = p.first > last ? p.first - last - 1 : first - p.last - 1;
    // Equally near, the period after the number is its own ("بلغ 6.6 بالمئة في 2022، إلى 6.1 خلال 2023").
    if (away <= PERIOD_WORDS_AWAY && (!best || away < best.away || (away === best.away && p.first > last))) best = { key: p.key, away };
  }
  return best?.key ?? null;
}

/**
 * The periods of one article's figures, by figure id: a figure whose own sentence names none
 * counts over the last period an earlier figure of its topic in the article named (November's
 * exports, then "44 million barrels of them through Basra"), else null. `figures` in text order.
 */
export function articlePeriods(figures: readonly Pick<Figure, 'id' | 'topic' | 'text' | 'sentence'>[], cues: PeriodCues = loadFigureCues().periods): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const lastByTopic = new Map<string, string>();
  for (const f of figures) {
    const own = figurePeriod(f, cues);
    const topic = f.topic ?? '';
    if (own) lastByTopic.set(topic, own);
    out.set(f.id, own ?? lastByTopic.get(topic) ?? null);
  }
  return out;
}
