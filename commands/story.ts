import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import type { Desk, StorySummary } from '../src/desk/desk.ts';
import type { Claim } from '../src/desk/figure-query.ts';
import { resolveStory, storyChoices, storyFacts } from '../src/desk/story-query.ts';
import { figureChartSpec } from '../src/render/chart-spec.ts';
import { errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { articleLine, claimHeading, disagreementLine, storyHeading, storySpan, topicName } from '../src/render/story-doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';

/**
 * /story [id] — the desk's stories (articles grouped by what they tell, src/stories): without an
 * id, every story newest first with its counts; with one, its articles by outlet and date, who
 * speaks in it, its figures per topic and where its sources disagree.
 */

const MAX_INPUT = 100;
const LIST_MAX = 25;
const SPEAKERS = 8;
const CLAIMS_PER_TOPIC = 6;
const TITLE_MAX = 140;

/** " from 2 outlets" / " from 1 outlet (6 without one)": an article whose outlet is unknown is not counted as one. */
function outletCount(s: StorySummary): string {
  const outlets = new Set(s.articles.map((a) => a.meta.outlet).filter(Boolean));
  const unknown = s.articles.filter((a) => !a.meta.outlet).length;
  if (!outlets.size) return '';
  return ` from ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}${unknown ? ` (${unknown} without one)` : ''}`;
}

/** "Outlets: الأناضول ×2, الجزيرة ×1 · 4 articles without an outlet". */
function outletLine(s: StorySummary): string | undefined {
  const counts = new Map<string, number>();
  for (const a of s.articles) if (a.meta.outlet) counts.set(a.meta.outlet, (counts.get(a.meta.outlet) ?? 0) + 1);
  const unknown = s.articles.filter((a) => !a.meta.outlet).length;
  if (!counts.size) return undefined;
  const named = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([o, n]) => `${o} ×${n}`);
  return `Outlets: ${named.join(', ')}${unknown ? ` · ${unknown} article(s) without an outlet` : ''}`;
}

/** The list: newest story first, one line of counts each. */
function storyList(desk: Desk): Doc {
  const stories = desk.storyList();
  if (stories.length === 0) return { tone: 'warning', title: 'No stories yet', summary: ['The desk has no articles: add files to the data directory.'], ephemeral: true };
  const items: DocItem[] = stories.slice(0, LIST_MAX).map((s) => {
    const facts = storyFacts(desk, s.id)!;
    const disagreements = facts.discrepancies.filter((d) => d.severity === 'disagree').length;
    return {
      heading: storyHeading(s),
      lines: [
        `${s.articles.length} article(s)${outletCount(s)} · ${facts.statements.length} statement(s) · ${facts.claims.reduce((n, c) => n + c.figures.length, 0)} figure(s) · ${disagreements} disagreement(s)`,
        `Latest: ${trimAtWord(s.articles[0]!.meta.title, TITLE_MAX)}`,
      ],
    };
  });
  const summary = [`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} on the desk, newest first (undated stories last). /story id:… shows one.`];
  if (stories.length > LIST_MAX) summary.push(`Showing the ${LIST_MAX} newest; type words of a label in id: to find the others.`);
  return { tone: 'info', title: 'Stories', summary, sections: [{ items }] };
}

/** A chart for each disagreement the card lists, from the same claims (real disagreements first). */
function storyCharts(desk: Desk, facts: NonNullable<ReturnType<typeof storyFacts>>): Pick<Doc, 'charts'> {
  const charts = [...facts.discrepancies]
    .sort((a, b) => Number(a.severity === 'rounding') - Number(b.severity === 'rounding'))
    .map((d) => figureChartSpec({ desk, topic: d.claims[0]!.topic, claims: facts.claims.filter((c) => c.quantity === d.quantity), discrepancy: d }));
  return charts.length ? { charts } : {};
}

/** One story: articles by outlet and date, speakers, figures per topic, disagreements. */
function storyCard(desk: Desk, story: StorySummary): Doc {
  const facts = storyFacts(desk, story.id)!;
  const speakers = facts.speakers.slice(0, SPEAKERS).map(({ key, count }) => {
    const sp = desk.speaker(key);
    return sp ? `${sp.latin && sp.latin !== sp.name ? `${sp.latin} (${sp.name})` : sp.name} ×${count}` : `${key} ×${count}`;
  });
  const summary = [
    `${story.articles.length} article(s) · ${storySpan(story)} · ${facts.statements.length} statement(s) · ${facts.claims.reduce((n, c) => n + c.figures.length, 0)} figure(s)`,
    ...[outletLine(story)].filter((l): l is string => !!l),
    ...(speakers.length ? [`Top speakers: ${speakers.join(', ')}`] : []),
    ...facts.discrepancies.map((d) => disagreementLine(desk, d)),
  ];
  const articles: DocSection = {
    title: 'Articles (newest first)',
    items: story.articles.map((a) => ({
      heading: articleLine(a),
      lines: [trimAtWord(a.meta.title, TITLE_MAX)],
    })),
  };
  const byTopic = new Map<string, Claim[]>();
  for (const c of facts.claims) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  const figures: DocSection[] = [...byTopic]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([topic, claims]) => ({
      title: `Figures: ${topicName(desk, topic)}`,
      items: [
        ...[...claims]
          .sort((a, b) => b.value - a.value)
          .slice(0, CLAIMS_PER_TOPIC)
          .map((c) => ({ heading: claimHeading(desk, c) })),
        ...(claims.length > CLAIMS_PER_TOPIC ? [{ heading: `${claims.length - CLAIMS_PER_TOPIC} more claim(s): /figure topic:${topic} story:${story.id}` }] : []),
      ],
    }));
  return {
    tone: 'info',
    title: `Story ${story.id}: ${story.label.ar} / ${story.label.en}`,
    summary,
    sections: [articles, ...figures],
    footer: `/figure topic:… story:${story.id} · /who-said speaker:… story:${story.id}`,
    ...storyCharts(desk, facts),
  };
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('story')
    .setDescription("The desk's stories (articles grouped by event), newest first; or one story in full")
    .addStringOption((o) => o.setName('id').setDescription('A story id, or words of its label (Arabic or English)').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true)),
  example: '/story',
  async execute(invocation, { desk }) {
    const typed = String(invocation.options.id ?? '').trim();
    if (!typed) return desk.memo('story-doc|', () => storyList(desk));
    if (typed.length > MAX_INPUT) return errorDoc('That story id is too long', [`Keep it under ${MAX_INPUT} characters.`]);
    const { story, candidates } = resolveStory(desk, typed);
    if (!story) {
      return errorDoc(`No single story "${trimAtWord(typed, 40)}"`, [
        candidates.length
          ? `Matching stories: ${candidates.slice(0, 8).map((s) => `${s.id} (${s.label.en})`).join(', ')} — give the id.`
          : 'Run /story without an id to list the stories and their ids.',
      ]);
    }
    return desk.memo(`story-doc|${story.id}`, () => storyCard(desk, story));
  },
  autocomplete(_focused, _invocation, { desk }) {
    return storyChoices(desk, _focused.value);
  },
};
