import type { Desk } from '../desk/desk.ts';
import type { Article } from '../corpus/types.ts';
import type { Figure } from '../extract/types.ts';
import type { Statement } from '../extract/types.ts';
import { withdrawnFigure } from '../desk/who-said-query.ts';

/**
 * The desk as JSON for other tools (`npm run export`). The shape is a contract:
 * {"articles":[{id,title,outlet,published,dateSource,story,dropped}], "quotes":[…], "figures":[…]}.
 */

export interface ExportedQuote {
  article: string;
  speaker: { name: string; latin: string; aliases: string[] };
  kind: Statement['kind'];
  /** The statement carries a figure the article says was withdrawn or an error: not a live claim. */
  withdrawn?: boolean;
  text: string;
  sentence: string;
  offset: number;
}

export interface ExportedFigure {
  article: string;
  value: number;
  approx: boolean;
  vague: boolean;
  /** exact · min · max · about · range · vague, and the interval it asserts (null = open). */
  bound: string;
  low: number | null;
  high: number | null;
  /** The unit as written: the counted noun, or "%" / "percentage points" / "basis points". */
  unit: string | null;
  /** The counted noun as written, or null. */
  noun: string | null;
  /** people · money · percent · percentage-points · basis-points, or null for things. */
  measure: string | null;
  currency: string | null;
  /** What a percentage or amount measures (inflation, budget…). */
  quantity: string | null;
  topic: string | null;
  /** Who is counted (security forces, civilians), or null. */
  group: string | null;
  /** Latin display name of the speaker, else the "according to" attribution, else null. */
  speaker: string | null;
  text: string;
  sentence: string;
  withdrawn: boolean;
}

export interface DeskExport {
  /**
   * `story`: the id of the story the article was grouped into (src/stories); `dropped`: every line
   * cleaning excluded, with its reason, so a wrong drop can be seen.
   */
  articles: Array<{ id: string; title: string; outlet: string | null; published: string | null; dateSource: string | null; url: string | null; story: string | null; dropped: Array<{ reason: string; text: string }> }>;
  quotes: ExportedQuote[];
  figures: ExportedFigure[];
}

/** A sentence longer than this (a page with no full stop) is exported as the stretch around its figure. */
const SENTENCE_MAX = 600;

/** The figure's sentence, or for a runaway one the words around the figure, marked as cut with "…". */
function figureSentence(f: Figure, sentenceStart: number): string {
  const s = f.sentence;
  if (s.length <= SENTENCE_MAX) return s;
  const at = Math.max(0, f.start - sentenceStart);
  const half = SENTENCE_MAX / 2;
  let from = Math.max(0, at - half);
  let to = Math.min(s.length, at + (f.end - f.start) + half);
  while (from > 0 && !/\s/.test(s[from - 1]!)) from++;
  while (to < s.length && !/\s/.test(s[to]!)) to--;
  return `${from > 0 ? '…' : ''}${s.slice(from, to).trim()}${to < s.length ? '…' : ''}`;
}

/** Where a figure's sentence starts in its article (figures keep article offsets; sentences are in order). */
function sentenceStartOf(article: Article, f: Figure): number {
  if (f.sentence.length <= SENTENCE_MAX) return 0;
  const sentences = article.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.start <= f.start) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1]?.start ?? 0;
}

export function exportDesk(desk: Desk): DeskExport {
  const articles = desk.articles();
  return {
    articles: articles.map((a) => ({
      id: a.id,
      title: a.meta.title,
      outlet: a.meta.outlet,
      published: a.meta.published,
      dateSource: a.meta.dateSource ?? null,
      url: a.meta.url ?? null,
      story: desk.storyOf(a.id) ?? null,
      dropped: a.boilerplate.map((b) => ({ reason: b.reason, text: a.text.slice(b.start, b.end) })),
    })),
    quotes: articles.flatMap((a) =>
      desk.statements(a.id).map((s) => {
        const sp = desk.speaker(s.speakerKey);
        return {
          article: s.article,
          speaker: { name: sp?.name ?? s.speakerMention, latin: sp?.latin ?? '', aliases: sp?.aliases ?? [s.speakerMention] },
          kind: s.kind,
          ...(withdrawnFigure(desk, s) ? { withdrawn: true } : {}),
          text: s.text,
          sentence: s.sentence,
          offset: s.start,
        };
      }),
    ),
    figures: articles.flatMap((a) =>
      desk.figures(a.id).map((f) => ({
        article: f.article,
        value: f.value,
        approx: f.approx,
        vague: f.vague,
        bound: f.bound ?? (f.vague ? 'vague' : f.direction === 'more' ? 'min' : f.direction === 'less' ? 'max' : f.approx ? 'about' : 'exact'),
        low: f.low ?? (f.direction === 'less' ? null : f.value),
        high: f.high ?? (f.direction === 'more' ? null : f.value),
        unit: f.unit,
        noun: f.noun ?? f.unit,
        measure: f.measure ?? null,
        currency: f.currency ?? null,
        quantity: f.quantity ?? null,
        topic: f.topic,
        group: f.group ?? null,
        speaker: (f.speakerKey ? desk.speaker(f.speakerKey)?.latin : undefined) ?? f.attribution ?? null,
        text: f.text,
        sentence: figureSentence(f, sentenceStartOf(a, f)),
        withdrawn: f.withdrawn,
      })),
    ),
  };
}
