import type { Desk } from '../desk/desk.ts';
import type { ArticleChange, Reconciler } from '../ingest/reconcile.ts';
import type { Logger } from '../log.ts';
import type { Doc } from '../render/doc.ts';
import { trimAtWord } from '../text/excerpt.ts';

/**
 * Optional (FEEDS_ANNOUNCE=true; off by default): a short message in the digest channel when feed
 * or /ingest articles reach the desk — batched, so a poll that brings thirty articles is one
 * message. The digest still covers them as usual; an announcement marks nothing covered.
 */

export interface AnnounceOptions {
  reconciler: Reconciler;
  desk: Desk;
  post: (docs: Doc[]) => Promise<unknown>;
  logger?: Pick<Logger, 'warn'>;
  /** Quiet time after the last new article before the message goes (default 10 s). */
  delayMs?: number;
  /** Articles named in one message; the rest are counted (default 10). */
  maxListed?: number;
}

export function announcementDoc(desk: Desk, ids: readonly string[], maxListed: number): Doc {
  const articles = ids.map((id) => desk.getArticle(id)).filter((a) => a !== undefined);
  const items = articles.slice(0, maxListed).map((a) => ({
    heading: [a.id, a.meta.outlet, a.meta.published].filter(Boolean).join(' · '),
    lines: [trimAtWord(a.meta.title, 200)],
  }));
  const more = articles.length - items.length;
  return {
    tone: 'info',
    title: `New on the desk (${articles.length})`,
    sections: [{ items }],
    ...(more > 0 ? { summary: [`…and ${more} more; /search finds them.`] } : {}),
    footer: 'From the feeds — the digest will cover them.',
  };
}

/** Starts announcing; returns the function that stops it (pending ones are dropped: the digest has them). */
export function announceFetchedArticles(options: AnnounceOptions): () => void {
  const delayMs = options.delayMs ?? 10_000;
  const maxListed = options.maxListed ?? 10;
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const ids = pending;
    pending = [];
    if (ids.length === 0) return;
    options.post([announcementDoc(options.desk, ids, maxListed)]).catch((err: Error) => options.logger?.warn({ articles: ids.length }, `feed announcement not posted: ${err.message}`));
  };
  const unsubscribe = options.reconciler.onChange((change: ArticleChange) => {
    if (change.type !== 'added' || change.source === 'file') return;
    pending.push(change.id);
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
    timer.unref();
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
