import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { fromColumns, toColumns } from './columns.ts';

const statements = [
  { id: '003:88', speakerKey: 'tokayev', speakerMention: 'رئيس كازاخستان', kind: 'direct', start: 88, end: 140, topics: ['deaths'] },
  { id: '003:200', speakerKey: 'tokayev', speakerMention: 'توكاييف', kind: 'indirect', start: 200, end: 260, topics: [] },
  { id: '004:12', speakerKey: 'putin', speakerMention: 'بوتين', kind: 'indirect', start: 12, end: 90 },
];

const roundTrip = <T extends object>(records: T[], omit: string[] = []): T[] => fromColumns<T>(deserialize(serialize(toColumns(records, omit))));

describe('columns', () => {
  it('gives back the same records, optional fields absent where they were', () => {
    const back = roundTrip(statements);
    expect(back).toEqual(statements);
    expect('topics' in back[2]!).toBe(false);
    // Lists are copies: changing one record's topics leaves the others alone.
    back[0]!.topics!.push('arrests');
    expect(back[1]!.topics).toEqual([]);
  });

  it('keeps numbers, booleans, nulls and nested values of every kind', () => {
    const figures = [
      { value: 7939, approx: false, direction: null, unit: 'شخصاً', share: 0.5, extra: { a: 1 } },
      { value: 8000, approx: true, direction: 'about', unit: null, share: -0, extra: null },
      { value: 2 ** 40, approx: true, direction: 'more', unit: 'شخص', share: 1, extra: [1, 'x'] },
    ];
    expect(roundTrip(figures)).toEqual(figures);
    expect(Object.is(roundTrip(figures)[1]!.share, -0)).toBe(true);
  });

  it('leaves out the fields asked and stores repeated strings once', () => {
    const back = roundTrip(statements, ['id']);
    expect(back.every((s) => !('id' in s))).toBe(true);
    const many = Array.from({ length: 4 }, () => statements).flat();
    const columns = toColumns(many);
    expect(columns.columns[columns.keys.indexOf('speakerKey')]!.kind).toBe('string');
    expect(columns.columns[columns.keys.indexOf('id')]!.kind).toBe('string');
    // Mostly distinct strings (ids of records never repeated) gain nothing from a table.
    expect(toColumns(statements).columns[0]!.kind).toBe('plain');
    expect(toColumns([]).count).toBe(0);
  });
});
