import { loadCorpus } from '../corpus/load.ts';
import type { Desk, ReloadReport } from '../desk/desk.ts';

/**
 * `/reload`: re-reads the data directory and brings the desk in line with it, reporting what
 * changed. Unchanged articles (same file, size and modification time) are not re-extracted.
 */
export async function reloadDesk(desk: Desk, dataDir: string): Promise<ReloadReport> {
  const { articles, warnings } = await loadCorpus(dataDir);
  const report: ReloadReport = { added: [], updated: [], removed: [], skipped: warnings.filter((w) => !w.message.startsWith('loaded')) };
  const seen = new Set<string>();
  for (const article of articles) {
    seen.add(article.id);
    const current = desk.getArticle(article.id);
    if (!current) {
      desk.addArticle(article);
      report.added.push(article.id);
    } else if (current.file !== article.file || current.bytes !== article.bytes || current.mtimeMs !== article.mtimeMs || current.text !== article.text) {
      desk.addArticle(article);
      report.updated.push(article.id);
    }
  }
  for (const article of desk.articles()) {
    if (!seen.has(article.id)) {
      desk.removeArticle(article.id);
      report.removed.push(article.id);
    }
  }
  return report;
}
