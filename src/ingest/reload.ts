import { stat } from 'node:fs/promises';
import { loadCorpus } from '../corpus/load.ts';
import { slicer } from '../corpus/slices.ts';
import type { Desk, ReloadReport } from '../desk/desk.ts';
import { reconcilerFor } from './reconcile.ts';

/**
 * `/reload`: re-reads the data directory and brings the desk in line with it, reporting what
 * changed. An article whose text is unchanged is not re-extracted, whatever its modification
 * time says. A directory that cannot be read changes nothing: an unmounted share must not empty
 * the desk. Goes through the reconciler, so ids are the stable ones (src/ingest/id-registry.ts).
 */
export async function reloadDesk(desk: Desk, dataDir: string): Promise<ReloadReport> {
  const dirProblem = await stat(dataDir).then(
    (st) => (st.isDirectory() ? null : 'is not a directory'),
    (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? 'does not exist' : `cannot be read (${err.code ?? err.message})`),
  );
  if (dirProblem) {
    return { added: [], updated: [], removed: [], skipped: [{ file: dataDir, message: `the data directory ${dirProblem}; the desk was left as it was` }] };
  }

  const reconciler = reconcilerFor(desk, dataDir);
  const { articles, warnings } = await loadCorpus(dataDir, { assignIds: (loaded) => reconciler.registry.assignFileIds(loaded) });
  reconciler.flush();
  const loadedFiles = new Set(articles.map((a) => a.file));
  const report: ReloadReport = {
    added: [],
    updated: [],
    removed: [],
    // Files that produced no article; caveats on loaded files ("converted from Windows-1256", duplicate id) are notes.
    skipped: warnings.filter((w) => !loadedFiles.has(w.file)),
    notes: warnings.filter((w) => loadedFiles.has(w.file)),
  };
  const pause = slicer(); // extraction per article is synchronous: let interactions through between articles
  for (const article of articles) {
    await pause();
    const result = reconciler.acceptFile(article);
    if (result.type === 'added') report.added.push(result.id);
    else if (result.type === 'updated') report.updated.push(result.id);
  }
  // Articles whose file is gone (or unreadable now) leave the desk, their ids kept reserved; so do
  // articles loaded from another directory, as the desk is made to match this one.
  for (const article of [...desk.articles()]) {
    if (!reconciler.isFromHere(article)) {
      if (desk.removeArticle(article.id)) report.removed.push(article.id);
    } else if (!loadedFiles.has(article.file)) {
      const gone = reconciler.removeFile(article.file);
      if (gone) report.removed.push(gone.id);
    }
  }
  return report;
}
