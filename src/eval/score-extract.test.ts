import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Desk } from '../desk/desk.ts';
import { exportDesk } from '../export/export-json.ts';
import { formatRatio, scorerContains, scorerNorm } from './arnorm.ts';
import { formatExtractScore, scoreExtraction, type GoldFile } from './score-extract.ts';
import { scoreStoryPairs } from './score-stories.ts';
import { numbersIn, warningArticleIds } from './score-console.ts';
import { defaultEvalSets } from './sets.ts';

const SHARED_EVAL = resolve(import.meta.dirname, '../../../shared/eval/eval_extract.py');

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the scorers’ matching rule', () => {
  it('folds hamza seats, taa marbuta, alif maqsura, diacritics, tatweel and Arabic-Indic digits', () => {
    expect(scorerNorm('أكَّدَ الرئيسُ إنّ «الأزمة» انتهت في ١٢ ساعة')).toBe('اكد الرييس ان الازمه انتهت في 12 ساعه');
    expect(scorerNorm('مؤتمر ـــ صحفي')).toBe('موتمر صحفي');
  });
  it('accepts a key as a substring or by 60% of its words', () => {
    expect(scorerContains('وقال الوزير إن الحكومة ستدعم الأسعار', 'الحكومة ستدعم الأسعار')).toBe(true);
    expect(scorerContains('الحكومة ستدعم أسعار الخبز هذا العام', 'الحكومة ستدعم أسعار القمح')).toBe(true);
    expect(scorerContains('الحكومة لن تتدخل', 'الحكومة ستدعم الأسعار غدا')).toBe(false);
  });
  it('formats ratios as Python does, ties to even', () => {
    expect([0.125, 0.375, 0.625, 0.875, 0.5, 0.916, 1].map(formatRatio)).toEqual(['0.12', '0.38', '0.62', '0.88', '0.50', '0.92', '1.00']);
  });
  it('reads warning ids and numbers as the console scorers do', () => {
    expect([...warningArticleIds('⚠ Sources disagree on deaths: 001, 003 say ~8,000 (x); 002 says 7,939')].sort()).toEqual(['001', '002', '003']);
    // A desk numbered past 999: the whole id, not its last three digits.
    expect([...warningArticleIds('⚠ Sources disagree on deaths: 4701, 4703 say 73; 4702 says 137')].sort()).toEqual(['4701', '4702', '4703']);
    expect([...numbersIn('• 7,939 شخصاً — ١٦ قتيلا و 2.5%')]).toEqual([7939, 16, 2.5]);
  });
});

describe('story pairs', () => {
  it('counts pairs the desk and the gold agree on', () => {
    const gold = new Map(Object.entries({ a: 's1', b: 's1', c: 's1', d: 's2' }));
    const desk = new Map(Object.entries({ a: 'x', b: 'x', c: 'y', d: 'y' }));
    expect(scoreStoryPairs(desk, gold)).toEqual({ goldPairs: 3, deskPairs: 2, agreed: 1, precision: 0.5, recall: 1 / 3 });
    expect(scoreStoryPairs(new Map(Object.entries({ a: '1', b: '2' })), gold).precision).toBeNull();
  });
});

describe.runIf(existsSync(SHARED_EVAL) && hasPython())('npm run eval reproduces shared/eval/eval_extract.py', () => {
  for (const set of defaultEvalSets()) {
    it(`on ${set.name}`, async () => {
      const exported = exportDesk(await Desk.fromDirectory(set.data));
      const dir = mkdtempSync(join(tmpdir(), 'eval-'));
      const file = join(dir, `${set.name}.json`);
      writeFileSync(file, JSON.stringify(exported));
      const python = execFileSync('python3', [SHARED_EVAL, file, set.gold], { encoding: 'utf8' }).trim().split('\n').slice(-2);
      const gold = JSON.parse(readFileSync(set.gold, 'utf8')) as GoldFile;
      expect(formatExtractScore(scoreExtraction(exported, gold))).toEqual(python);
    }, 60_000);
  }
});
