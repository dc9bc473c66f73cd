import { SlashCommandBuilder } from 'discord.js';
import type { AutocompleteChoice, DeskCommand } from '../src/command/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import { atLeast, figureClaims, figureSource, formatClaimValue, resolveFigureTopic, topicsWithFigures, type Claim, type Discrepancy, type FigureFilter } from '../src/desk/figure-query.ts';
import { loadFigureCues } from '../src/extract/figures.ts';
import { resolveStory, storyChoices } from '../src/desk/story-query.ts';
import type { Figure } from '../src/extract/types.ts';
import type { LexiconEntry } from '../src/lexicon.ts';
import { figureChartSpecs } from '../src/render/chart-spec.ts';
import { errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { normalizeForMatch } from '../src/arabic/normalize.ts';
import { highlightedExcerpt, trimAtWord } from '../src/text/excerpt.ts';
import { articleChoices, sourceOption } from './source.ts';
import { dateLabel } from '../src/corpus/metadata.ts';

/**
 * /figure topic [story] [source] — every number the desk has on a topic, story by story: who gives
 * it, when, and where sources of one story disagree about one quantity.
 */

const MAX_INPUT = 60;
const SENTENCE_MAX = 300;
/** An answer lists at most this many claims (largest first per quantity); source: narrows it. */
const MAX_CLAIMS = 40;
const MAX_DISAGREEING = 6;

export function topicName(topic: LexiconEntry): string {
  return [topic.en[0] ?? topic.id, topic.ar[0]].filter(Boolean).join(' · ');
}

/** Where the figure's sentence starts in its article (figures keep article offsets). */
function sentenceStart(desk: Desk, f: Figure): number {
  const article = desk.getArticle(f.article);
  const at = article ? article.text.indexOf(f.sentence, Math.max(0, f.start - f.sentence.length)) : -1;
  return at >= 0 ? at : f.start;
}

/** "420 · الوكيل · 2021-07-12; 421 · undated": each source with its outlet and date, so an editor sees which figure is later. */
function sources(desk: Desk, c: Claim): string {
  return [...new Set(c.figures.map((f) => f.article))]
    .map((id) => {
      const meta = desk.getArticle(id)?.meta;
      return [id, meta?.outlet, meta ? dateLabel(meta) : 'date unknown'].filter(Boolean).join(' · ');
    })
    .join('; ');
}

/** "002 says 7,939 (Interior Ministry)" / "001, 003 say ~8,000". */
function says(desk: Desk, c: Claim): string {
  const ids = [...new Set(c.figures.map((f) => f.article))];
  const by = [...new Set(c.figures.map((f) => figureSource(desk, f)).filter((w): w is string => !!w))];
  return `${ids.join(', ')} ${ids.length === 1 ? 'says' : 'say'} ${formatClaimValue(c)}${by.length ? ` (${by.join('; ')})` : ''}`;
}

function scopeName(desk: Desk, c: Pick<Claim, 'scope'>): string | null {
  return c.scope ? desk.placeName(c.scope).en || desk.placeName(c.scope).ar : null;
}

function storyName(desk: Desk, story: string | null): string {
  return story ? `${story} · ${desk.storyLabel(story).ar} / ${desk.storyLabel(story).en}` : 'no story';
}

function quantityTitle(desk: Desk, c: Claim, topic: LexiconEntry): string {
  const where = scopeName(desk, c);
  const who = c.group ? `${topicName(topic)} — ${c.group}` : `${topicName(topic)} — all reported`;
  return `${storyName(desk, c.story)} — ${who}${where ? ` — in ${where}` : ''}`;
}

/** The other articles carrying the same claim, each once ("Also stated in: 418, 419"); none when only its own. */
function alsoStatedIn(c: Claim): string[] {
  const first = c.figures[0]!.article;
  const others = [...new Set(c.figures.map((x) => x.article))].filter((a) => a !== first);
  const repeats = c.figures.length - 1 - others.length;
  if (others.length) return [`Also stated in: ${others.join(', ')}${repeats > 0 ? ` (and ${repeats} more time${repeats > 1 ? 's' : ''} in the same articles)` : ''}`];
  return repeats > 0 ? [`Stated ${repeats + 1} times in ${first}`] : [];
}

function claimItem(desk: Desk, c: Claim): DocItem {
  const f = c.figures[0]!;
  const by = [...new Set(c.figures.map((x) => figureSource(desk, x)).filter(Boolean))].join('; ');
  const qualifier = c.vague ? 'vague' : c.approx ? (c.direction === 'more' ? (atLeast(c) ? 'at least' : 'more than') : c.direction === 'less' ? 'fewer than' : 'approximately') : 'exact';
  return {
    heading: `${c.withdrawn ? 'WITHDRAWN — ' : ''}${c.update ? 'UPDATE — ' : ''}${formatClaimValue(c)}${f.unit ? ` ${f.unit}` : ''} (${qualifier}) — ${sources(desk, c)}${by ? ` — ${by}` : ''}`,
    // The sentence around the number, the number's words in bold.
    quote: highlightedExcerpt(f.sentence, [[f.start - sentenceStart(desk, f), f.end - sentenceStart(desk, f)]], SENTENCE_MAX),
    lines: [
      ...alsoStatedIn(c),
      ...(c.withdrawn ? ['The text says this figure was withdrawn, denied or an error; it is not counted as a discrepancy.'] : []),
      ...(c.update ? ['The sentence says the toll rose or was revised: this figure updates an earlier one.'] : []),
    ],
  };
}

/**
 * The warning line: "⚠ Sources disagree on deaths (security forces) — story S000 …: 000 says 16; 004 says 18 — spread 16–18".
 * Differences within rounding are said to be so. (../shared/eval reads "disagree on" and the
 * "NNN says" groups: keep both.)
 */
function discrepancyLine(desk: Desk, d: Discrepancy, topic: LexiconEntry): string {
  const first = d.claims[0]!;
  const where = scopeName(desk, first);
  const what = [first.group, where ? `in ${where}` : null].filter(Boolean).join(', ');
  const spread = `${d.low.toLocaleString('en-US')}–${d.high.toLocaleString('en-US')}`;
  // Every source in a disagreeing pair is named: first one claim per source, then the rest.
  const sources = [...new Set(d.pairs.flat())];
  const perSource = sources.map((id) => d.claims.find((c) => c.figures.some((f) => f.article === id))).filter((c): c is Claim => !!c);
  const ordered = [...new Set([...perSource, ...d.claims])];
  const limit = Math.max(MAX_DISAGREEING, new Set(perSource).size);
  const shown = ordered.slice(0, limit).map((c) => says(desk, c) + (c.update ? ' [update]' : ''));
  if (ordered.length > limit) shown.push(`and ${ordered.length - limit} more`);
  const name = `${topic.en[0] ?? topic.id}${what ? ` (${what})` : ''}`;
  const story = d.story ? ` in story ${storyName(desk, d.story)}` : '';
  return d.severity === 'rounding'
    ? `ℹ Sources disagree on ${name} only within rounding${story}: ${shown.join('; ')} — consistent with one another (${spread})`
    : `⚠ Sources disagree on ${name}${story}: ${shown.join('; ')} — spread ${spread}`;
}

/**
 * The topics on the desk, most figures first: the lexicon's (with their English and Arabic names)
 * and the open ones figures took from a counted noun the lexicon does not know (مراكز، مشروع).
 */
export function topicChoices(desk: Desk, typed: string): AutocompleteChoice[] {
  const q = typed.trim().toLowerCase();
  const known = topicsWithFigures(desk)
    .filter(({ topic }) => !q || topic.id.includes(q) || topic.en.some((e) => e.toLowerCase().startsWith(q)) || topic.ar.some((a) => a.includes(typed.trim())))
    .map(({ topic, count }) => ({ name: trimAtWord(`${topicName(topic)} (${count})`, 100), value: topic.id, count }));
  const lexicon = new Set(desk.lexicons.topics.map((t) => t.id));
  const open = [...desk.topicFigureCounts()]
    .filter(([id]) => !lexicon.has(id) && (!q || id.includes(normalizeForMatch(typed.trim()))))
    .map(([id, count]) => ({ name: trimAtWord(`${id} (${count})`, 100), value: id, count }));
  return [...known, ...open.sort((a, b) => b.count - a.count)].slice(0, 25).map(({ name, value }) => ({ name, value }));
}

/** The /figure answer for one topic (and optionally one story or one article): story by story, quantity by quantity. */
function figureDoc(desk: Desk, topic: LexiconEntry, filter: FigureFilter, known: string[]): Doc {
  const answer = figureClaims(desk, topic, filter);
  const narrowed = `${filter.quantity ? ` — ${filter.quantity}` : ''}${filter.article ? ` in ${filter.article}` : filter.story ? ` in story ${filter.story}` : ''}`;
  if (!answer.claims.length) {
    return {
      tone: 'warning',
      title: `No figures on ${topicName(topic)}${narrowed}`,
      summary: [`Topics with figures: ${known.join(', ') || 'none yet'}.`],
      ephemeral: true,
    };
  }
  const storyRank = new Map(answer.stories.map((s, i) => [s, i]));
  const quantities = [...new Set(answer.claims.map((c) => c.quantity))];
  const storyOf = new Map(answer.claims.map((c) => [c.quantity, c.story]));
  // Stories newest first; within a story, quantities in their stable order.
  quantities.sort((a, b) => (storyRank.get(storyOf.get(a) ?? '') ?? 1e9) - (storyRank.get(storyOf.get(b) ?? '') ?? 1e9) || (a < b ? -1 : 1));
  const perQuantity = Math.max(3, Math.floor(MAX_CLAIMS / quantities.length));
  let shown = 0;
  const sections: DocSection[] = quantities.map((q) => {
    const claims = answer.claims.filter((c) => c.quantity === q).sort((a, b) => b.value - a.value).slice(0, perQuantity);
    shown += claims.length;
    return { title: quantityTitle(desk, claims[0]!, topic), items: claims.map((c) => claimItem(desk, c)) };
  });
  const storyCount = new Set(answer.claims.map((c) => c.story)).size;
  const summary = [
    ...answer.discrepancies.map((d) => discrepancyLine(desk, d, topic)),
    `${answer.claims.length} distinct claim(s) from ${answer.figureCount} figure(s) in ${answer.articleCount} article(s) of ${storyCount} stor${storyCount === 1 ? 'y' : 'ies'}, newest story first, largest first. Figures of different stories are never compared.`,
  ];
  if (answer.claims.some((c) => c.withdrawn)) summary.push('Withdrawn figures are marked and kept out of the disagreements.');
  if (shown < answer.claims.length) summary.push(`Showing the ${shown} largest claims of ${answer.claims.length}; narrow with story:… or source:….`);
  // The chart draws the same claims and disagreements the text lists.
  const charts = figureChartSpecs({ desk, topic, claims: answer.claims, discrepancies: answer.discrepancies });
  return { tone: 'info', title: `Figures: ${topicName(topic)}${narrowed}`, summary, sections, ...(charts.length ? { charts } : {}) };
}

/** /figure source:… without a topic: every figure in that article, topic by topic (the /source card's follow-up). */
function articleFiguresDoc(desk: Desk, article: string, known: string[]): Doc {
  const figures = desk.figures(article);
  const topics = [...new Set(figures.map((f) => f.topic).filter((t): t is string => !!t))]
    .map((id) => desk.lexicons.topics.find((t) => t.id === id))
    .filter((t): t is LexiconEntry => !!t);
  const parts = topics.map((topic) => figureDoc(desk, topic, { article }, known));
  const other = figures.filter((f) => !f.topic);
  const sections: DocSection[] = parts.flatMap((d) => d.sections ?? []);
  if (other.length) sections.push({ title: 'Other figures', items: other.map((f) => ({ heading: `${f.withdrawn ? 'WITHDRAWN — ' : ''}${f.text}`, quote: trimAtWord(f.sentence, 300) })) });
  if (!sections.length) return { tone: 'warning', title: `No figures in ${article}`, summary: [`Topics with figures on the desk: ${known.join(', ') || 'none yet'}.`], ephemeral: true };
  return {
    tone: 'info',
    title: `Figures in ${article}`,
    summary: [...parts.flatMap((d) => (d.summary ?? []).filter((l) => typeof l === 'string' && l.startsWith('⚠'))), `${figures.length} figure(s): ${topics.map((t) => t.en[0] ?? t.id).join(', ') || 'none on a known topic'}${other.length ? `, ${other.length} other` : ''}.`],
    sections,
  };
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('figure')
    .setDescription('Every figure on a topic across sources (arrests, deaths…), with disagreements flagged')
    .addStringOption((o) => o.setName('topic').setDescription('Topic in English or Arabic: arrests, deaths, اعتقالات').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true))
    .addStringOption((o) => o.setName('story').setDescription('Only this story (id or words of its label)').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true))
    .addStringOption((o) => o.setName('source').setDescription('Only this article (id)').setRequired(false).setAutocomplete(true)),
  example: '/figure topic:deaths',
  async execute(invocation, { desk }) {
    const typed = String(invocation.options.topic ?? '').trim();
    const known = topicsWithFigures(desk).map(({ topic, count }) => `${topic.en[0] ?? topic.id} (${count})`);
    if (!typed && invocation.options.source) {
      const { article, error } = sourceOption(desk, invocation.options.source);
      if (error) return error;
      if (article) return articleFiguresDoc(desk, article, known);
    }
    if (!typed) return errorDoc('Which figures? Name a topic', [`Usage: /figure topic:arrests — topics with figures: ${known.join(', ') || 'none yet'}.`]);
    if (typed.length > MAX_INPUT) return errorDoc('That topic is too long', [`Keep it under ${MAX_INPUT} characters.`]);
    const chosen = resolveFigureTopic(desk, typed, loadFigureCues().vocabulary.quantities);
    if (!chosen) {
      return errorDoc(`No topic "${trimAtWord(typed, 40)}"`, [
        `Known topics with figures: ${known.join(', ') || 'none yet'}.`,
        'Topics and their English and Arabic words live in data/lexicon/topics.json.',
      ]);
    }
    const { article, error } = sourceOption(desk, invocation.options.source);
    if (error) return error;
    const typedStory = String(invocation.options.story ?? '').trim();
    let story: string | undefined;
    if (typedStory) {
      const found = resolveStory(desk, typedStory);
      if (!found.story) {
        return errorDoc(`No single story "${trimAtWord(typedStory, 40)}"`, [
          found.candidates.length
            ? `Matching stories: ${found.candidates.slice(0, 8).map((s) => `${s.id} (${s.label.en})`).join(', ')} — give the id.`
            : 'Use /story to list the desk\'s stories and their ids.',
        ]);
      }
      story = found.story.id;
    }
    // The answer is the same until the desk changes: built once, then served from memory.
    const { topic, quantity } = chosen;
    return desk.memo(`figure-doc|${topic.id}|${article ?? ''}|${story ?? ''}|${quantity ?? ''}`, () => figureDoc(desk, topic, { article, story, quantity }, known));
  },
  autocomplete(focused, _invocation, { desk }) {
    if (focused.name === 'source') return articleChoices(desk, focused.value);
    if (focused.name === 'story') return storyChoices(desk, focused.value);
    return topicChoices(desk, focused.value);
  },
};
