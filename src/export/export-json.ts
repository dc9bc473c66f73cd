import type { Desk } from '../desk/desk.ts';
import type { Statement } from '../extract/types.ts';
import { withdrawnFigure } from '../desk/who-said-query.ts';

/**
 * The desk as JSON for other tools (`npm run export`). The shape is a contract:
 * {"articles":[{id,title,outlet,published}], "quotes":[…], "figures":[…]}.
 */

export interface ExportedQuote {
  article: string;
  speaker: { name: string; latin: string; aliases: string[] };
  kind: Statement['kind'];
  /** The statement carries a figure the article says was withdrawn or an error: not a live claim. */
  withdrawn?: boolean;
  text: string;
  sentence: string;
  offset: number;
}

export interface ExportedFigure {
  article: string;
  value: number;
  approx: boolean;
  vague: boolean;
  unit: string | null;
  topic: string | null;
  /** Latin display name of the speaker, else the "according to" attribution, else null. */
  speaker: string | null;
  text: string;
  sentence: string;
  withdrawn: boolean;
}

export interface DeskExport {
  articles: Array<{ id: string; title: string; outlet: string | null; published: string | null; url: string | null }>;
  quotes: ExportedQuote[];
  figures: ExportedFigure[];
}

export function exportDesk(desk: Desk): DeskExport {
  const articles = desk.articles();
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.meta.title, outlet: a.meta.outlet, published: a.meta.published, url: a.meta.url ?? null })),
    quotes: articles.flatMap((a) =>
      desk.statements(a.id).map((s) => {
        const sp = desk.speaker(s.speakerKey);
        return {
          article: s.article,
          speaker: { name: sp?.name ?? s.speakerMention, latin: sp?.latin ?? '', aliases: sp?.aliases ?? [s.speakerMention] },
          kind: s.kind,
          ...(withdrawnFigure(desk, s) ? { withdrawn: true } : {}),
          text: s.text,
          sentence: s.sentence,
          offset: s.start,
        };
      }),
    ),
    figures: articles.flatMap((a) =>
      desk.figures(a.id).map((f) => ({
        article: f.article,
        value: f.value,
        approx: f.approx,
        vague: f.vague,
        unit: f.unit,
        topic: f.topic,
        speaker: (f.speakerKey ? desk.speaker(f.speakerKey)?.latin : undefined) ?? f.attribution ?? null,
        text: f.text,
        sentence: f.sentence,
        withdrawn: f.withdrawn,
      })),
    ),
  };
}
