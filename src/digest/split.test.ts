import { describe, expect, it } from 'vitest';
import type { Doc, DocItem } from '../render/doc.ts';
import { itemSize, splitForMessages, type MessageBudget } from './split.ts';

const item = (n: number, quoteLength = 120): DocItem => ({
  heading: `${String(n).padStart(3, '0')} · وكالة الأنباء`,
  quote: `قال المتحدث باسم الحكومة ${'إن الوضع مستقر '.repeat(Math.ceil(quoteLength / 16))}`.slice(0, quoteLength),
  lines: [`عنوان الخبر رقم ${n}`],
});

const doc = (items: DocItem[], extra: Partial<Doc> = {}): Doc => ({
  tone: 'info',
  title: 'Desk digest — new articles',
  summary: ['Since the last digest.'],
  sections: [{ title: 'New articles', items }],
  ...extra,
});

const chars = (d: Doc) =>
  d.title.length + (d.summary ?? []).join('').length + (d.sections ?? []).reduce((n, s) => n + (s.title?.length ?? 0) + s.items.reduce((m, i) => m + itemSize(i), 0), 0);

describe('splitForMessages', () => {
  it('leaves a digest that fits one message alone', () => {
    const small = doc([item(1), item(2)]);
    expect(splitForMessages([small])).toEqual([small]);
  });

  it('cuts a long digest between items into numbered messages that each fit, losing nothing', () => {
    const budget: MessageBudget = { maxChars: 1500, maxItems: 20 };
    const items = Array.from({ length: 40 }, (_, i) => item(i + 1, 150));
    const parts = splitForMessages([doc(items, { footer: 'desk bot' })], budget);
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((p, i) => {
      expect(chars(p)).toBeLessThanOrEqual(budget.maxChars);
      expect(p.title).toBe(`Desk digest — new articles (${i + 1}/${parts.length})`);
      expect(p.footer).toBe('desk bot');
    });
    expect(parts[0]!.summary).toEqual(['Since the last digest.']);
    expect(parts[1]!.summary).toBeUndefined();
    expect(parts[1]!.sections![0]!.title).toBe('New articles (continued)');
    // Every item exactly once, in order, unaltered.
    expect(parts.flatMap((p) => p.sections!.flatMap((s) => s.items))).toEqual(items);
  });

  it('respects the item limit (embed fields) even when the text is short', () => {
    const items = Array.from({ length: 45 }, (_, i) => ({ heading: `${i}` }));
    const parts = splitForMessages([doc(items)], { maxChars: 100_000, maxItems: 20 });
    expect(parts.map((p) => p.sections!.reduce((n, s) => n + s.items.length, 0))).toEqual([20, 20, 5]);
  });

  it('keeps several sections together when they fit and never starts a message with an empty section', () => {
    const two: Doc = { tone: 'info', title: 'Who said what', sections: [{ title: 'أ', items: [item(1)] }, { title: 'ب', items: [item(2), item(3)] }] };
    expect(splitForMessages([two])).toEqual([two]);
    const parts = splitForMessages([two], { maxChars: 400, maxItems: 20 });
    for (const p of parts) expect(p.sections!.every((s) => s.items.length > 0)).toBe(true);
    expect(parts.flatMap((p) => p.sections!.flatMap((s) => s.items))).toEqual([item(1), item(2), item(3)]);
  });
});
