import { SlashCommandBuilder } from 'discord.js';
import type { AutocompleteChoice, DeskCommand } from '../src/command/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import { matchSpeakers, whoSaid, type SpeakerMatch } from '../src/desk/who-said-query.ts';
import type { Speaker, Statement } from '../src/extract/types.ts';
import { errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';
import { articleChoices, articleLabel, sourceOption } from './source.ts';
import { statementsByStory } from '../src/desk/story-statements.ts';
import { resolveStory, storyChoices } from '../src/desk/story-query.ts';

/** /who-said speaker [about] [source] — what one person or body said, verbatim, article by article. */

const MAX_INPUT = 100;
const STATEMENT_MAX = 400;
/** The console prints everything; past this many an answer asks for a narrower question. */
const MAX_STATEMENTS = 120;

export function speakerLabel(speaker: Speaker): string {
  return speaker.latin && speaker.latin !== speaker.name ? `${speaker.name} · ${speaker.latin}` : speaker.name;
}

function statementItem(s: Statement): DocItem {
  const kind = s.kind === 'direct' ? 'Direct quote' : 'Reported speech';
  return { heading: `${kind} — as «${trimAtWord(s.speakerMention, 80)}»`, quote: trimAtWord(s.text, STATEMENT_MAX) };
}

function suggestionLine(matches: SpeakerMatch[]): string {
  return matches.map((m) => `${speakerLabel(m.speaker)} (${m.count})`).join(', ');
}

/** The speaker a typed value names: an autocomplete key, else the best name match. */
function speakerQuery(desk: Desk, typed: string): string {
  const exact = desk.speaker(typed);
  return exact ? exact.latin || exact.name : typed;
}

export function speakerChoices(desk: Desk, typed: string): AutocompleteChoice[] {
  const q = typed.trim();
  const list = q ? matchSpeakers(desk, q, 0.5) : desk.quotedSpeakers().map(({ speaker, count }) => ({ speaker, count }));
  return list.slice(0, 25).map(({ speaker, count }) => ({
    name: trimAtWord(`${speakerLabel(speaker)} (${count})`, 100),
    value: speaker.key.length <= 100 ? speaker.key : trimAtWord(speaker.latin, 100),
  }));
}

/** A who-said answer narrowed to one story's articles (counts recomputed from what is left). */
function inStory(desk: Desk, answer: Extract<ReturnType<typeof whoSaid>, { kind: 'found' }>, story: string): typeof answer {
  const groups = answer.groups.filter((g) => desk.storyOf(g.article.id) === story);
  return { ...answer, groups, total: groups.reduce((n, g) => n + g.statements.length, 0), articleCount: groups.length };
}

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('who-said')
    .setDescription('What a person or body said, quoted verbatim with article, outlet and date')
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Name in English or Arabic (macron, ماكرون, Interior Ministry)').setRequired(true).setMaxLength(MAX_INPUT).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('about').setDescription('Only statements about these words (Arabic or English)').setRequired(false).setMaxLength(MAX_INPUT))
    .addStringOption((o) => o.setName('source').setDescription('Only this article (id)').setRequired(false).setAutocomplete(true))
    .addStringOption((o) => o.setName('story').setDescription('Only this story (id or words of its label)').setRequired(false).setMaxLength(MAX_INPUT).setAutocomplete(true)),
  example: '/who-said speaker:putin',
  async execute(invocation, { desk }) {
    const typed = String(invocation.options.speaker ?? '').trim();
    if (!typed) return errorDoc('Who said what? Name a speaker', ['Usage: /who-said speaker:putin — or ماكرون, Zelensky, "Interior Ministry". Add about:… to narrow by topic.']);
    if (typed.length > MAX_INPUT) return errorDoc('That name is too long', [`Keep it under ${MAX_INPUT} characters.`]);
    const about = String(invocation.options.about ?? '').trim();
    const { article, error } = sourceOption(desk, invocation.options.source);
    if (error) return error;
    const typedStory = String(invocation.options.story ?? '').trim();
    const story = typedStory ? resolveStory(desk, typedStory).story : undefined;
    if (typedStory && !story) return errorDoc(`No single story "${trimAtWord(typedStory, 40)}"`, ['Use /story to list the stories and their ids.']);
    const found = whoSaid(desk, { speaker: speakerQuery(desk, typed), about: about || undefined, article, limit: story ? Number.MAX_SAFE_INTEGER : MAX_STATEMENTS });
    const answer = found.kind === 'found' && story ? inStory(desk, found, story.id) : found;
    if (answer.kind === 'unknown-speaker') {
      const top = desk.quotedSpeakers().slice(0, 5);
      return errorDoc(`No speaker matches "${trimAtWord(typed, 60)}"`, [
        answer.suggestions.length ? `Did you mean: ${suggestionLine(answer.suggestions)}` : `Most quoted on the desk: ${suggestionLine(top) || 'nobody yet'}`,
        'Names work in English or Arabic; start typing in Discord to pick from the list.',
      ]);
    }
    const who = speakerLabel(answer.speaker);
    const narrowed = [about && `about "${trimAtWord(about, 40)}"`, article && `in ${article}`, story && `in story ${story.id}`].filter(Boolean).join(' ');
    if (answer.total === 0) {
      return {
        tone: 'warning',
        title: `${who}: nothing ${narrowed}`,
        summary: [
          `${answer.speaker.name} has ${answer.count} statement(s) on the desk, none ${narrowed}. Try without about:/source:.`,
          ...(/[a-z]/i.test(about) ? ['English topic words are matched through data/lexicon/topics.json; an Arabic word always works (انقلاب).'] : []),
        ],
        ephemeral: true,
      };
    }
    let shown = 0;
    const sections: DocSection[] = [];
    // Story by story (newest first); a statement republished by several outlets once, with them.
    const byStory = statementsByStory(desk, answer.groups);
    for (const group of byStory) {
      const storyName = group.story ? ` — story ${group.story} · ${trimAtWord(group.label!.ar, 40)} / ${trimAtWord(group.label!.en, 40)}` : '';
      for (const { article: a, statements } of group.articles) {
        if (shown >= MAX_STATEMENTS) break;
        const items = statements.slice(0, MAX_STATEMENTS - shown).map(({ statement, alsoIn }) => {
          const item = statementItem(statement);
          return alsoIn.length ? { ...item, lines: [`Also carried by: ${alsoIn.map(articleLabel).join('; ')}`] } : item;
        });
        shown += items.length;
        sections.push({ title: `${articleLabel(a)} — ${trimAtWord(a.meta.title, 90)}${storyName}`, items });
      }
    }
    const republished = byStory.reduce((n, g) => n + g.articles.reduce((m, x) => m + x.statements.filter((c) => c.alsoIn.length).length, 0), 0);
    const summary = [
      `${answer.total} statement(s) in ${answer.articleCount} article(s)${narrowed ? ` ${narrowed}` : ''}, story by story, newest first.`,
      ...(byStory.length > 1 ? [`Stories: ${byStory.map((g) => g.story ?? 'none').join(', ')}.`] : []),
      ...(republished ? [`${republished} statement(s) carried word for word by several outlets are shown once.`] : []),
    ];
    if (shown < answer.total) summary.push(`Showing the first ${shown}; narrow with about:… or source:….`);
    if (answer.alsoMatched.length) summary.push(`Also matching "${trimAtWord(typed, 40)}": ${suggestionLine(answer.alsoMatched)}`);
    return {
      tone: 'info',
      title: `Who said: ${who}`,
      summary,
      sections,
      footer: `Forms seen: ${trimAtWord(answer.speaker.aliases.slice(0, 8).join(' / '), 300)}`,
    };
  },
  autocomplete(focused, _invocation, { desk }) {
    if (focused.name === 'source') return articleChoices(desk, focused.value);
    if (focused.name === 'story') return storyChoices(desk, focused.value);
    return speakerChoices(desk, focused.value);
  },
};
