import { readdir, readFile, stat } from 'node:fs/promises';
import { join, basename, extname } from 'node:path';
import { segmentParagraphs } from './segment.ts';
import type { Article, LoadResult, Paragraph } from './types.ts';

export function articleIdFromFile(file: string): string {
  const m = /^(\d+)/.exec(file);
  return m ? m[1]! : basename(file, extname(file));
}

const TERMINAL_END = /[.!?\u061F\u2026]["\u201C\u201D\u00BB)\]]*$/;

/** Non-empty lines as paragraphs; the first line is the headline when it does not read as a sentence. */
function lineParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = offset + lead;
      const role = paragraphs.length === 0 && !TERMINAL_END.test(trimmed) ? 'headline' : 'body';
      paragraphs.push({ index: paragraphs.length, role, start, end: start + trimmed.length, text: trimmed });
    }
    offset += line.length + 1;
  }
  return paragraphs;
}

export function parseArticle(file: string, path: string, text: string, bytes = text.length, mtimeMs = 0): Article {
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const paragraphs = lineParagraphs(text);
  const { sentences, quotedSpans } = segmentParagraphs(text, paragraphs);
  return {
    id: articleIdFromFile(file), file, path, text,
    meta: { title: paragraphs[0]?.text ?? file, outlet: null, published: null, url: null, language: 'ar' },
    paragraphs, sentences, quotedSpans, boilerplate: [], bytes, mtimeMs,
  };
}

export async function loadCorpus(dir: string): Promise<LoadResult> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const st = await stat(path);
    articles.push(parseArticle(file, path, await readFile(path, 'utf8'), st.size, st.mtimeMs));
  }
  return { articles, warnings: [] };
}
