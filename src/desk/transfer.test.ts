import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { loadAttributionCues } from '../extract/cues.ts';
import { extractRecords } from '../extract/index.ts';
import { SpeakerDirectory } from '../extract/speakers.ts';
import { loadLexicons } from '../lexicon.ts';
import { packForTransfer, unpackFromTransfer } from './transfer.ts';

const SEEDS = 'data/articles';

describe('packing a worker result for postMessage', () => {
  it('comes back exactly as it left, keys in order, in well under the bytes', () => {
    const lexicons = loadLexicons();
    const env = { speakers: new SpeakerDirectory(lexicons.speakers), topics: lexicons.topics, cues: loadAttributionCues().cues };
    for (const file of readdirSync(SEEDS).sort()) {
      const article = parseArticle(file, join(SEEDS, file), readFileSync(join(SEEDS, file), 'utf8'));
      const records = extractRecords(article, env);
      const before = JSON.stringify({ article, records });
      packForTransfer(article, records);
      const sent = structuredClone({ article, records });
      expect(serialize(sent).length).toBeLessThan(serialize(JSON.parse(before)).length * 0.7);
      unpackFromTransfer(sent.article, sent.records);
      expect(JSON.stringify(sent)).toBe(before);
    }
  });

  it('leaves a piece that is not its range of the text as it is', () => {
    const article = parseArticle('001_x.txt', '/tmp/001_x.txt', 'عنوان الخبر\nقال الوزير إن الوضع مستقر في العاصمة. وأضاف أن الحكومة تعمل على إعادة الخدمات.');
    const records = { statements: [], figures: [] };
    expect(article.sentences.length).toBeGreaterThanOrEqual(2);
    const last = article.sentences.at(-1)!;
    last.text = 'نص آخر';
    packForTransfer(article, records);
    const sent = structuredClone({ article, records });
    unpackFromTransfer(sent.article, sent.records);
    expect(sent.article.sentences.at(-1)!.text).toBe('نص آخر');
    const first = sent.article.sentences[0]!;
    expect(first.text).toBe(article.text.slice(first.start, first.end));
  });
});
