import { SlashCommandBuilder } from 'discord.js';
import type { DeskCommand } from '../src/command/types.ts';
import type { Desk, StorySummary } from '../src/desk/desk.ts';
import { figureSource, formatClaimValue, type Claim, type Discrepancy } from '../src/desk/figure-query.ts';
import { resolveStory, storyChoices, storyFacts } from '../src/desk/story-query.ts';
import { figureChartSpec } from '../src/render/chart-spec.ts';
import { errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';
import { dateLabel } from '../src/corpus/metadata.ts';

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

function span(s: Pick<StorySummary, 'first' | 'last'>): string {
  if (!s.first) return 'undated';
  return s.first === s.last ? s.first : `${s.first} – ${s.last}`;
}

function topicName(desk: Desk, topic: string): string {
  const entry = desk.lexicons.topics.find((t) => t.id === topic);
  return entry ? [entry.en[0] ?? topic, entry.ar[0]].filter(Boolean).join(' · ') : topic;
}

function says(desk: Desk, c: Claim): string {
  const ids = [...new Set(c.figures.map((f) => f.article))];
  const by = [...new Set(c.figures.map((f) => figureSource(desk, f)).filter((w): w is string => !!w))];
  return `${ids.join(', ')} ${ids.length === 1 ? 'says' : 'say'} ${formatClaimValue(c)}${by.length ? ` (${by.join('; ')})` : ''}`;
}

function disagreementLine(desk: Desk, d: Discrepancy): string {
  const c = d.claims[0]!;
  const what = [topicName(desk, c.topic), c.group, c.scope ? `in ${desk.placeName(c.scope).en}` : null].filter(Boolean).join(', ');
  const claims = d.claims.map((x) => says(desk, x)).join('; ');
  return d.severity === 'rounding' ? `ℹ ${what}: differ only by rounding — ${claims}` : `⚠ ${what}: ${claims}`;
}

/** The list: newest story first, one line of counts each. */
function storyList(desk: Desk): Doc {
  const stories = desk.storyList();
  if (stories.length === 0) return { tone: 'warning', title: 'No stories yet', summary: ['The desk has no articles: add files to the data directory.'], ephemeral: true };
  const items: DocItem[] = stories.slice(0, LIST_MAX).map((s) => {
    const facts = storyFacts(desk, s.id)!;
    const disagreements = facts.discrepancies.filter((d) => d.severity === 'disagree').length;
    const outlets = new Set(s.articles.map((a) => a.meta.outlet).filter(Boolean));
    return {
      heading: `${s.id} · ${s.label.ar} / ${s.label.en} — ${span(s)}`,
      lines: [
        `${s.articles.length} article(s)${outlets.size ? ` from ${outlets.size} outlet(s)` : ''} · ${facts.statements.length} statement(s) · ${facts.claims.reduce((n, c) => n + c.figures.length, 0)} figure(s) · ${disagreements} disagreement(s)`,
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
    `${story.articles.length} article(s) · ${span(story)} · ${facts.statements.length} statement(s) · ${facts.claims.reduce((n, c) => n + c.figures.length, 0)} figure(s)`,
    ...(speakers.length ? [`Top speakers: ${speakers.join(', ')}`] : []),
    ...facts.discrepancies.map((d) => disagreementLine(desk, d)),
  ];
  const articles: DocSection = {
    title: 'Articles (newest first)',
    items: story.articles.map((a) => ({
      heading: [a.id, a.meta.outlet ?? 'outlet unknown', dateLabel(a.meta)].join(' · '),
      lines: [trimAtWord(a.meta.title, TITLE_MAX)],
    })),
  };
  const byTopic = new Map<string, Claim[]>();
  for (const c of facts.claims) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  const figures: DocSection[] = [...byTopic]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([topic, claims]) => ({
      title: `Figures: ${topicName(desk, topic)}`,
      items: [...claims]
        .sort((a, b) => b.value - a.value)
        .slice(0, CLAIMS_PER_TOPIC)
        .map((c) => ({
          heading: `${c.withdrawn ? 'WITHDRAWN — ' : ''}${c.update ? 'UPDATE — ' : ''}${formatClaimValue(c)}${c.group ? ` (${c.group})` : ''}${c.scope ? ` in ${desk.placeName(c.scope).en}` : ''} — ${says(desk, c)}`,
        })),
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
