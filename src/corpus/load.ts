// PLACEHOLDER until the corpus module lands: reads .txt files, one paragraph per line, naive sentences.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, basename, extname } from 'node:path';
import type { Article, LoadResult, Paragraph, Sentence } from './types.ts';

export function articleIdFromFile(file: string): string {
  const m = /^(\d+)/.exec(file);
  return m ? m[1]! : basename(file, extname(file));
}

export function parseArticle(file: string, path: string, text: string, bytes = text.length, mtimeMs = 0): Article {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const p: Paragraph = { index: paragraphs.length, role: paragraphs.length === 0 ? 'headline' : 'body', start: offset, end: offset + line.length, text: line };
      paragraphs.push(p);
      for (const m of line.matchAll(/[^.؟!]+[.؟!]*/g)) {
        if (!m[0].trim()) continue;
        sentences.push({ index: sentences.length, paragraph: p.index, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
      }
    }
    offset += line.length + 1;
  }
  return { id: articleIdFromFile(file), file, path, text, meta: { title: paragraphs[0]?.text ?? file, outlet: null, published: null, url: null, language: 'ar' }, paragraphs, sentences, quotedSpans: [], boilerplate: [], bytes, mtimeMs };
}

export async function loadCorpus(dir: string): Promise<LoadResult> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const st = await stat(path);
    articles.push(parseArticle(file, path, (await readFile(path, 'utf8')).replace(/\r\n/g, '\n'), st.size, st.mtimeMs));
  }
  return { articles, warnings: [] };
}
