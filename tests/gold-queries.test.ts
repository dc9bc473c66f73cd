import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../src/command/registry.ts';
import type { DeskCommand } from '../src/command/types.ts';
import { answerLine } from '../src/console/session.ts';
import { Desk } from '../src/desk/desk.ts';
import { normalizeForMatch } from '../src/arabic/normalize.ts';
import { GOLD_SEEDS_PATH } from './fixtures/shared.ts';

/**
 * The gold file's example queries, typed into the console exactly as an editor would, checked
 * against what the hand-labelled gold expects. This is the acceptance path: console → command →
 * desk → extractors → renderer.
 */

interface GoldQuery {
  command: string;
  expect: { speaker?: string; min_results?: number; values?: number[]; articles?: string[]; article?: string };
}
const gold = JSON.parse(readFileSync(GOLD_SEEDS_PATH, 'utf8')) as {
  speakers: Record<string, { en: string; forms: string[] }>;
  queries: GoldQuery[];
};

let desk: Desk;
let commands: DeskCommand[];
beforeAll(async () => {
  desk = await Desk.fromDirectory('data/articles');
  commands = await loadCommands();
});

describe('gold queries through the console', () => {
  for (const q of gold.queries) {
    it(q.command, async () => {
      const answer = await answerLine(q.command, commands, { desk });
      expect(answer.ran).toBe(true);
      expect(answer.doc.tone).toBe('info');
      const items = (answer.doc.sections ?? []).flatMap((s) => s.items);
      if (q.expect.speaker) {
        const forms = gold.speakers[q.expect.speaker]!.forms.map(normalizeForMatch);
        const title = normalizeForMatch(answer.doc.title + ' ' + items.map((i) => i.heading).join(' '));
        expect(forms.some((f) => title.includes(f))).toBe(true);
      }
      if (q.expect.min_results) expect(items.length).toBeGreaterThanOrEqual(q.expect.min_results);
      if (q.expect.values) {
        const text = answer.text.replace(/,(?=\d{3})/g, '');
        for (const v of q.expect.values) expect(text).toContain(String(v));
      }
      if (q.expect.articles) for (const a of q.expect.articles) expect(answer.text).toContain(a);
      if (q.expect.article) expect(answer.text).toContain(`Article ${q.expect.article}`);
    });
  }
});
