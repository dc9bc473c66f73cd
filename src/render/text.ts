import type { Doc, RichText } from './doc.ts';

/**
 * Doc → plain console text. The console shows whole answers (no pages); highlighted words are
 * bold on a terminal and wrapped in ** when piped, so `npm run ask` output stays greppable.
 */

export interface TextRenderOptions {
  /** ANSI bold for highlights (interactive terminal). */
  ansi?: boolean;
}

function rich(text: RichText, ansi: boolean): string {
  if (typeof text === 'string') return text;
  return text.map((run) => (run.strong ? (ansi ? `\x1b[1m${run.text}\x1b[22m` : `**${run.text}**`) : run.text)).join('');
}

const TONE_MARK: Record<Doc['tone'], string> = { info: '', warning: '! ', error: '✗ ' };

export function renderText(doc: Doc, options: TextRenderOptions = {}): string {
  const ansi = options.ansi ?? false;
  const out: string[] = [];
  const title = `${TONE_MARK[doc.tone]}${doc.title}`;
  out.push(ansi ? `\x1b[1m${title}\x1b[22m` : title);
  out.push('═'.repeat(Math.min(60, Math.max(10, [...doc.title].length + 2))));
  for (const line of doc.summary ?? []) out.push(rich(line, ansi));
  for (const section of doc.sections ?? []) {
    out.push('');
    if (section.title) out.push(`── ${section.title} ──`);
    for (const item of section.items) {
      out.push(`• ${item.heading}`);
      if (item.quote !== undefined) {
        for (const line of rich(item.quote, ansi).split('\n')) out.push(`    ${line}`);
      }
      for (const line of item.lines ?? []) out.push(`    ${rich(line, ansi)}`);
    }
  }
  if (doc.footer) {
    out.push('');
    out.push(doc.footer);
  }
  return out.join('\n');
}
