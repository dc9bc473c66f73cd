import { stat } from 'node:fs/promises';
import { loadCorpus } from '../corpus/load.ts';
import { slicer } from '../corpus/slices.ts';
import type { Desk, ReloadReport } from '../desk/desk.ts';

/**
 * `/reload`: re-reads the data directory and brings the desk in line with it, reporting what
 * changed. An article whose text is unchanged is not re-extracted, whatever its modification
 * time says. A directory that cannot be read changes nothing: an unmounted share must not empty
 * the desk.
 */
export async function reloadDesk(desk: Desk, dataDir: string): Promise<ReloadReport> {
  const dirProblem = await stat(dataDir).then(
    (st) => (st.isDirectory() ? null : 'is not a directory'),
    (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? 'does not exist' : `cannot be read (${err.code ?? err.message})`),
  );
  if (dirProblem) {
    return { added: [], updated: [], removed: [], skipped: [{ file: dataDir, message: `the data directory ${dirProblem}; the desk was left as it was` }] };
  }

  const { articles, warnings } = await loadCorpus(dataDir);
  const loadedFiles = new Set(articles.map((a) => a.file));
  const report: ReloadReport = {
    added: [],
    updated: [],
    removed: [],
    // Files that produced no article; caveats on loaded files ("converted from Windows-1256", duplicate id) are notes.
    skipped: warnings.filter((w) => !loadedFiles.has(w.file)),
    notes: warnings.filter((w) => loadedFiles.has(w.file)),
  };
  const seen = new Set<string>();
  const pause = slicer(); // extraction per article is synchronous: let interactions through between articles
  for (const article of articles) {
    await pause();
    seen.add(article.id);
    const current = desk.getArticle(article.id);
    if (!current) {
      desk.addArticle(article);
      report.added.push(article.id);
    } else if (current.file !== article.file || current.text !== article.text) {
      desk.addArticle(article);
      report.updated.push(article.id);
    }
  }
  for (const article of [...desk.articles()]) {
    if (!seen.has(article.id)) {
      desk.removeArticle(article.id);
      report.removed.push(article.id);
    }
  }
  return report;
}
