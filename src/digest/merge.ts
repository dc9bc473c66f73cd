import { plainText, type Doc } from '../render/doc.ts';

/** Several digest Docs as one answer (for a reply rather than channel posts): each Doc's title becomes a section heading. */
export function mergeDocs(docs: Doc[]): Doc {
  const [first, ...rest] = docs;
  if (!first) return { tone: 'info', title: 'Desk digest', summary: ['Nothing to show.'] };
  const charts = docs.flatMap((d) => d.charts ?? []);
  return {
    ...first,
    // The preview shows the charts the post would attach.
    ...(charts.length ? { charts } : {}),
    sections: [
      ...(first.sections ?? []),
      ...rest.flatMap((d) => [
        ...(d.summary?.length ? [{ title: d.title, items: [{ heading: plainText(d.summary[0]!), ...(d.summary.length > 1 ? { lines: d.summary.slice(1) } : {}) }] }] : []),
        ...(d.sections ?? []).map((s, i) => ({ ...s, title: i === 0 && !d.summary?.length ? `${d.title} — ${s.title ?? ''}`.replace(/ — $/, '') : s.title })),
      ]),
    ],
  };
}
