import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../command/registry.ts';
import type { DeskCommand } from '../command/types.ts';
import { answerLine } from '../console/session.ts';
import { Desk } from '../desk/desk.ts';
import { buildDigest } from '../digest/build.ts';

/** A chart and the text beside it come from the same claims: every number drawn is a number written. */

let desk: Desk;
let commands: DeskCommand[];

beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  commands = [...(await loadCommands())];
});

const written = (n: number) => n.toLocaleString('en-US');

describe('charts agree with their text', () => {
  it('/figure: each bar is a claim the answer lists, from an article the answer names', async () => {
    for (const topic of ['deaths', 'arrests']) {
      const { doc, text } = await answerLine(`/figure ${topic}`, commands, { desk });
      expect(doc.charts?.length, topic).toBeGreaterThan(0);
      for (const chart of doc.charts!) {
        for (const bar of chart.bars) {
          expect(text, `${chart.id} ${bar.value}`).toContain(written(bar.value));
          expect(text, `${chart.id} ${bar.article}`).toContain(bar.article);
        }
        if (chart.spread) expect(text).toContain(`${written(chart.spread.low)}–${written(chart.spread.high)}`);
      }
    }
  });

  it('/story id: one chart per disagreement the card lists, real ones first', async () => {
    const { doc, text } = await answerLine('/story id:S000', commands, { desk });
    const lines = text.split('\n').filter((l) => /^[⚠ℹ] /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(doc.charts?.map((c) => c.dispute)).toEqual(['disagree', 'rounding']);
    expect(doc.charts).toHaveLength(lines.length);
    for (const chart of doc.charts!) {
      expect(chart.story?.id).toBe('S000');
      for (const bar of chart.bars) expect(text).toContain(written(bar.value));
    }
  });

  it('the digest: each story part carries one chart per disagreement it lists (real or of rounding), with the same numbers', () => {
    const docs = buildDigest(desk, { covered: new Set(), since: null });
    const story = docs.find((d) => d.title.startsWith('S000 · '))!;
    const lines = (story.sections ?? []).filter((s) => s.title === 'Where sources disagree').flatMap((s) => s.items.map((i) => i.heading));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(story.charts).toHaveLength(lines.length);
    story.charts!.forEach((chart) => {
      expect(chart.disputed).toBe(true);
      expect(chart.story?.id).toBe('S000');
      const line = lines.find((l) => chart.bars.filter((b) => !b.withdrawn).every((b) => l.includes(written(b.value))));
      expect(line, chart.id).toBeDefined();
    });
  });
});
