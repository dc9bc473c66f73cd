import type { LineClass } from './clean.ts';
import { isAgency, readCaptionCredit, readCreditLine, readDateLine } from './credits.ts';
import type { SourceLine } from './lines.ts';
import type { ArticleMeta, Paragraph, Sentence } from './types.ts';

/**
 * Metadata inferred from raw wire text: title from the headline (or the lead's first sentence),
 * outlet from credit lines, publication date from a dateline, URL from a lone link line.
 * Front-matter values, when given, win over everything inferred here.
 */

/** Longest title taken from a lead sentence before it is cut at a word boundary. */
const MAX_LEAD_TITLE = 120;
/** A clause separator this far in is a better cut than a bare word boundary. */
const MIN_CLAUSE_CUT = 50;
/** Stops and separators dropped from the end of a title; ؟ and ! carry meaning and stay. */
const FINAL_STOP = /[\s.:،,؛;]+$/u;
/** A wire dateline opening the lead: `موسكو (أ ف ب) -`, `القاهرة - رويترز:`. */
const LEAD_DATELINE = /^[^\s()]{2,}(?:\s[^\s()]{2,}){0,2}\s*(?:\(([^()]{1,25})\)\s*[-–—:]|[-–—]\s*([^\s()،,:]{2,}(?:\s[^\s()،,:]{1,}){0,2})\s*[:：\-–—])/u;
const LONE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;
/** Characters sampled to tell the language. */
const LANGUAGE_SAMPLE = 4000;

/** A lead sentence as a title: cut at ~120 characters, preferring the last clause separator, never mid-word. */
export function titleFromSentence(sentence: string): string {
  const text = sentence.trim();
  if (text.length <= MAX_LEAD_TITLE) return text.replace(FINAL_STOP, '');
  const window = text.slice(0, MAX_LEAD_TITLE + 1);
  const clause = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf('؛'));
  const space = window.lastIndexOf(' ');
  const cut = clause >= MIN_CLAUSE_CUT ? clause : space > 0 ? space : MAX_LEAD_TITLE;
  return `${text.slice(0, cut).replace(FINAL_STOP, '')}…`;
}

/** 'ar' unless Latin letters clearly dominate the first few thousand characters. */
export function detectLanguage(text: string): string {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06d3) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > arabic * 2 ? 'en' : 'ar';
}

export interface MetaInput {
  lines: readonly SourceLine[];
  classes: readonly LineClass[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  /** Fallback title (the file's base name) when the article has no text at all. */
  fallbackTitle: string;
}

export function inferMeta({ lines, classes, paragraphs, sentences, fallbackTitle }: MetaInput): ArticleMeta {
  const headline = paragraphs.find((p) => p.role === 'headline');
  const lead = paragraphs.find((p) => p.role === 'body');
  const leadSentence = lead ? sentences.find((s) => s.paragraph === lead.index) : undefined;
  const title = headline
    ? headline.text.replace(/^#{1,6}\s+/u, '').replace(FINAL_STOP, '')
    : leadSentence
      ? titleFromSentence(leadSentence.text)
      : fallbackTitle;

  let outlet: { name: string; rank: number } | null = null;
  let published: { iso: string; rank: number } | null = null;
  let url: string | null = null;
  const offer = (name: string, rank: number): void => {
    if (!outlet || rank < outlet.rank) outlet = { name, rank };
  };
  for (let i = 0; i < lines.length; i++) {
    // Metadata lines are boilerplate by construction; body sentences never feed these fields.
    if (classes[i]?.role !== 'boilerplate') continue;
    const line = lines[i]!;
    const credit = readCreditLine(line);
    if (credit) offer(credit.outlet, credit.rank);
    const caption = readCaptionCredit(line);
    if (caption?.agency) offer(caption.credit, 10);
    const date = readDateLine(line);
    if (date && (!published || date.rank < published.rank)) published = { iso: date.iso, rank: date.rank };
    if (!url && LONE_URL.test(line.text)) url = line.text;
  }
  if (lead) {
    const dateline = LEAD_DATELINE.exec(lead.text);
    const agency = dateline?.[1] ?? dateline?.[2];
    if (agency && isAgency(agency)) offer(agency.trim(), 9);
  }
  const found = outlet as { name: string; rank: number } | null;
  const date = published as { iso: string; rank: number } | null;
  const body = paragraphs.map((p) => p.text).join('\n');
  return { title: title || fallbackTitle, outlet: found?.name ?? null, published: date?.iso ?? null, url, language: detectLanguage(body) };
}
