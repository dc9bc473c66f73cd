import type { Article } from '../corpus/types.ts';
import type { Desk, StorySummary } from '../desk/desk.ts';
import { statementsByStory, type CarriedStatement } from '../desk/story-statements.ts';
import { storyFacts } from '../desk/story-query.ts';
import type { Speaker, Statement } from '../extract/types.ts';
import type { Doc, DocItem, DocSection } from '../render/doc.ts';
import { formatClaimValue } from './claims.ts';
import { articleLine, storyHeading, topicName } from '../render/story-doc.ts';
import { trimAtWord } from '../text/excerpt.ts';
import { storyFigures, type StoryFigures } from './figures.ts';

/**
 * The digest's content, as Docs (one per message group), organised the way a multi-story desk
 * reads it: a heading Doc, then one Doc per story with new articles (newest activity first),
 * headed by the story's label and date span — its new articles by outlet and date, its key
 * statements (a statement several outlets carried once, with them), its figures per topic and the
 * disagreements among its sources (the story's own, as /story computes them). Stories of a single
 * article, and stories past `DIGEST_OPTIONS.fullStories`, share one compact Doc at the end, one
 * item each. Every new article is named somewhere: it is marked covered once the digest is out.
 */

export interface DigestScope {
  /** Article ids already covered by an earlier digest. */
  covered: ReadonlySet<string>;
  /** When the last digest was posted (ISO), for the heading. */
  since: string | null;
  /** The schedule's time zone (DIGEST_TIMEZONE), for showing times the way the desk reads them. */
  timezone?: string;
}

export const DIGEST_OPTIONS = {
  /** Stories of several articles shown in full, each its own message(s); the rest are compact. */
  fullStories: 12,
  /** Key statements per full story (different speakers first). */
  statementsPerStory: 4,
  /** At most this many of one speaker's statements per story. */
  perSpeaker: 2,
  quoteMax: 220,
  titleMax: 160,
  /** Articles given with their title in a compact item; the others by id, outlet and date. */
  compactArticles: 4,
  /** Stories with disagreements named in the heading message. */
  namedDisputes: 10,
  /** Topics and claims per topic in a compact item's figures line. */
  compactTopics: 3,
  compactClaims: 3,
};

/** "2022-01-11 08:00 Asia/Almaty" — the desk's local time when a zone is configured, else UTC. */
export function formatSince(iso: string, timezone = 'UTC'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timezone}`;
}

/** A story with news: the story (absent for an article the grouping has not placed) and its new articles, newest first. */
interface StoryNews {
  story: StorySummary | undefined;
  fresh: Article[];
  figures: StoryFigures | undefined;
  statements: CarriedStatement[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function buildDigest(desk: Desk, scope: DigestScope, options = DIGEST_OPTIONS): Doc[] {
  const fresh = desk.articles().filter((a) => !scope.covered.has(a.id));
  const sinceText = scope.since ? `since ${formatSince(scope.since, scope.timezone)}` : 'on the desk';
  if (fresh.length === 0) {
    return [{ tone: 'info', title: 'Desk digest', summary: [`No new articles ${sinceText}.`] }];
  }
  const freshIds = new Set(fresh.map((a) => a.id));
  const rank = speakerRank(desk);
  const news = storiesWithNews(desk, freshIds).map((n) => ({ ...n, statements: keyStatements(desk, rank, n.fresh, options) }));
  const full = news.filter((n) => n.story && n.story.articles.length > 1).slice(0, options.fullStories);
  const compact = news.filter((n) => !full.includes(n));

  const disputed = news.filter((n) => n.figures && n.figures.disagreements > 0);
  const summary = [
    `Story by story, newest activity first${compact.length ? `; ${briefSaid(compact, full.length > 0)}` : ''}.`,
    ...(disputed.length
      ? [
          `⚠ Sources disagree in ${plural(disputed.length, 'story', 'stories')}: ${disputed
            .slice(0, options.namedDisputes)
            .map((n) => `${n.story!.id} (${n.story!.label.en || n.story!.label.ar})`)
            .join(', ')}${disputed.length > options.namedDisputes ? ` and ${disputed.length - options.namedDisputes} more` : ''}.`,
        ]
      : []),
  ];
  const docs: Doc[] = [
    {
      tone: 'info',
      title: `Desk digest — ${plural(fresh.length, 'new article', 'new articles')} in ${plural(news.length, 'story', 'stories')} ${sinceText}`,
      summary,
    },
  ];
  for (const n of full) docs.push(storyDoc(desk, n, options));
  if (compact.length) docs.push(compactDoc(desk, compact, full.length > 0, options));
  return docs;
}

/** "then 11 single-article stories in brief" / "then 3 more stories in brief". */
function briefSaid(compact: ReadonlyArray<Pick<StoryNews, 'story'>>, afterFull: boolean): string {
  const single = compact.every((n) => !n.story || n.story.articles.length === 1);
  const what = single ? plural(compact.length, 'single-article story', 'single-article stories') : plural(compact.length, afterFull ? 'more story' : 'story', afterFull ? 'more stories' : 'stories');
  return `${afterFull ? 'then ' : ''}${what} in brief`;
}

/** Stories that have new articles, in /story's order (newest first), then articles no story holds. */
function storiesWithNews(desk: Desk, fresh: ReadonlySet<string>): Array<Omit<StoryNews, 'statements'>> {
  const out: Array<Omit<StoryNews, 'statements'>> = [];
  const placed = new Set<string>();
  for (const story of desk.storyList()) {
    const articles = story.articles.filter((a) => fresh.has(a.id));
    if (!articles.length) continue;
    for (const a of articles) placed.add(a.id);
    const facts = storyFacts(desk, story.id);
    out.push({ story, fresh: articles, figures: facts ? storyFigures(desk, facts, fresh) : undefined });
  }
  for (const a of desk.articlesNewestFirst()) if (fresh.has(a.id) && !placed.has(a.id)) out.push({ story: undefined, fresh: [a], figures: undefined });
  return out;
}

/**
 * Prominent speakers first: how often the whole desk quotes them, plus a bonus for people and
 * bodies in the speaker lexicon; anonymous sources ("a security source") after named ones.
 */
function speakerRank(desk: Desk): (key: string) => number {
  const known = new Set(desk.lexicons.speakers.map((e) => e.id));
  const counts = new Map<string, number>();
  for (const s of desk.statements()) counts.set(s.speakerKey, (counts.get(s.speakerKey) ?? 0) + 1);
  return (key) => {
    const kind = desk.speaker(key)?.kind;
    const anonymous = kind === 'source' || kind === 'unknown';
    return (counts.get(key) ?? 0) + (known.has(key) ? 5 : 0) - (anonymous ? 1000 : 0);
  };
}

/**
 * A story's key statements in its new articles: a statement republished word for word once (in
 * its newest article, with the others that carried it), prominent speakers first, direct quotes
 * and substance before short reports, different speakers before a second statement of one.
 */
function keyStatements(desk: Desk, rank: (key: string) => number, articles: Article[], options: typeof DIGEST_OPTIONS): CarriedStatement[] {
  const [group] = statementsByStory(desk, articles.map((article) => ({ article, statements: desk.statements(article.id) })));
  const carried = (group?.articles ?? []).flatMap((a) => a.statements);
  const score = (s: Statement) => Number(s.kind === 'direct') * options.quoteMax + Math.min(s.text.length, options.quoteMax);
  const sorted = [...carried].sort(
    (a, b) => rank(b.statement.speakerKey) - rank(a.statement.speakerKey) || b.alsoIn.length - a.alsoIn.length || score(b.statement) - score(a.statement) || (a.statement.speakerKey < b.statement.speakerKey ? -1 : 1),
  );
  const picked: CarriedStatement[] = [];
  const perSpeaker = new Map<string, number>();
  // Named speakers one each, then their seconds (up to perSpeaker); anonymous sources only to fill what is left.
  const named = sorted.filter((c) => rank(c.statement.speakerKey) >= 0);
  const anonymous = sorted.filter((c) => rank(c.statement.speakerKey) < 0);
  const rounds = Array.from({ length: options.perSpeaker }, (_, i) => i + 1);
  for (const [pool, round] of [...rounds.map((r) => [named, r] as const), ...rounds.map((r) => [anonymous, r] as const)]) {
    for (const c of pool) {
      if (picked.length >= options.statementsPerStory) return picked;
      if (picked.includes(c) || (perSpeaker.get(c.statement.speakerKey) ?? 0) >= round) continue;
      picked.push(c);
      perSpeaker.set(c.statement.speakerKey, (perSpeaker.get(c.statement.speakerKey) ?? 0) + 1);
    }
  }
  return picked;
}

function speakerName(desk: Desk, s: Statement): string {
  const speaker: Speaker | undefined = desk.speaker(s.speakerKey);
  if (!speaker) return s.speakerMention;
  return speaker.latin && speaker.latin !== speaker.name ? `${speaker.name} · ${speaker.latin}` : speaker.name;
}

/** Never "direct quote" for a headline or a partial quote (see /who-said). */
function statementKind(s: Statement): string {
  if (s.form === 'headline') return 'Headline';
  if (s.form === 'partial') return 'Partial quote';
  return s.kind === 'direct' ? 'Direct quote' : 'Reported';
}

function statementItem(desk: Desk, c: CarriedStatement, options: typeof DIGEST_OPTIONS): DocItem {
  const s = c.statement;
  const article = desk.getArticle(s.article);
  return {
    heading: `${speakerName(desk, s)} — ${statementKind(s)} — ${article ? articleLine(article) : s.article}`,
    quote: trimAtWord(s.text, options.quoteMax),
    ...(c.alsoIn.length ? { lines: [`Also carried by: ${c.alsoIn.map(articleLine).join('; ')}`] } : {}),
  };
}

/** One story in full: its new articles, key statements, figures per topic and disagreements. */
function storyDoc(desk: Desk, n: StoryNews, options: typeof DIGEST_OPTIONS): Doc {
  const story = n.story!;
  const statements = n.fresh.reduce((k, a) => k + desk.statements(a.id).length, 0);
  const figures = n.fresh.reduce((k, a) => k + desk.figures(a.id).filter((f) => f.topic).length, 0);
  const articles = n.fresh.length === story.articles.length ? plural(n.fresh.length, 'new article', 'new articles') : `${n.fresh.length} new of ${story.articles.length} articles`;
  // Disagreements as items, not summary lines: a story with many would overflow a message's description, and items are never cut.
  const sections: DocSection[] = n.figures?.lines.length ? [{ title: 'Where sources disagree', items: n.figures.lines.map((heading) => ({ heading })) }] : [];
  sections.push({ title: 'New articles', items: n.fresh.map((a) => ({ heading: articleLine(a), lines: [trimAtWord(a.meta.title, options.titleMax)] })) });
  if (n.statements.length) sections.push({ title: 'Key statements', items: n.statements.map((c) => statementItem(desk, c, options)) });
  sections.push(...(n.figures?.sections ?? []));
  const charts = n.figures?.charts ?? [];
  return {
    tone: n.figures && n.figures.disagreements > 0 ? 'warning' : 'info',
    title: storyHeading(story),
    summary: [`${articles} · ${plural(statements, 'statement', 'statements')} · ${plural(figures, 'figure', 'figures')}`],
    sections,
    footer: `/story id:${story.id} · /figure topic:… story:${story.id} · /who-said speaker:… story:${story.id}`,
    ...(charts.length ? { charts } : {}),
  };
}

/** A story in one item: its label, its strongest statement, its articles, its main figures. */
function compactItem(desk: Desk, n: StoryNews, options: typeof DIGEST_OPTIONS): DocItem {
  const lead = n.statements[0];
  const lines: string[] = [];
  if (lead) {
    const a = desk.getArticle(lead.statement.article);
    lines.push(`— ${speakerName(desk, lead.statement)} · ${statementKind(lead.statement)}${n.fresh.length > 1 && a ? ` · ${a.id}` : ''}${lead.alsoIn.length ? ` · also carried by ${lead.alsoIn.map((x) => x.id).join(', ')}` : ''}`);
  }
  // Every new article on a line of its own (id first), titled while there is room.
  n.fresh.forEach((a, i) => lines.push(i < options.compactArticles ? `${articleLine(a)} — ${trimAtWord(a.meta.title, options.titleMax)}` : articleLine(a)));
  const claims = n.figures?.claims ?? [];
  const topics = [...new Set(claims.filter((c) => !c.vague).map((c) => c.topic))].slice(0, options.compactTopics);
  const perTopic = topics.map((t) => {
    const values = claims
      .filter((c) => c.topic === t && !c.vague)
      .sort((a, b) => b.value - a.value)
      .slice(0, options.compactClaims)
      .map((c) => `${c.withdrawn ? 'withdrawn ' : ''}${formatClaimValue(c)}${c.figures[0]!.unit ? ` ${c.figures[0]!.unit}` : ''}`);
    return `${topicName(desk, t)} ${values.join(', ')}`;
  });
  if (perTopic.length) lines.push(`Figures: ${perTopic.join('; ')}`);
  lines.push(...(n.figures?.lines ?? []));
  return {
    heading: n.story ? storyHeading(n.story) : `${n.fresh[0]!.id} · not yet in a story`,
    ...(lead ? { quote: trimAtWord(lead.statement.text, options.quoteMax) } : {}),
    lines,
  };
}

function compactDoc(desk: Desk, news: StoryNews[], afterFull: boolean, options: typeof DIGEST_OPTIONS): Doc {
  const single = news.every((n) => !n.story || n.story.articles.length === 1);
  const charts = news.flatMap((n) => n.figures?.charts ?? []);
  return {
    tone: 'info',
    title: single ? 'Single-article stories' : afterFull ? 'More stories, in brief' : 'Stories, in brief',
    summary: ['One item per story, newest first: its strongest statement, its articles, its main figures. /story id:… shows a story in full.'],
    sections: [{ items: news.map((n) => compactItem(desk, n, options)) }],
    ...(charts.length ? { charts } : {}),
  };
}
