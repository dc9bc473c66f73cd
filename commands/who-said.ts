import { SlashCommandBuilder } from 'discord.js';
import type { AutocompleteChoice, DeskCommand } from '../src/command/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import { answerWhoSaid, resolveSpeakers, withdrawnFigure, type SpeakerMatch, type WhoSaidAnswer } from '../src/desk/who-said-query.ts';
import { normalizeForMatch } from '../src/arabic/normalize.ts';
import { highlightedExcerpt } from '../src/text/excerpt.ts';
import type { Speaker, Statement } from '../src/extract/types.ts';
import type { Article } from '../src/corpus/types.ts';
import { CONSOLE_PAGE_ITEMS, errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';
import { articleChoices, articleLabel, sourceOption } from './source.ts';
import { statementsByStory } from '../src/desk/story-statements.ts';
import { resolveStory, storyChoices } from '../src/desk/story-query.ts';

/** /who-said [speaker] [about] [source] — what one person or body said (or everyone, in one article or on one topic), verbatim, article by article. */

const MAX_INPUT = 100;
const STATEMENT_MAX = 400;
/** Statements one answer pages through; past this many it says so and asks for a narrower question. */
export const MAX_STATEMENTS = 400;

export function speakerLabel(speaker: Speaker): string {
  return speaker.latin && speaker.latin !== speaker.name ? `${speaker.name} · ${speaker.latin}` : speaker.name;
}

/**
 * What each statement is called. The attribution engine sets `Statement.kind` (direct, indirect)
 * and, additively, `Statement.form` when the words are not a plain full quote or report:
 * 'partial' (reported speech with some of the speaker's words in quote marks) and 'headline' (a
 * headline "Speaker: words", the desk's summary). Neither is ever labelled a direct quote.
 */
const FORM_LABEL: Record<string, string> = {
  partial: 'Partial quote',
  headline: 'Headline (the desk’s summary, not verbatim speech)',
};
const KIND_LABEL: Record<string, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
};

export function statementLabel(s: Pick<Statement, 'kind'> & { form?: string }): string {
  if (s.form) return FORM_LABEL[s.form] ?? s.form.charAt(0).toUpperCase() + s.form.slice(1);
  const kind = String(s.kind);
  return KIND_LABEL[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

function statementItem(desk: Desk, s: Statement, withSpeaker: boolean): DocItem {
  if (withSpeaker) return makeStatementItem(desk, s, true);
  // A statement's own item (it names no speaker: the answer is one speaker's) depends on the
  // statement and its article's figures only, so it is made once per statement (read only:
  // answers naming the statement hold this item), not again for every question about a
  // much-quoted speaker.
  let item = ownItems.get(s);
  if (!item) ownItems.set(s, (item = makeStatementItem(desk, s, false)));
  return item;
}

const ownItems = new WeakMap<Statement, DocItem>();

function makeStatementItem(desk: Desk, s: Statement, withSpeaker: boolean): DocItem {
  const withdrawn = withdrawnFigure(desk, s);
  const who = withSpeaker ? `${speakerLabel(desk.speaker(s.speakerKey) ?? { key: s.speakerKey, name: s.speakerMention, latin: '', aliases: [], kind: 'unknown' })} — ` : '';
  const heading = `${withdrawn ? 'WITHDRAWN — ' : ''}${who}${statementLabel(s)} — as «${trimAtWord(s.speakerMention, 80)}»`;
  const lines = withdrawn ? [`The article says this figure (${withdrawn.text}) was withdrawn or corrected; it is not a live claim.`] : undefined;
  return { heading, quote: trimAtWord(s.text, STATEMENT_MAX), lines };
}

function suggestionLine(matches: SpeakerMatch[]): string {
  return matches.map((m) => `${speakerLabel(m.speaker)} (${m.count})`).join(', ');
}

/** The speaker a typed value names: an autocomplete key, else the best name match. */
function speakerQuery(desk: Desk, typed: string): string {
  const exact = desk.speaker(typed);
  return exact ? exact.latin || exact.name : typed;
}

/** The ways a speaker was named in the articles themselves (not the lexicon's other spellings), commonest first. */
export function formsSeen(statements: readonly Statement[]): string[] {
  const counts = new Map<string, { form: string; n: number }>();
  for (const s of statements) {
    const key = mentionKey(s.speakerMention);
    const known = counts.get(key);
    if (known) known.n++;
    else counts.set(key, { form: s.speakerMention.trim(), n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).map((c) => c.form);
}

/**
 * A mention as forms are counted: normalised, trimmed. Remembered per mention text: an answer
 * reads every statement's mention (hundreds), and the same few mentions come back answer after
 * answer.
 */
function mentionKey(mention: string): string {
  let key = mentionKeys.get(mention);
  if (key === undefined) {
    key = normalizeForMatch(mention).trim();
    if (mentionKeys.size >= 50_000) mentionKeys.clear();
    mentionKeys.set(mention, key);
  }
  return key;
}

const mentionKeys = new Map<string, string>();

/** An article's section title in an answer (its label and headline), made once per article. */
function articleTitle(article: Article): string {
  let title = articleTitles.get(article);
  if (title === undefined) articleTitles.set(article, (title = `${articleLabel(article)} — ${trimAtWord(article.meta.title, 90)}`));
  return title;
}

const articleTitles = new WeakMap<Article, string>();

export function speakerChoices(desk: Desk, typed: string): AutocompleteChoice[] {
  const q = typed.trim();
  const list = q ? resolveSpeakers(desk, q, 0.5).matches : desk.quotedSpeakers().map(({ speaker, count }) => ({ speaker, count }));
  return list.slice(0, 25).map(({ speaker, count }) => ({
    name: trimAtWord(`${speakerLabel(speaker)} (${count})`, 100),
    value: speaker.key.length <= 100 ? speaker.key : trimAtWord(speaker.latin, 100),
  }));
}

/** A who-said answer narrowed to one story's articles (counts recomputed from what is left). */
function inStory(desk: Desk, answer: Extract<WhoSaidAnswer, { kind: 'found' }>, story: string): typeof answer {
  const groups = answer.groups.filter((g) => desk.storyOf(g.article.id) === story);
  return { ...answer, groups, total: groups.reduce((n, g) => n + g.statements.length, 0), articleCount: groups.length };
}

function notQuotedDoc(answer: Extract<WhoSaidAnswer, { kind: 'not-quoted' }>): Doc {
  const name = answer.entry.latin ?? answer.entry.en[0] ?? answer.entry.ar[0] ?? answer.query;
  const articles = [...new Set(answer.mentions.map((m) => m.article.id))];
  return {
    tone: 'warning',
    title: `${name}: mentioned in ${articles.join(', ')}, not quoted`,
    summary: [
      `${answer.entry.ar[0] ?? name} is named in ${answer.mentionTotal} sentence(s) on the desk but no statement is attributed to them.`,
    ],
    sections: [
      {
        title: 'Where they are mentioned',
        items: answer.mentions.map((m) => ({
          heading: `${articleLabel(m.article)} — ${trimAtWord(m.article.meta.title, 90)}`,
          quote: highlightedExcerpt(m.text, m.highlights, STATEMENT_MAX),
        })),
      },
    ],
    pageSize: CONSOLE_PAGE_ITEMS,
  };
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('who-said')
    .setDescription('What a person or body said, quoted verbatim with article, outlet and date')
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Name or role in English or Arabic (macron, ماكرون, Kazakh president)').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('about').setDescription('Only statements about these words (Arabic or English)').setRequired(false).setMaxLength(MAX_INPUT))
    .addStringOption((o) => o.setName('source').setDescription('Only this article (id)').setRequired(false).setAutocomplete(true))
    .addStringOption((o) => o.setName('story').setDescription('Only this story (id or words of its label)').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true)),
  example: '/who-said speaker:putin',
  async execute(invocation, { desk }) {
    const typed = String(invocation.options.speaker ?? '').trim();
    const about = String(invocation.options.about ?? '').trim();
    const { article, error } = sourceOption(desk, invocation.options.source);
    if (error) return error;
    if (!typed && !about && !article) {
      return errorDoc('Who said what? Name a speaker, a topic or an article', [
        'Usage: /who-said speaker:putin — or ماكرون, Zelensky, "Interior Ministry", "Kazakh president". about:… narrows by topic; source:003 alone lists everyone quoted in that article; story:… narrows to one story.',
      ]);
    }
    if (typed.length > MAX_INPUT) return errorDoc('That name is too long', [`Keep it under ${MAX_INPUT} characters.`]);
    const typedStory = String(invocation.options.story ?? '').trim();
    const resolved = typedStory ? resolveStory(desk, typedStory) : undefined;
    const story = resolved?.story;
    if (resolved && !story) {
      return errorDoc(`No single story "${trimAtWord(typedStory, 40)}"`, [
        resolved.candidates.length
          ? `Matching stories: ${resolved.candidates.slice(0, 8).map((s) => `${s.id} (${s.label.en})`).join(', ')} — give the id.`
          : 'Use /story to list the stories and their ids.',
      ]);
    }
    // The whole reply is remembered until the desk changes (as /figure's and /story's are): a much-quoted
    // speaker's reply is hundreds of items, made again for every repeat of the question. The key is
    // JSON so that a `|` typed in a name cannot make two questions one.
    return desk.memo(`who-said-doc|${JSON.stringify([typed, about, article ?? '', story?.id ?? ''])}`, () => whoSaidDoc(desk, { typed, about, article, story }));
  },
  autocomplete(focused, _invocation, { desk }) {
    if (focused.name === 'source') return articleChoices(desk, focused.value);
    if (focused.name === 'story') return storyChoices(desk, focused.value);
    return speakerChoices(desk, focused.value);
  },
};

/** The reply to a valid question: the statements story by story, or why there are none. */
function whoSaidDoc(desk: Desk, question: { typed: string; about: string; article: string | undefined; story: { id: string } | undefined }): Doc {
  const { typed, about, article, story } = question;
  const found = answerWhoSaid(desk, { speaker: typed ? speakerQuery(desk, typed) : undefined, about: about || undefined, article, limit: story ? Number.MAX_SAFE_INTEGER : MAX_STATEMENTS });
  if (found.kind === 'not-quoted') return notQuotedDoc(found);
  const answer = found.kind === 'found' && story ? inStory(desk, found, story.id) : found;
  if (answer.kind === 'unknown-speaker') {
    const top = desk.quotedSpeakers().slice(0, 5);
    return errorDoc(`No speaker matches "${trimAtWord(typed, 60)}"`, [
      ...(answer.readAs ? [`Read as ${answer.readAs}: nobody on the desk is introduced that way.`] : []),
      answer.suggestions.length ? `Did you mean: ${suggestionLine(answer.suggestions)}` : `Most quoted on the desk: ${suggestionLine(top) || 'nobody yet'}`,
      'Names work in English or Arabic; start typing in Discord to pick from the list.',
    ]);
  }
  // A lexicon person found through the mentions naming them is titled by the lexicon's name.
  const named = answer.entry ? { ...answer.speaker!, name: answer.entry.ar[0] ?? answer.speaker!.name, latin: answer.entry.latin ?? answer.entry.en[0] ?? answer.speaker!.latin } : answer.speaker;
  const who = named ? speakerLabel(named) : 'everyone';
  const narrowed = [about && `about "${trimAtWord(about, 40)}"`, article && `in ${article}`, story && `in story ${story.id}`].filter(Boolean).join(' ');
  if (answer.total === 0) {
    return {
      tone: 'warning',
      title: `${who}: nothing ${narrowed}`,
      summary: [
        answer.speaker
          ? `${answer.speaker.name} has ${answer.count} statement(s) on the desk, none ${narrowed}. Try without ${[about && 'about:', article && 'source:', story && 'story:'].filter(Boolean).join('/') || 'the filters'}.`
          : `No attributed statement ${narrowed}.`,
        ...(/[a-z]/i.test(about) ? ['English topic words are matched through data/lexicon (topics, news terms, places); an Arabic word always works (انقلاب).'] : []),
      ],
      ephemeral: true,
    };
  }
  const { sections, shown, stories, republished, forms } = answerBody(desk, answer.groups, !answer.speaker);
  const summary = [
    `${answer.total} statement(s) in ${answer.articleCount} article(s)${narrowed ? ` ${narrowed}` : ''}, story by story, newest first.`,
    ...(stories.length > 1 ? [`Stories: ${stories.map((story) => story ?? 'none').join(', ')}.`] : []),
    ...(republished ? [`${republished} statement(s) carried word for word by several outlets are shown once.`] : []),
  ];
  if (answer.readAs) summary.push(`Read "${trimAtWord(typed, 40)}" as ${answer.readAs}.`);
  if (shown < answer.total) summary.push(`Showing the newest ${shown} of ${answer.total}; narrow with about:…, source:… or story:… for the rest.`);
  if (answer.alsoMatched.length) summary.push(`Also matching "${trimAtWord(typed, 40)}": ${suggestionLine(answer.alsoMatched)}`);
  return {
    tone: 'info',
    title: answer.speaker ? `Who said: ${who}` : `Who said${narrowed ? ` ${narrowed}` : ''}: everyone`,
    summary,
    sections,
    footer: forms.length ? `Forms seen: ${trimAtWord(forms.slice(0, 8).join(' / '), 300)}` : undefined,
    pageSize: CONSOLE_PAGE_ITEMS,
  };
}

/** What an answer shows of its statements: sections story by story, and what its summary and footer say of them. */
interface AnswerBody {
  sections: DocSection[];
  shown: number;
  /** The stories in the order shown (null: an article in none). */
  stories: Array<string | null>;
  republished: number;
  forms: string[];
}

/**
 * The sections of an answer's statements, made once per set of statements found: one speaker asked
 * for under several names (Arabic, Latin, a title) finds the very same statements (see
 * speakerStatements in who-said-query.ts), and each name's reply shares them (read only).
 */
function answerBody(desk: Desk, groups: ReadonlyArray<{ article: Article; statements: Statement[] }>, withSpeaker: boolean): AnswerBody {
  const known = answerBodies.get(groups);
  if (known && known.withSpeaker === withSpeaker) return known.body;
  const body = makeAnswerBody(desk, groups, withSpeaker);
  answerBodies.set(groups, { withSpeaker, body });
  return body;
}

const answerBodies = new WeakMap<object, { withSpeaker: boolean; body: AnswerBody }>();

function makeAnswerBody(desk: Desk, groups: ReadonlyArray<{ article: Article; statements: Statement[] }>, withSpeaker: boolean): AnswerBody {
  let shown = 0;
  const sections: DocSection[] = [];
  // Story by story (newest first); a statement republished by several outlets once, with them.
  const byStory = statementsByStory(desk, groups);
  for (const group of byStory) {
    const storyName = group.story ? ` — story ${group.story} · ${trimAtWord(group.label!.ar, 40)} / ${trimAtWord(group.label!.en, 40)}` : '';
    for (const { article: a, statements } of group.articles) {
      if (shown >= MAX_STATEMENTS) break;
      const items = statements.slice(0, MAX_STATEMENTS - shown).map(({ statement, alsoIn }) => {
        const item = statementItem(desk, statement, withSpeaker);
        return alsoIn.length ? { ...item, lines: [...(item.lines ?? []), `Also carried by: ${alsoIn.map(articleLabel).join('; ')}`] } : item;
      });
      shown += items.length;
      sections.push({ title: `${articleTitle(a)}${storyName}`, items });
    }
  }
  const republished = byStory.reduce((n, g) => n + g.articles.reduce((m, x) => m + x.statements.filter((c) => c.alsoIn.length).length, 0), 0);
  const forms = withSpeaker ? [] : formsSeen(groups.flatMap((g) => g.statements));
  return { sections, shown, stories: byStory.map((g) => g.story), republished, forms };
}
