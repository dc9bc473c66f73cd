import { SlashCommandBuilder } from 'discord.js';
import type { AutocompleteChoice, DeskCommand } from '../src/command/types.ts';
import type { Desk } from '../src/desk/desk.ts';
import { matchSpeakers, whoSaid, type SpeakerMatch } from '../src/desk/who-said-query.ts';
import type { Speaker, Statement } from '../src/extract/types.ts';
import { errorDoc, type Doc, type DocItem, type DocSection } from '../src/render/doc.ts';
import { trimAtWord } from '../src/text/excerpt.ts';
import { articleChoices, articleLabel, sourceOption } from './source.ts';

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

export const command: DeskCommand = {
  data: new SlashCommandBuilder()
    .setName('who-said')
    .setDescription('What a person or body said, quoted verbatim with article, outlet and date')
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Name in English or Arabic (macron, ماكرون, Interior Ministry)').setRequired(true).setMaxLength(MAX_INPUT).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('about').setDescription('Only statements about these words (Arabic or English)').setRequired(false).setMaxLength(MAX_INPUT))
    .addStringOption((o) => o.setName('source').setDescription('Only this article (id)').setRequired(false).setAutocomplete(true)),
  example: '/who-said speaker:putin',
  async execute(invocation, { desk }) {
    const typed = String(invocation.options.speaker ?? '').trim();
    if (!typed) return errorDoc('Who said what? Name a speaker', ['Usage: /who-said speaker:putin — or ماكرون, Zelensky, "Interior Ministry". Add about:… to narrow by topic.']);
    if (typed.length > MAX_INPUT) return errorDoc('That name is too long', [`Keep it under ${MAX_INPUT} characters.`]);
    const about = String(invocation.options.about ?? '').trim();
    const { article, error } = sourceOption(desk, invocation.options.source);
    if (error) return error;
    const answer = whoSaid(desk, { speaker: speakerQuery(desk, typed), about: about || undefined, article, limit: MAX_STATEMENTS });
    if (answer.kind === 'unknown-speaker') {
      const top = desk.quotedSpeakers().slice(0, 5);
      return errorDoc(`No speaker matches "${trimAtWord(typed, 60)}"`, [
        answer.suggestions.length ? `Did you mean: ${suggestionLine(answer.suggestions)}` : `Most quoted on the desk: ${suggestionLine(top) || 'nobody yet'}`,
        'Names work in English or Arabic; start typing in Discord to pick from the list.',
      ]);
    }
    const who = speakerLabel(answer.speaker);
    const narrowed = [about && `about "${trimAtWord(about, 40)}"`, article && `in ${article}`].filter(Boolean).join(' ');
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
    for (const group of answer.groups) {
      if (shown >= MAX_STATEMENTS) break;
      const items = group.statements.slice(0, MAX_STATEMENTS - shown).map(statementItem);
      shown += items.length;
      sections.push({ title: `${articleLabel(group.article)} — ${trimAtWord(group.article.meta.title, 90)}`, items });
    }
    const summary = [`${answer.total} statement(s) in ${answer.articleCount} article(s)${narrowed ? ` ${narrowed}` : ''}, newest article first.`];
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
    return speakerChoices(desk, focused.value);
  },
};
