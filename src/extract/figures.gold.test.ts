import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import type { Figure } from './types.ts';
import { GOLD_SEEDS_PATH } from '../../tests/fixtures/shared.ts';

/** Every key figure of the seeds (../shared/gold/seeds.json) must be found with its topic. */

interface GoldFigure {
  article: string;
  topic: string;
  value: number;
  approx: boolean;
  note: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = GOLD_SEEDS_PATH;

describe.skipIf(!existsSync(GOLD))('figures on the gold seeds', () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, 'utf8')).figures as GoldFigure[]) : [];
  let figures: Figure[] = [];

  beforeAll(async () => {
    figures = (await Desk.fromDirectory(join(ROOT, 'data', 'articles'))).figures();
    const found = gold.filter((g) => figures.some((f) => f.article === g.article && f.value === g.value && f.topic === g.topic && f.approx === g.approx));
    console.log(`figures on seeds: ${found.length}/${gold.length} gold figures found with the right topic and approximation`);
  });

  it('finds every gold figure with its topic and approximation flag', () => {
    for (const g of gold) {
      const match = figures.find((f) => f.article === g.article && f.value === g.value);
      expect(match, `${g.article} ${g.value} (${g.note})`).toBeDefined();
      expect(match!.topic, `${g.article} ${g.value} (${g.note})`).toBe(g.topic);
      expect(match!.approx, `${g.article} ${g.value} approx`).toBe(g.approx);
    }
  });

  it('marks the withdrawn death toll and no other', () => {
    expect(figures.filter((f) => f.withdrawn).map((f) => `${f.article}:${f.value}`)).toEqual(['000:164']);
  });

  it('never counts dates, years, ages or durations as topic figures', () => {
    for (const f of figures) expect([30, 2022, 1992, 81, 5, 6], `${f.article} ${f.text}`).not.toContain(f.topic ? f.value : -1);
  });
});
